// Incremental counters for indicators: modules bump them inside the transaction of the change they count
// (a case received, a conference held…). Reports sum them by unit subtree and date range.
import { sql } from 'kysely';
import type { Ctx } from './context.ts';
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

/** Sum of a counter over a unit's subtree (the unit itself included) and a date range (inclusive). */
export async function sumCounter(
  ctx: Pick<Ctx, 'db'>,
  q: { unitPath: string; key: string; from: string; to: string },
): Promise<number> {
  const r = await sql<{ n: number | null }>`
    SELECT sum(value)::bigint AS n FROM unit_counters
    WHERE key = ${q.key} AND unit_path LIKE ${`${q.unitPath}%`} AND day BETWEEN ${q.from} AND ${q.to}
  `.execute(ctx.db);
  return Number(r.rows[0]?.n ?? 0);
}
