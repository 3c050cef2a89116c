// /lay-y-kien — consultations for residents (public) and officials: the user's units when logged in, all
// consultations of the demo tree otherwise; those who may open a consultation get the "open a consultation" button.
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { useFormat } from '../shell/format.ts';
import { fetchConsultations, type Consultation } from './api.ts';
import './consultations.css';

export function StatusBadge({ c }: { c: Pick<Consultation, 'status'> }) {
  const { t } = useTranslation('consultations');
  return <span className={`badge status-${c.status}`}>{t(`statuses.${c.status}`)}</span>;
}

export function ConsultationListPage() {
  const { t } = useTranslation('consultations');
  const { me, can } = useAuth();
  const f = useFormat();
  usePageTitle(t('list.title'));
  const q = useInfiniteQuery({
    queryKey: ['consultations', me?.id ?? null],
    queryFn: ({ pageParam }) => fetchConsultations(null, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (p) => p.nextCursor,
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section>
      <h1>{t('list.title')}</h1>
      <p className="muted">{t('list.intro')}</p>
      {can('consultation.open') && (
        <p>
          <Link className="button" to="/lay-y-kien/mo-moi">
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
            rowKey={(c) => c.id}
            empty={t('list.empty')}
            columns={[
              { key: 'title', header: t('list.colTitle'), rowHeader: true, render: (c) => <Link to={`/lay-y-kien/${c.id}`}>{c.title}</Link> },
              { key: 'unit', header: t('list.colUnit'), render: (c) => c.unitName },
              { key: 'period', header: t('list.colPeriod'), render: (c) => t('list.period', { from: f.date(c.opensOn), to: f.date(c.closedOn ?? c.closesOn) }) },
              { key: 'status', header: t('list.colStatus'), render: (c) => <StatusBadge c={c} /> },
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
