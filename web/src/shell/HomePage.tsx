// Home page: for an anonymous visitor the public entry (portal, send / track a case, the unit tree) and login;
// for a logged-in user one section per role held (from /api/v1/me roles) with that role's tasks as cards.
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAuth, type Me } from '../auth.tsx';
import { Icon } from './Icon.tsx';
import { Loading } from './Status.tsx';
import { usePageTitle } from './RequireAuth.tsx';
import { isKnownRole, PUBLIC_TASKS, ROLE_ORDER, ROLE_TASKS, type RoleName, type Task } from './roles.ts';

function TaskCards({ tasks, labelledBy }: { tasks: Task[]; labelledBy: string }) {
  const { t } = useTranslation('common');
  return (
    <ul className="task-grid" aria-labelledby={labelledBy}>
      {tasks.map((task) => (
        <li key={task.key}>
          <Link to={task.to} className="task-card">
            <span className="task-icon">
              <Icon name={task.icon} />
            </span>
            <span className="task-title">{t(`tasks.${task.key}.title`)}</span>
            <span className="task-desc">{t(`tasks.${task.key}.desc`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function PublicHome() {
  const { t } = useTranslation('common');
  return (
    <>
      <section className="hero">
        <h1>{t('home.publicTitle')}</h1>
        <p className="tagline">{t('tagline')}</p>
        <p>{t('home.publicIntro')}</p>
      </section>
      <section aria-labelledby="public-tasks">
        <h2 id="public-tasks">{t('home.publicSection')}</h2>
        <TaskCards tasks={PUBLIC_TASKS} labelledBy="public-tasks" />
      </section>
      <p className="login-cta">
        <Link to="/dang-nhap" className="button">
          {t('home.loginCta')}
        </Link>
      </p>
    </>
  );
}

function UserHome({ me }: { me: Me }) {
  const { t } = useTranslation('common');
  const byRole = new Map<RoleName, string[]>();
  for (const r of me.roles) {
    if (!isKnownRole(r.role)) continue;
    byRole.set(r.role, [...(byRole.get(r.role) ?? []), r.unitId]);
  }
  const roles = ROLE_ORDER.filter((r) => byRole.has(r));
  const unitIds = [...new Set(me.roles.map((r) => r.unitId))];
  const units = useQueries({
    queries: unitIds.map((id) => ({
      queryKey: ['unit', id],
      queryFn: () => api<{ id: string; name: string }>(`/units/${id}`),
      staleTime: 5 * 60_000,
    })),
  });
  const unitName = (id: string) => units[unitIds.indexOf(id)]?.data?.name;

  return (
    <>
      <h1>{t('home.welcome', { name: me.name })}</h1>
      <p>{roles.length ? t('home.intro') : t('home.noRoles')}</p>
      {roles.map((role) => {
        const names = (byRole.get(role) ?? []).map(unitName).filter(Boolean) as string[];
        const headingId = `role-${role}`;
        return (
          <section key={role} className="role-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(`roles.${role}`)}
              {names.length > 0 && <span className="role-units"> {t('home.roleAt', { units: names.join(', ') })}</span>}
            </h2>
            <TaskCards tasks={ROLE_TASKS[role]} labelledBy={headingId} />
          </section>
        );
      })}
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation('common');
  const { me, loading } = useAuth();
  usePageTitle(me ? t('nav.home') : undefined);
  if (loading) return <Loading />;
  return me ? <UserHome me={me} /> : <PublicHome />;
}
