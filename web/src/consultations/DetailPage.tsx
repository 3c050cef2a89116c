// /lay-y-kien/:id — the draft, the resident's opinion form (kept in localStorage until sent, so a dropped network
// loses nothing) and "what became of my opinion"; for officials, quick entry of opinions from a meeting or paper
// forms, closing and synthesis.
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useFormat } from '../shell/format.ts';
import { action, enterOpinions, fetchConsultation, fetchMyOpinion, putMyOpinion, type ConsultationDetail, type EnteredSource, type Stance } from './api.ts';
import { StatusBadge } from './ListPage.tsx';

const STANCES: Stance[] = ['agree', 'disagree', 'other'];

function StanceRadios({ name, value, onChange, legend }: { name: string; value: Stance; onChange(s: Stance): void; legend: string }) {
  const { t } = useTranslation('consultations');
  return (
    <fieldset className="stances">
      <legend>{legend}</legend>
      {STANCES.map((s) => (
        <label key={s} className="inline">
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} /> {t(`stances.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}

function MyOpinion({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation('consultations');
  const uid = useId();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['consultation.mine', c.id], queryFn: () => fetchMyOpinion(c.id) });
  const [form, setForm, clearDraft, restored] = useDraft<{ stance: Stance; body: string; touched: boolean }>(`consultation.opinion.${c.id}`, {
    stance: 'agree',
    body: '',
    touched: false,
  });
  const [msg, setMsg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const mine = q.data.opinion;
  // the saved opinion fills the form until the resident starts editing
  const value = form.touched || !mine ? form : { stance: mine.stance, body: mine.body, touched: false };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMsg(null);
    setError(null);
    if (!value.body.trim()) return setError(t('mine.empty'));
    setBusy(true);
    try {
      await putMyOpinion(c.id, { stance: value.stance, body: value.body.trim() });
      clearDraft();
      setMsg(mine ? t('mine.updated') : t('mine.sent'));
      await qc.invalidateQueries({ queryKey: ['consultation.mine', c.id] });
    } catch (err) {
      setError(errorText(err, t('mine.empty')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('mine.title')}</h2>
      {mine && (
        <div className="my-opinion">
          <p className="muted">{t('mine.yours', { stance: t(`stances.${mine.stance}`) })}</p>
          <blockquote>{mine.body}</blockquote>
        </div>
      )}
      {mine && (c.status === 'closed' || c.status === 'published' || c.status === 'finished') && (
        <div className="my-result" aria-live="polite">
          <h3>{t('mine.result')}</h3>
          {q.data.group ? (
            <>
              <p>{t('mine.inGroup', { label: q.data.group.label })}</p>
              {q.data.group.response ? (
                <p className="response">
                  <strong>{t(`responseKinds.${q.data.group.response.kind}`)}:</strong> {q.data.group.response.text}
                </p>
              ) : (
                <p className="muted">{t('mine.noResponse')}</p>
              )}
            </>
          ) : (
            <p className="muted">{t('mine.pending')}</p>
          )}
        </div>
      )}
      {c.can.giveOpinion ? (
        <form onSubmit={submit} noValidate>
          {restored && form.touched && <p className="muted small">{t('mine.restored')}</p>}
          <StanceRadios name={`${uid}-stance`} legend={t('mine.stance')} value={value.stance} onChange={(s) => setForm({ ...value, stance: s, touched: true })} />
          <label htmlFor={`${uid}-body`}>{t('mine.body')}</label>
          <textarea id={`${uid}-body`} rows={5} maxLength={5000} value={value.body} onChange={(e) => setForm({ ...value, body: e.target.value, touched: true })} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {msg && (
            <p className="ok" role="status">
              {msg}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {mine ? t('mine.update') : t('mine.send')}
            </button>
          </div>
        </form>
      ) : c.acceptsOpinions ? (
        !mine && <p className="muted">{t('mine.notResident')}</p>
      ) : (
        <p className="muted">{t('mine.closedNotice')}</p>
      )}
    </section>
  );
}

interface Row {
  stance: Stance;
  body: string;
  authorName: string;
}
const EMPTY_ROW: Row = { stance: 'agree', body: '', authorName: '' };

function EnterOpinions({ c, onSaved }: { c: ConsultationDetail; onSaved(): void }) {
  const { t } = useTranslation('consultations');
  const uid = useId();
  const [form, setForm, clearDraft] = useDraft<{ source: EnteredSource; note: string; rows: Row[] }>(`consultation.enter.${c.id}`, {
    source: 'meeting',
    note: '',
    rows: [EMPTY_ROW],
  });
  const [msg, setMsg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setRow = (i: number, r: Partial<Row>) => setForm((f) => ({ ...f, rows: f.rows.map((x, j) => (j === i ? { ...x, ...r } : x)) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMsg(null);
    setError(null);
    const rows = form.rows.filter((r) => r.body.trim());
    if (rows.length === 0) return setError(t('enter.empty'));
    setBusy(true);
    try {
      const r = await enterOpinions(c.id, {
        source: form.source,
        ...(form.note.trim() ? { sourceNote: form.note.trim() } : {}),
        opinions: rows.map((x) => ({ stance: x.stance, body: x.body.trim(), ...(x.authorName.trim() ? { authorName: x.authorName.trim() } : {}) })),
      });
      setForm((f) => ({ ...f, rows: [EMPTY_ROW] }));
      setMsg(t('enter.saved', { count: r.created }));
      onSaved();
    } catch (err) {
      setError(errorText(err, t('enter.empty')));
    } finally {
      setBusy(false);
    }
  }
  void clearDraft;

  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('enter.title')}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${uid}-source`}>{t('enter.source')}</label>
        <select id={`${uid}-source`} value={form.source} onChange={(e) => setForm((f) => ({ ...f, source: e.target.value as EnteredSource }))}>
          {(['meeting', 'paper_form', 'other'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-note`}>{t('enter.note')}</label>
        <input id={`${uid}-note`} value={form.note} maxLength={300} onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))} />
        <ol className="entry-rows">
          {form.rows.map((r, i) => (
            <li key={i} className="entry-row">
              <StanceRadios name={`${uid}-s${i}`} legend={t('enter.row', { n: i + 1 })} value={r.stance} onChange={(s) => setRow(i, { stance: s })} />
              <label htmlFor={`${uid}-b${i}`}>{t('enter.body')}</label>
              <textarea
                id={`${uid}-b${i}`}
                rows={2}
                value={r.body}
                onChange={(e) => setRow(i, { body: e.target.value })}
                onKeyDown={(e) => {
                  // Ctrl+Enter adds the next opinion: quick entry during a meeting
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    setForm((f) => ({ ...f, rows: [...f.rows, EMPTY_ROW] }));
                  }
                }}
              />
              <label htmlFor={`${uid}-a${i}`}>{t('enter.author')}</label>
              <input id={`${uid}-a${i}`} value={r.authorName} maxLength={200} onChange={(e) => setRow(i, { authorName: e.target.value })} />
              {form.rows.length > 1 && (
                <button type="button" className="secondary small-button" onClick={() => setForm((f) => ({ ...f, rows: f.rows.filter((_, j) => j !== i) }))}>
                  {t('enter.removeRow', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {msg && (
          <p className="ok" role="status">
            {msg}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={() => setForm((f) => ({ ...f, rows: [...f.rows, EMPTY_ROW] }))}>
            {t('enter.addRow')}
          </button>
          <button type="submit" disabled={busy}>
            {t('enter.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Manage({ c, refresh }: { c: ConsultationDetail; refresh(): void }) {
  const { t } = useTranslation('consultations');
  const f = useFormat();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(what: 'close' | 'synthesis') {
    setError(null);
    if (what === 'close' && !window.confirm(t('detail.confirmClose'))) return;
    setBusy(true);
    try {
      await action(c.id, what);
      if (what === 'synthesis') navigate(`/lay-y-kien/${c.id}/tong-hop`);
      else refresh();
    } catch (err) {
      setError(errorText(err, ''));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-label={t('detail.manage')}>
      <h2>{t('detail.manage')}</h2>
      {c.tally && <p>{t('detail.tally', { total: f.int(c.tally.total) })}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {c.can.close && (
          <button type="button" onClick={() => run('close')} disabled={busy}>
            {t('detail.close')}
          </button>
        )}
        {c.can.synthesise && !c.synthesised && (
          <button type="button" onClick={() => run('synthesis')} disabled={busy}>
            {t('detail.synthesise')}
          </button>
        )}
        {c.synthesised && (
          <Link className="button" to={`/lay-y-kien/${c.id}/tong-hop`}>
            {t('detail.openSynthesis')}
          </Link>
        )}
      </div>
    </section>
  );
}

export function ConsultationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('consultations');
  const { me } = useAuth();
  const f = useFormat();
  const q = useQuery({ queryKey: ['consultation', id, me?.id ?? null], queryFn: () => fetchConsultation(id) });
  usePageTitle(q.data?.title ?? t('list.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const c = q.data;
  const published = c.status === 'published' || c.status === 'finished';
  return (
    <article className="consultation">
      <p>
        <Link to="/lay-y-kien">← {t('detail.back')}</Link>
      </p>
      <h1>{c.title}</h1>
      <p>
        <StatusBadge c={c} /> <span className="muted">{t(`kinds.${c.kind}`)}</span>
      </p>
      <ul className="facts">
        <li>{t('detail.scope', { unit: [c.unitName, ...c.villages.map((v) => v.name)].join(', ') })}</li>
        <li>{t('detail.period', { from: f.date(c.opensOn), to: f.date(c.closedOn ?? c.closesOn) })}</li>
        <li>{t('detail.minDays', { days: c.minDays })}</li>
      </ul>
      <section className="card" aria-labelledby="draft-h">
        <h2 id="draft-h">{t('detail.draft')}</h2>
        <div className="draft-text">{c.draft}</div>
        {c.attachments.length > 0 && (
          <>
            <h3>{t('detail.attachments')}</h3>
            <ul>
              {c.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url}>{a.filename}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {published && (
        <p>
          <Link className="button" to={`/lay-y-kien/${c.id}/tong-hop`}>
            {t('detail.viewSynthesis')}
          </Link>
        </p>
      )}
      {me ? (
        (c.can.giveOpinion || !c.can.manage) && <MyOpinion c={c} />
      ) : (
        c.acceptsOpinions && (
          <p>
            <Link className="button" to={`/dang-nhap?next=${encodeURIComponent(`/lay-y-kien/${c.id}`)}`}>
              {t('mine.loginToGive')}
            </Link>
          </p>
        )
      )}
      {c.can.enterOpinions && <EnterOpinions c={c} onSaved={() => q.refetch()} />}
      {(c.can.manage || c.can.close) && <Manage c={c} refresh={() => q.refetch()} />}
    </article>
  );
}
