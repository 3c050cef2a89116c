// Use cases of "Dân vận khéo" models: a unit registers a model (field, description, start); the steering committee
// above evaluates it (rating) and may commend it. Counters `steering.models_registered` (start date) and
// `steering.models_commended` (evaluation date) feed the reports.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { assertAllowed, forbidden, notFound } from '../../../core/refusal.ts';
import { requirePermission, scopesFor } from '../../../core/permissions.ts';
import { getUnit } from '../../units/index.ts';
import { checkEvaluation, checkRegistration } from '../rules.ts';
import * as store from '../store/models.ts';
import type { ModelField, ModelRating, ModelStatus } from '../tables.ts';

export const MODELS_REGISTERED_KEY = 'steering.models_registered';
export const MODELS_COMMENDED_KEY = 'steering.models_commended';
export const MODELS_EVALUATED_KEY = 'steering.models_evaluated';

export interface RegisterModelInput {
  unitId: number;
  name: string;
  field: ModelField;
  description?: string;
  startedOn: string;
}

export async function registerModel(ctx: Ctx, input: RegisterModelInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'model.register', unit.path);
    assertAllowed(checkRegistration(input, todayVn(tx.now)));
    const name = input.name.trim();
    const id = await store.insertModel(tx.db, {
      unitId: unit.id,
      name,
      field: input.field,
      description: input.description?.trim() ?? '',
      startedOn: input.startedOn,
      createdBy: actor.userId,
    });
    await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: MODELS_REGISTERED_KEY, day: input.startedOn });
    await audit(tx, { action: 'steering.model.register', targetType: 'steering_model', targetId: id, unitId: unit.id, data: { name, field: input.field } });
    return { id: String(id) };
  });
}

export interface EvaluateModelInput {
  rating: ModelRating;
  evaluation: string;
  evaluatedOn?: string;
  commended?: boolean;
}

export async function evaluateModel(ctx: Ctx, id: number, input: EvaluateModelInput): Promise<{ id: string; status: ModelStatus }> {
  return inTransaction(ctx, async (tx) => {
    const m = await store.findModelForUpdate(tx.db, id);
    if (!m) throw notFound('Mô hình');
    const actor = requirePermission(tx.actor, 'model.evaluate', m.path);
    // The steering committee evaluates the units below it, not itself.
    if (!scopesFor(actor, 'model.evaluate').some((p) => m.path.startsWith(p) && m.path !== p)) {
      throw forbidden('Ban Chỉ đạo chỉ đánh giá mô hình của các đơn vị cấp dưới.');
    }
    const today = todayVn(tx.now);
    const on = input.evaluatedOn ?? today;
    assertAllowed(checkEvaluation({ status: m.status, startedOn: m.started_on }, { rating: input.rating, evaluatedOn: on, commended: !!input.commended }, today));
    const status = input.commended ? 'commended' : 'evaluated';
    await store.setEvaluation(tx.db, id, { rating: input.rating, evaluation: input.evaluation.trim(), evaluatedOn: on, status });
    // A model is counted as evaluated once, at its first evaluation.
    if (m.status === 'registered') await bumpCounter(tx, { unitId: m.unit_id, unitPath: m.path, key: MODELS_EVALUATED_KEY, day: on });
    if (input.commended) await bumpCounter(tx, { unitId: m.unit_id, unitPath: m.path, key: MODELS_COMMENDED_KEY, day: on });
    await audit(tx, { action: 'steering.model.evaluate', targetType: 'steering_model', targetId: id, unitId: m.unit_id, data: { rating: input.rating, commended: !!input.commended } });
    return { id: String(id), status };
  });
}
