// /cong-khai/:id — one disclosure, public: content, attachments, posting records (who, where, when, photo),
// version history, questions and answers. Residents ask when logged in; officials answer, record postings and
// publish corrections (a new version; the old ones stay visible).
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import { DataTable } from '../shell/DataTable.tsx';
import { answer, ask, fetchDisclosure, fetchReference, recordPosting, revise, todayIso, uploadFile, type DisclosureDetail, type MediumCode } from './api.ts';
import './disclosures.css';

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function DisclosureDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('disclosures');
  const f = useFormat();
  const { me } = useAuth();
  const q = useQuery({ queryKey: ['disclosure', id], queryFn: () => fetchDisclosure(id) });
  usePageTitle(q.data?.title ?? t('portal.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  return (
    <article className="disclosures detail">
      <p>
        <Link to="/cong-khai">{t('detail.back')}</Link>
      </p>
      <h1>{d.title}</h1>
      <dl className="meta">
        <dt>{t('detail.unit')}</dt>
        <dd>{d.unitName}</dd>
        <dt>{t('detail.category')}</dt>
        <dd>{d.categoryName}</dd>
        {d.legalBasis && (
          <>
            <dt>{t('detail.legalBasis')}</dt>
            <dd>{d.legalBasis}</dd>
          </>
        )}
        <dt>{t('detail.publishedOn')}</dt>
        <dd>
          {f.date(d.publishedOn)}
          {d.version > 1 && ` · ${t('portal.version', { n: d.version })}`}
        </dd>
        {d.decidedOn && (
          <>
            <dt>{t('detail.decidedOn')}</dt>
            <dd>{f.date(d.decidedOn)}</dd>
            <dt>{t('detail.dueOn')}</dt>
            <dd>
              {f.date(d.dueOn!)} — <span className={d.onTime ? 'ok' : 'overdue'}>{d.onTime ? t('detail.onTime') : t('detail.late')}</span>
            </dd>
          </>
        )}
        <dt>{t('detail.postingPeriod')}</dt>
        <dd>{d.permanent ? t('detail.permanent') : t('detail.period', { from: f.date(d.postedFrom), to: f.date(d.postedUntil!) })}</dd>
        <dt>{t('detail.channels')}</dt>
        <dd>{d.channels.map((c) => c.name).join('; ')}</dd>
      </dl>
      <div className="body">{d.body}</div>

      <h2>{t('detail.attachments')}</h2>
      {d.attachments.length === 0 ? (
        <p className="muted">{t('detail.noAttachments')}</p>
      ) : (
        <ul className="attachments">
          {d.attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.filename}>
                {a.filename}
              </a>{' '}
              <span className="small muted">({sizeText(a.size)})</span>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('detail.postings')}</h2>
      <DataTable
        caption={t('detail.postings')}
        hideCaption
        rows={d.postings}
        rowKey={(p) => p.id}
        columns={[
          { key: 'channel', header: t('detail.colChannel'), rowHeader: true, render: (p) => p.channel.name },
          { key: 'place', header: t('detail.colPlace'), render: (p) => p.place },
          { key: 'by', header: t('detail.colBy'), render: (p) => p.postedBy },
          {
            key: 'when',
            header: t('detail.colWhen'),
            render: (p) => (p.postedUntil ? t('detail.period', { from: f.date(p.postedOn), to: f.date(p.postedUntil) }) : f.date(p.postedOn)),
          },
          { key: 'photo', header: t('detail.colPhoto'), render: (p) => (p.photo ? <a href={p.photo.url}>{t('detail.photo')}</a> : '—') },
        ]}
      />
      {d.can.recordPosting && <PostingForm d={d} />}

      {d.versions.length > 1 && (
        <details className="card history">
          <summary>{t('detail.history', { count: d.versions.length })}</summary>
          <ol reversed>
            {d.versions.map((v) => (
              <li key={v.version}>
                <h3>{t('detail.versionLine', { n: v.version, date: f.date(v.publishedAt) })}</h3>
                {v.reason && (
                  <p>
                    <strong>{t('detail.reason')}:</strong> {v.reason}
                  </p>
                )}
                <p>
                  <strong>{v.title}</strong>
                </p>
                <div className="body">{v.body}</div>
              </li>
            ))}
          </ol>
        </details>
      )}
      {d.can.revise && <ReviseForm d={d} />}

      <h2 id="hoi-dap">{t('detail.qa')}</h2>
      {d.questions.length === 0 ? (
        <p className="muted">{t('detail.noQuestions')}</p>
      ) : (
        <ul className="qa">
          {d.questions.map((x) => (
            <li key={x.id} className="card">
              <p className="question">{x.question}</p>
              <p className="small muted">{t('detail.asked', { date: f.date(x.askedAt) })}</p>
              {x.answer ? (
                <div className="answer">
                  <p>{x.answer}</p>
                  <p className="small muted">
                    {x.answeredBy} · {t('detail.answered', { date: f.date(x.answeredAt!) })}
                  </p>
                </div>
              ) : d.can.answer ? (
                <AnswerForm disclosureId={d.id} questionId={x.id} />
              ) : (
                <p className="small">{t('detail.waiting')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {me ? <AskForm disclosureId={d.id} /> : <LoginToAsk />}
    </article>
  );
}

function LoginToAsk() {
  const { t } = useTranslation('disclosures');
  const location = useLocation();
  return (
    <p>
      <Link className="button" to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`}>
        {t('detail.loginToAsk')}
      </Link>
    </p>
  );
}

function useRefresh(id: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['disclosure', id] });
}

function AskForm({ disclosureId }: { disclosureId: string }) {
  const { t } = useTranslation('disclosures');
  const [text, setText] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = useRefresh(disclosureId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    try {
      await ask(disclosureId, text.trim());
      setText('');
      setMsg({ ok: true, text: t('detail.asked_ok') });
      await refresh();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, 'Lỗi') });
    }
  }
  return (
    <form className="card" onSubmit={submit}>
      <label htmlFor="dc-ask">{t('detail.askLabel')}</label>
      <textarea id="dc-ask" rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} required />
      <button type="submit">{t('detail.askButton')}</button>
      {msg && (
        <p role="status" className={msg.ok ? 'ok' : 'error'}>
          {msg.text}
        </p>
      )}
    </form>
  );
}

function AnswerForm({ disclosureId, questionId }: { disclosureId: string; questionId: string }) {
  const { t } = useTranslation('disclosures');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = useRefresh(disclosureId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    try {
      await answer(disclosureId, questionId, text.trim());
      await refresh();
    } catch (err) {
      setError(errorText(err, 'Lỗi'));
    }
  }
  const fieldId = `dc-answer-${questionId}`;
  return (
    <form onSubmit={submit}>
      <label htmlFor={fieldId}>{t('detail.answerLabel')}</label>
      <textarea id={fieldId} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      <button type="submit">{t('detail.answerButton')}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

function PostingForm({ d }: { d: DisclosureDetail }) {
  const { t } = useTranslation('disclosures');
  const { me } = useAuth();
  const ref = useQuery({ queryKey: ['disclosure-ref', d.unitKind], queryFn: () => fetchReference(d.unitKind === 'village' ? 'commune' : d.unitKind) });
  const [channel, setChannel] = useState<MediumCode>('notice_board');
  const [place, setPlace] = useState('');
  const [postedOn, setPostedOn] = useState(todayIso());
  const [days, setDays] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = useRefresh(d.id);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const ph = photo ? await uploadFile(photo, me?.csrfToken, d.unitId) : null;
      await recordPosting(d.id, { channel, place: place.trim(), postedOn, ...(days ? { days: Number(days) } : {}), ...(ph ? { photoAttachmentId: ph.id } : {}) });
      setMsg({ ok: true, text: t('detail.posted_ok') });
      setPlace('');
      setPhoto(null);
      await refresh();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, 'Lỗi') });
    }
  }
  return (
    <details className="card">
      <summary>{t('detail.addPosting')}</summary>
      <form onSubmit={submit}>
        <label htmlFor="dp-channel">{t('detail.colChannel')}</label>
        <select id="dp-channel" value={channel} onChange={(e) => setChannel(e.target.value as MediumCode)}>
          {ref.data?.channels.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor="dp-place">{t('detail.place')}</label>
        <input id="dp-place" value={place} onChange={(e) => setPlace(e.target.value)} required maxLength={300} />
        <label htmlFor="dp-on">{t('detail.postedOn')}</label>
        <input id="dp-on" type="date" value={postedOn} max={todayIso()} onChange={(e) => setPostedOn(e.target.value)} required />
        <label htmlFor="dp-days">{t('detail.days')}</label>
        <input id="dp-days" type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} />
        <label htmlFor="dp-photo">{t('detail.photoLabel')}</label>
        <input id="dp-photo" type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
        <button type="submit">{t('detail.savePosting')}</button>
        {msg && (
          <p role="status" className={msg.ok ? 'ok' : 'error'}>
            {msg.text}
          </p>
        )}
      </form>
    </details>
  );
}

function ReviseForm({ d }: { d: DisclosureDetail }) {
  const { t } = useTranslation('disclosures');
  const [reason, setReason] = useState('');
  const [title, setTitle] = useState(d.title);
  const [body, setBody] = useState(d.body);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = useRefresh(d.id);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await revise(d.id, { reason: reason.trim(), ...(title !== d.title ? { title } : {}), ...(body !== d.body ? { body } : {}) });
      setMsg({ ok: true, text: t('detail.revised_ok') });
      setReason('');
      await refresh();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, 'Lỗi') });
    }
  }
  return (
    <details className="card">
      <summary>{t('detail.revise')}</summary>
      <form onSubmit={submit}>
        <label htmlFor="dr-reason">{t('detail.reviseReason')}</label>
        <input id="dr-reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />
        <label htmlFor="dr-title">{t('publish.heading')}</label>
        <input id="dr-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
        <label htmlFor="dr-body">{t('publish.body')}</label>
        <textarea id="dr-body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
        <button type="submit">{t('detail.saveRevision')}</button>
        {msg && (
          <p role="status" className={msg.ok ? 'ok' : 'error'}>
            {msg.text}
          </p>
        )}
      </form>
    </details>
  );
}
