// /yeu-cau — the steering committee of a unit: the documents it issued (guidance, self-inspection and report
// requests) with how the units answered, and the form to issue a new one to units below (by kind and/or one by
// one; dates typed dd/mm/yyyy). The form keeps its draft if the network drops.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse, type Page } from '../api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import { useDraft } from '../shell/useDraft.ts';
import { useMyUnits, type UnitLite } from '../shell/useMyUnits.ts';
import { parseVnDate, todayVnText } from './dates.ts';
import '../shell/panels.css';

type IssueBody = ApiBody<'/steering/requests'>;
type Kind = IssueBody['kind'];
type RecipientKind = NonNullable<IssueBody['recipients']['kinds']>[number];
const KINDS: Kind[] = ['self_inspection', 'period_report', 'guidance'];
const RECIPIENT_KINDS: RecipientKind[] = ['commune', 'agency', 'enterprise', 'district', 'village'];

interface Draft {
  kind: Kind;
  title: string;
  number: string;
  issuedOn: string;
  dueOn: string;
  from: string;
  to: string;
  kinds: RecipientKind[];
  unitIds: string[];
}

function IssueForm({ unit, onIssued }: { unit: UnitLite; onIssued(): void }) {
  const { t } = useTranslation('requests');
  const initial: Draft = { kind: 'self_inspection', title: '', number: '', issuedOn: todayVnText(), dueOn: '', from: '', to: '', kinds: ['commune'], unitIds: [] };
  const [form, setForm, clearDraft, restored] = useDraft<Draft>(`requests.issue:${unit.id}`, initial);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const children = useQuery({
    queryKey: ['requests', 'children', unit.id],
    queryFn: () => api<Page<UnitLite>>(`/units?parentId=${unit.id}&limit=500`),
  });
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setForm((f) => ({ ...f, [k]: v }));
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    const dates: [string, string, boolean][] = [
      [t('issuedOn'), form.issuedOn, true],
      [t('dueOn'), form.dueOn, false],
      [t('periodFrom'), form.from, false],
      [t('periodTo'), form.to, false],
    ];
    for (const [field, v, required] of dates) {
      if ((required || v.trim()) && !parseVnDate(v)) return setError(new Error(t('badDate', { field })));
    }
    const body: IssueBody = {
      unitId: unit.id,
      kind: form.kind,
      title: form.title,
      issuedOn: parseVnDate(form.issuedOn)!,
      recipients: { ...(form.kinds.length ? { kinds: form.kinds } : {}), ...(form.unitIds.length ? { unitIds: form.unitIds } : {}) },
      ...(form.number.trim() ? { number: form.number.trim() } : {}),
      ...(form.dueOn.trim() ? { dueOn: parseVnDate(form.dueOn)! } : {}),
      ...(form.from.trim() && form.to.trim() ? { period: { from: parseVnDate(form.from)!, to: parseVnDate(form.to)! } } : {}),
    };
    setBusy(true);
    try {
      const r = await api<{ id: string; recipients: number }>('/steering/requests', { method: 'POST', body });
      clearDraft();
      setDone(r.recipients);
      onIssued();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const dateInput = (id: string, k: 'issuedOn' | 'dueOn' | 'from' | 'to', label: string, required = false) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode="numeric" placeholder="dd/mm/yyyy" pattern="\d{1,2}/\d{1,2}/\d{4}" required={required} value={form[k]} onChange={(e) => set(k, e.target.value)} />
    </>
  );
  return (
    <form onSubmit={submit} className="card narrow-form report-editor">
      <h2>{t('create')}</h2>
      {restored && <p role="status">{t('draftRestored')}</p>}
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor="rq-kind">{t('kind')}</label>
      <select id="rq-kind" value={form.kind} onChange={(e) => set('kind', e.target.value as Kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor="rq-title">{t('docTitle')}</label>
      <textarea id="rq-title" rows={2} required maxLength={1000} value={form.title} onChange={(e) => set('title', e.target.value)} />
      <label htmlFor="rq-number">{t('number')}</label>
      <input id="rq-number" maxLength={100} value={form.number} onChange={(e) => set('number', e.target.value)} />
      {dateInput('rq-issued', 'issuedOn', t('issuedOn'), true)}
      {dateInput('rq-due', 'dueOn', t('dueOn'), form.kind !== 'guidance')}
      {form.kind === 'guidance' && <p className="hint">{t('dueHint')}</p>}
      {dateInput('rq-from', 'from', t('periodFrom'), form.kind !== 'guidance')}
      {dateInput('rq-to', 'to', t('periodTo'), form.kind !== 'guidance')}
      <fieldset>
        <legend>{t('recipients')}</legend>
        {RECIPIENT_KINDS.map((k) => (
          <label key={k} className="inline-check">
            <input type="checkbox" checked={form.kinds.includes(k)} onChange={() => set('kinds', toggle(form.kinds, k))} />
            {t(`recipientKinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {children.data && children.data.items.length > 0 && (
        <fieldset>
          <legend>{t('recipientUnits')}</legend>
          {children.data.items.map((c) => (
            <label key={c.id} className="inline-check">
              <input type="checkbox" checked={form.unitIds.includes(c.id)} onChange={() => set('unitIds', toggle(form.unitIds, c.id))} />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('issuing') : t('issue')}
      </button>
      {done !== null && <p role="status">{t('issued', { n: done })}</p>}
    </form>
  );
}

function IssueScreen() {
  const { t } = useTranslation('requests');
  const f = useFormat();
  const qc = useQueryClient();
  usePageTitle(t('title'));
  const units = useMyUnits(['request.issue']);
  const [unitId, setUnitId] = useState('');
  const unit = (units.data ?? []).find((u) => u.id === unitId) ?? units.data?.[0];
  const list = useQuery({
    queryKey: ['requests', 'issued', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/steering/requests'>>(`/steering/requests?unitId=${unit!.id}`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  return (
    <section>
      <h1>{t('title')}</h1>
      {units.data.length > 1 && (
        <div className="card">
          <label htmlFor="rq-unit">{t('unit')}</label>
          <select id="rq-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
            {units.data.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <h2>{t('list')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          caption={t('list')}
          hideCaption
          rows={list.data.items}
          rowKey={(r) => r.id}
          empty={t('empty')}
          columns={[
            { key: 'doc', header: t('col.doc'), rowHeader: true, render: (r) => <Link to={`/yeu-cau/${r.id}`}>{`${r.number ?? t('noNumber')} — ${r.title}`}</Link> },
            { key: 'issued', header: t('col.issuedOn'), render: (r) => f.date(r.issuedOn) },
            { key: 'due', header: t('col.dueOn'), render: (r) => (r.dueOn ? f.date(r.dueOn) : t('noDue')) },
            { key: 'progress', header: t('col.progress'), numeric: true, render: (r) => `${f.int(r.submitted)}/${f.int(r.expected)}` },
            { key: 'late', header: t('col.late'), numeric: true, render: (r) => f.int(r.late) },
            { key: 'missing', header: t('col.missing'), numeric: true, render: (r) => (r.missing ? <strong className="state-overdue">{f.int(r.missing)}</strong> : f.int(0)) },
          ]}
        />
      )}
      {list.data?.can.issue && <IssueForm unit={unit} onIssued={() => qc.invalidateQueries({ queryKey: ['requests'] })} />}
    </section>
  );
}

export function IssuePage() {
  return (
    <RequireAuth>
      <IssueScreen />
    </RequireAuth>
  );
}
