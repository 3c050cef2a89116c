// SQL of the reports module: counter roll-ups by child of a unit, the unit tree's denominators, report drafts.
// Reads unit_counters (daily), unit_counter_months (monthly, maintained by a trigger) and units — never records.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../core/schema.ts';
import { splitPeriod } from './period.ts';

/** Figures keyed by the child id of the unit whose subtree is read ('' = counters on the unit itself). */
export type ByChild = Map<string, Map<string, number>>;

function add(m: ByChild, child: string, key: string, n: number): void {
  let inner = m.get(child);
  if (!inner) m.set(child, (inner = new Map()));
  inner.set(key, (inner.get(key) ?? 0) + n);
}

const keyList = (keys: string[]) => sql.join(keys.map((k) => sql`${k}`));
const childExpr = (unitPath: string) => sql`split_part(substr(unit_path, ${unitPath.length + 1}), '/', 1)`;

export interface SubtreeQuery {
  unit: { id: number; path: string };
  keys: string[];
  from: string;
  to: string;
}

/**
 * Σ value per (child, key) over the subtree of `unit` and the period: whole months from the rollup rows of the unit
 * (children × keys × months), edge days from the daily counters of the subtree.
 */
export async function sumsByChild(db: Kysely<DB>, q: SubtreeQuery): Promise<ByChild> {
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
    for (const row of r.rows) add(out, row.child, row.key, Number(row.n));
  }
  for (const d of split.days) {
    const r = await sql<{ child: string; key: string; n: number }>`
      SELECT ${childExpr(q.unit.path)} AS child, key, sum(value)::bigint AS n FROM unit_counters
      WHERE key IN (${keyList(q.keys)}) AND unit_path LIKE ${`${q.unit.path}%`} AND day BETWEEN ${d.from} AND ${d.to}
      GROUP BY 1, 2
    `.execute(db);
    for (const row of r.rows) add(out, row.child, row.key, Number(row.n));
  }
  return out;
}

/**
 * Number of distinct units of a kind per (child, key) whose counter sums to more than 0 over the period
 * (per-unit monthly rows for whole months, daily rows for the edges). Figures are keyed `${key}|${kind}`.
 */
export async function unitsWithByChild(db: Kysely<DB>, q: SubtreeQuery): Promise<ByChild> {
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
  const r = await sql<{ child: string; key: string; kind: string; n: number }>`
    SELECT t.child, t.key, u.kind, count(*)::bigint AS n FROM (
      SELECT unit_id, ${childExpr(q.unit.path)} AS child, key FROM (${sql.join(parts, sql` UNION ALL `)}) x
      GROUP BY unit_id, 2, key HAVING sum(value) > 0
    ) t JOIN units u ON u.id = t.unit_id
    GROUP BY 1, 2, 3
  `.execute(db);
  for (const row of r.rows) add(out, row.child, `${row.key}|${row.kind}`, Number(row.n));
  return out;
}

/** Units of the given kinds per child (the denominators of "units that held"). */
export async function unitKindsByChild(db: Kysely<DB>, q: { unitPath: string; kinds: string[] }): Promise<ByChild> {
  const out: ByChild = new Map();
  if (!q.kinds.length) return out;
  const r = await sql<{ child: string; kind: string; n: number }>`
    SELECT split_part(substr(path, ${q.unitPath.length + 1}), '/', 1) AS child, kind, count(*)::bigint AS n
    FROM units WHERE path LIKE ${`${q.unitPath}%`} AND kind IN (${sql.join(q.kinds.map((k) => sql`${k}`))})
    GROUP BY 1, 2
  `.execute(db);
  for (const row of r.rows) add(out, row.child, row.kind, Number(row.n));
  return out;
}

/** Σ value per month of the period for the whole subtree (trends on dashboards), from the unit's rollup rows. */
export async function monthlySums(
  db: Kysely<DB>,
  q: { unitId: number; keys: string[]; from: string; to: string },
): Promise<{ month: string; key: string; n: number }[]> {
  if (!q.keys.length) return [];
  const r = await sql<{ month: string; key: string; n: number }>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, key, sum(value)::bigint AS n FROM unit_counter_rollups
    WHERE ancestor_id = ${q.unitId} AND key IN (${keyList(q.keys)}) AND month BETWEEN ${`${q.from.slice(0, 7)}-01`} AND ${q.to}
    GROUP BY 1, 2 ORDER BY 1, 2
  `.execute(db);
  return r.rows.map((x) => ({ month: x.month, key: x.key, n: Number(x.n) }));
}

export async function childrenOf(db: Kysely<DB>, unitId: number) {
  return db.selectFrom('units').select(['id', 'name', 'kind', 'code', 'path']).where('parent_id', '=', unitId).orderBy('id').execute();
}

// ---- drafts ------------------------------------------------------------------------------------------------

export async function findDraft(db: Kysely<DB>, unitId: number, from: string, to: string) {
  return db
    .selectFrom('report_drafts')
    .select(['id', 'number', 'sections', 'updated_at', 'updated_by'])
    .where('unit_id', '=', unitId)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst();
}

export async function upsertDraft(
  db: Kysely<DB>,
  d: { unitId: number; from: string; to: string; number: string | null; sections: Record<string, string>; by: number; at: Date },
): Promise<number> {
  const r = await db
    .insertInto('report_drafts')
    .values({ unit_id: d.unitId, period_from: d.from, period_to: d.to, number: d.number, sections: JSON.stringify(d.sections), updated_by: d.by, updated_at: d.at })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'period_from', 'period_to']).doUpdateSet({
        number: d.number,
        sections: JSON.stringify(d.sections),
        updated_by: d.by,
        updated_at: d.at,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
