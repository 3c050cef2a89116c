/**
 * <Loading /> and <ErrorMessage error={…} onRetry={…} /> — the two states every screen shows while it talks to
 * the API. Loading is a polite live region; ErrorMessage is an alert carrying the server's Vietnamese message
 * (ApiError.message) and, for 401, a link to log in that comes back here.
 *
 *   if (q.isPending) return <Loading />;
 *   if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
 */
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('loading')}
    </p>
  );
}

export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const location = useLocation();
  const unauthorized = error instanceof ApiError && error.status === 401;
  return (
    <div className="error-box" role="alert">
      <p className="error">{unauthorized ? t('errors.loginRequired') : errorText(error, t('errors.generic'))}</p>
      {unauthorized ? (
        <Link className="button" to={`/dang-nhap?next=${encodeURIComponent(location.pathname + location.search)}`}>
          {t('nav.login')}
        </Link>
      ) : (
        onRetry && (
          <button type="button" className="secondary" onClick={onRetry}>
            {t('retry')}
          </button>
        )
      )}
    </div>
  );
}
