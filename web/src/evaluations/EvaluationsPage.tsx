// /xep-loai — the classification of a year: the count per level, the table (unit, level, criteria met, who, when)
// and, for the committee, the form; a second evaluation of the same unit and year replaces the first, with a reason.
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse, type Page } from '../api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useFormat } from '../shell/format.ts';
import { useMyUnits, type UnitLite } from '../shell/useMyUnits.ts';
import '../shell/panels.css';

type List = ApiResponse<'/steering/evaluations'>;
type Subject = 'unit' | 'committee';
const thisYear = () => Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

function EvaluationForm({ unit, year, list }: { unit: UnitLite; year: number; list: List }) {
  const { t } = useTranslation('evaluations');
  const qc = useQueryClient();
  const below = useQuery({ queryKey: ['units', 'children', unit.id], queryFn: () => api<Page<UnitLite>>(`/units?parentId=${unit.id}&limit=500`) });
  const [draft, setDraft, clearDraft] = useDraft(`evaluation:${unit.id}`, { evaluatedUnitId: '', subject: 'unit' as Subject, level: '', met: '', missed: '', reason: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const units = below.data?.items ?? [];
  const target = units.find((u) => u.id === draft.evaluatedUnitId) ?? units[0];
  const level = draft.level || list.levels[0]?.key || '';
  const current = list.items.find((e) => !e.replaced && e.evaluatedUnitId === target?.id && e.subject === draft.subject);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const criteria = [...lines(draft.met).map((text) => ({ text, met: true })), ...lines(draft.missed).map((text) => ({ text, met: false }))];
      const body: ApiBody<'/steering/evaluations'> = {
        unitId: unit.id,
        evaluatedUnitId: target!.id,
        subject: draft.subject,
        year,
        level,
        criteria,
        ...(current ? { replaces: current.id, reason: draft.reason } : {}),
      };
      await api('/steering/evaluations', { method: 'POST', body });
      clearDraft();
      setDone(true);
      await qc.invalidateQueries({ queryKey: ['evaluations'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (below.isPending) return <Loading />;
  return (
    <form onSubmit={submit} className="card narrow-form report-editor">
      <h2>{t('form')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor="e-target">{t('evaluatedUnit')}</label>
      <select id="e-target" value={target?.id ?? ''} onChange={(e) => setDraft({ ...draft, evaluatedUnitId: e.target.value })}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label htmlFor="e-subject">{t('subject')}</label>
      <select id="e-subject" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value as Subject })}>
        {(['unit', 'committee'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`subjects.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor="e-level">{t('level')}</label>
      <select id="e-level" value={level} onChange={(e) => setDraft({ ...draft, level: e.target.value })}>
        {list.levels.map((l) => (
          <option key={l.key} value={l.key}>
            {l.label}
          </option>
        ))}
      </select>
      <label htmlFor="e-met">{t('criteria')}</label>
      <textarea id="e-met" rows={3} value={draft.met} onChange={(e) => setDraft({ ...draft, met: e.target.value })} />
      <label htmlFor="e-missed">{t('criteriaMissed')}</label>
      <textarea id="e-missed" rows={2} value={draft.missed} onChange={(e) => setDraft({ ...draft, missed: e.target.value })} />
      {current && (
        <>
          <p role="note">{t('existing', { year, level: current.levelLabel })}</p>
          <label htmlFor="e-reason">{t('reason')}</label>
          <textarea id="e-reason" rows={2} required maxLength={5000} value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
        </>
      )}
      <button type="submit" disabled={busy || !target}>
        {busy ? t('submitting') : t('submit')}
      </button>
      {done && <p role="status">{t('recorded')}</p>}
    </form>
  );
}

function EvaluationsScreen() {
  const { t } = useTranslation('evaluations');
  const f = useFormat();
  usePageTitle(t('title'));
  const units = useMyUnits(['evaluation.record', 'evaluation.read']);
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState(thisYear());
  const [withReplaced, setWithReplaced] = useState(false);
  const mine = units.data ?? [];
  const unit = mine.find((u) => u.id === unitId) ?? mine[0];
  const list = useQuery({
    queryKey: ['evaluations', unit?.id, year, withReplaced],
    enabled: !!unit,
    queryFn: () => api<List>(`/steering/evaluations?unitId=${unit!.id}&year=${year}&limit=500${withReplaced ? '&includeReplaced=true' : ''}`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  const years = Array.from({ length: 5 }, (_, i) => thisYear() - i);
  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="card">
        <label htmlFor="e-unit">{t('unit')}</label>
        <select id="e-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {mine.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="e-year">{t('year')}</label>
        <select id="e-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label className="inline-check">
          <input type="checkbox" checked={withReplaced} onChange={(e) => setWithReplaced(e.target.checked)} />
          {t('showReplaced')}
        </label>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          {list.data.can.evaluate && <EvaluationForm key={`${unit.id}-${year}`} unit={unit} year={year} list={list.data} />}
          <h2>{t('summary')}</h2>
          <ul className="level-summary">
            {list.data.levels.map((l) => (
              <li key={l.key}>
                {l.label}: <strong>{f.int(l.count)}</strong>
              </li>
            ))}
          </ul>
          <h2>{t('list', { year })}</h2>
          <DataTable
            caption={t('list', { year })}
            hideCaption
            rows={list.data.items}
            rowKey={(e) => e.id}
            empty={t('empty')}
            columns={[
              { key: 'unit', header: t('col.unit'), rowHeader: true, render: (e) => e.evaluatedUnitName },
              { key: 'subject', header: t('col.subject'), render: (e) => t(`subjects.${e.subject}`) },
              { key: 'level', header: t('col.level'), render: (e) => (e.replaced ? `${e.levelLabel} (${t('replacedMark')})` : <strong>{e.levelLabel}</strong>) },
              { key: 'criteria', header: t('col.criteria'), render: (e) => `${f.int(e.criteriaMet)}/${f.int(e.criteria.length)}` },
              { key: 'by', header: t('col.by'), render: (e) => e.evaluatedBy ?? '—' },
              { key: 'on', header: t('col.on'), render: (e) => f.date(e.evaluatedOn) },
              { key: 'reason', header: t('col.reason'), render: (e) => e.replaceReason ?? '—' },
            ]}
          />
        </>
      )}
    </section>
  );
}

export function EvaluationsPage() {
  return (
    <RequireAuth>
      <EvaluationsScreen />
    </RequireAuth>
  );
}
