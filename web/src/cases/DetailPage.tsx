// /don-thu/:id — one case for an official: content, deadlines, handlers, history, and the actions its state allows.
// The sender of a denunciation shows only for an assigned handler (the server decides and audits the read).
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { formatVi } from '../shell/format.ts';
import type { ApiBody } from '../api.ts';
import { casesApi, type CaseAction, type CaseDetail } from './api.ts';
import { DueCell } from './QueuePage.tsx';
import './cases.css';

function ActionForm({ c, onDone }: { c: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const [action, setAction] = useState<CaseAction | ''>('');
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState('');
  const [complexity, setComplexity] = useState<NonNullable<ApiBody<'/cases/{id}/actions'>['complexity']>>('complex');
  const [toUnitId, setToUnitId] = useState('');
  const [userId, setUserId] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const handlers = useQuery({ queryKey: ['cases', 'handlers', c.id], queryFn: () => casesApi.handlers(c.id), enabled: action === 'assign' });
  const units = useQuery({ queryKey: ['cases', 'units'], queryFn: casesApi.units, enabled: action === 'transfer' });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!action) return;
    const body: ApiBody<'/cases/{id}/actions'> = { action };
    if (note.trim()) body.note = note.trim();
    if (action === 'resolve') body.publicAnswer = answer.trim();
    if (action === 'extend') body.complexity = complexity;
    if (action === 'transfer') body.toUnitId = toUnitId;
    if (action === 'assign') body.userId = userId;
    try {
      await casesApi.act(c.id, body);
      setMsg({ ok: true, text: t('detail.done') });
      setAction('');
      setNote('');
      setAnswer('');
      onDone();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err, t('detail.act')) });
    }
  }
  if (!c.can.act) return null;
  return (
    <form className="card" onSubmit={submit} aria-labelledby="act-title">
      <h2 id="act-title">{t('detail.act')}</h2>
      <label htmlFor="act-action">{t('detail.action')}</label>
      <select id="act-action" value={action} onChange={(e) => setAction(e.target.value as CaseAction)}>
        <option value="">—</option>
        {c.allowedActions.map((a) => (
          <option key={a} value={a}>
            {t(`actions.${a}`)}
          </option>
        ))}
      </select>
      {action === 'resolve' && (
        <>
          <label htmlFor="act-answer">{t('detail.answer')}</label>
          <textarea id="act-answer" rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </>
      )}
      {action === 'extend' && c.status === 'accepted' && (
        <>
          <label htmlFor="act-complexity">{t('detail.complexity')}</label>
          <select id="act-complexity" value={complexity} onChange={(e) => setComplexity(e.target.value as typeof complexity)}>
            <option value="complex">{t('complexity.complex')}</option>
            <option value="especially_complex">{t('complexity.especially_complex')}</option>
          </select>
        </>
      )}
      {action === 'transfer' && (
        <>
          <label htmlFor="act-unit">{t('detail.toUnit')}</label>
          <select id="act-unit" value={toUnitId} onChange={(e) => setToUnitId(e.target.value)}>
            <option value="">—</option>
            {(units.data ?? []).filter((u) => u.id !== c.unitId).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </>
      )}
      {action === 'assign' && (
        <>
          <label htmlFor="act-user">{t('detail.handler')}</label>
          <select id="act-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">—</option>
            {(handlers.data?.items ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </>
      )}
      {action && action !== 'accept' && action !== 'assign' && (
        <>
          <label htmlFor="act-note">{t('detail.note')}</label>
          <textarea id="act-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </>
      )}
      {msg && (
        <p className={msg.ok ? 'ok' : 'error'} role={msg.ok ? 'status' : 'alert'}>
          {msg.text}
        </p>
      )}
      <p className="actions">
        <button type="submit" disabled={!action}>
          {t('detail.submit')}
        </button>
      </p>
    </form>
  );
}

function Detail() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['cases', 'one', id], queryFn: () => casesApi.get(id) });
  usePageTitle(q.data ? `${q.data.trackingCode}` : t('nav.queue'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const c = q.data;
  return (
    <section aria-labelledby="case-title">
      <p>
        <Link to="/don-thu">← {t('detail.back')}</Link>
      </p>
      <h1 id="case-title">
        {c.trackingCode} — {t(`types.${c.type}`)}: {c.subject}
      </h1>
      <p>
        <span className="badge">{t(`statuses.${c.status}`)}</span> <DueCell c={c} />
      </p>
      <div className="case-grid">
        <div className="card">
          <h2>{t('detail.content')}</h2>
          <p className="prewrap">{c.content}</p>
          <h2>{t('detail.sender')}</h2>
          {c.sender ? (
            <p>
              {c.sender.name}
              {c.sender.phone ? ` · ${c.sender.phone}` : ''}
              {c.sender.address ? ` · ${c.sender.address}` : ''}
              {c.sender.idNumber ? ` · CCCD ${c.sender.idNumber}` : ''}
            </p>
          ) : (
            <p className="muted">{c.senderProtected ? t('detail.senderHidden') : '—'}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('detail.dueDates')}</h2>
          <dl className="facts">
            <dt>{t('track.receivedOn')}</dt>
            <dd>{formatVi.date(c.receivedOn)}</dd>
            {c.dueDates.accept && (
              <>
                <dt>{t('track.acceptDue')}</dt>
                <dd>{formatVi.date(c.dueDates.accept)}</dd>
              </>
            )}
            {c.dueDates.resolve && (
              <>
                <dt>{t('track.resolveDue')}</dt>
                <dd>{formatVi.date(c.dueDates.resolve)}</dd>
              </>
            )}
          </dl>
          {c.extensions > 0 && <p>{t('detail.extensions', { n: c.extensions })}</p>}
          <h2>{t('detail.assignees')}</h2>
          <p>{c.assignees?.length ? c.assignees.map((a) => a.name).join(', ') : t('detail.none')}</p>
          {c.publicAnswer && (
            <>
              <h2>{t('track.answer')}</h2>
              <p className="prewrap">{c.publicAnswer}</p>
            </>
          )}
        </div>
      </div>
      <ActionForm c={c} onDone={() => void qc.invalidateQueries({ queryKey: ['cases'] })} />
      <h2>{t('detail.history')}</h2>
      <ol className="history">
        {c.history.map((h, i) => (
          <li key={i}>
            {formatVi.date(h.date)} — {h.label}
            {h.actorName ? ` (${h.actorName})` : ''}
            {h.note ? `: ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function CaseDetailPage() {
  return (
    <RequireAuth>
      <Detail />
    </RequireAuth>
  );
}
