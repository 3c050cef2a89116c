// Use cases of oversight: record a supervision activity with findings and recommendations, answer a
// recommendation, set up a board. Counters `oversight.*` are bumped in the same transaction.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, conflict, unprocessable } from '../../core/refusal.ts';
import { can, requirePermission } from '../../core/permissions.ts';
import * as unitStore from '../units/store.ts';
import { BOARD_LABELS, BOARD_UNITS, recommendationDueOn } from './rules.ts';
import * as store from './store.ts';
import type { BoardKind } from './tables.ts';

export const ACTIVITIES_KEY = 'oversight.activities';
export const WITH_VIOLATIONS_KEY = 'oversight.with_violations';
/** +n on the activity's date, n = recommendations made. */
export const RECOMMENDATIONS_KEY = 'oversight.recommendations';
/** +1 keyed on the recommendation's due date when it is answered on or before it. */
export const ANSWERED_ON_TIME_KEY = 'oversight.recommendations_answered_on_time';

export interface RecordActivityInput {
  unitId: number;
  board: BoardKind;
  subject: string;
  heldOn: string;
  findings: { text: string; violation: boolean }[];
  recommendations?: { to: string; text: string; dueOn?: string }[];
}

function assertBoardAtUnit(board: BoardKind, unit: unitStore.UnitRow): void {
  if (!BOARD_UNITS[board].includes(unit.kind)) {
    throw unprocessable('BOARD_NOT_FOR_UNIT', `${BOARD_LABELS[board].vi} không được thành lập ở đơn vị loại này (${unit.name}).`);
  }
}

export async function recordActivity(ctx: Ctx, input: RecordActivityInput): Promise<{ id: number; recommendations: { dueOn: string }[] }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await unitStore.getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'oversight.record', unit.path);
    assertBoardAtUnit(input.board, unit);
    if (input.heldOn > todayVn(tx.now)) {
      throw unprocessable('ACTIVITY_IN_FUTURE', 'Ngày giám sát không được sau ngày hôm nay: chỉ ghi nhận cuộc giám sát đã diễn ra.');
    }
    const findings = input.findings.map((f) => ({ text: f.text.trim(), violation: f.violation }));
    if (findings.some((f) => !f.text)) throw badRequest('EMPTY_FINDING', 'Nội dung phát hiện không được để trống.');
    const recs = (input.recommendations ?? []).map((r) => {
      const dueOn = r.dueOn ?? recommendationDueOn(input.heldOn);
      if (dueOn < input.heldOn) throw badRequest('DUE_BEFORE_SENT', `Hạn trả lời kiến nghị (${dueOn}) không được trước ngày giám sát (${input.heldOn}).`);
      if (!r.to.trim() || !r.text.trim()) throw badRequest('EMPTY_RECOMMENDATION', 'Kiến nghị cần có nơi nhận và nội dung.');
      return { to: r.to.trim(), text: r.text.trim(), sentOn: input.heldOn, dueOn };
    });
    const hasViolation = findings.some((f) => f.violation);
    const id = await store.insertActivity(tx.db, {
      unitId: unit.id,
      board: input.board,
      subject: input.subject.trim(),
      heldOn: input.heldOn,
      hasViolation,
      createdBy: actor.userId,
    });
    await store.insertFindings(tx.db, id, findings);
    await store.insertRecommendations(tx.db, id, unit.id, recs);
    const bump = { unitId: unit.id, unitPath: unit.path, day: input.heldOn };
    await bumpCounter(tx, { ...bump, key: ACTIVITIES_KEY });
    if (hasViolation) await bumpCounter(tx, { ...bump, key: WITH_VIOLATIONS_KEY });
    if (recs.length) await bumpCounter(tx, { ...bump, key: RECOMMENDATIONS_KEY, delta: recs.length });
    await audit(tx, {
      action: 'oversight.activity.record',
      targetType: 'oversight_activity',
      targetId: id,
      unitId: unit.id,
      data: { board: input.board, heldOn: input.heldOn, findings: findings.length, violations: findings.filter((f) => f.violation).length, recommendations: recs.length },
    });
    return { id, recommendations: recs.map((r) => ({ dueOn: r.dueOn })) };
  });
}

export async function answerRecommendation(
  ctx: Ctx,
  id: number,
  input: { answer: string; answeredOn?: string },
): Promise<{ id: number; answeredOn: string; onTime: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const r = await store.getRecommendationForUpdate(tx.db, id);
    const actor = requirePermission(tx.actor, 'oversight.answer', r.unit_path);
    if (r.answered_on) throw conflict('ALREADY_ANSWERED', 'Kiến nghị này đã được trả lời.');
    const today = todayVn(tx.now);
    const answeredOn = input.answeredOn ?? today;
    if (answeredOn > today) throw unprocessable('ANSWER_IN_FUTURE', 'Ngày trả lời không được sau ngày hôm nay.');
    if (answeredOn < r.sent_on) throw badRequest('ANSWER_BEFORE_SENT', 'Ngày trả lời không được trước ngày gửi kiến nghị.');
    const answer = input.answer.trim();
    if (!answer) throw badRequest('EMPTY_ANSWER', 'Nội dung trả lời không được để trống.');
    await store.setAnswer(tx.db, id, { answer, answeredOn, by: actor.userId });
    const onTime = answeredOn <= r.due_on;
    if (onTime) await bumpCounter(tx, { unitId: r.unit_id, unitPath: r.unit_path, key: ANSWERED_ON_TIME_KEY, day: r.due_on });
    await audit(tx, { action: 'oversight.recommendation.answer', targetType: 'oversight_recommendation', targetId: id, unitId: r.unit_id, data: { answeredOn, onTime } });
    return { id, answeredOn, onTime };
  });
}

export async function createBoard(
  ctx: Ctx,
  input: { unitId: number; board: BoardKind; termStart: string; termEnd?: string; members: { name: string; role?: string }[] },
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const unit = await unitStore.getUnit(tx.db, input.unitId);
    requirePermission(tx.actor, 'unit.update', unit.path);
    assertBoardAtUnit(input.board, unit);
    if (input.termEnd && input.termEnd < input.termStart) throw badRequest('TERM_END_BEFORE_START', 'Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu.');
    const id = await store.insertBoard(tx.db, { unitId: unit.id, board: input.board, termStart: input.termStart, termEnd: input.termEnd ?? null, members: input.members });
    await audit(tx, { action: 'oversight.board.create', targetType: 'oversight_board', targetId: id, unitId: unit.id, data: { board: input.board, termStart: input.termStart, members: input.members.length } });
    return id;
  });
}

export function canReadOversight(ctx: Ctx, unitPath: string): boolean {
  return (
    can(ctx.actor, 'oversight.record', unitPath) || can(ctx.actor, 'oversight.answer', unitPath) || can(ctx.actor, 'report.read', unitPath)
  );
}
