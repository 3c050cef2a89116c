// Use cases of a steering committee's inspections: plan one (date, team), record one held (findings, recommendations,
// conclusion) or the result of a planned one, conclude it. Recommendations go into the oversight module's follow-up
// (source 'steering_inspection', addressed to the inspected unit, answered and overdue like a board's). Counter
// `steering.inspections` +1 at the committee's unit on the day held.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { requirePermission } from '../../core/permissions.ts';
import { assertAllowed, notFound, unwrap } from '../../core/refusal.ts';
import { addRecommendations, checkFindings, checkRecommendations, type RecommendationContent } from '../oversight/index.ts';
import { getUnit, type UnitRow } from '../units/index.ts';
import { DEFAULT_SUBJECT, checkBelow, checkConclusion, checkHeld, checkMembers } from './rules.ts';
import * as store from './store.ts';

/** +1 at the committee's unit, day = the inspection's date. */
export const INSPECTIONS_KEY = 'steering.inspections';

export interface ResultInput {
  heldOn: string;
  findings: { text: string; violation: boolean }[];
  recommendations?: RecommendationContent[];
  conclusion?: string;
  members?: string[];
}

export interface RecordInspectionInput extends ResultInput {
  unitId: number;
  inspectedUnitId: number;
  subject?: string;
}

export interface PlanInspectionInput {
  unitId: number;
  inspectedUnitId: number;
  plannedOn: string;
  members: string[];
  subject?: string;
}

/** The committee's unit (with the actor's permission there) and the unit below it to inspect. */
async function committeeAndTarget(tx: Ctx, unitId: number, inspectedUnitId: number) {
  const unit = await getUnit(tx.db, unitId);
  const actor = requirePermission(tx.actor, 'inspection.record', unit.path);
  const inspected = await getUnit(tx.db, inspectedUnitId);
  assertAllowed(checkBelow(unit, inspected, 'Đơn vị được kiểm tra'));
  return { unit, inspected, actor };
}

const sourceLabel = (unit: UnitRow | { name: string }, inspected: { name: string }) => `Kiểm tra của Ban Chỉ đạo ${unit.name} tại ${inspected.name}`;

/** Findings and recommendations checked (shared rules of oversight), members trimmed. */
function checkResult(input: ResultInput) {
  const findings = unwrap(checkFindings(input.findings));
  const recommendations = unwrap(checkRecommendations(input.recommendations ?? [], input.heldOn, 'ngày kiểm tra'));
  if (input.members) assertAllowed(checkMembers(input.members));
  const conclusion = input.conclusion?.trim() || null;
  return { findings, recommendations, conclusion, hasViolation: findings.some((f) => f.violation), members: input.members?.map((m) => m.trim()) };
}

/** Findings, recommendations and counter of an inspection held (in the caller's transaction). */
async function storeResult(
  tx: Ctx,
  id: number,
  unit: { id: number; path: string; name: string },
  inspected: { id: number; name: string },
  heldOn: string,
  r: ReturnType<typeof checkResult>,
): Promise<void> {
  await store.insertFindings(tx.db, id, r.findings);
  await addRecommendations(tx, { type: 'steering_inspection', id, label: sourceLabel(unit, inspected) }, inspected.id, r.recommendations);
  await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: INSPECTIONS_KEY, day: heldOn });
}

const resultData = (r: ReturnType<typeof checkResult>) => ({
  findings: r.findings.length,
  violations: r.findings.filter((f) => f.violation).length,
  recommendations: r.recommendations.length,
  concluded: r.conclusion !== null,
});

/** Records an inspection already held (POST /steering/inspections); its conclusion, if given, dated the same day. */
export async function recordInspection(ctx: Ctx, input: RecordInspectionInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { unit, inspected, actor } = await committeeAndTarget(tx, input.unitId, input.inspectedUnitId);
    assertAllowed(checkHeld({ heldOn: null }, input.heldOn, todayVn(tx.now)));
    const r = checkResult(input);
    const id = await store.insertInspection(tx.db, {
      unitId: unit.id,
      inspectedUnitId: inspected.id,
      subject: input.subject?.trim() || DEFAULT_SUBJECT,
      plannedOn: null,
      members: r.members ?? [],
      heldOn: input.heldOn,
      hasViolation: r.hasViolation,
      conclusion: r.conclusion,
      concludedOn: r.conclusion ? input.heldOn : null,
      createdBy: actor.userId,
    });
    await storeResult(tx, id, unit, inspected, input.heldOn, r);
    await audit(tx, {
      action: 'inspection.record',
      targetType: 'steering_inspection',
      targetId: id,
      unitId: unit.id,
      data: { inspectedUnitId: inspected.id, heldOn: input.heldOn, ...resultData(r) },
    });
    return { id: String(id) };
  });
}

/** Plans an inspection of a unit below: the date and the team. */
export async function planInspection(ctx: Ctx, input: PlanInspectionInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { unit, inspected, actor } = await committeeAndTarget(tx, input.unitId, input.inspectedUnitId);
    assertAllowed(checkMembers(input.members));
    const members = input.members.map((m) => m.trim());
    const id = await store.insertInspection(tx.db, {
      unitId: unit.id,
      inspectedUnitId: inspected.id,
      subject: input.subject?.trim() || DEFAULT_SUBJECT,
      plannedOn: input.plannedOn,
      members,
      heldOn: null,
      hasViolation: false,
      conclusion: null,
      concludedOn: null,
      createdBy: actor.userId,
    });
    await audit(tx, {
      action: 'inspection.plan',
      targetType: 'steering_inspection',
      targetId: id,
      unitId: unit.id,
      data: { inspectedUnitId: inspected.id, plannedOn: input.plannedOn, members: members.length },
    });
    return { id: String(id) };
  });
}

/** An inspection locked for a change by its committee. */
async function inspectionToChange(tx: Ctx, id: number) {
  const i = await store.findInspection(tx.db, id, { forUpdate: true });
  if (!i) throw notFound('Cuộc kiểm tra');
  requirePermission(tx.actor, 'inspection.record', i.unit_path);
  return i;
}

/** Records the result of a planned inspection (findings, recommendations, conclusion). */
export async function recordResult(ctx: Ctx, id: number, input: ResultInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const i = await inspectionToChange(tx, id);
    const today = todayVn(tx.now);
    assertAllowed(checkHeld({ heldOn: i.held_on }, input.heldOn, today));
    const r = checkResult(input);
    await store.setResult(tx.db, id, { heldOn: input.heldOn, hasViolation: r.hasViolation, members: r.members });
    if (r.conclusion) await store.setConclusion(tx.db, id, { text: r.conclusion, on: input.heldOn });
    const unit = { id: i.unit_id, path: i.unit_path, name: i.unit_name };
    await storeResult(tx, id, unit, { id: i.inspected_unit_id, name: i.inspected_unit_name }, input.heldOn, r);
    await audit(tx, { action: 'inspection.result', targetType: 'steering_inspection', targetId: id, unitId: i.unit_id, data: { heldOn: input.heldOn, ...resultData(r) } });
    return { id: String(id) };
  });
}

/** Adds the conclusion of an inspection held (dated today unless said). */
export async function conclude(ctx: Ctx, id: number, input: { conclusion: string; concludedOn?: string }): Promise<{ id: string; concludedOn: string }> {
  return inTransaction(ctx, async (tx) => {
    const i = await inspectionToChange(tx, id);
    const today = todayVn(tx.now);
    const on = input.concludedOn ?? today;
    assertAllowed(checkConclusion({ heldOn: i.held_on, conclusion: i.conclusion }, { text: input.conclusion, on }, today));
    await store.setConclusion(tx.db, id, { text: input.conclusion.trim(), on });
    await audit(tx, { action: 'inspection.conclude', targetType: 'steering_inspection', targetId: id, unitId: i.unit_id, data: { concludedOn: on } });
    return { id: String(id), concludedOn: on };
  });
}
