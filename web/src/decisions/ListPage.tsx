// /bieu-quyet — decisions of the households (public); those who may open one (decision.open) get "open a new vote".
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import { fetchDecisions, type DecisionSummary } from './api.ts';
import './decisions.css';

export function StatusBadge({ d }: { d: Pick<DecisionSummary, 'status' | 'passed'> }) {
  const { t } = useTranslation('decisions');
  return <span className={`badge decision-${d.status}`}>{t(`statuses.${d.status}`)}</span>;
}

export function ParticipationText({ n, total }: { n: number; total: number }) {
  const { t } = useTranslation('decisions');
  const f = useFormat();
  return <>{t('participation', { n: f.int(n), total: f.int(total), pct: f.percent(total ? (100 * n) / total : null) })}</>;
}

export function DecisionListPage() {
  const { t } = useTranslation('decisions');
  const { me, can } = useAuth();
  usePageTitle(t('list.title'));
  const q = useInfiniteQuery({
    queryKey: ['decisions', me?.id ?? null],
    queryFn: ({ pageParam }) => fetchDecisions(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (p) => p.nextCursor,
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section>
      <h1>{t('list.title')}</h1>
      <p className="muted">{t('list.intro')}</p>
      {can('decision.open') && (
        <p>
          <Link className="button" to="/bieu-quyet/mo-moi">
            {t('list.open')}
          </Link>
        </p>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t('list.caption')}
            hideCaption
            rows={items}
            rowKey={(d) => d.id}
            empty={t('list.empty')}
            columns={[
              { key: 'title', header: t('list.colTitle'), rowHeader: true, render: (d) => <Link to={`/bieu-quyet/${d.id}`}>{d.title}</Link> },
              { key: 'unit', header: t('list.colUnit'), render: (d) => d.unitName },
              { key: 'participation', header: t('list.colParticipation'), numeric: true, render: (d) => <ParticipationText n={d.participatingHouseholds} total={d.eligibleHouseholds} /> },
              { key: 'status', header: t('list.colStatus'), render: (d) => <StatusBadge d={d} /> },
            ]}
          />
          {q.hasNextPage && (
            <button type="button" className="secondary" onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage}>
              {t('list.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
