// /cong-khai/tuan-thu — compliance of a unit over a period: mandatory categories disclosed on time, late,
// missing, and the share ("12/14 nội dung, 85,7%").
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { fetchCompliance, todayIso } from './api.ts';
import { useDisclosureUnits } from './useDisclosureUnits.ts';
import './disclosures.css';

export function CompliancePage() {
  return (
    <RequireAuth>
      <ComplianceView />
    </RequireAuth>
  );
}

function ComplianceView() {
  const { t } = useTranslation('disclosures');
  usePageTitle(t('compliance.title'));
  const units = useDisclosureUnits('disclosure.compliance');
  const today = todayIso();
  const [unitId, setUnitId] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const communeLike = units.data?.filter((u) => u.kind !== 'village') ?? [];
  const unit = unitId || communeLike[0]?.id || '';
  const q = useQuery({ queryKey: ['disclosure-compliance', unit, from, to], queryFn: () => fetchCompliance(unit, from, to), enabled: !!unit && !!from && !!to });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} />;
  return (
    <section className="disclosures">
      <h1>{t('compliance.title')}</h1>
      <div className="filter-grid card">
        <div>
          <label htmlFor="cp-unit">{t('compliance.unit')}</label>
          <select id="cp-unit" value={unit} onChange={(e) => setUnitId(e.target.value)}>
            {communeLike.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cp-from">{t('compliance.from')}</label>
          <input id="cp-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="cp-to">{t('compliance.to')}</label>
          <input id="cp-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <>
          <p className="headline">{t('compliance.headline', { label: q.data.label })}</p>
          <p>{t('compliance.counts', { onTime: q.data.onTime, late: q.data.late, missing: q.data.missing })}</p>
          <DataTable
            caption={t('compliance.title')}
            hideCaption
            rows={q.data.items}
            rowKey={(i) => i.category}
            rowClassName={(i) => `status-${i.status}`}
            columns={[
              { key: 'cat', header: t('compliance.colCategory'), rowHeader: true, render: (i) => i.vi },
              { key: 'basis', header: t('compliance.colBasis'), render: (i) => i.legalBasis },
              { key: 'status', header: t('compliance.colStatus'), render: (i) => <span className={`badge st-${i.status}`}>{t(`compliance.status.${i.status}`)}</span> },
              { key: 'n', header: t('compliance.colCount'), numeric: true, render: (i) => i.disclosed },
            ]}
          />
          <p className="small muted">{t('compliance.note')}</p>
        </>
      )}
    </section>
  );
}
