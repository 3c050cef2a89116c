// /chuong-trinh-cong-tac — the annual work programme of a unit's steering committee: tasks with who carries them
// out and their due date; overdue tasks stand out in red and say so in words; tasks are marked done and added; the
// programme is issued (one per year) and downloaded as a DOCX of Decree 30/2020 layout.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { DataTable } from '../shell/DataTable.tsx';
import { todayVn, useFormat } from '../shell/format.ts';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import '../shell/panels.css';
import { useWrite } from './useWrite.ts';

type Programme = ApiResponse<'/steering/programmes/{id}'>;
type Task = Programme['tasks'][number];
const emptyTask = () => ({ title: '', dueOn: '', ownerName: '' });
const taskBody = (x: { title: string; dueOn: string; ownerName: string }) => ({ title: x.title, dueOn: x.dueOn, ...(x.ownerName.trim() ? { ownerName: x.ownerName } : {}) });

function TaskFields({ prefix, n, value, onChange, year }: { prefix: string; n?: number; value: ReturnType<typeof emptyTask>; onChange(v: ReturnType<typeof emptyTask>): void; year: number }) {
  const { t } = useTranslation('steering');
  const label = (s: string) => (n === undefined ? s : `${t('task', { n })} — ${s}`);
  return (
    <>
      <label htmlFor={`${prefix}-title`}>{label(t('taskTitle'))}</label>
      <textarea id={`${prefix}-title`} rows={2} required maxLength={2000} value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
      <label htmlFor={`${prefix}-due`}>{t('dueOn')}</label>
      <input id={`${prefix}-due`} type="date" required min={`${year}-01-01`} max={`${year}-12-31`} value={value.dueOn} onChange={(e) => onChange({ ...value, dueOn: e.target.value })} />
      <label htmlFor={`${prefix}-owner`}>{t('ownerName')}</label>
      <input id={`${prefix}-owner`} maxLength={300} value={value.ownerName} onChange={(e) => onChange({ ...value, ownerName: e.target.value })} />
    </>
  );
}

function CreateProgramme({ unitId, year }: { unitId: string; year: number }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [form, setForm, clear] = useDraft(`steering.programme:${unitId}:${year}`, { number: '', tasks: [emptyTask()] });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/programmes'> = { unitId, year, tasks: form.tasks.map(taskBody), ...(form.number.trim() ? { number: form.number } : {}) };
    if (await w.run(() => api('/steering/programmes', { method: 'POST', body }))) clear();
  }
  return (
    <form onSubmit={submit} className="card narrow-form">
      <h2>{t('createProgramme', { year })}</h2>
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <label htmlFor="p-number">{t('number')}</label>
      <input id="p-number" maxLength={20} value={form.number} onChange={(e) => setForm({ ...form, number: e.target.value })} />
      <fieldset>
        <legend>{t('tasks')}</legend>
        {form.tasks.map((x, i) => (
          <div key={i} className="card">
            <TaskFields prefix={`p-t-${i}`} n={i + 1} year={year} value={x} onChange={(v) => setForm({ ...form, tasks: form.tasks.map((y, j) => (j === i ? v : y)) })} />
          </div>
        ))}
        <button type="button" className="secondary small-button" onClick={() => setForm({ ...form, tasks: [...form.tasks, emptyTask()] })}>
          {t('addTask')}
        </button>
      </fieldset>
      <button type="submit" disabled={w.busy}>
        {w.busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

function AddTask({ p }: { p: Programme }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [form, setForm, clear] = useDraft(`steering.task:${p.id}`, emptyTask());
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/programmes/{id}/tasks'> = taskBody(form);
    if (await w.run(() => api(`/steering/programmes/${p.id}/tasks`, { method: 'POST', body }))) clear();
  }
  return (
    <form onSubmit={submit} className="card narrow-form">
      <h3>{t('addTaskTitle')}</h3>
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <TaskFields prefix="n-t" year={p.year} value={form} onChange={setForm} />
      <button type="submit" disabled={w.busy}>
        {w.busy ? t('submitting') : t('addTask')}
      </button>
    </form>
  );
}

function DoneButton({ task }: { task: Task }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  return (
    <>
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <button type="button" className="small-button" disabled={w.busy} aria-label={`${t('markDone')}: ${task.title}`} onClick={() => w.run(() => api(`/steering/tasks/${task.id}/done`, { method: 'POST', body: {} }))}>
        {t('markDone')}
      </button>
    </>
  );
}

function ProgrammeView({ id }: { id: string }) {
  const { t } = useTranslation('steering');
  const f = useFormat();
  const q = useQuery({ queryKey: ['steering', 'programme', id], queryFn: () => api<Programme>(`/steering/programmes/${id}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  return (
    <>
      <div className="card">
        <h2>{t('programmeOf', { year: p.year })}</h2>
        <p>
          {p.number ? `${t('number')}: ${p.number} · ` : ''}
          {t('issuedOn')}: {f.date(p.issuedOn)}
        </p>
        <p role="status">{t('progress', { tasks: f.int(p.progress.tasks), done: f.int(p.progress.done), overdue: f.int(p.progress.overdue), open: f.int(p.progress.open) })}</p>
        <a className="button" href={p.documentUrl} download>
          {t('downloadDocx')}
        </a>
      </div>
      <DataTable
        caption={t('tasks')}
        rows={p.tasks}
        rowKey={(x) => x.id}
        rowClassName={(x) => (x.status === 'overdue' ? 'overdue' : undefined)}
        columns={[
          { key: 'n', header: t('col.n'), numeric: true, render: (x) => f.int(p.tasks.indexOf(x) + 1) },
          { key: 'title', header: t('col.title'), rowHeader: true, render: (x) => x.title },
          { key: 'doer', header: t('col.doer'), render: (x) => [x.assigneeName, x.ownerName].filter(Boolean).join('; ') || '—' },
          { key: 'due', header: t('col.due'), render: (x) => f.date(x.dueOn) },
          {
            key: 'status',
            header: t('col.status'),
            render: (x) => (
              <strong className={`state-${x.status}`}>
                {t(`statuses.${x.status}`)}
                {x.doneOn ? ` — ${t('doneOn', { date: f.date(x.doneOn) })}` : ''}
              </strong>
            ),
          },
          ...(p.can.addTask ? [{ key: 'action', header: t('col.action'), render: (x: Task) => (x.can.markDone ? <DoneButton task={x} /> : '—') }] : []),
        ]}
      />
      {p.can.addTask && <AddTask p={p} />}
    </>
  );
}

function ProgrammeScreen() {
  const { t } = useTranslation('steering');
  const f = useFormat();
  usePageTitle(t('programmeTitle'));
  const units = useMyUnits(['programme.manage', 'report.read'], ['commune', 'agency', 'enterprise']);
  const [unitId, setUnitId] = useState('');
  const [chosen, setChosen] = useState('');
  const usable = (units.data ?? []).filter((u) => u.kind !== 'village' && u.kind !== 'country');
  const unit = usable.find((u) => u.id === unitId) ?? usable[0];
  const list = useQuery({
    queryKey: ['steering', 'programmes', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/steering/programmes'>>(`/steering/programmes?unitId=${unit!.id}`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  const year = Number(todayVn().slice(0, 4));
  const items = list.data?.items ?? [];
  const current = items.find((x) => x.id === chosen) ?? items[0];
  return (
    <section>
      <h1>{t('programmeTitle')}</h1>
      <div className="card">
        <label htmlFor="p-unit">{t('unit')}</label>
        <select id="p-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {usable.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {items.length > 1 && (
          <>
            <label htmlFor="p-year">{t('year')}</label>
            <select id="p-year" value={current?.id} onChange={(e) => setChosen(e.target.value)}>
              {items.map((x) => (
                <option key={x.id} value={x.id}>
                  {`${x.year} — ${f.int(x.progress.tasks)} ${t('tasks').toLowerCase()}`}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          {current ? <ProgrammeView id={current.id} /> : <p>{t('noProgramme')}</p>}
          {list.data.can.create && !items.some((x) => x.year === year) && <CreateProgramme unitId={unit.id} year={year} />}
        </>
      )}
    </section>
  );
}

export function ProgrammePage() {
  return (
    <RequireAuth>
      <ProgrammeScreen />
    </RequireAuth>
  );
}
