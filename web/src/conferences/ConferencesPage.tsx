// /hoi-nghi — record staff conferences (agencies), worker conferences and dialogues (enterprises), village meetings,
// and the steering committee's reviews, quarterly briefings and training; list those recorded. Validity (two thirds
// present) is decided by the server (conferences/rules.ts); the committee's kinds have none (meetings.ts).
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { EMPTY_MEETING, MeetingFields, meetingBody } from './MeetingFields.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import '../shell/panels.css';

type Kind = ApiBody<'/conferences'>['kind'];
const KINDS_FOR: Record<string, Kind[]> = {
  agency: ['staff_conference', 'dialogue'],
  enterprise: ['worker_conference', 'dialogue'],
  commune: ['dialogue'],
  village: ['village_meeting'],
};
/** Units where a steering committee sits (conferences/rules.ts KIND_UNITS). */
const COMMITTEE_UNITS = ['country', 'province', 'district', 'commune', 'agency', 'enterprise'];
const STEERING_KINDS: Kind[] = ['steering_review', 'steering_briefing', 'training'];
const ACTIONS = ['conference.record', 'conference.record_steering', 'conference.record_training'];
const isSteering = (k: string | undefined) => !!k && (STEERING_KINDS as string[]).includes(k);
const EMPTY_FORM = { heldOn: '', title: '', total: '', present: '', raised: '', resolved: '', minutes: '', followUps: '', onRequest: false, meeting: EMPTY_MEETING };

const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function ConferencesScreen() {
  const { t } = useTranslation('conferences');
  const f = useFormat();
  const qc = useQueryClient();
  usePageTitle(t('title'));
  const { unitsFor } = useAuth();
  const units = useMyUnits(ACTIONS, ['agency', 'enterprise', 'village']);
  const [unitId, setUnitId] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [form, setForm, clearDraft] = useDraft('conferences:record', { ...EMPTY_FORM, heldOn: todayIso() });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ApiResponse<'/conferences', 'post'> | null>(null);
  // What the user may record at a unit: granted there or on its parent (roles inherit downward).
  const granted = (action: string, u: { id: string; parentId: string | null }) => unitsFor(action).some((id) => id === u.id || id === u.parentId);
  const kindsAt = (u: { id: string; kind: string; parentId: string | null }): Kind[] => [
    ...(granted('conference.record', u) ? (KINDS_FOR[u.kind] ?? []) : []),
    ...(COMMITTEE_UNITS.includes(u.kind) && granted('conference.record_steering', u) ? STEERING_KINDS.slice(0, 2) : []),
    ...(COMMITTEE_UNITS.includes(u.kind) && granted('conference.record_training', u) ? STEERING_KINDS.slice(2) : []),
  ];
  const list0 = (units.data ?? []).filter((u) => kindsAt(u).length);
  const unit = list0.find((u) => u.id === unitId) ?? list0[0];
  const kinds = unit ? kindsAt(unit) : [];
  const k: Kind | undefined = kind && kinds.includes(kind) ? kind : kinds[0];
  const steering = isSteering(k);
  const list = useQuery({
    queryKey: ['conferences', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/conferences'>>(`/conferences?unitId=${unit!.id}&limit=100`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  type Row = ApiResponse<'/conferences'>['items'][number];
  // "Hội nghị sơ kết, tổng kết của Ban Chỉ đạo — Sơ kết 6 tháng", "… giao ban quý — Quý II", a title when there is one.
  const kindText = (c: Row) => {
    const detail = c.reviewKind ? t(`reviewKinds.${c.reviewKind}`) : c.quarter ? t(`quarters.q${c.quarter}`) : null;
    const base = detail ? `${t(`kinds.${c.kind}`)} — ${detail}` : t(`kinds.${c.kind}`);
    return isSteering(c.kind) && c.title ? `${base}: ${c.title}` : base;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const present = num(form.present);
      const total = num(form.total);
      const body: ApiBody<'/conferences'> = {
        unitId: unit!.id,
        kind: k!,
        heldOn: form.heldOn,
        ...(form.title.trim() ? { title: form.title } : {}),
        ...(present !== undefined ? { participants: total !== undefined && !steering ? { total, present } : present } : {}),
        ...(num(form.raised) !== undefined && !steering ? { opinionsRaised: num(form.raised) } : {}),
        ...(num(form.resolved) !== undefined && !steering ? { opinionsResolved: num(form.resolved) } : {}),
        ...meetingBody(k!, form.meeting),
        ...(form.minutes.trim() ? { minutes: form.minutes } : {}),
        ...(form.followUps.trim() ? { followUps: form.followUps } : {}),
        ...(k === 'dialogue' ? { onRequest: form.onRequest } : {}),
      };
      const r = await api<ApiResponse<'/conferences', 'post'>>('/conferences', { method: 'POST', body });
      setResult(r);
      clearDraft();
      await qc.invalidateQueries({ queryKey: ['conferences'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <h1>{t('title')}</h1>
      <form onSubmit={submit} className="card narrow-form">
        <h2>{t('record')}</h2>
        {error ? <ErrorMessage error={error} /> : null}
        <label htmlFor="c-unit">{t('unit')}</label>
        <select id="c-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {list0.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="c-kind">{t('kind')}</label>
        <select id="c-kind" value={k} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((x) => (
            <option key={x} value={x}>
              {t(`kinds.${x}`)}
            </option>
          ))}
        </select>
        <label htmlFor="c-date">{t('heldOn')}</label>
        <input id="c-date" type="date" required max={todayIso()} value={form.heldOn} onChange={(e) => setForm({ ...form, heldOn: e.target.value })} />
        <MeetingFields kind={k ?? ''} value={form.meeting} onChange={(meeting) => setForm({ ...form, meeting })} />
        <label htmlFor="c-title">{k === 'steering_review' && form.meeting.reviewKind === 'multi_year' ? t('multiYearTitle') : t('titleField')}</label>
        <input
          id="c-title"
          maxLength={300}
          required={k === 'steering_review' && form.meeting.reviewKind === 'multi_year'}
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        {(k === 'staff_conference' || k === 'worker_conference') && <p className="muted">{t('quorumHelp')}</p>}
        <div className="report-meta">
          {!steering && (
            <div>
              <label htmlFor="c-total">{t('total')}</label>
              <input id="c-total" type="number" min={0} inputMode="numeric" value={form.total} onChange={(e) => setForm({ ...form, total: e.target.value })} />
            </div>
          )}
          <div>
            <label htmlFor="c-present">{k === 'training' ? t('trainingParticipants') : steering ? t('participantsCount') : t('present')}</label>
            <input
              id="c-present"
              type="number"
              min={k === 'training' ? 1 : 0}
              required={k === 'training'}
              inputMode="numeric"
              value={form.present}
              onChange={(e) => setForm({ ...form, present: e.target.value })}
            />
          </div>
          {!steering && (
            <>
              <div>
                <label htmlFor="c-raised">{t('raised')}</label>
                <input id="c-raised" type="number" min={0} inputMode="numeric" value={form.raised} onChange={(e) => setForm({ ...form, raised: e.target.value })} />
              </div>
              <div>
                <label htmlFor="c-resolved">{t('resolved')}</label>
                <input id="c-resolved" type="number" min={0} inputMode="numeric" value={form.resolved} onChange={(e) => setForm({ ...form, resolved: e.target.value })} />
              </div>
            </>
          )}
        </div>
        {k === 'dialogue' && (
          <label className="inline-check">
            <input type="checkbox" checked={form.onRequest} onChange={(e) => setForm({ ...form, onRequest: e.target.checked })} />
            {t('onRequest')}
          </label>
        )}
        <label htmlFor="c-minutes">{t('minutes')}</label>
        <textarea id="c-minutes" rows={4} maxLength={100_000} value={form.minutes} onChange={(e) => setForm({ ...form, minutes: e.target.value })} />
        <label htmlFor="c-follow">{t('followUps')}</label>
        <textarea id="c-follow" rows={2} maxLength={20_000} value={form.followUps} onChange={(e) => setForm({ ...form, followUps: e.target.value })} />
        <button type="submit" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
        {result && (
          <p role="status" className={result.counted ? '' : 'error'}>
            {!result.counted ? t('notQuorate') : result.nextTasks.length ? t('recordedTasks', { count: result.nextTasks.length }) : t('recorded')}
          </p>
        )}
      </form>
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
          rowKey={(c) => c.id}
          empty={t('empty')}
          columns={[
            { key: 'date', header: t('col.date'), rowHeader: true, render: (c) => f.date(c.heldOn) },
            { key: 'unit', header: t('col.unit'), render: (c) => c.unitName },
            { key: 'kind', header: t('col.kind'), render: (c) => kindText(c) },
            { key: 'participants', header: t('col.participants'), numeric: true, render: (c) => (c.participants.present === null ? t('unknown') : c.participants.total === null ? f.int(c.participants.present) : `${f.int(c.participants.present)}/${f.int(c.participants.total)}`) },
            { key: 'opinions', header: t('col.opinions'), numeric: true, render: (c) => (isSteering(c.kind) ? t('unknown') : `${f.int(c.opinionsResolved)}/${f.int(c.opinionsRaised)}`) },
            { key: 'valid', header: t('col.valid'), render: (c) => (c.valid === null ? t('unknown') : c.valid ? t('yes') : t('no')) },
          ]}
        />
      )}
    </section>
  );
}

export function ConferencesPage() {
  return (
    <RequireAuth>
      <ConferencesScreen />
    </RequireAuth>
  );
}
