// Casting and entering ballots: one household, one ballot, across every channel (Law 10/2022 Art. 20–21;
// Decree 59/2023 Art. 5). A ballot is validated here and written by store.recordBallots; concurrent ballots of one
// decision are written together (group commit): each request still gets its own answer, only after the statement
// that holds its ballot has committed.
//
// Why batch: every ballot needs a durable commit and a round trip to the database. Ballots that arrive while the
// decision's write is in flight wait for the next write and share its round trip, its statement and its commit;
// a lone ballot is written at once, in a batch of one. The decision a ballot is validated against is kept in
// memory, and the write itself checks what could have changed (the decision still open with the same method, each
// household still without a ballot, the representative condition of each ballot), so a ballot costs one round
// trip. A batch is written whole or not at all: when one of its ballots is refused, nothing is written, the refused
// ones are answered and the others written again. The one-ballot guarantee does not depend on batching: it is the
// register's primary key, taken with ON CONFLICT DO NOTHING by every batch (and by batches of other processes in
// flight at the same time).
//
// Audit: one hash-chained entry per batch ('decision.ballots', its own chain), written in the same statement,
// listing every ballot's household, channel, who (user), when (to the millisecond) and from where (IP, user agent,
// request); the choice only for an open (non-secret) decision. The row's actor/IP columns hold the value shared by
// all the ballots of the batch (a village head entering paper ballots; a batch of one), else null.
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { GENESIS_HASH, auditOrigin, entryHash, type HashedFields } from '../../core/audit.ts';
import type { Actor, Ctx } from '../../core/context.ts';
import type { DB } from '../../core/schema.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../core/refusal.ts';
import { can, requireActor } from '../../core/permissions.ts';
import { DECISION_TALLY_SHARDS, type Channel } from './commands.ts';
import { findOption } from './options.ts';
import * as store from './store.ts';

export interface BallotInput {
  householdId: number;
  choice: string;
  /** For officials entering ballots: 'paper' or 'meeting' (default from the decision's method). */
  channel?: Channel;
}

export interface RecordedBallot {
  decisionId: number;
  householdId: number;
  channel: Channel;
  recordedAt: string;
}

export const ALREADY_VOTED_MESSAGE = 'Hộ gia đình này đã biểu quyết; mỗi hộ gia đình chỉ có một phiếu cho nội dung này.';

const alreadyVoted = () => conflict('ALREADY_VOTED', ALREADY_VOTED_MESSAGE);
const notEligible = () =>
  unprocessable(
    'HOUSEHOLD_NOT_ELIGIBLE',
    'Hộ gia đình không thuộc danh sách hộ được biểu quyết (chốt khi mở biểu quyết) của thôn, tổ dân phố này.',
  );

export function assertAcceptingBallots(d: { status: string; opens_at: Date; closes_at: Date | null }, now: Date): void {
  if (d.status === 'closed' || d.status === 'recognised' || d.status === 'refused') {
    throw unprocessable('DECISION_CLOSED', 'Biểu quyết đã kết thúc, không nhận thêm phiếu.');
  }
  if (d.status === 'cancelled') throw unprocessable('DECISION_CANCELLED', 'Nội dung biểu quyết đã bị hủy.');
  if (d.status !== 'open') throw unprocessable('DECISION_NOT_OPEN', 'Nội dung chưa được mở để biểu quyết.');
  if (now.getTime() < new Date(d.opens_at).getTime()) {
    throw unprocessable('DECISION_NOT_OPEN', 'Chưa đến thời điểm bắt đầu biểu quyết.');
  }
  if (d.closes_at && now.getTime() >= new Date(d.closes_at).getTime()) {
    throw unprocessable('DECISION_CLOSED', 'Đã hết thời hạn biểu quyết, không nhận thêm phiếu.');
  }
}

/**
 * The channel of a ballot, or why it is refused (pure): a representative votes online for their own household;
 * a village head or official enters paper / meeting ballots for any household of the village.
 */
export function ballotChannel(
  p: { ownHousehold: boolean; mayEnter: boolean; requested: Channel | undefined; method: string },
): { ok: true; channel: Channel } | { ok: false; message: string } {
  let channel: Channel;
  if (p.ownHousehold && (!p.requested || p.requested === 'online')) channel = 'online';
  else if (p.mayEnter) channel = p.requested ?? (p.method === 'meeting' ? 'meeting' : 'paper');
  else if (p.ownHousehold) return { ok: false, message: 'Người đại diện hộ gia đình chỉ biểu quyết trực tuyến cho hộ của mình.' };
  else return { ok: false, message: 'Bạn chỉ được biểu quyết cho hộ gia đình mà bạn là người đại diện.' };
  if (channel === 'online' && !p.ownHousehold) {
    return { ok: false, message: 'Chỉ người đại diện hộ gia đình mới biểu quyết trực tuyến cho hộ của mình.' };
  }
  return { ok: true, channel };
}

// ---------------------------------------------------------------------------------------------------------------
// One batch: validate each ballot against the decision, write the valid ones in one statement, answer each.
// ---------------------------------------------------------------------------------------------------------------

interface Pending {
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
  write: store.BallotWrite;
  /** The refusal when `ownRequired` is true and the actor turns out not to be the representative. */
  notOwnRefusal: string | null;
}

/** The requests waiting on a prepared ballot: its leader, then its followers. */
const everyone = (prepared: Prepared[]): Pending[] => prepared.flatMap((p) => [p.leader, ...p.followers]);

/**
 * The decisions ballots are validated against, per database handle. Only `status` and `method` change once a
 * decision is open, and the write re-checks both under its lock (a ballot validated against a stale copy is not
 * written; the batch is validated again against a fresh read), so the copy never has to be invalidated.
 */
const decisionCaches = new WeakMap<Kysely<DB>, Map<number, store.BallotDecision>>();
const DECISION_CACHE_MAX = 1_000;

async function ballotDecision(db: Kysely<DB>, decisionId: number, fresh: boolean): Promise<store.BallotDecision | undefined> {
  let cache = decisionCaches.get(db);
  if (!cache) decisionCaches.set(db, (cache = new Map()));
  const hit = fresh ? undefined : cache.get(decisionId);
  if (hit) return hit;
  const d = await store.ballotDecision(db, decisionId);
  cache.delete(decisionId);
  if (d) {
    if (cache.size >= DECISION_CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(decisionId, d);
  }
  return d;
}

/** Passes at most (a stale decision copy, a representative that changed under the batch, a deadlock). */
const MAX_ATTEMPTS = 3;

/**
 * Writes a batch of ballots of one decision and settles every pending request; never throws. `onWritten` is called
 * once the batch has been written, before its requests are answered, to let the queue send its next batch.
 */
async function writeBatch(db: Kysely<DB>, decisionId: number, batch: Pending[], attempt = 0, onWritten?: () => void): Promise<void> {
  try {
    const d = await ballotDecision(db, decisionId, attempt > 0);
    if (!d) {
      for (const b of batch) b.reject(notFound('Nội dung biểu quyết'));
      return;
    }
    const byHousehold = new Map<number, Prepared>();
    for (const b of batch) {
      try {
        assertAcceptingBallots(d, b.ctx.now);
        const optionIndex = findOption(d.options, b.input.choice);
        if (optionIndex < 0) {
          throw badRequest('UNKNOWN_OPTION', `Lựa chọn "${String(b.input.choice).slice(0, 60)}" không có trong danh sách phương án biểu quyết.`);
        }
        // The channel depends on whether the actor represents the household. Rather than asking first, the
        // ballot is written under the condition it needs (checked in the same statement): a representative
        // voting online needs to be one; an official entering a ballot without naming the channel is assumed
        // not to be (else it is the representative's own online vote, and the ballot is tried again so).
        const mayEnter = can(b.actor, 'decision.enter_ballot', d.unit_path);
        const given = { mayEnter, requested: b.input.channel, method: d.method };
        const asOwn = ballotChannel({ ...given, ownHousehold: true });
        const asOther = ballotChannel({ ...given, ownHousehold: false });
        let channel: Channel;
        let ownRequired: boolean | null;
        if (b.knownOwn !== undefined) {
          const r = b.knownOwn ? asOwn : asOther;
          if (!r.ok) throw forbidden(r.message);
          channel = r.channel;
          ownRequired = b.knownOwn;
        } else if (asOwn.ok && asOther.ok) {
          channel = asOther.channel;
          ownRequired = asOwn.channel === asOther.channel ? null : false;
        } else if (asOwn.ok) {
          channel = asOwn.channel;
          ownRequired = true;
        } else if (asOther.ok) {
          channel = asOther.channel;
          ownRequired = false;
        } else {
          // Refused either way; the reason given depends on which is true.
          const own = await store.isRepresentative(db, b.input.householdId, b.actor.personId);
          throw forbidden(own ? asOwn.message : (asOther as { message: string }).message);
        }
        const same = byHousehold.get(b.input.householdId);
        if (same) {
          same.followers.push(b);
          continue;
        }
        byHousehold.set(b.input.householdId, {
          leader: b,
          followers: [],
          notOwnRefusal: asOther.ok ? null : asOther.message,
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
        });
      } catch (e) {
        b.reject(e);
      }
    }
    // In household order: two batches in flight at once (several app processes) take their row locks in the
    // same order.
    const prepared = [...byHousehold.values()].sort((x, y) => x.write.householdId - y.write.householdId);
    if (prepared.length === 0) return;
    let written: store.BallotsWritten;
    try {
      // One round trip: register + ballot box + audit of the whole batch, in one atomic statement.
      written = await store.recordBallots(
        db,
        decisionId,
        d.method,
        randomInt(DECISION_TALLY_SHARDS),
        prepared.map((p) => p.write),
        batchAudit(decisionId, d, prepared),
      );
    } catch (e) {
      const code = (e as { code?: string }).code;
      const retriable = code === '40P01' || code === '40001' || code === store.BALLOT_WRITE_INCONSISTENT;
      if (retriable && !db.isTransaction && attempt + 1 < MAX_ATTEMPTS) {
        // A deadlock or serialization failure against another batch, or a household registered by another
        // process between the check and the insert: nothing was written, try again.
        await writeBatch(db, decisionId, everyone(prepared), attempt + 1);
        return;
      }
      for (const b of everyone(prepared)) b.reject(e);
      return;
    }
    if (!written.open) {
      if (attempt + 1 < MAX_ATTEMPTS) {
        // Closed, cancelled or its method changed since the copy was read: validate everything again.
        await writeBatch(db, decisionId, everyone(prepared), attempt + 1);
        return;
      }
      const now = await ballotDecision(db, decisionId, true);
      let answer: unknown = unprocessable('DECISION_CLOSED', 'Biểu quyết đã kết thúc, không nhận thêm phiếu.');
      try {
        if (now) assertAcceptingBallots(now, prepared[0]!.leader.ctx.now);
      } catch (e) {
        answer = e;
      }
      for (const b of everyone(prepared)) b.reject(answer);
      return;
    }
    if (written.written) {
      const answer = () => {
        for (const p of prepared) {
          p.leader.resolve({ decisionId, householdId: p.write.householdId, channel: p.write.channel as Channel, recordedAt: p.write.at.toISOString() });
          for (const b of p.followers) b.reject(alreadyVoted());
        }
      };
      if (onWritten) {
        // The next batch goes to the database first; these answers are written while it runs (measured: the
        // machine idled while ~16 answers were written between one write and the next).
        onWritten();
        setImmediate(answer);
      } else answer();
      return;
    }
    // Nothing was written: answer the refused ballots, write the others again.
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
    if (again.length) {
      // A pass that refused a ballot does not count: the next batch is smaller, so this ends.
      const next = refused ? attempt : attempt + 1;
      if (next < MAX_ATTEMPTS) await writeBatch(db, decisionId, again, next);
      else for (const b of again) b.reject(conflict('CONCURRENT_UPDATE', 'Dữ liệu vừa được thay đổi bởi thao tác khác, vui lòng thử lại.'));
    }
  } catch (e) {
    // Only reads can get here; requests already answered ignore a second answer.
    for (const b of batch) b.reject(e);
  }
}

/**
 * The audit entry of a batch: a fresh chain (batches never queue on one chain head), every ballot's household,
 * channel, who, when and from where; the choice only when the decision is not secret.
 */
function batchAudit(decisionId: number, d: store.BallotDecision, prepared: Prepared[]): HashedFields & { hash: string } {
  const ballots = prepared.map((p) => {
    return {
      householdId: p.write.householdId,
      channel: p.write.channel,
      ...(d.secret ? {} : { choice: d.options[p.write.optionIndex]! }),
      ...auditOrigin({ ...p.leader.ctx, actor: p.leader.actor }),
    };
  });
  const first = ballots[0]!;
  const shared = <K extends 'actorId' | 'actorName' | 'ip' | 'userAgent' | 'requestId'>(k: K): (typeof first)[K] | null =>
    ballots.every((x) => x[k] === first[k]) ? first[k] : null;
  const fields: HashedFields = {
    chain: `${store.ballotChainPrefix(decisionId)}${randomUUID()}`,
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

// ---------------------------------------------------------------------------------------------------------------
// The queue: per database handle and decision, at most MAX_IN_FLIGHT writes at a time.
// ---------------------------------------------------------------------------------------------------------------

/** Writes of one decision in flight at once: while it runs, new ballots queue and form the next batch. Measured
 *  (bench/ballots.bench.ts, 2 cores): 2 in flight gave smaller batches, more PostgreSQL CPU per ballot (two
 *  transactions sharing the decision row's lock) and 10–25% fewer ballots/s than 1. */
export const MAX_IN_FLIGHT = 1;
/** The largest batch (one statement). */
export const MAX_BATCH = 256;

interface Queue {
  waiting: Pending[];
  inFlight: number;
}

const queues = new WeakMap<Kysely<DB>, Map<number, Queue>>();

function pump(db: Kysely<DB>, decisions: Map<number, Queue>, decisionId: number): void {
  const q = decisions.get(decisionId);
  if (!q) return;
  while (q.inFlight < MAX_IN_FLIGHT && q.waiting.length > 0) {
    const batch = q.waiting.splice(0, MAX_BATCH);
    q.inFlight += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      q.inFlight -= 1;
      if (q.inFlight === 0 && q.waiting.length === 0) decisions.delete(decisionId);
      else pump(db, decisions, decisionId);
    };
    void writeBatch(db, decisionId, batch, 0, release).finally(release);
  }
}

/**
 * Casts (resident, online) or enters (village head / official, paper or meeting) the ballot of one household.
 * Inside a caller's transaction the ballot is written there, alone; otherwise it joins the decision's queue.
 */
export async function castBallot(ctx: Ctx, decisionId: number, input: BallotInput): Promise<RecordedBallot> {
  const actor = requireActor(ctx.actor);
  return new Promise<RecordedBallot>((resolve, reject) => {
    let settled = false;
    const pending: Pending = {
      ctx,
      actor,
      input,
      resolve: (r) => {
        if (!settled) (settled = true), resolve(r);
      },
      reject: (e) => {
        if (!settled) (settled = true), reject(e);
      },
    };
    if (ctx.db.isTransaction) {
      void writeBatch(ctx.db, decisionId, [pending]);
      return;
    }
    let decisions = queues.get(ctx.db);
    if (!decisions) queues.set(ctx.db, (decisions = new Map()));
    let q = decisions.get(decisionId);
    if (!q) decisions.set(decisionId, (q = { waiting: [], inFlight: 0 }));
    q.waiting.push(pending);
    pump(ctx.db, decisions, decisionId);
  });
}
