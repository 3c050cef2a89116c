// Use cases of oversight: record a supervision activity with findings and recommendations, answer a
// recommendation, set up a board. Counters `oversight.*` are bumped in the same transaction.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { assertAllowed, notFound, unwrap } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import { getUnit } from '../units/index.ts';
import { checkActivity, checkAnswer, checkBoardAtUnit, checkTerm, type ActivityContent } from './rules.ts';
import * as store from './store.ts';
import type { BoardKind, RecommendationSourceType } from './tables.ts';
import type { CheckedRecommendation } from './rules.ts';

export const ACTIVITIES_KEY = 'oversight.activities';
export const WITH_VIOLATIONS_KEY = 'oversight.with_violations';
/** +n on the activity's date, n = recommendations made. */
export const RECOMMENDATIONS_KEY = 'oversight.recommendations';
/** +1 keyed on the recommendation's due date when it is answered on or before it. */
export const ANSWERED_ON_TIME_KEY = 'oversight.recommendations_answered_on_time';

export interface RecordActivityInput extends ActivityContent {
  unitId: number;
  board: BoardKind;
  subject: string;
}

/** The answer to a recorded activity: its id and the due date of each recommendation. */
interface RecordedActivity {
  id: string;
  recommendations: { dueOn: string }[];
}

export async function recordActivity(ctx: Ctx, input: RecordActivityInput): Promise<RecordedActivity> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'oversight.record', unit.path);
    assertAllowed(checkBoardAtUnit(input.board, unit));
    const { findings, recommendations: recs, hasViolation } = unwrap(checkActivity(input, todayVn(tx.now)));
    const id = await store.insertActivity(tx.db, {
      unitId: unit.id,
      board: input.board,
      subject: input.subject.trim(),
      heldOn: input.heldOn,
      hasViolation,
      createdBy: actor.userId,
    });
    await store.insertFindings(tx.db, id, findings);
    await store.insertRecommendations(tx.db, { type: 'oversight_activity', id, label: null }, unit.id, recs);
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
    return { id: String(id), recommendations: recs.map((r) => ({ dueOn: r.dueOn })) };
  });
}

/** The answer to a recommendation answered: on time when on or before its due date. */
interface AnsweredRecommendation {
  id: string;
  answeredOn: string;
  onTime: boolean;
}

export async function answerRecommendation(ctx: Ctx, id: number, input: { answer: string; answeredOn?: string }): Promise<AnsweredRecommendation> {
  return inTransaction(ctx, async (tx) => {
    const r = await store.findRecommendationForUpdate(tx.db, id);
    if (!r) throw notFound('Kiến nghị');
    const actor = requirePermission(tx.actor, 'oversight.answer', r.unit_path);
    const today = todayVn(tx.now);
    const answeredOn = input.answeredOn ?? today;
    assertAllowed(checkAnswer({ sentOn: r.sent_on, answeredOn: r.answered_on }, { text: input.answer, answeredOn }, today));
    await store.setAnswer(tx.db, id, { answer: input.answer.trim(), answeredOn, by: actor.userId });
    const onTime = answeredOn <= r.due_on;
    // The boards' indicator counts the boards' recommendations only; a steering inspection's are followed up the same
    // way but counted by the steering committee's own figures.
    if (onTime && r.source_type === 'oversight_activity') await bumpCounter(tx, { unitId: r.unit_id, unitPath: r.unit_path, key: ANSWERED_ON_TIME_KEY, day: r.due_on });
    await audit(tx, { action: 'oversight.recommendation.answer', targetType: 'oversight_recommendation', targetId: id, unitId: r.unit_id, data: { source: r.source_type, sourceId: r.source_id, answeredOn, onTime } });
    return { id: String(id), answeredOn, onTime };
  });
}

/** Where recommendations were made: the source's kind and id, and a label for lists ("Kiểm tra … tại Xã …"). */
export interface RecommendationSource {
  type: RecommendationSourceType;
  id: number;
  label: string | null;
}

/**
 * Adds the recommendations of another module's record (e.g. a steering inspection) in the caller's transaction,
 * addressed to the authority of `unitId`, who answers them through `answerRecommendation` like a board's. The caller
 * checks them first (`checkRecommendations`), holds the permission, and audits its own record.
 */
export async function addRecommendations(tx: Ctx, source: RecommendationSource, unitId: number, recs: readonly CheckedRecommendation[]): Promise<void> {
  await store.insertRecommendations(tx.db, source, unitId, recs);
}

export interface CreateBoardInput {
  unitId: number;
  board: BoardKind;
  termStart: string;
  termEnd?: string;
  members: { name: string; role?: string }[];
}

/** Records a board of a unit (its term and members); answers its id. */
export async function createBoard(ctx: Ctx, input: CreateBoardInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    requirePermission(tx.actor, 'unit.update', unit.path);
    assertAllowed(checkBoardAtUnit(input.board, unit));
    assertAllowed(checkTerm(input.termStart, input.termEnd));
    const id = await store.insertBoard(tx.db, { unitId: unit.id, board: input.board, termStart: input.termStart, termEnd: input.termEnd ?? null, members: input.members });
    await audit(tx, { action: 'oversight.board.create', targetType: 'oversight_board', targetId: id, unitId: unit.id, data: { board: input.board, termStart: input.termStart, members: input.members.length } });
    return { id: String(id) };
  });
}
