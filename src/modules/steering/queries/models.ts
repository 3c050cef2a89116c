// Reads of "Dân vận khéo" models: those who register them and those who read reports see the models of their units
// and of the units below. Answers in the API's shape (ids as strings).
import type { Ctx } from '../../../core/context.ts';
import { can } from '../../../core/permissions.ts';
import { forbidden, unauthorized } from '../../../core/refusal.ts';
import { getUnit } from '../../units/index.ts';
import { MODEL_FIELD_LABELS, MODEL_RATING_LABELS } from '../rules.ts';
import * as store from '../store/models.ts';

/** Models of a unit and the units below it, newest first (at most 500). */
export async function listModels(ctx: Ctx, unitId: number) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, unitId);
  if (!can(ctx.actor, 'model.register', unit.path) && !can(ctx.actor, 'report.read', unit.path)) throw forbidden();
  const rows = await store.listModels(ctx.db, unit.path);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      unitId: String(r.unit_id),
      unitName: r.unit_name,
      name: r.name,
      field: r.field,
      fieldLabel: MODEL_FIELD_LABELS[r.field],
      description: r.description,
      startedOn: r.started_on,
      status: r.status,
      rating: r.rating,
      ratingLabel: r.rating ? MODEL_RATING_LABELS[r.rating] : null,
      evaluation: r.evaluation,
      evaluatedOn: r.evaluated_on,
    })),
  };
}
