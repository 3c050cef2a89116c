// Reads of oversight: the boards' members, the authorities who answer them and those who read reports see the
// activities and recommendations of their units and of the units below. Answers in the API's shape (ids as strings),
// saying what the user may do: record an activity at the unit, answer a recommendation.
import type { Ctx } from '../../core/context.ts';
import type { UnitKind } from '../../core/schema.ts';
import { todayVn } from '../../core/dates.ts';
import { decodeCursor, toPage } from '../../core/http.ts';
import { can } from '../../core/permissions.ts';
import { forbidden, notFound, unauthorized } from '../../core/refusal.ts';
import { getUnit } from '../units/index.ts';
import { BOARD_LABELS, boardsAt, recommendationState } from './rules.ts';
import * as store from './store.ts';
import type { BoardKind, RecommendationSourceType } from './tables.ts';

function canReadOversight(ctx: Ctx, unitPath: string): boolean {
  return (
    can(ctx.actor, 'oversight.record', unitPath) || can(ctx.actor, 'oversight.answer', unitPath) || can(ctx.actor, 'report.read', unitPath)
  );
}

/** The unit asked about, once the user may read its oversight. */
async function readableUnit(ctx: Ctx, unitId: number) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, unitId);
  if (!canReadOversight(ctx, unit.path)) throw forbidden();
  return unit;
}

/** What the user may do at a unit: record an activity of its boards (if it has any), answer their recommendations. */
const mayAt = (ctx: Ctx, unit: { path: string; kind: UnitKind }) => ({
  record: boardsAt(unit.kind).length > 0 && can(ctx.actor, 'oversight.record', unit.path),
  answer: can(ctx.actor, 'oversight.answer', unit.path),
});

/** A recommendation may be answered once, by the authority over its unit. */
const mayAnswer = (ctx: Ctx, r: { unit_path: string; answered_on: string | null }) => ({
  answer: r.answered_on === null && can(ctx.actor, 'oversight.answer', r.unit_path),
});

export interface ActivityFilter {
  unitId: number;
  board?: BoardKind;
  limit: number;
  cursor?: string;
}

/** Activities at a unit and below, newest first, with what the user may do at that unit. */
/** An activity as the API shows it (list and detail). */
function activityOut(a: { id: number; unit_id: number; unit_name: string; board: BoardKind; subject: string; held_on: string; has_violation: boolean }) {
  return {
    id: String(a.id),
    unitId: String(a.unit_id),
    unitName: a.unit_name,
    board: a.board,
    boardLabel: BOARD_LABELS[a.board].vi,
    subject: a.subject,
    heldOn: a.held_on,
    hasViolation: a.has_violation,
  };
}

export async function listActivities(ctx: Ctx, f: ActivityFilter) {
  const unit = await readableUnit(ctx, f.unitId);
  const rows = await store.listActivities(ctx.db, { unitPath: unit.path, board: f.board, afterId: decodeCursor(f.cursor), limit: f.limit });
  const page = toPage(rows, f.limit, (a) => ({ ...activityOut(a), recommendations: Number(a.recommendations ?? 0) }));
  return { ...page, can: mayAt(ctx, unit) };
}

/** One activity with its findings and recommendations (their state on today's date). */
export async function getActivity(ctx: Ctx, id: number) {
  if (!ctx.actor) throw unauthorized();
  const a = await store.findActivity(ctx.db, id);
  if (!a) throw notFound('Cuộc giám sát');
  if (!canReadOversight(ctx, a.unit_path)) throw forbidden();
  const today = todayVn(ctx.now);
  return {
    ...activityOut(a),
    findings: a.findings,
    recommendations: a.recommendations.map((r) => recommendationOut(ctx, { ...r, unit_path: a.unit_path }, today)),
    can: mayAt(ctx, { path: a.unit_path, kind: a.unit_kind }),
  };
}

export interface RecommendationFilter {
  unitId: number;
  source?: RecommendationSourceType;
  open?: boolean;
  overdue?: boolean;
  limit: number;
  cursor?: string;
}

/** Recommendations to a unit and below, newest first: all, those not answered, or those overdue today. */
export async function listRecommendations(ctx: Ctx, f: RecommendationFilter) {
  const unit = await readableUnit(ctx, f.unitId);
  const today = todayVn(ctx.now);
  const rows = await store.listRecommendations(ctx.db, {
    unitPath: unit.path,
    sourceType: f.source,
    open: f.open,
    overdueOn: f.overdue ? today : undefined,
    afterId: decodeCursor(f.cursor),
    limit: f.limit,
  });
  const page = toPage(rows, f.limit, (r) => ({
    id: String(r.id),
    activityId: r.activity_id === null ? null : String(r.activity_id),
    source: r.source_type,
    sourceId: String(r.source_id),
    unitId: String(r.unit_id),
    unitName: r.unit_name,
    board: r.board,
    subject: r.subject,
    to: r.addressed_to,
    text: r.text,
    sentOn: r.sent_on,
    dueOn: r.due_on,
    answer: r.answer,
    answeredOn: r.answered_on,
    state: recommendationState({ dueOn: r.due_on, answeredOn: r.answered_on }, today),
    can: mayAnswer(ctx, r),
  }));
  return { ...page, can: mayAt(ctx, unit) };
}

/**
 * The recommendations of one source (a board's activity, a steering inspection) as the API shows them: their state on
 * today's date and whether the reader may answer them. For other modules' details (through oversight/index.ts); the
 * caller has checked the reader may see the source.
 */
export async function recommendationsOf(ctx: Ctx, source: { type: RecommendationSourceType; id: number }) {
  const today = todayVn(ctx.now);
  const rows = await store.recommendationsOfSource(ctx.db, source);
  return rows.map((r) => recommendationOut(ctx, r, today));
}

function recommendationOut(
  ctx: Ctx,
  r: { id: number; addressed_to: string; text: string; sent_on: string; due_on: string; answer: string | null; answered_on: string | null; unit_path: string },
  today: string,
) {
  return {
    id: String(r.id),
    to: r.addressed_to,
    text: r.text,
    sentOn: r.sent_on,
    dueOn: r.due_on,
    answer: r.answer,
    answeredOn: r.answered_on,
    state: recommendationState({ dueOn: r.due_on, answeredOn: r.answered_on }, today),
    can: mayAnswer(ctx, r),
  };
}

/** The boards set up at a unit, latest term first. */
export async function listBoards(ctx: Ctx, unitId: number) {
  const unit = await readableUnit(ctx, unitId);
  const rows = await store.listBoards(ctx.db, unit.id);
  return {
    items: rows.map((b) => ({ id: String(b.id), board: b.board, boardLabel: BOARD_LABELS[b.board].vi, termStart: b.term_start, termEnd: b.term_end, members: b.members })),
  };
}
