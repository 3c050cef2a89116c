// /hoi-nghi — record staff conferences (agencies), worker conferences and dialogues (enterprises), village meetings;
// list those recorded. Validity (two thirds present) is decided by the server (conferences/rules.ts).
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
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

const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function ConferencesScreen() {
  const { t } = useTranslation('conferences');
  const f = useFormat();
  const qc = useQueryClient();
  usePageTitle(t('title'));
  const units = useMyUnits(['conference.record'], ['agency', 'enterprise', 'village']);
  const [unitId, setUnitId] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [form, setForm] = useState({ heldOn: todayIso(), title: '', total: '', present: '', raised: '', resolved: '', minutes: '', followUps: '', onRequest: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ApiResponse<'/conferences', 'post'> | null>(null);
  const list0 = (units.data ?? []).filter((u) => KINDS_FOR[u.kind]);
  const unit = list0.find((u) => u.id === unitId) ?? list0[0];
  const kinds = unit ? KINDS_FOR[unit.kind]! : [];
  const k: Kind | undefined = kind && kinds.includes(kind) ? kind : kinds[0];
  const list = useQuery({
    queryKey: ['conferences', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/conferences'>>(`/conferences?unitId=${unit!.id}&limit=100`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

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
        ...(present !== undefined ? { participants: total !== undefined ? { total, present } : present } : {}),
        ...(num(form.raised) !== undefined ? { opinionsRaised: num(form.raised) } : {}),
        ...(num(form.resolved) !== undefined ? { opinionsResolved: num(form.resolved) } : {}),
        ...(form.minutes.trim() ? { minutes: form.minutes } : {}),
        ...(form.followUps.trim() ? { followUps: form.followUps } : {}),
        ...(k === 'dialogue' ? { onRequest: form.onRequest } : {}),
      };
      const r = await api<ApiResponse<'/conferences', 'post'>>('/conferences', { method: 'POST', body });
      setResult(r);
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
        <label htmlFor="c-title">{t('titleField')}</label>
        <input id="c-title" maxLength={300} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        {(k === 'staff_conference' || k === 'worker_conference') && <p className="muted">{t('quorumHelp')}</p>}
        <div className="report-meta">
          <div>
            <label htmlFor="c-total">{t('total')}</label>
            <input id="c-total" type="number" min={0} inputMode="numeric" value={form.total} onChange={(e) => setForm({ ...form, total: e.target.value })} />
          </div>
          <div>
            <label htmlFor="c-present">{t('present')}</label>
            <input id="c-present" type="number" min={0} inputMode="numeric" value={form.present} onChange={(e) => setForm({ ...form, present: e.target.value })} />
          </div>
          <div>
            <label htmlFor="c-raised">{t('raised')}</label>
            <input id="c-raised" type="number" min={0} inputMode="numeric" value={form.raised} onChange={(e) => setForm({ ...form, raised: e.target.value })} />
          </div>
          <div>
            <label htmlFor="c-resolved">{t('resolved')}</label>
            <input id="c-resolved" type="number" min={0} inputMode="numeric" value={form.resolved} onChange={(e) => setForm({ ...form, resolved: e.target.value })} />
          </div>
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
            {result.counted ? t('recorded') : t('notQuorate')}
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
            { key: 'kind', header: t('col.kind'), render: (c) => t(`kinds.${c.kind}`) },
            { key: 'participants', header: t('col.participants'), numeric: true, render: (c) => (c.participants.present === null ? t('unknown') : c.participants.total === null ? f.int(c.participants.present) : `${f.int(c.participants.present)}/${f.int(c.participants.total)}`) },
            { key: 'opinions', header: t('col.opinions'), numeric: true, render: (c) => `${f.int(c.opinionsResolved)}/${f.int(c.opinionsRaised)}` },
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
