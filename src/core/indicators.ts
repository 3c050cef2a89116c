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
}

/** What compute() sees: the fetched figures of one subtree (the whole unit, or one child). */
export interface IndicatorValues {
  sum(key: string): number;
  sumUntilYesterday(key: string): number;
  unitsWith(key: string, kind: UnitsWithKind): number;
  units(kind: UnitsWithKind): number;
}

/** The values of every indicator of a subtree, by key (another indicator's value, for a sentence that joins two). */
export type IndicatorLookup = (key: string) => unknown;

/** A column of a sheet of the report workbook. */
export interface SheetColumn<V> {
  header: string;
  key: string;
  kind: 'int' | 'percent';
  width?: number;
  value(v: V): number | null;
}

/** How the six-month / annual report writes an indicator (src/modules/reports/document.ts composes them). */
export interface IndicatorPresentation<V> {
  /** Rows of "Bảng 1. Tổng hợp chỉ tiêu": [indicator, result as written]. */
  summary?(v: V): [string, string][];
  /** Sentences opening section III (results), written from the figures. */
  sentences?(v: V, of: IndicatorLookup): string[];
  /** Columns of "Bảng 2. Kết quả theo đơn vị trực thuộc". */
  childColumns?: { header: string; width: number; cell(v: V): string }[];
  /** Rows of the summary sheet of the workbook. */
  sheetRows?(v: V): { label: string; n: number; of?: number; rate?: number | null }[];
  /** The indicator's columns on a sheet of the workbook (sheets are made in order of first use). */
  sheet?: { name: string; title: string; columns: SheetColumn<V>[] };
}

export interface IndicatorDefinition<V = unknown> {
  key: string;
  /** A group of related indicators (e.g. 'conferences'). */
  group: string;
  label: { vi: string; en: string };
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
  for (const d of defs) {
    d.inputs.sums?.forEach((k) => sums.add(k));
    d.inputs.sumsUntilYesterday?.forEach((k) => untilYesterday.add(k));
    d.inputs.unitsWith?.forEach((u) => unitsWith.set(`${u.key}|${u.kind}`, u));
  }
  return { sums: [...sums], untilYesterday: [...untilYesterday], unitsWith: [...unitsWith.values()] };
}

/** The value of every indicator of a subtree, by key. */
export function computeAll(defs: readonly IndicatorDefinition[], v: IndicatorValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of defs) out[d.key] = d.compute(v);
  return out;
}
