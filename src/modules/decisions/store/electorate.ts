// Who may vote on a decision (the village's households frozen when it opens) and who has voted (the register: the
// household and the channel, never the choice of a secret ballot).
import { sql } from 'kysely';
import { tablesOf, type Db } from '../../../core/db.ts';
import { activeHouseholdsOf, householdColumn, householdMatches, representativeNameOf } from '../../units/index.ts';
import type { DecisionsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<DecisionsTables>(db);

/** Freezes the village's active households as the decision's electorate; returns how many. */
export async function snapshotEligible(db: Db, decisionId: number, unitId: number): Promise<number> {
  const r = await sql`
    INSERT INTO decision_eligible_households (decision_id, household_id, secret)
    SELECT d.id, h.id, d.secret FROM decisions d JOIN ${activeHouseholdsOf(unitId)} h ON true
    WHERE d.id = ${decisionId}
  `.execute(db);
  const n = Number(r.numAffectedRows ?? 0);
  await q(db).updateTable('decisions').set({ eligible_households: n }).where('id', '=', decisionId).execute();
  return n;
}

export async function isEligible(db: Db, decisionId: number, householdId: number): Promise<boolean> {
  const r = await q(db)
    .selectFrom('decision_eligible_households')
    .select('household_id')
    .where('decision_id', '=', decisionId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return !!r;
}

export async function hasVoted(db: Db, decisionId: number, householdId: number): Promise<boolean> {
  const r = await q(db)
    .selectFrom('decision_register')
    .select('household_id')
    .where('decision_id', '=', decisionId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return !!r;
}

export async function participationCount(db: Db, decisionId: number): Promise<number> {
  const r = await q(db)
    .selectFrom('decision_register')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('decision_id', '=', decisionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Households that voted, per decision. */
export async function participationCounts(db: Db, decisionIds: number[]): Promise<Map<number, number>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await q(db)
    .selectFrom('decision_register')
    .select(['decision_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('decision_id', 'in', decisionIds)
    .groupBy('decision_id')
    .execute();
  return new Map(rows.map((r) => [r.decision_id, Number(r.n)]));
}

/** Households that voted, per channel. */
export async function participationByChannel(db: Db, decisionId: number): Promise<Record<string, number>> {
  const rows = await q(db)
    .selectFrom('decision_register')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('decision_id', '=', decisionId)
    .groupBy('channel')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
}

/** The electorate with who voted and how (channel only), for officials; `q` ignores diacritics and case. */
export async function participationList(db: Db, decisionId: number, f: { q?: string; voted?: boolean; afterId?: number | null; limit: number }) {
  let query = q(db)
    .selectFrom('decision_eligible_households as e')
    .leftJoin('decision_register as g', (j) => j.onRef('g.decision_id', '=', 'e.decision_id').onRef('g.household_id', '=', 'e.household_id'))
    .select([
      'e.household_id as id',
      householdColumn('e.household_id', 'name').as('name'),
      householdColumn('e.household_id', 'address').as('address'),
      representativeNameOf('e.household_id').as('rep_name'),
      'g.channel',
      'g.recorded_at',
    ])
    .where('e.decision_id', '=', decisionId);
  if (f.q) query = query.where(householdMatches('e.household_id', f.q));
  if (f.voted === true) query = query.where('g.household_id', 'is not', null);
  if (f.voted === false) query = query.where('g.household_id', 'is', null);
  if (f.afterId) query = query.where('e.household_id', '>', f.afterId);
  return query.orderBy('e.household_id').limit(f.limit + 1).execute();
}
