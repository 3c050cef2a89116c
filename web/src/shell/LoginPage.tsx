// Login form: the server's Vietnamese error text (wrong password, rate limit…), back to ?next= (same-site paths
// only) after success. The CSRF token that comes with the session is kept by auth.tsx / api.ts.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { errorText } from './Status.tsx';
import { safeNext, usePageTitle } from './RequireAuth.tsx';

export function LoginPage() {
  const { t } = useTranslation('common');
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('login.title'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await auth.login(username.trim(), password);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(errorText(err, t('errors.generic')));
      setBusy(false);
    }
  }

  return (
    <section className="card narrow">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      {auth.me && <p>{t('login.already', { name: auth.me.name })}</p>}
      <form onSubmit={submit} noValidate>
        <label htmlFor="username">{t('login.username')}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'login-error' : undefined}
        />
        <label htmlFor="password">{t('login.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'login-error' : undefined}
        />
        {error && (
          <p id="login-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="muted small">
        {t('login.noAccount')} <Link to="/">{t('backHome')}</Link>
      </p>
    </section>
  );
}
