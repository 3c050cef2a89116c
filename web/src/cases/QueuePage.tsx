// /don-thu — an official's queue: open cases sorted by due date, overdue in red (with the number of days, not colour
// alone), due within 3 working days in amber. Residents and visitors get the links to send and track instead.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth.tsx';
import { usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatVi } from '../shell/format.ts';
import { casesApi, type CaseItem } from './api.ts';
import './cases.css';

export function DueCell({ c }: { c: Pick<CaseItem, 'nextDue' | 'warning' | 'daysOverdue'> }) {
  const { t } = useTranslation('cases');
  if (!c.nextDue) return <span className="muted">—</span>;
  if (c.warning === 'overdue') return <span className="overdue">{t('queue.overdue', { n: c.daysOverdue })}</span>;
  if (c.warning === 'due_soon') return <span className="due-soon">{t('queue.dueSoon')}</span>;
  return <span className="ok">{t('queue.onTime')}</span>;
}

export function CaseQueuePage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('queue.title'));
  const { me, loading, unitsFor } = useAuth();
  const units = unitsFor('case.list');
  const [unitId, setUnitId] = useState<string>('');
  const [filter, setFilter] = useState<'open' | 'overdue' | 'all'>('open');
  const unit = unitId || units[0] || '';
  const q = useQuery({
    queryKey: ['cases', 'list', unit, filter],
    enabled: !!unit,
    queryFn: () =>
      casesApi.list(new URLSearchParams({ unitId: unit, limit: '200', ...(filter === 'open' ? { status: 'open' } : {}), ...(filter === 'overdue' ? { overdue: 'true' } : {}) }).toString()),
  });
  if (loading) return <Loading />;
  if (!me || !units.length) {
    return (
      <section className="narrow">
        <h1>{t('nav.queue')}</h1>
        <p>{t('queue.notOfficial')}</p>
        <p className="actions">
          <Link className="button" to="/gui-don">
            {t('nav.send')}
          </Link>{' '}
          <Link className="button secondary" to="/tra-cuu">
            {t('nav.track')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue.title')}</h1>
      <p className="muted">{t('queue.intro')}</p>
      <div className="toolbar">
        {units.length > 1 && (
          <label>
            {t('queue.unit')}{' '}
            <select value={unit} onChange={(e) => setUnitId(e.target.value)}>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('queue.filter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
            <option value="open">{t('queue.open')}</option>
            <option value="overdue">{t('queue.overdueOnly')}</option>
            <option value="all">{t('queue.all')}</option>
          </select>
        </label>
        <Link to={`/don-thu/tong-hop?unitId=${unit}`}>{t('queue.summary')}</Link> · <Link to="/tiep-cong-dan">{t('nav.reception')}</Link>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="case-table">
            <caption className="visually-hidden">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.colCode')}</th>
                <th scope="col">{t('queue.colType')}</th>
                <th scope="col">{t('queue.colSubject')}</th>
                <th scope="col">{t('queue.colDue')}</th>
                <th scope="col">{t('queue.colState')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((c) => (
                <tr key={c.id} className={c.warning === 'overdue' ? 'row-overdue' : c.warning === 'due_soon' ? 'row-soon' : undefined} data-testid={`case-row-${c.trackingCode}`}>
                  <td>
                    <Link to={`/don-thu/${c.id}`}>{c.trackingCode}</Link>
                  </td>
                  <td>{t(`types.${c.type}`)}</td>
                  <td>
                    {c.subject}
                    <br />
                    <span className="muted">
                      {t(`statuses.${c.status}`)} · {formatVi.date(c.receivedOn)} · {c.type === 'denunciation' ? t('queue.protectedSender') : c.senderName ?? ''}
                    </span>
                  </td>
                  <td>{c.nextDue ? formatVi.date(c.nextDue) : '—'}</td>
                  <td>
                    <DueCell c={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
