import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './RequireAuth.tsx';

export function NotFound() {
  const { t } = useTranslation('common');
  usePageTitle(t('notFound'));
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundHint')}</p>
      <Link to="/">{t('backHome')}</Link>
    </section>
  );
}
