// The ballot box and the register of who voted: the decision a ballot is checked against, the one statement that
// writes a batch of ballots, and what the box and the register hold.
import { CompiledQuery } from 'kysely';
import type { HashedFields } from '../../../core/audit.ts';
import { runPrepared, tablesOf, type Db } from '../../../core/db.ts';
import { currentRepresentativeLateral } from '../../units/index.ts';
import type { DecisionsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<DecisionsTables>(db);

/** Counter shards per option of the ballot box (migrations/020_decisions.sql): a batch adds to one shard. */
export const DECISION_TALLY_SHARDS = 16;

/** The audit chains of a decision's ballot batches start with this (each batch opens a chain of its own). */
export const ballotChainPrefix = (decisionId: number) => `decision:${decisionId}:ballots:`;

/** The empty ballot box of a new decision: every option × every shard at 0. */
export async function createTallies(db: Db, decisionId: number, options: number, shards: number): Promise<void> {
  const rows = [];
  for (let o = 0; o < options; o++) for (let s = 0; s < shards; s++) rows.push({ decision_id: decisionId, option_index: o, shard: s });
  await q(db).insertInto('decision_tallies').values(rows).execute();
}

/** Votes in the ballot box per option index (all shards added). */
export async function tallyCounts(db: Db, decisionId: number): Promise<Map<number, number>> {
  const rows = await q(db)
    .selectFrom('decision_tallies')
    .select(['option_index', (eb) => eb.fn.sum<number>('votes').as('n')])
    .where('decision_id', '=', decisionId)
    .groupBy('option_index')
    .execute();
  return new Map(rows.map((r) => [Number(r.option_index), Number(r.n ?? 0)]));
}

/** The register: one row per household that voted, with its option index for an open (non-secret) decision. */
export async function registerChoices(db: Db, decisionId: number): Promise<{ householdId: number; choice: number | null }[]> {
  const rows = await q(db).selectFrom('decision_register').select(['household_id', 'choice']).where('decision_id', '=', decisionId).execute();
  return rows.map((r) => ({ householdId: Number(r.household_id), choice: r.choice === null ? null : Number(r.choice) }));
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

const BALLOT_DECISION_SQL = `
    SELECT id, unit_id, unit_path, options, secret, method, status, opens_at, closes_at FROM decisions WHERE id = $1
  `;

/** The decision as ballots are checked against it (a prepared statement: it runs for every batch). */
export async function findBallotDecision(db: Db, decisionId: number): Promise<BallotDecision | undefined> {
  const rows = await runPrepared<BallotDecision>(db, 'coso_ballot_decision', CompiledQuery.raw(BALLOT_DECISION_SQL, [decisionId]));
  return rows[0];
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

// The statement of recordBallots, its text built once (a prepared statement: one name, one text); parameters in
// the order recordBallots gives them. Notes on its shape (measurements: bench/README.md, ballots):
//  - `checked`: per ballot, in the frozen electorate? already registered? representative condition held? Each a
//    LATERAL lookup with LIMIT 1, so that the plan is an index probe per ballot whatever the statistics say.
//  - `go`: one row when the whole batch is written, none when nothing is.
//  - the final SELECT keeps few plan nodes (each scalar subquery is initialised on every execution); the audit
//    inserts need no count: without ON CONFLICT they insert the one row of go or fail.
//  - `consistent`: written means every ballot registered and counted once, else nothing at all; anything else
//    (another process registered one of these households meanwhile) aborts with a division by zero.
// It writes core's audit tables itself: the one exception of the conventions, one audit entry per batch.
const BALLOT_WRITE_SQL = `
    WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
        household_id bigint, person_id bigint, own_required boolean, channel text, recorded_by bigint,
        recorded_at timestamptz, choice smallint, option_index smallint)
    ), checked AS (
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
      LEFT JOIN ${currentRepresentativeLateral('i.household_id')} rep ON true
    ), d AS (
      SELECT id, secret FROM decisions WHERE id = $2 AND status = 'open' AND method = $3::text
      FOR KEY SHARE
    ), go AS (
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
    SELECT o.open, g.written, c.not_eligible, c.voted, c.own_mismatch,
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
  db: Db,
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
  const compiled = CompiledQuery.raw(BALLOT_WRITE_SQL, [
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
  const row = (await runPrepared<BallotsWrittenRow>(db, 'coso_ballot_write', compiled))[0]!;
  return {
    open: Number(row.open) === 1,
    written: Number(row.written) === 1,
    notEligible: new Set(row.not_eligible.map(Number)),
    alreadyVoted: new Set(row.voted.map(Number)),
    ownMismatch: new Set(row.own_mismatch.map(Number)),
  };
}
