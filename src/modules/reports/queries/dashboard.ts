// The dashboard of a unit for a period, built from what the installed indicators declare (core/indicators.ts):
// key figures, panels by child unit (a chart and its table), and the monthly trend. Names no module.
import type { Ctx } from '../../../core/context.ts';
import { monthlySums } from '../../../core/counters.ts';
import type { DashboardFigure, IndicatorDefinition, Label, PanelColumn, PanelRef } from '../../../core/indicators.ts';
import { monthsOf } from '../rules.ts';
import type { IndicatorReport } from '../document/report.ts';
import { computeIndicators, indicatorDefinitions } from './indicators.ts';

export interface DashboardPanel extends PanelRef {
  columns: { key: string; label: Label; chart: boolean }[];
  /** One row per child unit (rows whose charted values are all empty are left out). */
  rows: { unitId: string; name: string; values: Record<string, number | null> }[];
  /** For a pie: the unit's own figures. */
  slices: { key: string; label: Label; value: number }[];
}

export interface Dashboard {
  unitId: string;
  name: string;
  from: string;
  to: string;
  figures: ({ key: string; label: Label } & DashboardFigure)[];
  panels: DashboardPanel[];
  trend: { series: { key: string; label: Label }[]; months: { month: string; values: Record<string, number> }[] };
}

function figuresOf(defs: readonly IndicatorDefinition[], values: Record<string, unknown>): Dashboard['figures'] {
  return defs.flatMap((d) => {
    const f = d.report?.figure;
    return f ? [{ key: d.key, label: f.label, ...f.value(values[d.key]) }] : [];
  });
}

function panelsOf(defs: readonly IndicatorDefinition[], r: IndicatorReport): DashboardPanel[] {
  const panels = new Map<string, { ref: PanelRef; columns: { def: IndicatorDefinition; c: PanelColumn<unknown> }[]; slices: DashboardPanel['slices'] }>();
  for (const def of defs) {
    const p = def.report?.panel;
    if (!p) continue;
    let panel = panels.get(p.ref.key);
    if (!panel) panels.set(p.ref.key, (panel = { ref: p.ref, columns: [], slices: [] }));
    panel.columns.push(...p.columns.map((c) => ({ def, c })));
    panel.slices.push(...(p.slices?.(r.indicators[def.key]) ?? []));
  }
  return [...panels.values()].map(({ ref, columns, slices }) => {
    const rows = r.children.map((ch) => ({
      unitId: ch.unitId,
      name: ch.name,
      values: Object.fromEntries(columns.map(({ def, c }) => [c.key, c.value(ch.indicators[def.key])])),
    }));
    const charted = columns.filter(({ c }) => c.chart).map(({ c }) => c.key);
    return {
      ...ref,
      columns: columns.map(({ c }) => ({ key: c.key, label: c.label, chart: !!c.chart })),
      rows: rows.filter((row) => !charted.length || charted.some((k) => row.values[k] !== null)),
      slices,
    };
  });
}

async function trendOf(ctx: Ctx, defs: readonly IndicatorDefinition[], r: IndicatorReport): Promise<Dashboard['trend']> {
  const series = defs.flatMap((d) => d.report?.trend ?? []);
  const rows = await monthlySums(ctx.db, { unitId: r.unit.id, keys: [...new Set(series.flatMap((s) => s.counters))], from: r.from, to: r.to });
  const months = monthsOf(r.from, r.to).map((month) => ({
    month,
    values: Object.fromEntries(
      series.map((s) => [s.key, rows.filter((x) => x.month === month && s.counters.includes(x.key)).reduce((sum, x) => sum + x.n, 0)]),
    ),
  }));
  return { series: series.map(({ key, label }) => ({ key, label })), months };
}

export async function computeDashboard(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<Dashboard> {
  const r = await computeIndicators(ctx, unitId, period);
  const defs = indicatorDefinitions();
  return {
    unitId: String(r.unit.id),
    name: r.unit.name,
    from: r.from,
    to: r.to,
    figures: figuresOf(defs, r.indicators),
    panels: panelsOf(defs, r),
    trend: await trendOf(ctx, defs, r),
  };
}
