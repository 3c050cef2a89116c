// /bao-cao — dashboard of a unit (province, commune, agency…) for a period: key figures, compliance by child unit,
// cases by status, participation, monthly trend (ECharts, each with a table alternative); the report editor
// (narrative sections) and the downloads (DOCX in the Decree 30/2020 layout, XLSX, PDF).
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import { Chart } from './Chart.tsx';
import { useMyUnits } from '../shell/useMyUnits.ts';
import { SECTION_KEYS, documentUrl, getDashboard, getDraft, saveDraft, type Dashboard, type SectionKey } from './api.ts';
import '../shell/panels.css';

type PeriodKind = 'first_half' | 'year' | 'custom';

function periodOf(kind: PeriodKind, year: number, from: string, to: string): { from: string; to: string } {
  if (kind === 'first_half') return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  return { from, to };
}

function Figures({ d }: { d: Dashboard }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const i = d.indicators;
  const items: [string, string][] = [
    [t('staffConferences'), f.share(i.staffConferences.held, i.staffConferences.units)],
    [t('workerConferences'), f.share(i.workerConferences.held, i.workerConferences.units)],
    [t('dialogues'), f.share(i.dialogues.held, i.dialogues.units)],
    [t('opinions'), f.share(i.opinions.resolved, i.opinions.raised)],
    [t('oversight'), `${f.int(i.oversight.activities)} / ${f.int(i.oversight.withViolations)}`],
    [t('cases'), `${f.int(i.cases.received)} / ${f.int(i.cases.overdue)}`],
    [t('decisions'), `${f.int(i.decisions.held)} / ${f.int(i.decisions.passed)}`],
    [t('disclosures'), f.int(i.disclosures.published)],
  ];
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t('figures')}</h2>
      <dl className="figure-grid">
        {items.map(([label, value]) => (
          <div key={label} className="figure card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Charts({ d, onDrill }: { d: Dashboard; onDrill(id: string): void }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const compliance = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.compliance.map((c) => c.name), axisLabel: { interval: 0, rotate: d.compliance.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('col.staff'), type: 'bar', data: d.compliance.map((c) => c.staffConferences ?? 0), itemStyle: { color: '#b71c1c' } },
        { name: t('col.worker'), type: 'bar', data: d.compliance.map((c) => c.workerConferences ?? 0), itemStyle: { color: '#1565c0' } },
        { name: t('col.dialogue'), type: 'bar', data: d.compliance.map((c) => c.dialogues ?? 0), itemStyle: { color: '#2e7d32' } },
      ],
    }),
    [d, t],
  );
  const status = Object.fromEntries(d.cases.status.map((s) => [s.key, s.value])) as Record<string, number>;
  const cases = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: d.cases.status.map((s) => ({
            name: t(`status.${s.key}`),
            value: s.value,
            itemStyle: { color: s.key === 'resolved' ? '#2e7d32' : s.key === 'pending' ? '#f9a825' : '#b71c1c' },
          })),
        },
      ],
    }),
    [d, t],
  );
  const participation = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.participation.map((c) => c.name), axisLabel: { interval: 0, rotate: d.participation.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('col.held'), type: 'bar', data: d.participation.map((c) => c.decisionsHeld), itemStyle: { color: '#6d4c41' } },
        { name: t('col.passed'), type: 'bar', data: d.participation.map((c) => c.decisionsPassed), itemStyle: { color: '#2e7d32' } },
      ],
    }),
    [d, t],
  );
  const trend = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.trend.map((m) => m.month.slice(5, 7) + '/' + m.month.slice(0, 4)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('col.received'), type: 'line', data: d.trend.map((m) => m.casesReceived), itemStyle: { color: '#b71c1c' } },
        { name: t('col.conferences'), type: 'line', data: d.trend.map((m) => m.conferences), itemStyle: { color: '#1565c0' } },
        { name: t('col.activities'), type: 'line', data: d.trend.map((m) => m.oversightActivities), itemStyle: { color: '#2e7d32' } },
      ],
    }),
    [d, t],
  );
  const drill = (id: string, name: string) => (
    <button type="button" className="link-button" onClick={() => onDrill(id)} aria-label={t('drill', { name })}>
      {name}
    </button>
  );
  return (
    <>
      {d.compliance.length > 0 && (
        <section className="card" aria-labelledby="compliance-h">
          <h2 id="compliance-h">{t('compliance')}</h2>
          <Chart option={compliance} label={t('complianceAlt')} />
          <DataTable
            caption={t('compliance')}
            hideCaption
            rows={d.compliance}
            rowKey={(c) => c.unitId}
            columns={[
              { key: 'unit', header: t('col.unit'), rowHeader: true, render: (c) => drill(c.unitId, c.name) },
              { key: 'staff', header: t('col.staff'), numeric: true, render: (c) => (c.agencies ? f.percent(c.staffConferences) : '—') },
              { key: 'worker', header: t('col.worker'), numeric: true, render: (c) => (c.enterprises ? f.percent(c.workerConferences) : '—') },
              { key: 'dialogue', header: t('col.dialogue'), numeric: true, render: (c) => (c.enterprises ? f.percent(c.dialogues) : '—') },
            ]}
          />
        </section>
      )}
      <section className="card" aria-labelledby="cases-h">
        <h2 id="cases-h">{t('casesChart')}</h2>
        <Chart option={cases} label={t('casesAlt', { resolved: f.int(status.resolved ?? 0), pending: f.int(status.pending ?? 0), overdue: f.int(status.overdue ?? 0) })} height={240} />
        <DataTable
          caption={t('casesChart')}
          hideCaption
          rows={d.cases.byChild}
          rowKey={(c) => c.unitId}
          columns={[
            { key: 'unit', header: t('col.unit'), rowHeader: true, render: (c) => drill(c.unitId, c.name) },
            { key: 'received', header: t('col.received'), numeric: true, render: (c) => f.int(c.received) },
            { key: 'resolved', header: t('col.resolved'), numeric: true, render: (c) => f.int(c.resolved) },
            { key: 'onTime', header: t('col.onTime'), numeric: true, render: (c) => f.int(c.resolvedOnTime) },
            { key: 'overdue', header: t('col.overdue'), numeric: true, render: (c) => f.int(c.overdue) },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="participation-h">
        <h2 id="participation-h">{t('participation')}</h2>
        <Chart option={participation} label={t('participationAlt')} />
        <DataTable
          caption={t('participation')}
          hideCaption
          rows={d.participation}
          rowKey={(c) => c.unitId}
          columns={[
            { key: 'unit', header: t('col.unit'), rowHeader: true, render: (c) => c.name },
            { key: 'held', header: t('col.held'), numeric: true, render: (c) => f.int(c.decisionsHeld) },
            { key: 'passed', header: t('col.passed'), numeric: true, render: (c) => f.int(c.decisionsPassed) },
            { key: 'cons', header: t('col.consultationOpinions'), numeric: true, render: (c) => f.int(c.consultationOpinions) },
            { key: 'conf', header: t('col.conferenceOpinions'), numeric: true, render: (c) => f.int(c.conferenceOpinions) },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="trend-h">
        <h2 id="trend-h">{t('trend')}</h2>
        <Chart option={trend} label={t('trendAlt')} />
        <DataTable
          caption={t('trend')}
          hideCaption
          rows={d.trend}
          rowKey={(m) => m.month}
          columns={[
            { key: 'month', header: t('col.month'), rowHeader: true, render: (m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` },
            { key: 'received', header: t('col.received'), numeric: true, render: (m) => f.int(m.casesReceived) },
            { key: 'conferences', header: t('col.conferences'), numeric: true, render: (m) => f.int(m.conferences) },
            { key: 'activities', header: t('col.activities'), numeric: true, render: (m) => f.int(m.oversightActivities) },
          ]}
        />
      </section>
    </>
  );
}

function Editor({ unitId, from, to }: { unitId: string; from: string; to: string }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const qc = useQueryClient();
  const draft = useQuery({ queryKey: ['report-draft', unitId, from, to], queryFn: () => getDraft(unitId, from, to) });
  const [sections, setSections] = useState<Partial<Record<SectionKey, string>>>({});
  const [number, setNumber] = useState('');
  const [signer, setSigner] = useState('');
  const [issuer, setIssuer] = useState<'committee' | 'steering'>('committee');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  useEffect(() => {
    if (!draft.data) return;
    setSections(draft.data.sections);
    setNumber(draft.data.number ?? '');
    setSigner(draft.data.signerName ?? '');
    setSavedAt(draft.data.updatedAt);
  }, [draft.data]);
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <ErrorMessage error={draft.error} onRetry={() => draft.refetch()} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await saveDraft({ unitId, from, to, number: number.trim() || null, signerName: signer, sections });
      setSavedAt(r.updatedAt);
      qc.setQueryData(['report-draft', unitId, from, to], r);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card report-editor" aria-labelledby="editor-h">
      <h2 id="editor-h">{t('editor')}</h2>
      <p className="muted">{t('editorHelp')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <form onSubmit={submit}>
        <div className="report-meta">
          <div>
            <label htmlFor="r-number">{t('number')}</label>
            <input id="r-number" value={number} maxLength={20} onChange={(e) => setNumber(e.target.value)} />
          </div>
          <div>
            <label htmlFor="r-signer">{t('signer')}</label>
            <input id="r-signer" value={signer} maxLength={200} onChange={(e) => setSigner(e.target.value)} />
          </div>
        </div>
        {SECTION_KEYS.map((k) => (
          <div key={k}>
            <label htmlFor={`r-${k}`}>{t(`sections.${k}`)}</label>
            <textarea id={`r-${k}`} rows={4} maxLength={50_000} value={sections[k] ?? ''} onChange={(e) => setSections({ ...sections, [k]: e.target.value })} />
          </div>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        {savedAt && (
          <p role="status" className="muted">
            {t('saved', { at: `${new Date(savedAt).toLocaleTimeString('vi-VN')} ${f.date(savedAt)}` })}
          </p>
        )}
      </form>
      <h3>{t('download')}</h3>
      <label htmlFor="r-issuer">{t('issuer')}</label>
      <select id="r-issuer" value={issuer} onChange={(e) => setIssuer(e.target.value as 'committee' | 'steering')}>
        <option value="committee">{t('issuers.committee')}</option>
        <option value="steering">{t('issuers.steering')}</option>
      </select>
      <p className="download-links">
        <a className="button" href={documentUrl(unitId, from, to, 'docx', issuer)} download>
          {t('docx')}
        </a>{' '}
        <a className="button" href={documentUrl(unitId, from, to, 'xlsx', issuer)} download>
          {t('xlsx')}
        </a>{' '}
        <a className="button" href={documentUrl(unitId, from, to, 'pdf', issuer)} download>
          {t('pdf')}
        </a>
      </p>
    </section>
  );
}

function ReportsScreen() {
  const { t } = useTranslation('reports');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const units = useMyUnits(['report.read']);
  const thisYear = new Date().getFullYear();
  const kind = (params.get('period') as PeriodKind | null) ?? 'year';
  const year = Number(params.get('year') ?? thisYear) || thisYear;
  const mine = units.data ?? [];
  const unitId = params.get('unitId') ?? mine[0]?.id ?? '';
  const period = periodOf(kind, year, params.get('from') ?? `${year}-01-01`, params.get('to') ?? `${year}-12-31`);
  const dash = useQuery({
    queryKey: ['dashboard', unitId, period.from, period.to],
    enabled: !!unitId && period.from <= period.to,
    queryFn: () => getDashboard(unitId, period.from, period.to),
  });
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setParams(next);
  };
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!mine.length) return <p className="error">{t('noUnit')}</p>;
  const inMine = mine.some((u) => u.id === unitId);
  return (
    <section>
      <h1>{t('title')}</h1>
      <form className="card report-filters" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="r-unit">{t('unit')}</label>
          <select id="r-unit" value={inMine ? unitId : ''} onChange={(e) => set({ unitId: e.target.value })}>
            {!inMine && <option value="">{dash.data?.name ?? '…'}</option>}
            {mine.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-period">{t('period')}</label>
          <select id="r-period" value={kind} onChange={(e) => set({ period: e.target.value })}>
            {(['first_half', 'year', 'custom'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`periods.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'custom' ? (
          <div>
            <label htmlFor="r-year">{t('year')}</label>
            <input id="r-year" type="number" min={2023} max={2100} value={year} onChange={(e) => set({ year: e.target.value })} />
          </div>
        ) : (
          <>
            <div>
              <label htmlFor="r-from">{t('from')}</label>
              <input id="r-from" type="date" value={period.from} onChange={(e) => set({ from: e.target.value })} />
            </div>
            <div>
              <label htmlFor="r-to">{t('to')}</label>
              <input id="r-to" type="date" value={period.to} onChange={(e) => set({ to: e.target.value })} />
            </div>
          </>
        )}
      </form>
      {!inMine && mine[0] && (
        <p>
          <button type="button" className="secondary" onClick={() => set({ unitId: mine[0]!.id })}>
            {t('up')}
          </button>
        </p>
      )}
      {dash.isPending ? (
        <Loading />
      ) : dash.isError ? (
        <ErrorMessage error={dash.error} onRetry={() => dash.refetch()} />
      ) : (
        <>
          <h2 className="unit-heading">{dash.data.name}</h2>
          <Figures d={dash.data} />
          <Charts d={dash.data} onDrill={(id) => set({ unitId: id })} />
          <Editor unitId={unitId} from={period.from} to={period.to} />
        </>
      )}
    </section>
  );
}

export function ReportsPage() {
  return (
    <RequireAuth>
      <ReportsScreen />
    </RequireAuth>
  );
}
