// One batch of ballots of one decision: each ballot validated against the decision, the valid ones written in one
// statement (store/ballots.ts recordBallots), every request answered. A batch is written whole or not at all: when
// one of its ballots is refused, nothing is written, the refused ones are answered and the others written again —
// pass after pass, at most MAX_ATTEMPTS passes that refuse nothing (a stale decision copy, a representative that
// changed under the batch, a deadlock).
//
// Audit: one hash-chained entry per batch ('decision.ballots', its own chain), written in the same statement,
// listing every ballot's household, channel, who (user), when (to the millisecond) and from where (IP, user agent,
// request); the choice only for an open (non-secret) decision. The row's actor/IP columns hold the value shared by
// all the ballots of the batch (a village head entering paper ballots; a batch of one), else null.
import { randomInt, randomUUID } from 'node:crypto';
import { GENESIS_HASH, auditOrigin, entryHash, type HashedFields } from '../../../core/audit.ts';
import type { Actor, Ctx } from '../../../core/context.ts';
import type { Db } from '../../../core/db.ts';
import { can } from '../../../core/permissions.ts';
import { assertAllowed, conflict, forbidden, notFound, RefusalError, unprocessable, unwrap, type Refusal } from '../../../core/refusal.ts';
import { isCurrentRepresentative } from '../../units/index.ts';
import { ballotChannel, ballotOption, ballotsRefusal, type BallotChannel } from '../rules.ts';
import {
  ballotChainPrefix,
  BALLOT_WRITE_INCONSISTENT,
  DECISION_TALLY_SHARDS,
  findBallotDecision,
  recordBallots,
  type BallotDecision,
  type BallotsWritten,
  type BallotWrite,
} from '../store/ballots.ts';

export interface BallotInput {
  householdId: number;
  choice: string;
  /** For officials entering ballots: 'paper' or 'meeting' (default from the decision's method). */
  channel?: BallotChannel;
}

export interface RecordedBallot {
  decisionId: string;
  householdId: string;
  channel: BallotChannel;
  recordedAt: string;
}

/** A request waiting for its ballot to be written. */
export interface Pending {
  ctx: Ctx;
  actor: Actor;
  input: BallotInput;
  /** Whether the actor is the household's current representative, once the database has said so. */
  knownOwn?: boolean;
  resolve: (r: RecordedBallot) => void;
  reject: (e: unknown) => void;
}

interface Prepared {
  leader: Pending;
  /** Later valid ballots of the same household in this batch: they wait for the leader's outcome. */
  followers: Pending[];
  write: BallotWrite;
  /** The refusal when `ownRequired` is true and the actor turns out not to be the representative. */
  notOwnRefusal: string | null;
}

const ALREADY_VOTED_MESSAGE = 'Hộ gia đình này đã biểu quyết; mỗi hộ gia đình chỉ có một phiếu cho nội dung này.';

const alreadyVoted = () => conflict('ALREADY_VOTED', ALREADY_VOTED_MESSAGE);
const notEligible = () =>
  unprocessable('HOUSEHOLD_NOT_ELIGIBLE', 'Hộ gia đình không thuộc danh sách hộ được biểu quyết (chốt khi mở biểu quyết) của thôn, tổ dân phố này.');

/** The requests waiting on prepared ballots: each leader, then its followers. */
const everyone = (prepared: Prepared[]): Pending[] => prepared.flatMap((p) => [p.leader, ...p.followers]);

/** Passes at most that refuse no ballot (a stale decision copy, a representative that changed, a deadlock). */
const MAX_ATTEMPTS = 3;

// ---- the decision, kept in memory ------------------------------------------------------------------------------

/**
 * The decisions ballots are validated against, per database handle. Only `status` and `method` change once a
 * decision is open, and the write re-checks both under its lock (a ballot validated against a stale copy is not
 * written; the batch is validated again against a fresh read), so the copy never has to be invalidated.
 */
const decisionCaches = new WeakMap<Db, Map<number, BallotDecision>>();
const DECISION_CACHE_MAX = 1_000;

async function cachedBallotDecision(db: Db, decisionId: number, fresh: boolean): Promise<BallotDecision | undefined> {
  let cache = decisionCaches.get(db);
  if (!cache) decisionCaches.set(db, (cache = new Map()));
  const hit = fresh ? undefined : cache.get(decisionId);
  if (hit) return hit;
  const d = await findBallotDecision(db, decisionId);
  cache.delete(decisionId);
  if (d) {
    if (cache.size >= DECISION_CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(decisionId, d);
  }
  return d;
}

// ---- the batch -------------------------------------------------------------------------------------------------

/** What a pass leaves to do: the requests to write again, and the attempt the next pass counts as. */
interface Again {
  batch: Pending[];
  attempt: number;
}

/**
 * Writes a batch of ballots of one decision and settles every pending request; never throws. `onWritten` is called
 * once the first pass has written its batch, before its requests are answered, to let the queue send its next batch.
 */
export async function writeBatch(db: Db, decisionId: number, batch: Pending[], onWritten?: () => void): Promise<void> {
  let next: Again | null = { batch, attempt: 0 };
  let first = true;
  while (next) {
    const pass: Again = next;
    try {
      next = await writePass(db, decisionId, pass, first ? onWritten : undefined);
    } catch (e) {
      // Only reads can get here; requests already answered ignore a second answer.
      for (const b of pass.batch) b.reject(e);
      next = null;
    }
    first = false;
  }
}

/** One pass: validate, write in one statement, answer what can be answered; returns what to write again. */
async function writePass(db: Db, decisionId: number, { batch, attempt }: Again, onWritten?: () => void): Promise<Again | null> {
  const d = await cachedBallotDecision(db, decisionId, attempt > 0);
  if (!d) {
    for (const b of batch) b.reject(notFound('Nội dung biểu quyết'));
    return null;
  }
  const prepared = await prepareBatch(db, d, batch);
  if (prepared.length === 0) return null;
  let written: BallotsWritten;
  try {
    // One round trip: register + ballot box + audit of the whole batch, in one atomic statement.
    written = await recordBallots(db, decisionId, d.method, randomInt(DECISION_TALLY_SHARDS), prepared.map((p) => p.write), batchAudit(decisionId, d, prepared));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const retriable = code === '40P01' || code === '40001' || code === BALLOT_WRITE_INCONSISTENT;
    // A deadlock or serialization failure against another batch, or a household registered by another process
    // between the check and the insert: nothing was written, try again.
    if (retriable && !db.isTransaction && attempt + 1 < MAX_ATTEMPTS) return { batch: everyone(prepared), attempt: attempt + 1 };
    for (const b of everyone(prepared)) b.reject(e);
    return null;
  }
  if (!written.open) return notOpenAnyMore(db, decisionId, prepared, attempt);
  if (written.written) {
    answerWritten(decisionId, prepared, onWritten);
    return null;
  }
  return settleRefused(prepared, written, attempt);
}

/** Closed, cancelled or its method changed since the copy was read: validate everything again, or say why not. */
async function notOpenAnyMore(db: Db, decisionId: number, prepared: Prepared[], attempt: number): Promise<Again | null> {
  if (attempt + 1 < MAX_ATTEMPTS) return { batch: everyone(prepared), attempt: attempt + 1 };
  const now = await cachedBallotDecision(db, decisionId, true);
  const refusal = now ? ballotsRefusal(now, prepared[0]!.leader.ctx.now) : null;
  const answer = refusal ? new RefusalError(refusal) : unprocessable('DECISION_CLOSED', 'Biểu quyết đã kết thúc, không nhận thêm phiếu.');
  for (const b of everyone(prepared)) b.reject(answer);
  return null;
}

/** The batch is written: each leader gets its ballot, each follower (same household) "already voted". */
function answerWritten(decisionId: number, prepared: Prepared[], onWritten?: () => void): void {
  const answer = () => {
    for (const p of prepared) {
      p.leader.resolve({
        decisionId: String(decisionId),
        householdId: String(p.write.householdId),
        channel: p.write.channel as BallotChannel,
        recordedAt: p.write.at.toISOString(),
      });
      for (const b of p.followers) b.reject(alreadyVoted());
    }
  };
  if (!onWritten) return answer();
  // The next batch goes to the database first; these answers are written while it runs (bench/README.md, ballots).
  onWritten();
  setImmediate(answer);
}

/** Nothing was written: answer the refused ballots, give back the others to write again. */
function settleRefused(prepared: Prepared[], written: BallotsWritten, attempt: number): Again | null {
  const again: Pending[] = [];
  let refused = false;
  for (const p of prepared) {
    const h = p.write.householdId;
    if (written.ownMismatch.has(h)) {
      // The representative condition did not hold: the actor is (or is not) the representative after all.
      if (p.write.ownRequired === true) {
        p.leader.reject(forbidden(p.notOwnRefusal ?? 'Bạn không phải người đại diện hộ gia đình.'));
        refused = true;
      } else again.push({ ...p.leader, knownOwn: true });
      again.push(...p.followers);
    } else if (written.alreadyVoted.has(h) || written.notEligible.has(h)) {
      const err = written.alreadyVoted.has(h) ? alreadyVoted() : notEligible();
      for (const b of everyone([p])) b.reject(err);
      refused = true;
    } else {
      again.push(...everyone([p]));
    }
  }
  if (!again.length) return null;
  // A pass that refused a ballot does not count: the next batch is smaller, so this ends.
  const next = refused ? attempt : attempt + 1;
  if (next < MAX_ATTEMPTS) return { batch: again, attempt: next };
  for (const b of again) b.reject(conflict('CONCURRENT_UPDATE', 'Dữ liệu vừa được thay đổi bởi thao tác khác, vui lòng thử lại.'));
  return null;
}

// ---- validating the ballots of a batch ---------------------------------------------------------------------------

/** The valid ballots of a batch, one per household, in household order; the others answered at once. */
async function prepareBatch(db: Db, d: BallotDecision, batch: Pending[]): Promise<Prepared[]> {
  const byHousehold = new Map<number, Prepared>();
  for (const b of batch) {
    try {
      const prepared = prepareBallot(d, b);
      if ('refusedEitherWay' in prepared) {
        // Refused whether or not the actor represents the household; the reason given depends on which is true.
        const own = await isCurrentRepresentative(db, b.input.householdId, b.actor.personId);
        throw new RefusalError(prepared.refusedEitherWay[own ? 0 : 1]);
      }
      const same = byHousehold.get(b.input.householdId);
      if (same) same.followers.push(b);
      else byHousehold.set(b.input.householdId, prepared);
    } catch (e) {
      b.reject(e);
    }
  }
  // In household order: two batches in flight at once (several app processes) take their row locks in the same order.
  return [...byHousehold.values()].sort((x, y) => x.write.householdId - y.write.householdId);
}

/**
 * One ballot checked against the decision (throws its refusal). The channel depends on whether the actor represents
 * the household. Rather than asking first, the ballot is written under the condition it needs (checked in the same
 * statement): a representative voting online needs to be one; an official entering a ballot without naming the
 * channel is assumed not to be (else it is the representative's own online vote, and the ballot is tried again so).
 * Refused either way: both refusals (as the representative, as anyone else), for the caller to ask which is true.
 */
function prepareBallot(d: BallotDecision, b: Pending): Prepared | { refusedEitherWay: [Refusal, Refusal] } {
  assertAllowed(ballotsRefusal(d, b.ctx.now));
  const optionIndex = unwrap(ballotOption(d.options, b.input.choice));
  const given = { mayEnter: can(b.actor, 'decision.enter_ballot', d.unit_path), requested: b.input.channel, method: d.method };
  const asOwn = ballotChannel({ ...given, ownHousehold: true });
  const asOther = ballotChannel({ ...given, ownHousehold: false });
  let channel: BallotChannel;
  let ownRequired: boolean | null;
  if (b.knownOwn !== undefined) {
    channel = unwrap(b.knownOwn ? asOwn : asOther);
    ownRequired = b.knownOwn;
  } else if (asOwn.ok && asOther.ok) {
    channel = asOther.value;
    ownRequired = asOwn.value === asOther.value ? null : false;
  } else if (asOwn.ok) {
    channel = asOwn.value;
    ownRequired = true;
  } else if (asOther.ok) {
    channel = asOther.value;
    ownRequired = false;
  } else {
    return { refusedEitherWay: [asOwn.refusal, asOther.refusal] };
  }
  return {
    leader: b,
    followers: [],
    notOwnRefusal: asOther.ok ? null : asOther.refusal.message,
    write: {
      householdId: b.input.householdId,
      personId: b.actor.personId,
      ownRequired,
      channel,
      recordedBy: b.actor.userId,
      choice: d.secret ? null : optionIndex,
      optionIndex,
      at: b.ctx.now,
    },
  };
}

/**
 * The audit entry of a batch: a fresh chain (batches never queue on one chain head), every ballot's household,
 * channel, who, when and from where; the choice only when the decision is not secret.
 */
function batchAudit(decisionId: number, d: BallotDecision, prepared: Prepared[]): HashedFields & { hash: string } {
  const ballots = prepared.map((p) => ({
    householdId: p.write.householdId,
    channel: p.write.channel,
    ...(d.secret ? {} : { choice: d.options[p.write.optionIndex]! }),
    ...auditOrigin({ ...p.leader.ctx, actor: p.leader.actor }),
  }));
  const first = ballots[0]!;
  const shared = <K extends 'actorId' | 'actorName' | 'ip' | 'userAgent' | 'requestId'>(k: K): (typeof first)[K] | null =>
    ballots.every((x) => x[k] === first[k]) ? first[k] : null;
  const fields: HashedFields = {
    chain: `${ballotChainPrefix(decisionId)}${randomUUID()}`,
    chainSeq: 1,
    at: ballots.reduce((latest, x) => (x.at > latest ? x.at : latest), first.at),
    actorId: shared('actorId'),
    actorName: shared('actorName'),
    action: 'decision.ballots',
    targetType: 'decision',
    targetId: String(decisionId),
    unitId: d.unit_id,
    ip: shared('ip'),
    userAgent: shared('userAgent'),
    requestId: shared('requestId'),
    data: { ballots },
    prevHash: GENESIS_HASH,
  };
  return { ...fields, hash: entryHash(fields) };
}
