// SQL of the decisions module, nothing else. Households, people and representatives are core tables.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { DecisionsTable } from './tables.ts';
import type { DB } from '../../core/schema.ts';
import { notFound } from '../../core/errors.ts';

export type DecisionRow = Awaited<ReturnType<typeof findDecision>> & object;

const DECISION_COLUMNS = [
  'd.id',
  'd.unit_id',
  'd.unit_path',
  'd.title',
  'd.description',
  'd.matter',
  'd.kind',
  'd.method',
  'd.initial_method',
  'd.options',
  'd.secret',
  'd.status',
  'd.opens_at',
  'd.closes_at',
  'd.opened_on',
  'd.eligible_households',
  'd.method_context',
  'd.meeting',
  'd.closed_at',
  'd.closed_on',
  'd.result',
  'd.passed',
  'd.recognition_authority',
  'd.submitted_on',
  'd.recognition_due_on',
  'd.recognised_on',
  'd.recognition_number',
  'd.refusal_reason',
  'd.disclosure_id',
  'd.created_by',
  'd.created_at',
] as const;

export async function findDecision(db: Kysely<DB>, id: number, lock: 'share' | 'update' | null = null) {
  let q = db
    .selectFrom('decisions as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select([...DECISION_COLUMNS, 'u.name as unit_name'])
    .where('d.id', '=', id);
  if (lock === 'share') q = q.forShare('d');
  if (lock === 'update') q = q.forUpdate('d');
  return q.executeTakeFirst();
}

export async function getDecision(db: Kysely<DB>, id: number, lock: 'share' | 'update' | null = null) {
  const d = await findDecision(db, id, lock);
  if (!d) throw notFound('Nội dung biểu quyết');
  return d;
}

export async function getUnit(db: Kysely<DB>, id: number) {
  const u = await db.selectFrom('units').select(['id', 'kind', 'name', 'path', 'parent_id']).where('id', '=', id).executeTakeFirst();
  if (!u) throw notFound('Đơn vị');
  return u;
}

/** The unit and its ancestors' names (for the minutes' header), nearest first. */
export async function ancestorNames(db: Kysely<DB>, path: string) {
  const ids = path.split('/').filter(Boolean).map(Number);
  const rows = await db.selectFrom('units').select(['id', 'kind', 'name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean).reverse();
}

export interface NewDecision {
  unitId: number;
  unitPath: string;
  title: string;
  description: string | null;
  matter: string;
  kind: string;
  method: string;
  options: string[];
  secret: boolean;
  opensAt: Date;
  closesAt: Date | null;
  openedOn: string;
  methodContext: Record<string, unknown>;
  createdBy: number;
}

export async function insertDecision(db: Kysely<DB>, d: NewDecision): Promise<number> {
  const r = await db
    .insertInto('decisions')
    .values({
      unit_id: d.unitId,
      unit_path: d.unitPath,
      title: d.title,
      description: d.description,
      matter: d.matter,
      kind: d.kind,
      method: d.method,
      initial_method: d.method,
      options: JSON.stringify(d.options),
      secret: d.secret,
      status: 'open',
      opens_at: d.opensAt,
      closes_at: d.closesAt,
      opened_on: d.openedOn,
      eligible_households: 0,
      method_context: JSON.stringify(d.methodContext),
      created_by: d.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Freezes the village's active households as the decision's electorate; returns how many. */
export async function snapshotEligible(db: Kysely<DB>, decisionId: number, unitId: number): Promise<number> {
  const r = await sql`
    INSERT INTO decision_eligible_households (decision_id, household_id)
    SELECT ${decisionId}, h.id FROM households h WHERE h.unit_id = ${unitId} AND h.active
  `.execute(db);
  const n = Number(r.numAffectedRows ?? 0);
  await db.updateTable('decisions').set({ eligible_households: n }).where('id', '=', decisionId).execute();
  return n;
}

export async function createTallies(db: Kysely<DB>, decisionId: number, options: number, shards: number): Promise<void> {
  const rows = [];
  for (let o = 0; o < options; o++) for (let s = 0; s < shards; s++) rows.push({ decision_id: decisionId, option_index: o, shard: s });
  await db.insertInto('decision_tallies').values(rows).execute();
}

export async function isRepresentative(db: Kysely<DB>, householdId: number, personId: number): Promise<boolean> {
  const r = await db
    .selectFrom('household_representatives')
    .select('id')
    .where('household_id', '=', householdId)
    .where('person_id', '=', personId)
    .where('to_date', 'is', null)
    .executeTakeFirst();
  return !!r;
}

/** Households the person currently represents. */
export async function representedHouseholds(db: Kysely<DB>, personId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('household_representatives')
    .select('household_id')
    .where('person_id', '=', personId)
    .where('to_date', 'is', null)
    .execute();
  return rows.map((r) => r.household_id);
}

export async function insertRegister(
  db: Kysely<DB>,
  r: { decisionId: number; householdId: number; secret: boolean; channel: string; recordedBy: number; choice: number | null; at: Date },
): Promise<void> {
  await db
    .insertInto('decision_register')
    .values({
      decision_id: r.decisionId,
      household_id: r.householdId,
      secret: r.secret,
      channel: r.channel,
      recorded_by: r.recordedBy,
      recorded_at: r.at,
      choice: r.choice,
    })
    .execute();
}

export async function dropInBox(db: Kysely<DB>, decisionId: number, optionIndex: number, shard: number): Promise<void> {
  const r = await sql`
    UPDATE decision_tallies SET votes = votes + 1
    WHERE decision_id = ${decisionId} AND option_index = ${optionIndex} AND shard = ${shard}
  `.execute(db);
  if (Number(r.numAffectedRows ?? 0) !== 1) throw new Error(`ballot box of decision ${decisionId} has no slot ${optionIndex}/${shard}`);
}

export async function tallyCounts(db: Kysely<DB>, decisionId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('decision_tallies')
    .select(['option_index', (eb) => eb.fn.sum<number>('votes').as('n')])
    .where('decision_id', '=', decisionId)
    .groupBy('option_index')
    .execute();
  return new Map(rows.map((r) => [Number(r.option_index), Number(r.n ?? 0)]));
}

export async function participationCount(db: Kysely<DB>, decisionId: number): Promise<number> {
  const r = await db
    .selectFrom('decision_register')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('decision_id', '=', decisionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function participationByChannel(db: Kysely<DB>, decisionId: number): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('decision_register')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('decision_id', '=', decisionId)
    .groupBy('channel')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
}

export async function participationCounts(db: Kysely<DB>, decisionIds: number[]): Promise<Map<number, number>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decision_register')
    .select(['decision_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('decision_id', 'in', decisionIds)
    .groupBy('decision_id')
    .execute();
  return new Map(rows.map((r) => [r.decision_id, Number(r.n)]));
}

export async function hasVoted(db: Kysely<DB>, decisionId: number, householdId: number): Promise<boolean> {
  const r = await db
    .selectFrom('decision_register')
    .select('household_id')
    .where('decision_id', '=', decisionId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return !!r;
}

export async function isEligible(db: Kysely<DB>, decisionId: number, householdId: number): Promise<boolean> {
  const r = await db
    .selectFrom('decision_eligible_households')
    .select('household_id')
    .where('decision_id', '=', decisionId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return !!r;
}

/** The electorate with who voted and how (channel only), for officials; `q` ignores diacritics and case. */
export async function participationList(
  db: Kysely<DB>,
  decisionId: number,
  f: { q?: string; voted?: boolean; afterId?: number | null; limit: number },
) {
  let q = db
    .selectFrom('decision_eligible_households as e')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .leftJoin('household_representatives as r', (j) => j.onRef('r.household_id', '=', 'h.id').on('r.to_date', 'is', null))
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('decision_register as g', (j) => j.onRef('g.decision_id', '=', 'e.decision_id').onRef('g.household_id', '=', 'e.household_id'))
    .select(['h.id', 'h.name', 'h.address', 'p.name as rep_name', 'g.channel', 'g.recorded_at'])
    .where('e.decision_id', '=', decisionId);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('coso_fold', ['h.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
        eb(eb.fn('coso_fold', ['p.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
        eb(eb.fn('coso_fold', ['h.address']), 'like', eb.fn('coso_fold', [eb.val(like)])),
      ]),
    );
  }
  if (f.voted === true) q = q.where('g.household_id', 'is not', null);
  if (f.voted === false) q = q.where('g.household_id', 'is', null);
  if (f.afterId) q = q.where('h.id', '>', f.afterId);
  return q.orderBy('h.id').limit(f.limit + 1).execute();
}

export async function listDecisions(
  db: Kysely<DB>,
  f: { unitPath?: string; status?: string; beforeId?: number | null; limit: number },
) {
  let q = db
    .selectFrom('decisions as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select([...DECISION_COLUMNS, 'u.name as unit_name']);
  if (f.unitPath) q = q.where('d.unit_path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.beforeId) q = q.where('d.id', '<', f.beforeId);
  return q.orderBy('d.id', 'desc').limit(f.limit + 1).execute();
}

export async function updateDecision(
  db: Kysely<DB>,
  id: number,
  values: Updateable<DecisionsTable>,
): Promise<void> {
  await db.updateTable('decisions').set(values as never).where('id', '=', id).execute();
}

/** What a ballot needs to know, in one round trip: the decision and whether the actor represents the household. */
export async function ballotContext(db: Kysely<DB>, decisionId: number, householdId: number, personId: number) {
  return db
    .selectFrom('decisions as d')
    .select([
      'd.id',
      'd.unit_id',
      'd.unit_path',
      'd.options',
      'd.secret',
      'd.method',
      'd.status',
      'd.opens_at',
      'd.closes_at',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('household_representatives as r')
              .select('r.id')
              .where('r.household_id', '=', householdId)
              .where('r.person_id', '=', personId)
              .where('r.to_date', 'is', null),
          )
          .as('own'),
    ])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
}

export interface BallotWrite {
  decisionId: number;
  householdId: number;
  secret: boolean;
  channel: string;
  recordedBy: number;
  choice: number | null;
  optionIndex: number;
  shard: number;
  at: Date;
  /** The audit entry, already hashed (a fresh chain: sequence 1 after the genesis hash). */
  audit: {
    chain: string;
    at: string;
    actorId: number | null;
    actorName: string | null;
    action: string;
    targetType: string;
    targetId: string;
    unitId: number | null;
    ip: string | null;
    userAgent: string | null;
    requestId: string | null;
    data: Record<string, unknown>;
    prevHash: string;
    hash: string;
  };
}

/**
 * One ballot in ONE statement (atomic on its own, or inside the caller's transaction): lock the decision row
 * FOR KEY SHARE while it is still open (closing takes FOR UPDATE, so it waits for ballots in flight and ballots
 * queued behind it see it closed), insert the register row (the UNIQUE key is the one-ballot guarantee), add one to
 * a shard of the option's counter, append the hash-chained audit entry and its chain head. Returns false when the
 * decision was not open any more; a second ballot of the household fails with a unique violation (23505) and a
 * household outside the frozen electorate with a foreign-key violation (23503), leaving nothing written.
 */
export async function recordBallot(db: Kysely<DB>, b: BallotWrite): Promise<boolean> {
  const a = b.audit;
  const r = await sql<{ registered: number; boxed: number; logged: number }>`
    WITH d AS (
      SELECT id, secret FROM decisions
      WHERE id = ${b.decisionId} AND status = 'open' AND opens_at <= ${b.at}
        AND (closes_at IS NULL OR closes_at > ${b.at})
      FOR KEY SHARE
    ), reg AS (
      INSERT INTO decision_register (decision_id, household_id, secret, channel, recorded_by, recorded_at, choice)
      SELECT d.id, ${b.householdId}, ${b.secret}, ${b.channel}, ${b.recordedBy}, ${b.at}, ${b.choice}::smallint FROM d
      RETURNING decision_id
    ), box AS (
      UPDATE decision_tallies SET votes = votes + 1
      WHERE decision_id = ${b.decisionId} AND option_index = ${b.optionIndex} AND shard = ${b.shard}
        AND EXISTS (SELECT 1 FROM reg)
      RETURNING 1
    ), head AS (
      INSERT INTO audit_chain_heads (chain, last_seq, last_hash)
      SELECT ${a.chain}, 1, ${a.hash} FROM reg
      RETURNING 1
    ), log AS (
      INSERT INTO audit_log (chain, chain_seq, at, actor_id, actor_name, action, target_type, target_id, unit_id, ip,
                             user_agent, request_id, data, prev_hash, hash)
      SELECT ${a.chain}, 1, ${a.at}, ${a.actorId}, ${a.actorName}, ${a.action}, ${a.targetType}, ${a.targetId},
             ${a.unitId}, ${a.ip}, ${a.userAgent}, ${a.requestId}, ${JSON.stringify(a.data)}::jsonb, ${a.prevHash}, ${a.hash}
      FROM reg
      RETURNING 1
    )
    -- A ballot registered but not counted (or not audited) must not exist: divide by zero aborts the statement.
    SELECT (SELECT count(*) FROM reg)::int AS registered, (SELECT count(*) FROM box)::int AS boxed,
           (SELECT count(*) FROM log)::int + (SELECT count(*) FROM head)::int AS logged,
           1 / (1 + 3 * (SELECT count(*) FROM reg) - (SELECT count(*) FROM box) - (SELECT count(*) FROM log)
                - (SELECT count(*) FROM head))::int AS consistent
  `.execute(db);
  const row = r.rows[0]!;
  if (Number(row.registered) === 0) return false;
  if (Number(row.boxed) !== 1 || Number(row.logged) !== 2) {
    throw new Error(`ballot of household ${b.householdId} in decision ${b.decisionId}: box ${row.boxed}, audit ${row.logged}`);
  }
  return true;
}
