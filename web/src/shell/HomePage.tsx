// Home page: for an anonymous visitor the public cards of the modules (portal, send / track a case, the unit tree)
// and login; for a signed-in user one section per role held (from /api/v1/me) with the cards that role may use on
// its unit — decided by the permissions /me reports, never by role names.
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAuth, type Me } from '../auth.tsx';
import { cardsFor, type HomeCard } from '../module.ts';
import { WEB_MODULES } from '../modules.ts';
import { Icon } from './Icon.tsx';
import { Loading } from './Status.tsx';
import { usePageTitle } from './RequireAuth.tsx';

const CARDS: HomeCard[] = WEB_MODULES.flatMap((m) => m.homeCards ?? []);

function TaskCards({ tasks, labelledBy }: { tasks: HomeCard[]; labelledBy: string }) {
  const { t } = useTranslation('common');
  return (
    <ul className="task-grid" aria-labelledby={labelledBy}>
      {tasks.map((task) => (
        <li key={`${task.key}:${task.to}`}>
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
        <TaskCards tasks={CARDS.filter((c) => c.public)} labelledBy="public-tasks" />
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
  const { can } = useAuth();
  // One section per role; a role held on several units shows once, naming them.
  const byRole = new Map<string, string[]>();
  for (const r of me.roles) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r.unitId]);
  const unitIds = [...new Set(me.roles.map((r) => r.unitId))];
  const units = useQueries({
    queries: unitIds.map((id) => ({
      queryKey: ['unit', id],
      queryFn: () => api<{ id: string; name: string }>(`/units/${id}`),
      staleTime: 5 * 60_000,
    })),
  });
  const unitName = (id: string) => units[unitIds.indexOf(id)]?.data?.name;
  const sections = [...byRole].map(([role, ids]) => ({
    role,
    ids,
    cards: ids.flatMap((unitId) => cardsFor(CARDS, { unitId, unitKind: me.unitKinds[unitId] ?? null }, can)).filter((c, i, all) => all.findIndex((x) => x.to === c.to) === i),
  }));
  return (
    <>
      <h1>{t('home.welcome', { name: me.name })}</h1>
      <p>{sections.length ? t('home.intro') : t('home.noRoles')}</p>
      {sections.map(({ role, ids, cards }) => {
        const names = ids.map(unitName).filter(Boolean) as string[];
        const headingId = `role-${role}`;
        return (
          <section key={role} className="role-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(`roles.${role}`, { defaultValue: role })}
              {names.length > 0 && <span className="role-units"> {t('home.roleAt', { units: names.join(', ') })}</span>}
            </h2>
            <TaskCards tasks={cards} labelledBy={headingId} />
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
