// /giam-sat — the inspection and investment boards record supervision activities (findings with signs of
// violation, recommendations with due dates); the authority answers recommendations; overdue ones stand out.
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

type Board = ApiBody<'/oversight/activities'>['board'];
const BOARDS_FOR: Record<string, Board[]> = { commune: ['inspection', 'investment'], agency: ['inspection'], enterprise: ['inspection'] };

type Recommendation = ApiResponse<'/oversight/recommendations'>['items'][number];

const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function AnswerForm({ rec, n }: { rec: Recommendation; n: number }) {
  const { t } = useTranslation('oversight');
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: ApiBody<'/oversight/recommendations/{id}/answer'> = { answer: text };
      await api(`/oversight/recommendations/${rec.id}/answer`, { method: 'POST', body });
      await qc.invalidateQueries({ queryKey: ['oversight'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit}>
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor={`ans-${rec.id}`}>{t('answerLabel', { n })}</label>
      <textarea id={`ans-${rec.id}`} rows={2} required maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="small-button" disabled={busy}>
        {t('send')}
      </button>
    </form>
  );
}

function OversightScreen() {
  const { t } = useTranslation('oversight');
  const f = useFormat();
  const qc = useQueryClient();
  usePageTitle(t('title'));
  const units = useMyUnits(['oversight.record', 'oversight.answer', 'report.read'], ['agency']);
  const [unitId, setUnitId] = useState('');
  const [board, setBoard] = useState<Board | ''>('');
  const [subject, setSubject] = useState('');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [findings, setFindings] = useState([{ text: '', violation: false }]);
  const [recs, setRecs] = useState<{ to: string; text: string; dueOn: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const usable = (units.data ?? []).filter((u) => BOARDS_FOR[u.kind]);
  const unit = usable.find((u) => u.id === unitId) ?? usable[0];
  const boards = unit ? BOARDS_FOR[unit.kind]! : [];
  const b: Board | undefined = board && boards.includes(board) ? board : boards[0];
  const activities = useQuery({
    queryKey: ['oversight', 'activities', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/oversight/activities'>>(`/oversight/activities?unitId=${unit!.id}&limit=100`),
  });
  const recommendations = useQuery({
    queryKey: ['oversight', 'recs', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/oversight/recommendations'>>(`/oversight/recommendations?unitId=${unit!.id}&limit=100`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  // What the user may do at this unit comes with the list (the server's permissions, not role names).
  const canRecord = activities.data?.can.record ?? false;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const body: ApiBody<'/oversight/activities'> = {
        unitId: unit!.id,
        board: b!,
        subject,
        heldOn,
        findings: findings.filter((x) => x.text.trim()),
        recommendations: recs.filter((r) => r.text.trim()).map((r) => ({ to: r.to, text: r.text, ...(r.dueOn ? { dueOn: r.dueOn } : {}) })),
      };
      await api('/oversight/activities', { method: 'POST', body });
      setDone(true);
      setSubject('');
      setFindings([{ text: '', violation: false }]);
      setRecs([]);
      await qc.invalidateQueries({ queryKey: ['oversight'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="card">
        <label htmlFor="o-unit">{t('unit')}</label>
        <select id="o-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {usable.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {canRecord && (
        <form onSubmit={submit} className="card narrow-form report-editor">
          <h2>{t('record')}</h2>
          {error ? <ErrorMessage error={error} /> : null}
          <label htmlFor="o-board">{t('board')}</label>
          <select id="o-board" value={b} onChange={(e) => setBoard(e.target.value as Board)}>
            {boards.map((x) => (
              <option key={x} value={x}>
                {t(`boards.${x}`)}
              </option>
            ))}
          </select>
          <label htmlFor="o-subject">{t('subject')}</label>
          <input id="o-subject" required maxLength={500} value={subject} onChange={(e) => setSubject(e.target.value)} />
          <label htmlFor="o-date">{t('heldOn')}</label>
          <input id="o-date" type="date" required max={todayIso()} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
          <fieldset>
            <legend>{t('findings')}</legend>
            {findings.map((x, i) => (
              <div key={i}>
                <label htmlFor={`o-f-${i}`}>{t('finding', { n: i + 1 })}</label>
                <textarea id={`o-f-${i}`} rows={2} maxLength={5000} value={x.text} onChange={(e) => setFindings(findings.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)))} />
                <label className="inline-check">
                  <input type="checkbox" checked={x.violation} onChange={(e) => setFindings(findings.map((y, j) => (j === i ? { ...y, violation: e.target.checked } : y)))} />
                  {t('violation')}
                </label>
              </div>
            ))}
            <button type="button" className="secondary small-button" onClick={() => setFindings([...findings, { text: '', violation: false }])}>
              {t('addFinding')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('recommendations')}</legend>
            {recs.map((r, i) => (
              <div key={i}>
                <label htmlFor={`o-r-to-${i}`}>{`${t('recommendation', { n: i + 1 })} — ${t('to')}`}</label>
                <input id={`o-r-to-${i}`} required maxLength={300} value={r.to} onChange={(e) => setRecs(recs.map((y, j) => (j === i ? { ...y, to: e.target.value } : y)))} />
                <label htmlFor={`o-r-text-${i}`}>{t('text')}</label>
                <textarea id={`o-r-text-${i}`} rows={2} required maxLength={5000} value={r.text} onChange={(e) => setRecs(recs.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)))} />
                <label htmlFor={`o-r-due-${i}`}>{t('dueOn')}</label>
                <input id={`o-r-due-${i}`} type="date" value={r.dueOn} onChange={(e) => setRecs(recs.map((y, j) => (j === i ? { ...y, dueOn: e.target.value } : y)))} />
                <button type="button" className="secondary small-button" onClick={() => setRecs(recs.filter((_, j) => j !== i))}>
                  {t('remove')}
                </button>
              </div>
            ))}
            <button type="button" className="secondary small-button" onClick={() => setRecs([...recs, { to: unit.name.startsWith('Xã') || unit.name.startsWith('Phường') ? `UBND ${unit.name.toLowerCase()}` : unit.name, text: '', dueOn: '' }])}>
              {t('addRecommendation')}
            </button>
          </fieldset>
          <button type="submit" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </button>
          {done && <p role="status">{t('recorded')}</p>}
        </form>
      )}
      <h2>{t('activities')}</h2>
      {activities.isPending ? (
        <Loading />
      ) : activities.isError ? (
        <ErrorMessage error={activities.error} onRetry={() => activities.refetch()} />
      ) : (
        <DataTable
          caption={t('activities')}
          hideCaption
          rows={activities.data.items}
          rowKey={(a) => a.id}
          empty={t('empty')}
          columns={[
            { key: 'date', header: t('col.date'), rowHeader: true, render: (a) => f.date(a.heldOn) },
            { key: 'unit', header: t('col.unit'), render: (a) => a.unitName },
            { key: 'board', header: t('col.board'), render: (a) => t(`boards.${a.board}`) },
            { key: 'subject', header: t('col.subject'), render: (a) => a.subject },
            { key: 'violation', header: t('col.violation'), render: (a) => (a.hasViolation ? t('yes') : t('no')) },
            { key: 'recs', header: t('col.recs'), numeric: true, render: (a) => f.int(a.recommendations) },
          ]}
        />
      )}
      <h2>{t('recs')}</h2>
      {recommendations.isPending ? (
        <Loading />
      ) : recommendations.isError ? (
        <ErrorMessage error={recommendations.error} onRetry={() => recommendations.refetch()} />
      ) : (
        <DataTable
          caption={t('recs')}
          hideCaption
          rows={recommendations.data.items}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.state === 'overdue' ? 'overdue' : undefined)}
          empty={t('recsEmpty')}
          columns={[
            { key: 'text', header: t('col.text'), rowHeader: true, render: (r) => r.text },
            { key: 'to', header: t('col.to'), render: (r) => r.to },
            { key: 'due', header: t('col.due'), render: (r) => f.date(r.dueOn) },
            { key: 'state', header: t('col.state'), render: (r) => <strong className={`state-${r.state}`}>{t(`states.${r.state}`)}</strong> },
            {
              key: 'answer',
              header: t('col.answer'),
              render: (r) =>
                r.answer ? `${r.answer} (${f.date(r.answeredOn!)})` : r.can.answer ? <AnswerForm rec={r} n={recommendations.data.items.indexOf(r) + 1} /> : '—',
            },
          ]}
        />
      )}
    </section>
  );
}

export function OversightPage() {
  return (
    <RequireAuth>
      <OversightScreen />
    </RequireAuth>
  );
}
