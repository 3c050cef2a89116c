// Reads of inspections: the committee (steering, admin) sees the inspections of its unit and of the committees
// below; the inspected unit's officials see those of their unit. Answers in the API's shape (ids as strings), with
// what the reader may do; the recommendations and their follow-up come from the oversight module.
import type { Ctx } from '../../core/context.ts';
import { decodeCursor, toPage } from '../../core/http.ts';
import type { ReportNote, ReportScope } from '../../core/module.ts';
import { can } from '../../core/permissions.ts';
import { badRequest, forbidden, notFound, unauthorized } from '../../core/refusal.ts';
import { recommendationsOf } from '../oversight/index.ts';
import { getUnit } from '../units/index.ts';
import { INSPECTION_STATUS_LABELS, inspectionStatus, inspectionsSentence } from './rules.ts';
import * as store from './store.ts';

type Row = Awaited<ReturnType<typeof store.listInspections>>[number];

function inspectionOut(i: Row) {
  const status = inspectionStatus(i);
  return {
    id: String(i.id),
    unitId: String(i.unit_id),
    unitName: i.unit_name,
    inspectedUnitId: String(i.inspected_unit_id),
    inspectedUnitName: i.inspected_unit_name,
    subject: i.subject,
    status,
    statusLabel: INSPECTION_STATUS_LABELS[status],
    plannedOn: i.planned_on,
    heldOn: i.held_on,
    members: i.members,
    hasViolation: i.has_violation,
    conclusion: i.conclusion,
    concludedOn: i.concluded_on,
  };
}

export interface InspectionFilter {
  unitId?: number;
  inspectedUnitId?: number;
  year?: number;
  limit: number;
  cursor?: string;
}

/**
 * Inspections by the committee of a unit (and those below) — `unitId` — or of a unit (and those below) —
 * `inspectedUnitId`; newest first. `can.record`: the reader may plan and record inspections at `unitId`.
 */
export async function listInspections(ctx: Ctx, f: InspectionFilter) {
  if (!ctx.actor) throw unauthorized();
  const id = f.unitId ?? f.inspectedUnitId;
  if (!id || (f.unitId && f.inspectedUnitId)) throw badRequest('UNIT_REQUIRED', 'Cần chọn một trong hai: đơn vị của Ban Chỉ đạo (unitId) hoặc đơn vị được kiểm tra (inspectedUnitId).');
  const unit = await getUnit(ctx.db, id);
  if (!can(ctx.actor, 'inspection.read', unit.path)) throw forbidden();
  const rows = await store.listInspections(ctx.db, {
    by: f.unitId ? unit.path : undefined,
    of: f.inspectedUnitId ? unit.path : undefined,
    year: f.year,
    afterId: decodeCursor(f.cursor),
    limit: f.limit,
  });
  return { ...toPage(rows, f.limit, inspectionOut), can: { record: !!f.unitId && can(ctx.actor, 'inspection.record', unit.path) } };
}

/** One inspection with its findings and its recommendations followed up (state, answers, who may answer). */
export async function getInspection(ctx: Ctx, id: number) {
  if (!ctx.actor) throw unauthorized();
  const i = await store.findInspection(ctx.db, id);
  if (!i) throw notFound('Cuộc kiểm tra');
  if (!can(ctx.actor, 'inspection.read', i.unit_path) && !can(ctx.actor, 'inspection.read', i.inspected_unit_path)) throw forbidden();
  const base = inspectionOut(i);
  const mayRecord = can(ctx.actor, 'inspection.record', i.unit_path);
  return {
    ...base,
    findings: await store.findingsOf(ctx.db, id),
    recommendations: await recommendationsOf(ctx, { type: 'steering_inspection', id }),
    can: { recordResult: mayRecord && base.status === 'planned', conclude: mayRecord && base.status === 'held' },
  };
}

/** Part 'leadership' of the report: the units the committee of the report's unit inspected in the period. */
export async function inspectionNotes(ctx: Ctx, scope: ReportScope): Promise<ReportNote[]> {
  if (!can(ctx.actor, 'inspection.read', scope.unit.path) && !can(ctx.actor, 'report.read', scope.unit.path)) return [];
  const sentence = inspectionsSentence(await store.inspectedNames(ctx.db, { unitId: scope.unit.id, from: scope.from, to: scope.to }));
  return sentence ? [{ part: 'leadership', paragraphs: [sentence] }] : [];
}
