// /kiem-tra — a steering committee's inspections of the units below: the list (by the committee of the chosen unit,
// or, for a unit's own officials, those held at their unit) and the form to record one held or plan one.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse, type Page } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useFormat } from '../shell/format.ts';
import { useMyUnits, type UnitLite } from '../shell/useMyUnits.ts';
import { ResultFields, emptyResult, resultBody } from './ResultFields.tsx';
import '../shell/panels.css';

export const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

type Mode = 'held' | 'plan';

function InspectionForm({ unit }: { unit: UnitLite }) {
  const { t } = useTranslation('inspections');
  const qc = useQueryClient();
  const below = useQuery({ queryKey: ['units', 'children', unit.id], queryFn: () => api<Page<UnitLite>>(`/units?parentId=${unit.id}&limit=500`) });
  const [draft, setDraft, clearDraft] = useDraft(`inspection:${unit.id}`, {
    mode: 'held' as Mode,
    inspectedUnitId: '',
    subject: '',
    plannedOn: '',
    result: emptyResult(todayIso()),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const units = below.data?.items ?? [];
  const target = units.find((u) => u.id === draft.inspectedUnitId) ?? units[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const common = { unitId: unit.id, inspectedUnitId: target!.id, ...(draft.subject.trim() ? { subject: draft.subject } : {}) };
      if (draft.mode === 'plan') {
        const members = draft.result.members.split('\n').map((m) => m.trim()).filter(Boolean);
        const body: ApiBody<'/steering/inspections/plans'> = { ...common, plannedOn: draft.plannedOn, members };
        await api('/steering/inspections/plans', { method: 'POST', body });
      } else {
        const body: ApiBody<'/steering/inspections'> = { ...common, ...resultBody(draft.result) };
        await api('/steering/inspections', { method: 'POST', body });
      }
      clearDraft();
      setDone(true);
      await qc.invalidateQueries({ queryKey: ['inspections'] });
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
      <fieldset>
        <legend>{t('mode')}</legend>
        {(['held', 'plan'] as const).map((m) => (
          <label key={m} className="inline-check">
            <input type="radio" name="i-mode" value={m} checked={draft.mode === m} onChange={() => setDraft({ ...draft, mode: m })} />
            {t(`modes.${m}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="i-target">{t('inspectedUnit')}</label>
      <select id="i-target" value={target?.id ?? ''} onChange={(e) => setDraft({ ...draft, inspectedUnitId: e.target.value })}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label htmlFor="i-subject">{t('subject')}</label>
      <input id="i-subject" maxLength={500} value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
      {draft.mode === 'plan' ? (
        <>
          <label htmlFor="i-planned">{t('plannedOn')}</label>
          <input id="i-planned" type="date" required value={draft.plannedOn} onChange={(e) => setDraft({ ...draft, plannedOn: e.target.value })} />
          <label htmlFor="i-team">{t('members')}</label>
          <textarea id="i-team" rows={3} required value={draft.result.members} onChange={(e) => setDraft({ ...draft, result: { ...draft.result, members: e.target.value } })} />
        </>
      ) : (
        <ResultFields id="i" draft={draft.result} set={(r) => setDraft({ ...draft, result: r })} today={todayIso()} defaultTo={target ? `UBND ${target.name}` : ''} />
      )}
      <button type="submit" disabled={busy || !target}>
        {busy ? t('submitting') : t('submit')}
      </button>
      {done && <p role="status">{t('recorded')}</p>}
    </form>
  );
}

function InspectionsScreen() {
  const { t } = useTranslation('inspections');
  const f = useFormat();
  const { can } = useAuth();
  usePageTitle(t('title'));
  const units = useMyUnits(['inspection.record', 'inspection.read']);
  const [unitId, setUnitId] = useState('');
  const list = units.data ?? [];
  const unit = list.find((u) => u.id === unitId) ?? list[0];
  // The committee sees the inspections it made; a unit's officials those held at their unit.
  const asCommittee = !!unit && can('inspection.record', unit.id);
  const inspections = useQuery({
    queryKey: ['inspections', unit?.id, asCommittee],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/steering/inspections'>>(`/steering/inspections?${asCommittee ? 'unitId' : 'inspectedUnitId'}=${unit!.id}&limit=200`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="card">
        <label htmlFor="i-unit">{t('unit')}</label>
        <select id="i-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {list.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {inspections.data?.can.record && <InspectionForm key={unit.id} unit={unit} />}
      <h2>{asCommittee ? t('list') : t('listOwn')}</h2>
      {inspections.isPending ? (
        <Loading />
      ) : inspections.isError ? (
        <ErrorMessage error={inspections.error} onRetry={() => inspections.refetch()} />
      ) : (
        <DataTable
          caption={asCommittee ? t('list') : t('listOwn')}
          hideCaption
          rows={inspections.data.items}
          rowKey={(i) => i.id}
          empty={t('empty')}
          columns={[
            { key: 'date', header: t('col.date'), rowHeader: true, render: (i) => <Link to={`/kiem-tra/${i.id}`}>{f.date((i.heldOn ?? i.plannedOn)!)}</Link> },
            { key: 'inspected', header: t('col.inspected'), render: (i) => i.inspectedUnitName },
            { key: 'committee', header: t('col.committee'), render: (i) => i.unitName },
            { key: 'subject', header: t('col.subject'), render: (i) => i.subject },
            { key: 'status', header: t('col.status'), render: (i) => t(`status.${i.status}`) },
            { key: 'violation', header: t('col.violation'), render: (i) => (i.status === 'planned' ? '—' : i.hasViolation ? t('yes') : t('no')) },
          ]}
        />
      )}
    </section>
  );
}

export function InspectionsPage() {
  return (
    <RequireAuth>
      <InspectionsScreen />
    </RequireAuth>
  );
}
