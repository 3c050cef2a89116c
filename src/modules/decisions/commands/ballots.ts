// Casting and entering ballots: one household, one ballot, across every channel (Law 10/2022 Art. 20–21; Decree
// 59/2023 Art. 5). Concurrent ballots of one decision are written together (group commit): each request still gets
// its own answer, only after the statement that holds its ballot has committed.
//
// Why batch: every ballot needs a durable commit and a round trip to the database. Ballots that arrive while the
// decision's write is in flight wait for the next write and share its round trip, its statement and its commit;
// a lone ballot is written at once, in a batch of one. The decision a ballot is validated against is kept in
// memory, and the write itself checks what could have changed (the decision still open with the same method, each
// household still without a ballot, the representative condition of each ballot), so a ballot costs one round
// trip (ballot-batch.ts). The one-ballot guarantee does not depend on batching: it is the register's primary key,
// taken with ON CONFLICT DO NOTHING by every batch (and by batches of other processes in flight at the same time).
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../core/db.ts';
import { requireActor } from '../../../core/permissions.ts';
import { writeBatch, type BallotInput, type Pending, type RecordedBallot } from './ballot-batch.ts';

export type { BallotInput, RecordedBallot };

/** Writes of one decision in flight at once: while it runs, new ballots queue and form the next batch. One, not
 *  two: smaller batches cost more per ballot than the wait (bench/README.md, ballots). */
const MAX_IN_FLIGHT = 1;
/** The largest batch (one statement). */
const MAX_BATCH = 256;

interface Queue {
  waiting: Pending[];
  inFlight: number;
}

/** Per database handle and decision, at most MAX_IN_FLIGHT writes at a time. */
const queues = new WeakMap<Db, Map<number, Queue>>();

function pump(db: Db, decisions: Map<number, Queue>, decisionId: number): void {
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
    void writeBatch(db, decisionId, batch, release).finally(release);
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
