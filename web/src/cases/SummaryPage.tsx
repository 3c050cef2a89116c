// /don-thu/tong-hop — a leader sees, for the unit and each unit below it, open, overdue (red) and due-soon cases.
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatVi } from '../shell/format.ts';
import { casesApi, type UnitCounts } from './api.ts';
import './cases.css';

function Row({ r, label }: { r: UnitCounts | { open: number; overdue: number; dueSoon: number; resolved: number }; label: string }) {
  return (
    <tr className={r.overdue > 0 ? 'row-overdue' : undefined}>
      <th scope="row">{label}</th>
      <td>{formatVi.int(r.open)}</td>
      <td className={r.overdue > 0 ? 'overdue' : undefined}>{formatVi.int(r.overdue)}</td>
      <td>{formatVi.int(r.dueSoon)}</td>
      <td>{formatVi.int(r.resolved)}</td>
    </tr>
  );
}

function Summary() {
  const { t } = useTranslation('cases');
  usePageTitle(t('summary.title'));
  const { unitsFor } = useAuth();
  const [params] = useSearchParams();
  const unitId = params.get('unitId') ?? unitsFor('case.list')[0] ?? '';
  const q = useQuery({ queryKey: ['cases', 'summary', unitId], queryFn: () => casesApi.summary(unitId), enabled: !!unitId });
  if (!unitId) return <p>{t('queue.notOfficial')}</p>;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorMessage error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  return (
    <section aria-labelledby="summary-title">
      <h1 id="summary-title">
        {t('summary.title')} — {s.name}
      </h1>
      <p>{t('summary.intro', { date: formatVi.date(s.asOf) })}</p>
      <div className="table-scroll">
        <table className="case-table">
          <caption className="visually-hidden">{t('summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.colUnit')}</th>
              <th scope="col">{t('summary.colOpen')}</th>
              <th scope="col">{t('summary.colOverdue')}</th>
              <th scope="col">{t('summary.colSoon')}</th>
              <th scope="col">{t('summary.colResolved')}</th>
            </tr>
          </thead>
          <tbody>
            {s.own && <Row r={s.own} label={t('summary.own', { name: s.own.name })} />}
            {s.children.map((c) => (
              <Row key={c.unitId} r={c} label={c.name} />
            ))}
          </tbody>
          <tfoot>
            <Row r={s.totals} label={t('summary.total')} />
          </tfoot>
        </table>
      </div>
    </section>
  );
}

export function CaseSummaryPage() {
  return (
    <RequireAuth>
      <Summary />
    </RequireAuth>
  );
}
