// SQL of the decisions module, nothing else. Households, people and representatives are core tables.
import { CompiledQuery, sql, type Kysely, type Updateable } from 'kysely';
import { runPrepared } from '../../core/db.ts';
import type { HashedFields } from '../../core/audit.ts';
import type { DecisionsTable } from './tables.ts';
import type { DB } from '../../core/schema.ts';
import { notFound } from '../../core/refusal.ts';

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

/** Open decisions whose end has passed, oldest end first. */
export async function dueDecisionIds(db: Kysely<DB>, now: Date): Promise<number[]> {
  const rows = await db
    .selectFrom('decisions')
    .select('id')
    .where('status', '=', 'open')
    .where('closes_at', 'is not', null)
    .where('closes_at', '<=', now)
    .orderBy('closes_at')
    .limit(500)
    .execute();
  return rows.map((r) => r.id);
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
    INSERT INTO decision_eligible_households (decision_id, household_id, secret)
    SELECT d.id, h.id, d.secret FROM decisions d JOIN households h ON h.unit_id = ${unitId} AND h.active
    WHERE d.id = ${decisionId}
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

/** What the ballot integrity check reads of one decision: the register, and the audit entries of its ballots with
 *  their chain heads (a batch of ballots is audited in a chain of its own, `decision:<id>:ballots:<uuid>`). */
export async function ballotIntegrityRows(db: Kysely<DB>, decisionId: number) {
  const register = await db
    .selectFrom('decision_register')
    .select(['household_id', 'choice'])
    .where('decision_id', '=', decisionId)
    .execute();
  const entries = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('target_type', '=', 'decision')
    .where('target_id', '=', String(decisionId))
    .where('action', '=', 'decision.ballots')
    .orderBy('id')
    .execute();
  // Compared with left(): a range on the text key would depend on the database's collation.
  const prefix = ballotChainPrefix(decisionId);
  const heads = await db
    .selectFrom('audit_chain_heads')
    .select(['chain', 'last_seq', 'last_hash'])
    .where(sql<boolean>`left(chain, ${prefix.length}) = ${prefix}`)
    .execute();
  return { register, entries, heads };
}

/** The audit chains of a decision's ballot batches start with this. */
export const ballotChainPrefix = (decisionId: number) => `decision:${decisionId}:ballots:`;

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

/** What validating a ballot needs of its decision. Only `status` and `method` ever change once it is open. */
export interface BallotDecision {
  id: number;
  unit_id: number;
  unit_path: string;
  options: string[];
  secret: boolean;
  method: string;
  status: string;
  opens_at: Date;
  closes_at: Date | null;
}

export async function ballotDecision(db: Kysely<DB>, decisionId: number): Promise<BallotDecision | undefined> {
  const q = sql<BallotDecision>`
    SELECT id, unit_id, unit_path, options, secret, method, status, opens_at, closes_at FROM decisions WHERE id = ${decisionId}
  `.compile(db);
  return (await runPrepared<BallotDecision>(db, 'coso_ballot_decision', q))[0];
}

/** One ballot to write, validated. */
export interface BallotWrite {
  householdId: number;
  channel: string;
  recordedBy: number;
  /** The person casting it, and whether they must (true) or must not (false) be the household's current
   *  representative for the channel chosen; null when it does not matter. Checked in the write. */
  personId: number;
  ownRequired: boolean | null;
  /** The option index, stored in the register for open (non-secret) decisions only; null when secret. */
  choice: number | null;
  optionIndex: number;
  at: Date;
}

export interface BallotsWritten {
  /** False when the decision was not open any more, or its method was not the one the ballots assumed: nothing
   *  was written. */
  open: boolean;
  /** True when every ballot of the batch was written, with the batch's audit entry; false when none was. */
  written: boolean;
  /** Households of the batch that are not in the frozen electorate. */
  notEligible: Set<number>;
  /** Households of the batch whose ballot is already in the register. */
  alreadyVoted: Set<number>;
  /** Households whose `ownRequired` condition did not hold. */
  ownMismatch: Set<number>;
}

interface BallotsWrittenRow {
  open: number;
  written: number;
  not_eligible: number[];
  voted: number[];
  own_mismatch: number[];
  consistent: number;
}

/** SQLSTATE of the write's consistency check (division by zero): the statement was undone, nothing written. */
export const BALLOT_WRITE_INCONSISTENT = '22012';

/** The statement of recordBallots (its text built once; parameters in the order recordBallots gives them). */
const BALLOT_WRITE_SQL = `
    WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
        household_id bigint, person_id bigint, own_required boolean, channel text, recorded_by bigint,
        recorded_at timestamptz, choice smallint, option_index smallint)
    ), checked AS (
      -- Per ballot: in the frozen electorate? already registered? representative condition held? Each a LATERAL
      -- lookup with LIMIT 1, so the plan is an index probe per ballot whatever the statistics say (a prepared
      -- statement's generic plan once hashed every current representative of the province to check a batch of one).
      SELECT i.household_id,
             el.household_id IS NOT NULL AS eligible,
             vo.household_id IS NOT NULL AS voted,
             i.own_required IS NULL OR i.own_required = (rep.person_id IS NOT NULL AND rep.person_id = i.person_id) AS own_ok
      FROM input i
      LEFT JOIN LATERAL (
        SELECT e.household_id FROM decision_eligible_households e
        WHERE e.decision_id = $2::bigint AND e.household_id = i.household_id LIMIT 1
      ) el ON true
      LEFT JOIN LATERAL (
        SELECT r.household_id FROM decision_register r
        WHERE r.decision_id = $2 AND r.household_id = i.household_id LIMIT 1
      ) vo ON true
      LEFT JOIN LATERAL (
        SELECT r.person_id FROM household_representatives r
        WHERE r.household_id = i.household_id AND r.to_date IS NULL LIMIT 1
      ) rep ON true
    ), d AS (
      SELECT id, secret FROM decisions WHERE id = $2 AND status = 'open' AND method = $3::text
      FOR KEY SHARE
    ), go AS (
      -- One row when the whole batch is written, none when nothing is.
      SELECT d.id, d.secret FROM d WHERE NOT EXISTS (SELECT 1 FROM checked WHERE NOT (eligible AND own_ok AND NOT voted))
    ), reg AS (
      INSERT INTO decision_register (decision_id, household_id, secret, channel, recorded_by, recorded_at, choice)
      SELECT go.id, i.household_id, go.secret, i.channel, i.recorded_by, i.recorded_at, i.choice
      FROM input i CROSS JOIN go
      ON CONFLICT (decision_id, household_id) DO NOTHING
      RETURNING household_id
    ), counted AS (
      SELECT i.option_index, count(*)::int AS n FROM input i JOIN reg ON reg.household_id = i.household_id
      GROUP BY i.option_index
    ), box AS (
      UPDATE decision_tallies t SET votes = t.votes + counted.n
      FROM counted
      WHERE t.decision_id = $2 AND t.option_index = counted.option_index AND t.shard = $4::smallint
      RETURNING counted.n
    ), head AS (
      INSERT INTO audit_chain_heads (chain, last_seq, last_hash)
      SELECT $5::text, $6::int, $7::text FROM go
    ), log AS (
      INSERT INTO audit_log (chain, chain_seq, at, actor_id, actor_name, action, target_type, target_id, unit_id, ip,
                             user_agent, request_id, data, prev_hash, hash)
      SELECT $5::text, $6::int, $8::timestamptz, $9::bigint, $10::text,
             $11::text, $12::text, $13::text, $14::bigint, $15::text,
             $16::text, $17::text, $18::jsonb, $19::text, $7
      FROM go
    )
    -- Few plan nodes: each scalar subquery is initialised on every execution (measured: ExecutorStart was 15% of
    -- the statement's time for a batch of 4). The audit inserts need no count: without ON CONFLICT they insert the
    -- one row of go or fail.
    SELECT o.open, g.written, c.not_eligible, c.voted, c.own_mismatch,
           -- Written: every ballot registered and counted once; else nothing at all. Anything else (another
           -- process registered one of these households meanwhile) aborts: divide by zero.
           1 / (CASE WHEN r.n = i.n * g.written AND b.n = r.n THEN 1 ELSE 0 END) AS consistent
    FROM (SELECT count(*)::int AS open FROM d) o,
         (SELECT count(*)::int AS written FROM go) g,
         (SELECT coalesce(json_agg(household_id) FILTER (WHERE NOT eligible), '[]'::json) AS not_eligible,
                 coalesce(json_agg(household_id) FILTER (WHERE voted), '[]'::json) AS voted,
                 coalesce(json_agg(household_id) FILTER (WHERE NOT own_ok), '[]'::json) AS own_mismatch
          FROM checked) c,
         (SELECT count(*)::int AS n FROM reg) r,
         (SELECT coalesce(sum(n), 0)::int AS n FROM box) b,
         (SELECT count(*)::int AS n FROM input) i
`;

/**
 * A batch of ballots of ONE decision (distinct households) in ONE statement, all or nothing, atomic on its own or
 * inside the caller's transaction:
 *  - lock the decision row FOR KEY SHARE while it is open with the method the ballots were validated against
 *    (closing takes FOR UPDATE, so it waits for ballots in flight and ballots queued behind it see it closed);
 *  - check each ballot as things are now: the household in the frozen electorate, not in the register yet, the
 *    representative condition (who may vote online for a household) holding. If any ballot fails, nothing is
 *    written and the verdicts come back (the caller answers the refused ones and writes the others again);
 *  - else insert the register rows, ON CONFLICT DO NOTHING on the primary key (decision, household): the
 *    one-ballot guarantee, shared by every channel and by batches of other processes in flight at the same time
 *    (one of those registering a household between the check and the insert makes the counts below differ, and
 *    the statement is undone: BALLOT_WRITE_INCONSISTENT);
 *  - add to ONE shard of each option's counter the ballots registered (aggregated: with several ballots in a
 *    batch the box never shows one ballot's change on its own);
 *  - append the batch's hash-chained audit entry (every ballot's who, when, from where) and its chain head.
 * The choices travel only in this statement's parameters, never stored beside a household for a secret decision.
 */
export async function recordBallots(
  db: Kysely<DB>,
  decisionId: number,
  method: string,
  shard: number,
  writes: readonly BallotWrite[],
  audit: HashedFields & { hash: string },
): Promise<BallotsWritten> {
  const input = writes.map((w) => ({
    household_id: w.householdId,
    person_id: w.personId,
    own_required: w.ownRequired,
    channel: w.channel,
    recorded_by: w.recordedBy,
    recorded_at: w.at.toISOString(),
    choice: w.choice,
    option_index: w.optionIndex,
  }));
  const q = CompiledQuery.raw(BALLOT_WRITE_SQL, [
    JSON.stringify(input),
    decisionId,
    method,
    shard,
    audit.chain,
    audit.chainSeq,
    audit.hash,
    audit.at,
    audit.actorId,
    audit.actorName,
    audit.action,
    audit.targetType,
    audit.targetId,
    audit.unitId,
    audit.ip,
    audit.userAgent,
    audit.requestId,
    JSON.stringify(audit.data),
    audit.prevHash,
  ]);
  const row = (await runPrepared<BallotsWrittenRow>(db, 'coso_ballot_write', q))[0]!;
  return {
    open: Number(row.open) === 1,
    written: Number(row.written) === 1,
    notEligible: new Set(row.not_eligible.map(Number)),
    alreadyVoted: new Set(row.voted.map(Number)),
    ownMismatch: new Set(row.own_mismatch.map(Number)),
  };
}
