// Closing a decision: the ballots counted against ALL households, the result stored and published as a
// disclosure, sent to the commune when it needs recognition (Law 10/2022 Art. 20 cl. 3, Art. 21), counted for the
// indicators — by the village head, or by the system once its end has passed.
import { audit } from '../../../core/audit.ts';
import { dueDate } from '../../../core/calendar/index.ts';
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { formatInt } from '../../../core/format.ts';
import { refusedWith, unwrap } from '../../../core/refusal.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { decisionResult, type ResultOut } from '../queries/result.ts';
import { RECOGNITION_WORKING_DAYS, recognitionAuthority, tallyDecision, transition, type DecisionKind, type DecisionStatus, type Matter, type StoredResult } from '../rules.ts';
import { tallyCounts } from '../store/ballots.ts';
import { dueDecisionIds, getDecision, updateDecision, type DecisionRow } from '../store/decisions.ts';
import { participationByChannel, participationCount } from '../store/electorate.ts';
import { publishDecisionResult } from './publish.ts';

/** Closes the decision by hand (decision.open on its village); answers its result as published. */
export async function closeDecision(ctx: Ctx, decisionId: number): Promise<ResultOut> {
  await inTransaction(ctx, async (tx) => {
    const d = await getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    await closeLocked(tx, d, false);
  });
  return decisionResult(ctx, decisionId);
}

/**
 * Closes every open decision whose end (closesAt, set by the village head when opening) has passed: the result is
 * tallied, published and sent for recognition as when the village head closes it. Done by the system (no actor;
 * the audit entry says so); each decision in its own transaction. Returns the ids closed.
 */
export async function closeDueDecisions(ctx: Ctx): Promise<number[]> {
  const due = await dueDecisionIds(ctx.db, ctx.now);
  const closed: number[] = [];
  for (const id of due) {
    const done = await inTransaction(ctx, async (tx) => {
      const d = await getDecision(tx.db, id, 'update');
      // Re-checked under the lock: closed by hand meanwhile, or not due after all.
      if (d.status !== 'open' || !d.closes_at || new Date(d.closes_at).getTime() > tx.now.getTime()) return false;
      await closeLocked(tx, d, true);
      return true;
    });
    if (done) closed.push(id);
  }
  return closed;
}

/** The ballots of the box, one per vote, in option order (what the tally counts). */
async function ballotsInBox(tx: Ctx, d: DecisionRow): Promise<string[]> {
  const counts = await tallyCounts(tx.db, d.id);
  const participating = await participationCount(tx.db, d.id);
  const ballots: string[] = [];
  d.options.forEach((o, i) => {
    for (let k = counts.get(i) ?? 0; k > 0; k--) ballots.push(o);
  });
  if (ballots.length !== participating) {
    // The ballot box and the register are written in one statement: a difference means the data was changed
    // outside the platform. Never hidden, never tallied; the integrity check says what does not agree.
    throw refusedWith(
      409,
      'BALLOT_INTEGRITY',
      `Không thể kết thúc biểu quyết: hòm phiếu có ${formatInt(ballots.length)} phiếu nhưng danh sách hộ đã biểu quyết có ` +
        `${formatInt(participating)} hộ. Dữ liệu phiếu đã bị thay đổi ngoài hệ thống; xem kết quả kiểm tra toàn vẹn dữ liệu phiếu.`,
    );
  }
  return ballots;
}

/** Tallies, stores and publishes the result of a decision locked FOR UPDATE. */
async function closeLocked(tx: Ctx, d: DecisionRow, automatic: boolean): Promise<void> {
  const next = unwrap(transition(d.status as DecisionStatus, 'close'));
  const matter = d.matter as Matter;
  const ballots = await ballotsInBox(tx, d);
  const tally = unwrap(tallyDecision({ matter, options: d.options, eligible: d.eligible_households, ballots, kind: d.kind as DecisionKind }));
  const closedOn = todayVn(tx.now);
  const result: StoredResult = { ...tally, closedOn, channels: await participationByChannel(tx.db, d.id) };
  const authority = result.passed ? recognitionAuthority(matter) : null;
  // The platform sends the decision to the commune when it closes (Law Art. 20 cl. 3); the 5 working days of
  // Art. 21 cl. 2 run from that receipt.
  const dueOn = authority ? dueDate(await calendarFor(tx.db), closedOn, RECOGNITION_WORKING_DAYS, 'working') : null;
  await updateDecision(tx.db, d.id, {
    status: next,
    result: JSON.stringify(result),
    passed: result.passed,
    closed_at: tx.now,
    closed_on: closedOn,
    closed_by: tx.actor?.userId ?? null,
    recognition_authority: authority,
    submitted_on: authority ? closedOn : null,
    recognition_due_on: dueOn,
  });
  await bumpCounter(tx, { unitId: d.unit_id, unitPath: d.unit_path, key: 'decisions.held', day: closedOn });
  if (result.passed) await bumpCounter(tx, { unitId: d.unit_id, unitPath: d.unit_path, key: 'decisions.passed', day: closedOn });
  const disclosureId = await publishDecisionResult(tx, d, result);
  await updateDecision(tx.db, d.id, { disclosure_id: disclosureId });
  await audit(tx, {
    action: 'decision.close',
    targetType: 'decision',
    targetId: d.id,
    unitId: d.unit_id,
    data: {
      eligibleHouseholds: result.eligibleHouseholds,
      participatingHouseholds: result.participatingHouseholds,
      counts: result.counts,
      passed: result.passed,
      winningOption: result.winningOption,
      threshold: result.threshold,
      outcome: result.outcome,
      recognitionAuthority: authority,
      recognitionDueOn: dueOn,
      disclosureId,
      ...(automatic ? { automatic: true, closesAt: new Date(d.closes_at!).toISOString() } : {}),
    },
  });
}
