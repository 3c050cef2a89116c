// What an indicator is. Each module defines its indicators once (src/modules/<m>/indicators.ts, listed in its
// manifest): key, Vietnamese and English label, legal meaning, the counters it reads, how its value is computed, its
// JSON schema, and how the report writes it. The reports module reads the installed list and names no module.
// Indicators read only the incremental counters (core/counters.ts) and the unit tree, never record tables: their
// cost grows with units × months, not with records.
import { percent } from './format.ts';

export type UnitsWithKind = 'agency' | 'enterprise';

/** "Units that held": distinct units of a kind, in the subtree, with the counter > 0 in the period. */
export interface UnitsWithInput {
  key: string;
  kind: UnitsWithKind;
}

export interface IndicatorInputs {
  /** Σ counter over the subtree and the period. */
  sums?: string[];
  /** Σ counter over the subtree, due days from `from` to min(`to`, yesterday). */
  sumsUntilYesterday?: string[];
  /** Number of units of a kind with the counter > 0, and of all units of that kind. */
  unitsWith?: UnitsWithInput[];
  /** Σ counter over the units of a kind in the subtree (e.g. opinions resolved at enterprises only). */
  sumsOfKind?: UnitsWithInput[];
}

/** What compute() sees: the fetched figures of one subtree (the whole unit, or one child). */
export interface IndicatorValues {
  sum(key: string): number;
  sumUntilYesterday(key: string): number;
  unitsWith(key: string, kind: UnitsWithKind): number;
  units(kind: UnitsWithKind): number;
  sumOfKind(key: string, kind: UnitsWithKind): number;
}

/** The values of every indicator of a subtree, by key (another indicator's value, for a sentence that joins two). */
export type IndicatorLookup = (key: string) => unknown;

/** A column of a sheet of the report workbook. */
export interface IndicatorSheetColumn<V> {
  header: string;
  key: string;
  kind: 'int' | 'percent';
  width?: number;
  value(v: V): number | null;
}

export type Label = { vi: string; en: string };

/** A key figure of the dashboard, formatted by the screen in its language: 861/866 (99,4%) · 12 / 3 · 1.949. */
export interface DashboardFigure {
  format: 'share' | 'pair' | 'int';
  values: number[];
}

/** A panel of the dashboard (a chart and its table); indicators naming the same key share it. */
export interface PanelRef {
  key: string;
  title: Label;
  /** What the chart draws: bars or lines of the columns marked `chart`, or a pie of the slices. */
  chart: 'bar' | 'pie' | 'line';
  /** Values are percentages (0–100). */
  percent?: boolean;
  /** The chart in words, for screen readers (the table follows it). */
  alt: Label;
}

/** The panel where residents' participation shows, whatever the mechanism (votes, opinions…). */
export const PARTICIPATION_PANEL: PanelRef = {
  key: 'participation',
  title: { vi: 'Biểu quyết và tham gia ý kiến theo đơn vị', en: 'Votes and participation by unit' },
  chart: 'bar',
  alt: {
    vi: 'Biểu đồ cột: số việc đã biểu quyết và được thông qua theo đơn vị. Số liệu có trong bảng ngay sau.',
    en: 'Bar chart: decisions held and passed by unit. The figures are in the table that follows.',
  },
};

/** The workbook sheet of residents' say: decisions, disclosures and consultations side by side. */
export const PARTICIPATION_SHEET = { name: 'Dân bàn, công khai', title: 'Dân bàn và quyết định, công khai, lấy ý kiến' } as const;

/** A column of a panel's table: one value per child unit. */
export interface PanelColumn<V> {
  key: string;
  label: Label;
  value(v: V): number | null;
  /** Also drawn in the chart (else only in the table). */
  chart?: boolean;
}

/**
 * Where the report writes a sentence (the seeds' structure): II leadership and direction (the committee's own
 * records); III results by sector — communes and wards, agencies, enterprises, the committee's own work (submissions,
 * inspections, classification), "Dân vận khéo"; V tasks for the next period (from the committee's reviews).
 */
export type ReportPart = 'leadership' | 'communes' | 'agencies' | 'enterprises' | 'committee' | 'danVanKheo' | 'nextTasks';

/** How the six-month / annual report and the dashboard show an indicator (the reports module composes them). */
export interface IndicatorPresentation<V> {
  /** The part of the report its sentences belong to (default 'communes'). */
  part?: ReportPart;
  /** Rows of "Bảng 1. Tổng hợp chỉ tiêu": [indicator, result as written]. */
  summary?(v: V): [string, string][];
  /**
   * Sentences of its part of the report, written from the figures. Write a sentence only where it carries
   * information: a zero only where the units were required to act ("chưa tổ chức …"), never as filler.
   */
  sentences?(v: V, of: IndicatorLookup): string[];
  /** Columns of "Bảng 2. Kết quả theo đơn vị trực thuộc". */
  childColumns?: { header: string; width: number; cell(v: V): string }[];
  /** Rows of the summary sheet of the workbook. */
  sheetRows?(v: V): { label: string; n: number; of?: number; rate?: number | null }[];
  /** The indicator's columns on a sheet of the workbook (sheets are made in order of first use). */
  sheet?: { name: string; title: string; columns: IndicatorSheetColumn<V>[] };
  /** A key figure of the dashboard. */
  figure?: { label: Label; value(v: V): DashboardFigure };
  /** Columns of a dashboard panel by child unit; `slices` for a pie of the unit itself. */
  panel?: { ref: PanelRef; columns: PanelColumn<V>[]; slices?(v: V): { key: string; label: Label; value: number }[] };
  /** Monthly series of the dashboard's trend: Σ of the counters per month. */
  trend?: { key: string; label: Label; counters: string[] }[];
}

export interface IndicatorDefinition<V = unknown> {
  key: string;
  /** A group of related indicators (e.g. 'conferences'). */
  group: string;
  label: Label;
  /** What the figure means in law and where it comes from. */
  legal: string;
  inputs: IndicatorInputs;
  compute(v: IndicatorValues): V;
  /** JSON schema of the value (the API's response schema and the web's types come from it). */
  schema: Record<string, unknown>;
  report?: IndicatorPresentation<V>;
}

/** Defines an indicator (keeps its value type for its presentation). */
export function defineIndicator<V>(d: IndicatorDefinition<V>): IndicatorDefinition {
  return d as IndicatorDefinition;
}

/** Share of units of a kind that held something: "861/866 (99,4%)". */
export interface Share {
  /** Units of the kind in the subtree. */
  units: number;
  /** Of which held at least one in the period. */
  held: number;
  /** held / units in percent, one decimal (861/866 → 99.4); null when there is no such unit. */
  rate: number | null;
  /** Number held (conferences, dialogues…). */
  count: number;
}

export function shareOf(v: IndicatorValues, key: string, kind: UnitsWithKind): Share {
  const units = v.units(kind);
  const held = v.unitsWith(key, kind);
  return { units, held, rate: percent(held, units), count: v.sum(key) };
}

export const shareSchema = {
  type: 'object',
  required: ['units', 'held', 'rate', 'count'],
  additionalProperties: false,
  properties: {
    units: { type: 'integer' },
    held: { type: 'integer' },
    rate: { type: ['number', 'null'] },
    count: { type: 'integer' },
  },
} as const;

/** JSON schema of an object of integer figures (most indicators), with `rate`-like fields nullable numbers. */
export function figuresSchema(ints: readonly string[], rates: readonly string[] = []): Record<string, unknown> {
  return {
    type: 'object',
    required: [...ints, ...rates],
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(ints.map((k) => [k, { type: 'integer' }])),
      ...Object.fromEntries(rates.map((k) => [k, { type: ['number', 'null'] }])),
    },
  };
}

/** All counter keys the indicators read, by how they are read. */
export function requiredInputs(defs: readonly IndicatorDefinition[]) {
  const sums = new Set<string>();
  const untilYesterday = new Set<string>();
  const unitsWith = new Map<string, UnitsWithInput>();
  const sumsOfKind = new Map<string, UnitsWithInput>();
  for (const d of defs) {
    d.inputs.sums?.forEach((k) => sums.add(k));
    d.inputs.sumsUntilYesterday?.forEach((k) => untilYesterday.add(k));
    d.inputs.unitsWith?.forEach((u) => unitsWith.set(`${u.key}|${u.kind}`, u));
    d.inputs.sumsOfKind?.forEach((u) => sumsOfKind.set(`${u.key}|${u.kind}`, u));
  }
  return { sums: [...sums], untilYesterday: [...untilYesterday], unitsWith: [...unitsWith.values()], sumsOfKind: [...sumsOfKind.values()] };
}

/** The value of every indicator of a subtree, by key. */
export function computeAll(defs: readonly IndicatorDefinition[], v: IndicatorValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of defs) out[d.key] = d.compute(v);
  return out;
}
