import { useEffect } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { routes } from '../routes.tsx';
import { setLanguage, type Lang } from '../i18n.ts';

export function Layout() {
  const { t, i18n } = useTranslation('common');
  const auth = useAuth();
  // The page language follows the UI language (screen readers pronounce with it); the choice is persisted by setLanguage.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const navigate = useNavigate();
  const nav = routes.filter((r) => r.nav && (r.nav.public || (auth.me && (!r.nav.anyOf || r.nav.anyOf.some((a) => auth.can(a))))));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">★</span> {t('appName')}
        </Link>
        <nav aria-label={t('mainNav')}>
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <NavLink to={r.path} end={r.path === '/'}>
                  {t(r.nav!.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <label>
            <span className="visually-hidden">{t('language')}</span>
            <select value={i18n.language === 'en' ? 'en' : 'vi'} onChange={(e) => setLanguage(e.target.value as Lang)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          {auth.me ? (
            <>
              <span className="who">{auth.me.name}</span>
              <button
                type="button"
                onClick={async () => {
                  await auth.logout();
                  navigate('/', { replace: true });
                }}
              >
                {t('nav.logout')}
              </button>
            </>
          ) : (
            <Link to="/dang-nhap" className="button">
              {t('nav.login')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('tagline')}</p>
      </footer>
    </>
  );
}
