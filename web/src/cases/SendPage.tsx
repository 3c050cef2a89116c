// /gui-don — a resident sends a case from the phone, without an account. The form is a draft kept in localStorage
// (with the Idempotency-Key made when the form is first filled) until the tracking code is on screen, so a dropped
// connection or a server restart never loses it and a retry never sends it twice.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiBody } from '../api.ts';
import { useDraft } from '../shell/useDraft.ts';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { errorText } from '../shell/Status.tsx';
import { formatVi } from '../shell/format.ts';
import { CASE_TYPES, casesApi, type CaseType, type Submitted } from './api.ts';
import './cases.css';

interface Draft {
  unitId: string;
  type: CaseType;
  subject: string;
  content: string;
  name: string;
  phone: string;
  address: string;
  idNumber: string;
  remoteArea: boolean;
  idempotencyKey: string;
}

const EMPTY: Draft = { unitId: '', type: 'feedback', subject: '', content: '', name: '', phone: '', address: '', idNumber: '', remoteArea: false, idempotencyKey: '' };

function newKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export function SendCasePage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('send.title'));
  const units = useQuery({ queryKey: ['cases', 'units'], queryFn: casesApi.units, staleTime: 300_000 });
  const [draft, setDraft, clearDraft, restored] = useDraft<Draft>('case.send', EMPTY);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ text: string; network: boolean } | null>(null);
  const [done, setDone] = useState<Submitted | null>(null);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) =>
    setDraft((d) => ({ ...d, [k]: v, idempotencyKey: d.idempotencyKey || newKey() }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const missing = [
      !draft.unitId && t('send.unit'),
      !draft.subject.trim() && t('send.subject'),
      !draft.content.trim() && t('send.content'),
      !draft.name.trim() && t('send.name'),
    ].filter(Boolean);
    if (missing.length) {
      setError({ text: t('send.required', { fields: missing.join(', ') }), network: false });
      return;
    }
    const key = draft.idempotencyKey || newKey();
    if (!draft.idempotencyKey) setDraft((d) => ({ ...d, idempotencyKey: key }));
    setSending(true);
    setError(null);
    try {
      const sender: ApiBody<'/cases'>['sender'] = { name: draft.name.trim() };
      if (draft.phone.trim()) sender.phone = draft.phone.trim();
      if (draft.address.trim()) sender.address = draft.address.trim();
      if (draft.idNumber.trim()) sender.idNumber = draft.idNumber.trim();
      const r = await casesApi.submit({
        type: draft.type,
        unitId: draft.unitId,
        subject: draft.subject.trim(),
        content: draft.content.trim(),
        sender,
        remoteArea: draft.remoteArea,
        idempotencyKey: key,
      });
      setDone(r);
      clearDraft(); // only now: the code is on screen
    } catch (err) {
      const network = err instanceof ApiError && err.code === 'NETWORK_ERROR';
      setError({ text: network ? t('send.networkError') : errorText(err, t('send.networkError')), network });
    } finally {
      setSending(false);
    }
  }

  if (done) {
    const due = done.dueDates.accept ?? done.dueDates.resolve;
    return (
      <section className="card narrow case-done" aria-labelledby="case-done-title">
        <h1 id="case-done-title" tabIndex={-1}>
          {t('send.doneTitle')}
        </h1>
        <p>{t('send.doneIntro')}</p>
        <dl className="codes">
          <dt>{t('send.code')}</dt>
          <dd className="code" data-testid="tracking-code">{done.trackingCode}</dd>
          <dt>{t('send.secret')}</dt>
          <dd className="code" data-testid="tracking-secret">{done.trackingSecret}</dd>
        </dl>
        {due && <p>{t('send.due', { date: formatVi.date(due) })}</p>}
        <p className="actions">
          <Link className="button" to={`/tra-cuu?ma=${encodeURIComponent(done.trackingCode)}`}>
            {t('send.trackNow')}
          </Link>{' '}
          <button type="button" className="secondary" onClick={() => setDone(null)}>
            {t('send.another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow case-form" aria-labelledby="send-title">
      <h1 id="send-title">{t('send.title')}</h1>
      <p>{t('send.intro')}</p>
      {restored && <p className="muted" role="status">{t('send.draftRestored')}</p>}
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="case-unit">{t('send.unit')}</label>
        <select id="case-unit" value={draft.unitId} onChange={(e) => set('unitId', e.target.value)} required>
          <option value="">{t('send.chooseUnit')}</option>
          {(units.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('send.type')}</legend>
          {CASE_TYPES.map((ty) => (
            <label key={ty} className="choice">
              <input type="radio" name="case-type" value={ty} checked={draft.type === ty} onChange={() => set('type', ty)} />
              <span>
                <strong>{t(`types.${ty}`)}</strong> — <span className="muted">{t(`typeHelp.${ty}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="case-subject">{t('send.subject')}</label>
        <input id="case-subject" value={draft.subject} maxLength={300} onChange={(e) => set('subject', e.target.value)} required />
        <label htmlFor="case-content">{t('send.content')}</label>
        <textarea id="case-content" rows={6} value={draft.content} maxLength={20000} onChange={(e) => set('content', e.target.value)} required />
        <fieldset>
          <legend>{t('send.senderHeading')}</legend>
          <label htmlFor="case-name">{t('send.name')}</label>
          <input id="case-name" autoComplete="name" value={draft.name} maxLength={200} onChange={(e) => set('name', e.target.value)} required />
          <label htmlFor="case-phone">{t('send.phone')}</label>
          <input id="case-phone" type="tel" inputMode="tel" autoComplete="tel" value={draft.phone} maxLength={20} onChange={(e) => set('phone', e.target.value)} />
          <label htmlFor="case-address">{t('send.address')}</label>
          <input id="case-address" autoComplete="street-address" value={draft.address} maxLength={300} onChange={(e) => set('address', e.target.value)} />
          <label htmlFor="case-id">{t('send.idNumber')}</label>
          <input id="case-id" inputMode="numeric" value={draft.idNumber} maxLength={20} onChange={(e) => set('idNumber', e.target.value)} />
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={draft.remoteArea} onChange={(e) => set('remoteArea', e.target.checked)} /> <span>{t('send.remote')}</span>
        </label>
        {error && (
          <div className="error-box" role="alert">
            <p className="error">{error.text}</p>
          </div>
        )}
        <p className="muted">{t('send.draftSaved')}</p>
        <p className="actions">
          <button type="submit" disabled={sending}>
            {sending ? t('send.sending') : error?.network ? t('send.retry') : t('send.submit')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => { clearDraft(); setError(null); }}>
            {t('send.clearDraft')}
          </button>
        </p>
      </form>
    </section>
  );
}
