// /bieu-quyet/:id — one decision: what is decided and how, live participation while open, the resident's vote for
// their household, the village head's tools (enter ballots, roll call, close), the result with its chart after
// closing, the minutes (DOCX) and the commune's recognition.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import { castBallot, checkIntegrity, closeDecision, fetchDecision, recognise, recordMeeting, refuse, type Decision, type IntegrityReport } from './api.ts';
import { ParticipationText, StatusBadge } from './ListPage.tsx';
import { ResultChart } from './ResultChart.tsx';
import './decisions.css';

export function LiveParticipation({ n, total }: { n: number; total: number }) {
  const { t } = useTranslation('decisions');
  const pct = total ? Math.round((1000 * n) / total) / 10 : 0;
  return (
    <div>
      <p className="participation-live" role="status" aria-live="polite">
        <span className="visually-hidden">{t('participationLabel')}: </span>
        <ParticipationText n={n} total={total} />
      </p>
      <div className="participation-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

function VoteBox({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const { me } = useAuth();
  const qc = useQueryClient();
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  if (d.status !== 'open') return null;
  if (!me) {
    return (
      <p>
        <Link to={`/dang-nhap?next=/bieu-quyet/${d.id}`}>{t('vote.loginToVote')}</Link>
      </p>
    );
  }
  const mine = d.myHousehold;
  if (!mine) return null;
  if (!mine.eligible) return <p className="muted">{t('vote.notEligible')}</p>;
  if (!mine.voted && !d.can.vote) return null;
  async function send() {
    if (!choice || !mine) return;
    setBusy(true);
    setError(null);
    try {
      await castBallot(d.id, mine.id, choice);
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setChoice(null);
      await qc.invalidateQueries({ queryKey: ['decision', d.id] });
    }
  }
  return (
    <section className="card" aria-labelledby="vote-title">
      <h2 id="vote-title">{t('vote.title')}</h2>
      {sent && (
        <p className="ok" role="status">
          {t('vote.sent')}
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {mine.voted ? (
        <p className="ok">{t('vote.done')}</p>
      ) : choice ? (
        <div role="group" aria-labelledby="vote-confirm">
          <p id="vote-confirm">{t('vote.confirm', { choice })}</p>
          <div className="form-actions">
            <button type="button" onClick={send} disabled={busy}>
              {t('vote.send', { choice })}
            </button>
            <button type="button" className="secondary" onClick={() => setChoice(null)} disabled={busy}>
              {t('vote.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('vote.hint')}</p>
          <div className="vote-options">
            {d.options.map((o) => (
              <button key={o} type="button" onClick={() => setChoice(o)}>
                {o}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function MeetingForm({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const qc = useQueryClient();
  const [form, setForm] = useState({ represented: '', place: '', chair: '', secretary: '' });
  const [error, setError] = useState<unknown>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await recordMeeting(d.id, {
        represented: Number(form.represented),
        ...(form.place ? { place: form.place } : {}),
        ...(form.chair ? { chair: form.chair } : {}),
        ...(form.secretary ? { secretary: form.secretary } : {}),
      });
      await qc.invalidateQueries({ queryKey: ['decision', d.id] });
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="meeting-title">
      <h2 id="meeting-title">{t('meeting.title')}</h2>
      {d.meeting && (
        <p role="status">
          {t('meeting.valid', { n: d.meeting.represented, total: d.eligibleHouseholds, outcome: t(`meeting.${d.meeting.nextStep}`) })}
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <label htmlFor="m-rep">{t('meeting.represented')}</label>
      <input id="m-rep" type="number" inputMode="numeric" min={0} max={d.eligibleHouseholds} required value={form.represented} onChange={(e) => setForm({ ...form, represented: e.target.value })} />
      <label htmlFor="m-place">{t('meeting.place')}</label>
      <input id="m-place" value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />
      <label htmlFor="m-chair">{t('meeting.chair')}</label>
      <input id="m-chair" value={form.chair} onChange={(e) => setForm({ ...form, chair: e.target.value })} />
      <label htmlFor="m-sec">{t('meeting.secretary')}</label>
      <input id="m-sec" value={form.secretary} onChange={(e) => setForm({ ...form, secretary: e.target.value })} />
      <button type="submit">{t('meeting.submit')}</button>
    </form>
  );
}

function ManageBox({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!d.can.close && !d.can.enterBallots && !d.can.recordMeeting) return null;
  async function close() {
    setBusy(true);
    setError(null);
    try {
      await closeDecision(d.id);
      await qc.invalidateQueries({ queryKey: ['decision', d.id] });
      await qc.invalidateQueries({ queryKey: ['decisions'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }
  return (
    <>
      <div className="form-actions">
        {d.can.enterBallots && (
          <Link className="button" to={`/bieu-quyet/${d.id}/nhap-phieu`}>
            {t('detail.enter')}
          </Link>
        )}
        {d.can.close && !confirming ? (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t('detail.close')}
          </button>
        ) : null}
      </div>
      {confirming && (
        <div className="card" role="group" aria-labelledby="close-confirm">
          <p id="close-confirm">{t('detail.closeConfirm')}</p>
          <div className="form-actions">
            <button type="button" onClick={close} disabled={busy}>
              {busy ? t('detail.closing') : t('detail.close')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('detail.keepOpen')}
            </button>
          </div>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {d.can.recordMeeting && <MeetingForm d={d} />}
    </>
  );
}

function RecognitionBox({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const f = useFormat();
  const qc = useQueryClient();
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const r = d.recognition;
  if (!r) return null;
  const canAnswer = d.can.recognise || d.can.refuse;
  async function act(kind: 'recognise' | 'refuse') {
    setError(null);
    try {
      if (kind === 'recognise') await recognise(d.id, number || undefined);
      else await refuse(d.id, reason);
      await qc.invalidateQueries({ queryKey: ['decision', d.id] });
    } catch (e) {
      setError(e);
    }
  }
  return (
    <section className="card" aria-labelledby="rec-title">
      <h2 id="rec-title">{t('recognition.title')}</h2>
      <dl className="facts">
        <dt>{t('recognition.authority')}</dt>
        <dd>{r.authorityLabel}</dd>
      </dl>
      {r.dueOn && <p>{t('recognition.due', { date: f.date(r.dueOn) })}</p>}
      {r.answeredOn && <p>{t('recognition.answered', { date: f.date(r.answeredOn) })}{r.number ? ` — ${r.number}` : ''}</p>}
      {r.refusalReason && <p className="error">{t('recognition.refused', { reason: r.refusalReason })}</p>}
      {error ? <ErrorMessage error={error} /> : null}
      {canAnswer && (
        <>
          {d.can.recognise && (
            <>
              <label htmlFor="rec-number">{t('recognition.number')}</label>
              <input id="rec-number" value={number} onChange={(e) => setNumber(e.target.value)} />
              <button type="button" onClick={() => act('recognise')}>
                {t('recognition.recognise')}
              </button>
            </>
          )}
          {d.can.refuse && (
            <>
              <label htmlFor="rec-reason">{t('recognition.reason')}</label>
              <textarea id="rec-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
              <button type="button" className="secondary" onClick={() => act('refuse')}>
                {t('recognition.refuse')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}

const timeVn = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });

/** For those who may read the audit log (officials, the People's Inspection Board, steering committees). */
function IntegrityBox({ d }: { d: Decision }) {
  const { t } = useTranslation('decisions');
  const f = useFormat();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!d.can.checkIntegrity) return null;
  async function run() {
    setBusy(true);
    setError(null);
    try {
      setReport(await checkIntegrity(d.id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby="integrity-title">
      <h2 id="integrity-title">{t('integrity.title')}</h2>
      <p className="muted">{t('integrity.intro')}</p>
      <button type="button" className="secondary" onClick={run} disabled={busy}>
        {busy ? t('integrity.running') : t('integrity.run')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
      {report && (
        <div role="status">
          <p className={report.ok ? 'ok' : 'error'}>
            <strong>{report.message}</strong>
          </p>
          <p className="muted">
            {t('integrity.counts', {
              register: f.int(report.registerCount),
              box: f.int(report.boxTotal),
              audited: f.int(report.auditedBallots),
              entries: f.int(report.auditEntries),
            })}
            {' · '}
            {t('integrity.checkedAt', { time: `${timeVn.format(new Date(report.checkedAt))} ${f.date(report.checkedAt)}` })}
          </p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.map((p) => (
                <li key={p.code}>
                  {p.message}
                  {p.households && p.households.length > 0 && (
                    <>
                      {' '}
                      {t('integrity.households', { list: p.households.map((h) => (h.name ? `${h.name} (${h.id})` : h.id)).join('; ') })}
                      {p.count > p.households.length ? ` ${t('integrity.more', { n: f.int(p.count - p.households.length) })}` : ''}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

export function DecisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('decisions');
  const f = useFormat();
  const { me } = useAuth();
  const q = useQuery({
    queryKey: ['decision', id, me?.id ?? null],
    queryFn: () => fetchDecision(id),
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 5000 : false),
  });
  usePageTitle(q.data?.title);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  return (
    <article>
      <p>
        <Link to="/bieu-quyet">← {t('detail.back')}</Link>
      </p>
      <h1>{d.title}</h1>
      <p>
        <StatusBadge d={d} /> <span className="muted">{d.unitName}</span>
      </p>
      {d.description && <p>{d.description}</p>}
      <dl className="facts">
        <dt>{t('detail.matter')}</dt>
        <dd>{t(`matters.${d.matter}`)}</dd>
        <dt>{t('detail.method')}</dt>
        <dd>
          {t(`methods.${d.method}`)}
          {d.secret ? ` — ${t('detail.secret')}` : ''}
        </dd>
        <dt>{t('detail.rule')}</dt>
        <dd>{t('detail.ruleValue', { phrase: d.rulePhrase, threshold: f.int(d.threshold), total: f.int(d.eligibleHouseholds) })}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>
          {f.date(d.openedOn)}
          {d.closedOn ? ` – ${f.date(d.closedOn)}` : d.closesAt ? ` (${t('detail.closesAt', { date: f.date(d.closesAt) })})` : ''}
        </dd>
      </dl>
      {d.status === 'cancelled' && <p className="error">{t('detail.cancelled', { reason: d.cancelReason ?? '' })}</p>}
      <LiveParticipation n={d.participatingHouseholds} total={d.eligibleHouseholds} />
      <VoteBox d={d} />
      <ManageBox d={d} />
      <section aria-labelledby="result-title" className="card">
        <h2 id="result-title">{t('result.title')}</h2>
        {d.result ? (
          <>
            <ResultChart result={d.result} />
            <p>
              <a href={`/api/v1/decisions/${d.id}/minutes.docx`} download>
                {t('detail.minutes')}
              </a>
            </p>
            {d.disclosureId && <p className="muted">{t('detail.disclosure')}</p>}
          </>
        ) : (
          <p className="muted">{t('detail.resultsAfterClose')}</p>
        )}
      </section>
      <RecognitionBox d={d} />
      <IntegrityBox d={d} />
    </article>
  );
}
