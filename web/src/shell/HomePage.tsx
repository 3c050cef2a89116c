import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <section>
      <h1>{t('appName')}</h1>
      <p>{t('tagline')}</p>
      {me && <p>{me.name}</p>}
    </section>
  );
}
