// Reads of evaluations: the classification of a year for the units below a unit — by the committee (steering, admin)
// or by a unit's own officials (their unit and those below). Answers in the API's shape (ids as strings), with the
// levels in force, the count per level and whether the reader may evaluate there.
import type { Ctx } from '../../core/context.ts';
import { decodeCursor, toPage } from '../../core/http.ts';
import { can } from '../../core/permissions.ts';
import { forbidden, unauthorized } from '../../core/refusal.ts';
import { getUnit } from '../units/index.ts';
import { EVALUATION_LEVELS, SUBJECT_LABELS, levelLabel } from './rules.ts';
import * as store from './store.ts';

export interface EvaluationFilter {
  unitId: number;
  year: number;
  includeReplaced?: boolean;
  limit: number;
  cursor?: string;
}

type Row = Awaited<ReturnType<typeof store.listEvaluations>>[number];

function evaluationOut(e: Row) {
  return {
    id: String(e.id),
    unitId: String(e.unit_id),
    unitName: e.unit_name,
    evaluatedUnitId: String(e.evaluated_unit_id),
    evaluatedUnitName: e.evaluated_unit_name,
    subject: e.subject,
    subjectLabel: SUBJECT_LABELS[e.subject],
    year: e.year,
    level: e.level,
    levelLabel: levelLabel(e.level),
    criteria: e.criteria,
    criteriaMet: e.criteria.filter((c) => c.met).length,
    evaluatedOn: e.evaluated_on,
    evaluatedBy: e.evaluated_by_name,
    replaced: e.replaced,
    replacesId: e.replaces_id === null ? null : String(e.replaces_id),
    replaceReason: e.replace_reason,
  };
}

/** The classification of a year under a unit: the evaluations (current ones unless asked), the count per level. */
export async function listEvaluations(ctx: Ctx, f: EvaluationFilter) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, f.unitId);
  if (!can(ctx.actor, 'evaluation.read', unit.path)) throw forbidden();
  const rows = await store.listEvaluations(ctx.db, {
    unitPath: unit.path,
    year: f.year,
    includeReplaced: !!f.includeReplaced,
    afterId: decodeCursor(f.cursor),
    limit: f.limit,
  });
  const page = toPage(rows, f.limit, evaluationOut);
  const current = page.items.filter((e) => !e.replaced);
  return {
    ...page,
    year: f.year,
    levels: EVALUATION_LEVELS.map((l) => ({ key: l.key, label: l.label, count: current.filter((e) => e.level === l.key).length })),
    can: { evaluate: can(ctx.actor, 'evaluation.record', unit.path) },
  };
}
