// /tra-cuu — the sender follows a case with its tracking code and secret (no account, no personal data shown).
// The secret travels in the body of a POST, never in the address bar.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { errorText } from '../shell/Status.tsx';
import { formatVi } from '../shell/format.ts';
import { casesApi, type Tracked } from './api.ts';
import './cases.css';

export function TrackCasePage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('track.title'));
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('ma') ?? '');
  const [secret, setSecret] = useState('');
  const [result, setResult] = useState<Tracked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await casesApi.track(code.trim(), secret.trim()));
    } catch (err) {
      setResult(null);
      setError(errorText(err, t('track.title')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby="track-title">
      <h1 id="track-title">{t('track.title')}</h1>
      <p>{t('track.intro')}</p>
      <form onSubmit={onSubmit} className="card">
        <label htmlFor="track-code">{t('track.code')}</label>
        <input id="track-code" value={code} autoCapitalize="characters" autoComplete="off" onChange={(e) => setCode(e.target.value)} required />
        <label htmlFor="track-secret">{t('track.secret')}</label>
        <input id="track-secret" value={secret} autoCapitalize="characters" autoComplete="off" onChange={(e) => setSecret(e.target.value)} required />
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t('track.submit')}
          </button>
        </p>
      </form>
      {error && (
        <div className="error-box" role="alert">
          <p className="error">{error}</p>
        </div>
      )}
      {result && (
        <article className="card" aria-live="polite" data-testid="track-result">
          <h2>
            {result.trackingCode} — {t(`types.${result.type}`)}
          </h2>
          {result.overdue && <p className="overdue">{t('track.overdue')}</p>}
          <dl className="facts">
            <dt>{t('track.status')}</dt>
            <dd data-testid="track-status">{t(`statuses.${result.status}`)}</dd>
            <dt>{t('track.unit')}</dt>
            <dd>{result.unitName}</dd>
            <dt>{t('track.receivedOn')}</dt>
            <dd>{formatVi.date(result.receivedOn)}</dd>
            {result.dueDates.accept && (
              <>
                <dt>{t('track.acceptDue')}</dt>
                <dd>{formatVi.date(result.dueDates.accept)}</dd>
              </>
            )}
            {result.dueDates.resolve && (
              <>
                <dt>{t('track.resolveDue')}</dt>
                <dd>{formatVi.date(result.dueDates.resolve)}</dd>
              </>
            )}
          </dl>
          <h3>{t('track.answer')}</h3>
          <p>{result.publicAnswer ?? t('track.noAnswer')}</p>
          <h3>{t('track.history')}</h3>
          <ol className="history">
            {result.history.map((h, i) => (
              <li key={i}>
                {formatVi.date(h.date)}: {h.label}
              </li>
            ))}
          </ol>
        </article>
      )}
    </section>
  );
}
