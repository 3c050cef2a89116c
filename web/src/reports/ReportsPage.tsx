// /bao-cao — dashboard of a unit (province, commune, agency…) for a period: the key figures, the panels by child unit
// and the monthly trend that the indicators of the modules declare (ECharts, each chart with its table), the report
// editor (narrative sections) and the downloads (DOCX in the Decree 30/2020 layout, XLSX, PDF).
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
import { SECTION_KEYS, documentUrl, getDashboard, getDraft, saveDraft, type Dashboard, type DashboardPanel, type SectionKey } from './api.ts';
import '../shell/panels.css';

type PeriodKind = 'first_half' | 'year' | 'custom';

function periodOf(kind: PeriodKind, year: number, from: string, to: string): { from: string; to: string } {
  if (kind === 'first_half') return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  return { from, to };
}

/** A label the server gives in both languages, in the current one. */
function useLabel() {
  const { i18n } = useTranslation();
  return (l: { vi: string; en: string }) => (i18n.language === 'en' ? l.en : l.vi);
}

function Figures({ d }: { d: Dashboard }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const label = useLabel();
  const text = (x: Dashboard['figures'][number]) =>
    x.format === 'share' ? f.share(x.values[0] ?? 0, x.values[1] ?? 0) : x.format === 'pair' ? x.values.map((v) => f.int(v)).join(' / ') : f.int(x.values[0] ?? 0);
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t('figures')}</h2>
      <dl className="figure-grid">
        {d.figures.map((x) => (
          <div key={x.key} className="figure card">
            <dt>{label(x.label)}</dt>
            <dd>{text(x)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#6d4c41', '#f9a825', '#6a1b9a'];
const SLICE_COLORS: Record<string, string> = { resolved: '#2e7d32', pending: '#f9a825', overdue: '#b71c1c' };

function chartOption(p: DashboardPanel, label: (l: { vi: string; en: string }) => string) {
  if (p.chart === 'pie') {
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: p.slices.map((s, i) => ({ name: label(s.label), value: s.value, itemStyle: { color: SLICE_COLORS[s.key] ?? COLORS[i % COLORS.length] } })),
        },
      ],
    };
  }
  const charted = p.columns.filter((c) => c.chart);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: p.rows.map((r) => r.name), axisLabel: { interval: 0, rotate: p.rows.length > 6 ? 30 : 0 } },
    yAxis: p.percent ? { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
    series: charted.map((c, i) => ({ name: label(c.label), type: p.chart, data: p.rows.map((r) => r.values[c.key] ?? 0), itemStyle: { color: COLORS[i % COLORS.length] } })),
  };
}

function Panel({ p, onDrill }: { p: DashboardPanel; onDrill(id: string): void }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const label = useLabel();
  const option = useMemo(() => chartOption(p, label), [p, label]);
  const alt = p.chart === 'pie' ? `${label(p.alt)}: ${p.slices.map((s) => `${label(s.label)} ${f.int(s.value)}`).join(', ')}.` : label(p.alt);
  const cell = (v: number | null | undefined, c: DashboardPanel['columns'][number]) => (v === null || v === undefined ? '—' : p.percent && c.chart ? f.percent(v) : f.int(v));
  const headingId = `panel-${p.key}-h`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{label(p.title)}</h2>
      <Chart option={option} label={alt} height={p.chart === 'pie' ? 240 : undefined} />
      <DataTable
        caption={label(p.title)}
        hideCaption
        rows={p.rows}
        rowKey={(r) => r.unitId}
        columns={[
          {
            key: 'unit',
            header: t('col.unit'),
            rowHeader: true,
            render: (r) => (
              <button type="button" className="link-button" onClick={() => onDrill(r.unitId)} aria-label={t('drill', { name: r.name })}>
                {r.name}
              </button>
            ),
          },
          ...p.columns.map((c) => ({ key: c.key, header: label(c.label), numeric: true, render: (r: DashboardPanel['rows'][number]) => cell(r.values[c.key], c) })),
        ]}
      />
    </section>
  );
}

function Trend({ d }: { d: Dashboard }) {
  const { t } = useTranslation('reports');
  const f = useFormat();
  const label = useLabel();
  const { series, months } = d.trend;
  const monthText = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => monthText(m.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s, i) => ({ name: label(s.label), type: 'line', data: months.map((m) => m.values[s.key] ?? 0), itemStyle: { color: COLORS[i % COLORS.length] } })),
    }),
    [series, months, label],
  );
  if (!series.length) return null;
  return (
    <section className="card" aria-labelledby="trend-h">
      <h2 id="trend-h">{t('trend')}</h2>
      <Chart option={option} label={t('trendAlt', { series: series.map((s) => label(s.label)).join(', ') })} />
      <DataTable
        caption={t('trend')}
        hideCaption
        rows={months}
        rowKey={(m) => m.month}
        columns={[
          { key: 'month', header: t('col.month'), rowHeader: true, render: (m) => monthText(m.month) },
          ...series.map((s) => ({ key: s.key, header: label(s.label), numeric: true, render: (m: (typeof months)[number]) => f.int(m.values[s.key] ?? 0) })),
        ]}
      />
    </section>
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
  // The steering committee issues the report of a user who acts for it here; the choice stays the user's.
  const [chosenIssuer, setIssuer] = useState<'committee' | 'steering' | null>(null);
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
  const issuer = chosenIssuer ?? (draft.data.can.signForSteering ? 'steering' : 'committee');

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
          {dash.data.panels.map((p) => (
            <Panel key={p.key} p={p} onDrill={(id) => set({ unitId: id })} />
          ))}
          <Trend d={dash.data} />
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
