/**
 * <RequireAuth> — renders its children for a logged-in user, otherwise sends the browser to /dang-nhap?next=<here>
 * so the login form comes back to this screen. `usePageTitle(title)` sets the document title ("… — Cơ Sở").
 */
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { Loading } from './Status.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate replace to={`/dang-nhap?next=${encodeURIComponent(location.pathname + location.search)}`} />;
  return <>{children}</>;
}

export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation('common');
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : `${app} — ${t('titleSuffix')}`;
  }, [title, app, t]);
}

/** Only same-site paths are accepted as ?next= (no open redirect to another site). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
