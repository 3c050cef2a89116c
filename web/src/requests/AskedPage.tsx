// /viec-cap-tren — what the committees above ask of a unit: the documents addressed to it, its status for each
// (sent on time, late, returned with the reason, missing, not yet due) and the way to send its report.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiResponse } from '../api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import '../shell/panels.css';

function AskedScreen() {
  const { t } = useTranslation('requests');
  const f = useFormat();
  usePageTitle(t('askedTitle'));
  const units = useMyUnits(['request.submit'], ['agency', 'enterprise']);
  const [unitId, setUnitId] = useState('');
  const usable = (units.data ?? []).filter((u) => u.kind !== 'country' && u.kind !== 'village');
  const unit = usable.find((u) => u.id === unitId) ?? usable[0];
  const list = useQuery({
    queryKey: ['requests', 'asked', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/steering/requests/asked'>>(`/steering/requests/asked?unitId=${unit!.id}`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noAskedUnit')}</p>;
  return (
    <section>
      <h1>{t('askedTitle')}</h1>
      {usable.length > 1 && (
        <div className="card">
          <label htmlFor="rq-asked-unit">{t('askedUnit')}</label>
          <select id="rq-asked-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
            {usable.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          caption={t('askedTitle')}
          hideCaption
          rows={list.data.items}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.status === 'missing' || r.status === 'returned' ? 'overdue' : undefined)}
          empty={t('askedEmpty')}
          columns={[
            { key: 'doc', header: t('col.doc'), rowHeader: true, render: (r) => `${r.number ? `${r.number} — ` : ''}${r.title}` },
            { key: 'issuer', header: t('col.issuer'), render: (r) => r.issuerName },
            { key: 'due', header: t('col.dueOn'), render: (r) => (r.dueOn ? f.date(r.dueOn) : t('noDue')) },
            {
              key: 'status',
              header: t('col.status'),
              render: (r) => (
                <>
                  <strong className={`state-${r.status === 'missing' ? 'overdue' : r.status}`}>{t(`statuses.${r.status}`)}</strong>
                  {r.submittedOn && ` · ${f.date(r.submittedOn)}`}
                  {r.returnReason && <div>{t('returnedBecause', { reason: r.returnReason })}</div>}
                </>
              ),
            },
            {
              key: 'actions',
              header: t('col.actions'),
              render: (r) =>
                r.can.submit ? (
                  <Link className="button small-button" to={`/yeu-cau/${r.id}/gui?unitId=${list.data.unitId}`}>
                    {r.status === 'returned' ? t('resubmit') : t('submit')}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

export function AskedPage() {
  return (
    <RequireAuth>
      <AskedScreen />
    </RequireAuth>
  );
}
