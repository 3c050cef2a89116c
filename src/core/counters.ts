// Incremental counters for indicators: modules bump them inside the transaction of the change they count (a case
// received, a conference held…); the indicators read sums of them by unit subtree and period. Daily rows
// (unit_counters) are rolled up by a trigger (migrations/053_reports.sql) into per-unit months
// (unit_counter_months) and per-ancestor, per-child months (unit_counter_rollups), so a read costs children × keys ×
// months, whatever the number of records and the size of the subtree.
import { sql, type RawBuilder } from 'kysely';
import { splitPeriod } from './calendar/index.ts';
import type { Ctx } from './context.ts';
import type { Db } from './db.ts';
import { directory } from './directory.ts';

export interface CounterBump {
  unitId: number;
  /** Materialised path of the unit ('/1/2/3/'); looked up when omitted. */
  unitPath?: string;
  /** e.g. 'cases.received', 'conferences.staff_conference'. Define keys once, in the module that writes them. */
  key: string;
  /** Legal date the event counts on ('YYYY-MM-DD'). */
  day: string;
  delta?: number;
}

export async function bumpCounter(ctx: Ctx, b: CounterBump): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('bumpCounter() must run inside the transaction of the change it counts');
  const unitPath = b.unitPath ?? (await directory().unitPath(ctx.db, b.unitId));
  if (unitPath === null) throw new Error(`bumpCounter: no unit ${b.unitId}`);
  const delta = b.delta ?? 1;
  await sql`
    INSERT INTO unit_counters (unit_id, unit_path, key, day, value)
    VALUES (${b.unitId}, ${unitPath}, ${b.key}, ${b.day}, ${delta})
    ON CONFLICT (unit_id, key, day) DO UPDATE SET value = unit_counters.value + EXCLUDED.value
  `.execute(ctx.db);
}

/**
 * Many bumps in one statement per 1,000 (e.g. one expected submission for each of 3,000 units): the same rows as
 * as many `bumpCounter` calls, without a round trip each. Bumps of the same unit, key and day are added first.
 */
export async function bumpCounters(ctx: Ctx, bumps: readonly (CounterBump & { unitPath: string })[]): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('bumpCounters() must run inside the transaction of the change it counts');
  const merged = new Map<string, CounterBump & { unitPath: string; delta: number }>();
  for (const b of bumps) {
    const k = `${b.unitId}|${b.key}|${b.day}`;
    const m = merged.get(k);
    if (m) m.delta += b.delta ?? 1;
    else merged.set(k, { ...b, delta: b.delta ?? 1 });
  }
  const rows = [...merged.values()];
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((b) => sql`(${b.unitId}, ${b.unitPath}, ${b.key}, ${b.day}::date, ${b.delta})`);
    await sql`
      INSERT INTO unit_counters (unit_id, unit_path, key, day, value) VALUES ${sql.join(values)}
      ON CONFLICT (unit_id, key, day) DO UPDATE SET value = unit_counters.value + EXCLUDED.value
    `.execute(ctx.db);
  }
}

/** Sum of a counter over a unit's subtree (the unit itself included) and a date range (inclusive). */
export async function sumCounter(ctx: Pick<Ctx, 'db'>, q: { unitPath: string; key: string; from: string; to: string }): Promise<number> {
  const r = await sql<{ n: number | null }>`
    SELECT sum(value)::bigint AS n FROM unit_counters
    WHERE key = ${q.key} AND unit_path LIKE ${`${q.unitPath}%`} AND day BETWEEN ${q.from} AND ${q.to}
  `.execute(ctx.db);
  return Number(r.rows[0]?.n ?? 0);
}

// ---- reads by child of a unit -------------------------------------------------------------------------------

/** Figures keyed by the child id of the unit whose subtree is read ('' = counters on the unit itself). */
export type ByChild = Map<string, Map<string, number>>;

export function addByChild(m: ByChild, child: string, key: string, n: number): void {
  let inner = m.get(child);
  if (!inner) m.set(child, (inner = new Map()));
  inner.set(key, (inner.get(key) ?? 0) + n);
}

const keyList = (keys: readonly string[]) => sql.join(keys.map((k) => sql`${k}`));
const childExpr = (unitPath: string) => sql`split_part(substr(unit_path, ${unitPath.length + 1}), '/', 1)`;

export interface SubtreeQuery {
  unit: { id: number; path: string };
  keys: readonly string[];
  from: string;
  to: string;
}

/**
 * Σ value per (child, key) over the subtree of `unit` and the period: whole months from the rollup rows of the unit
 * (children × keys × months), edge days from the daily counters of the subtree.
 */
export async function sumsByChild(db: Db, q: SubtreeQuery): Promise<ByChild> {
  const out: ByChild = new Map();
  if (!q.keys.length) return out;
  const split = splitPeriod(q.from, q.to);
  if (split.months) {
    const r = await sql<{ child: string; key: string; n: number }>`
      SELECT CASE WHEN child_id = ${q.unit.id} THEN '' ELSE child_id::text END AS child, key, sum(value)::bigint AS n
      FROM unit_counter_rollups
      WHERE ancestor_id = ${q.unit.id} AND key IN (${keyList(q.keys)}) AND month BETWEEN ${split.months.from} AND ${split.months.to}
      GROUP BY 1, 2
    `.execute(db);
    for (const row of r.rows) addByChild(out, row.child, row.key, Number(row.n));
  }
  for (const d of split.days) {
    const r = await sql<{ child: string; key: string; n: number }>`
      SELECT ${childExpr(q.unit.path)} AS child, key, sum(value)::bigint AS n FROM unit_counters
      WHERE key IN (${keyList(q.keys)}) AND unit_path LIKE ${`${q.unit.path}%`} AND day BETWEEN ${d.from} AND ${d.to}
      GROUP BY 1, 2
    `.execute(db);
    for (const row of r.rows) addByChild(out, row.child, row.key, Number(row.n));
  }
  return out;
}

/**
 * Number of distinct units of a kind per (child, key) whose counter sums to more than 0 over the period (per-unit
 * monthly rows for whole months, daily rows for the edges), keyed `${key}|${kind}`; and the Σ of the counter over
 * the units of that kind, keyed `sum:${key}|${kind}`. `kindOf(ref)` is the SQL of the kind of the unit whose id is in
 * column `ref` (the unit tree is not core's: the caller gives it).
 */
export async function unitsWithByChild(db: Db, q: SubtreeQuery, kindOf: (ref: string) => RawBuilder<string>): Promise<ByChild> {
  const out: ByChild = new Map();
  if (!q.keys.length) return out;
  const split = splitPeriod(q.from, q.to);
  const like = `${q.unit.path}%`;
  const parts: RawBuilder<unknown>[] = [];
  if (split.months) {
    parts.push(sql`SELECT unit_id, unit_path, key, value FROM unit_counter_months
      WHERE key IN (${keyList(q.keys)}) AND unit_path LIKE ${like} AND month BETWEEN ${split.months.from} AND ${split.months.to}`);
  }
  for (const d of split.days) {
    parts.push(sql`SELECT unit_id, unit_path, key, value FROM unit_counters
      WHERE key IN (${keyList(q.keys)}) AND unit_path LIKE ${like} AND day BETWEEN ${d.from} AND ${d.to}`);
  }
  if (!parts.length) return out;
  const r = await sql<{ child: string; key: string; kind: string; n: number; s: number }>`
    SELECT t.child, t.key, ${kindOf('t.unit_id')} AS kind, count(*) FILTER (WHERE t.s > 0)::bigint AS n, sum(t.s)::bigint AS s FROM (
      SELECT unit_id, ${childExpr(q.unit.path)} AS child, key, sum(value) AS s FROM (${sql.join(parts, sql` UNION ALL `)}) x
      GROUP BY unit_id, 2, key HAVING sum(value) <> 0
    ) t
    GROUP BY 1, 2, 3
  `.execute(db);
  for (const row of r.rows) {
    addByChild(out, row.child, `${row.key}|${row.kind}`, Number(row.n));
    addByChild(out, row.child, `sum:${row.key}|${row.kind}`, Number(row.s));
  }
  return out;
}

/** Σ value per month of the period for the whole subtree (trends on dashboards), from the unit's rollup rows. */
export async function monthlySums(db: Db, q: { unitId: number; keys: readonly string[]; from: string; to: string }): Promise<{ month: string; key: string; n: number }[]> {
  if (!q.keys.length) return [];
  const r = await sql<{ month: string; key: string; n: number }>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, key, sum(value)::bigint AS n FROM unit_counter_rollups
    WHERE ancestor_id = ${q.unitId} AND key IN (${keyList(q.keys)}) AND month BETWEEN ${`${q.from.slice(0, 7)}-01`} AND ${q.to}
    GROUP BY 1, 2 ORDER BY 1, 2
  `.execute(db);
  return r.rows.map((x) => ({ month: x.month, key: x.key, n: Number(x.n) }));
}
