// /kiem-tra/:id — one inspection: the team, findings, conclusion, and its recommendations followed up like a
// board's (state, overdue in red, the inspected unit's officials answer here through the oversight route). The
// committee records the result of a planned inspection and concludes it.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useFormat } from '../shell/format.ts';
import { todayIso } from './InspectionsPage.tsx';
import { ResultFields, emptyResult, resultBody } from './ResultFields.tsx';
import '../shell/panels.css';

type Inspection = ApiResponse<'/steering/inspections/{id}'>;
type Rec = Inspection['recommendations'][number];

/** Posts a body, then refreshes the inspections; the error, if any, stays shown. */
function usePost() {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function post(path: string, body: object, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await api(path, { method: 'POST', body });
      after?.();
      await qc.invalidateQueries({ queryKey: ['inspections'] });
      await qc.invalidateQueries({ queryKey: ['oversight'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, post };
}

function AnswerForm({ rec, n }: { rec: Rec; n: number }) {
  const { t } = useTranslation('inspections');
  const [text, setText, clear] = useDraft(`inspection-answer:${rec.id}`, '');
  const { busy, error, post } = usePost();
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/oversight/recommendations/{id}/answer'> = { answer: text };
    void post(`/oversight/recommendations/${rec.id}/answer`, body, clear);
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

function ResultForm({ i }: { i: Inspection }) {
  const { t } = useTranslation('inspections');
  const [draft, setDraft, clear] = useDraft(`inspection-result:${i.id}`, { ...emptyResult(todayIso()), members: i.members.join('\n') });
  const { busy, error, post } = usePost();
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/inspections/{id}/result'> = resultBody(draft);
    void post(`/steering/inspections/${i.id}/result`, body, clear);
  }
  return (
    <form onSubmit={submit} className="card narrow-form report-editor">
      <h2>{t('detail.result')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      <ResultFields id="r" draft={draft} set={setDraft} today={todayIso()} defaultTo={`UBND ${i.inspectedUnitName}`} />
      <button type="submit" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

function ConcludeForm({ i }: { i: Inspection }) {
  const { t } = useTranslation('inspections');
  const [draft, setDraft, clear] = useDraft(`inspection-conclusion:${i.id}`, { conclusion: '', concludedOn: todayIso() });
  const { busy, error, post } = usePost();
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/inspections/{id}/conclusion'> = draft;
    void post(`/steering/inspections/${i.id}/conclusion`, body, clear);
  }
  return (
    <form onSubmit={submit} className="card narrow-form">
      <h2>{t('detail.conclude')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor="c-text">{t('conclusion')}</label>
      <textarea id="c-text" rows={4} required maxLength={20_000} value={draft.conclusion} onChange={(e) => setDraft({ ...draft, conclusion: e.target.value })} />
      <label htmlFor="c-date">{t('detail.concludedOn')}</label>
      <input id="c-date" type="date" required max={todayIso()} value={draft.concludedOn} onChange={(e) => setDraft({ ...draft, concludedOn: e.target.value })} />
      <button type="submit" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

function InspectionScreen() {
  const { t } = useTranslation('inspections');
  const f = useFormat();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['inspections', 'one', id], queryFn: () => api<Inspection>(`/steering/inspections/${id}`) });
  usePageTitle(q.data ? `${q.data.inspectedUnitName} — ${t('title')}` : t('title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const i = q.data;
  return (
    <section>
      <p>
        <Link to="/kiem-tra">← {t('back')}</Link>
      </p>
      <h1>{`${i.subject} — ${i.inspectedUnitName}`}</h1>
      <div className="card">
        <p>
          {t('detail.committee')}: {i.unitName}
        </p>
        <p>
          {t(`status.${i.status}`)}: {f.date((i.heldOn ?? i.plannedOn)!)}
        </p>
        <h2>{t('detail.team')}</h2>
        {i.members.length ? (
          <ul>
            {i.members.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : (
          <p>{t('detail.noTeam')}</p>
        )}
        <h2>{t('findings')}</h2>
        {i.findings.length ? (
          <ol>
            {i.findings.map((x) => (
              <li key={x.seq}>
                {x.text}
                {x.violation ? <strong className="state-overdue">{` — ${t('violation')}`}</strong> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('detail.noFindings')}</p>
        )}
        <h2>{t('conclusion')}</h2>
        <p>{i.conclusion ? `${i.conclusion} (${f.date(i.concludedOn!)})` : t('detail.noConclusion')}</p>
      </div>
      {i.can.recordResult && <ResultForm i={i} />}
      {i.can.conclude && <ConcludeForm i={i} />}
      <h2>{t('detail.recs')}</h2>
      <DataTable
        caption={t('detail.recs')}
        hideCaption
        rows={i.recommendations}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.state === 'overdue' ? 'overdue' : undefined)}
        empty={t('detail.recsEmpty')}
        columns={[
          { key: 'text', header: t('rec.text'), rowHeader: true, render: (r) => r.text },
          { key: 'to', header: t('rec.to'), render: (r) => r.to },
          { key: 'due', header: t('rec.due'), render: (r) => f.date(r.dueOn) },
          { key: 'state', header: t('rec.state'), render: (r) => <strong className={`state-${r.state}`}>{t(`states.${r.state}`)}</strong> },
          {
            key: 'answer',
            header: t('rec.answer'),
            render: (r) => (r.answer ? `${r.answer} (${f.date(r.answeredOn!)})` : r.can.answer ? <AnswerForm rec={r} n={i.recommendations.indexOf(r) + 1} /> : '—'),
          },
        ]}
      />
    </section>
  );
}

export function InspectionPage() {
  return (
    <RequireAuth>
      <InspectionScreen />
    </RequireAuth>
  );
}
