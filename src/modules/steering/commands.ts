// "Dân vận khéo" models (spec §9): a unit registers a model (field, description, start); the steering committee
// above evaluates it (rating) and may commend it. Counters `steering.models_registered` (start date) and
// `steering.models_commended` (evaluation date) feed the reports.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../core/refusal.ts';
import { can, requirePermission, scopesFor } from '../../core/permissions.ts';
import * as unitStore from '../units/store.ts';
import type { ModelField, ModelRating } from './tables.ts';

export const MODEL_FIELDS: readonly ModelField[] = ['economy', 'culture_society', 'defence_security', 'party_government', 'other'];
export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa - xã hội',
  defence_security: 'Quốc phòng - an ninh',
  party_government: 'Xây dựng Đảng, chính quyền',
  other: 'Lĩnh vực khác',
};
export const MODEL_RATINGS: readonly ModelRating[] = ['excellent', 'good', 'fair', 'poor'];
export const MODEL_RATING_LABELS: Record<ModelRating, string> = { excellent: 'Xuất sắc', good: 'Tốt', fair: 'Khá', poor: 'Chưa đạt' };

export const MODELS_REGISTERED_KEY = 'steering.models_registered';
export const MODELS_COMMENDED_KEY = 'steering.models_commended';

export async function registerModel(
  ctx: Ctx,
  input: { unitId: number; name: string; field: ModelField; description?: string; startedOn: string },
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const unit = await unitStore.getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'model.register', unit.path);
    if (input.startedOn > todayVn(tx.now)) throw unprocessable('MODEL_IN_FUTURE', 'Ngày bắt đầu mô hình không được sau ngày hôm nay.');
    const name = input.name.trim();
    if (!name) throw badRequest('EMPTY_NAME', 'Tên mô hình không được để trống.');
    const r = await tx.db
      .insertInto('steering_models')
      .values({ unit_id: unit.id, name, field: input.field, description: input.description?.trim() ?? '', started_on: input.startedOn, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: MODELS_REGISTERED_KEY, day: input.startedOn });
    await audit(tx, { action: 'steering.model.register', targetType: 'steering_model', targetId: r.id, unitId: unit.id, data: { name, field: input.field } });
    return r.id;
  });
}

export async function evaluateModel(
  ctx: Ctx,
  id: number,
  input: { rating: ModelRating; evaluation: string; evaluatedOn?: string; commended?: boolean },
): Promise<{ id: number; status: string }> {
  return inTransaction(ctx, async (tx) => {
    const m = await tx.db
      .selectFrom('steering_models as m')
      .innerJoin('units as u', 'u.id', 'm.unit_id')
      .select(['m.id', 'm.unit_id', 'u.path', 'm.status', 'm.started_on'])
      .where('m.id', '=', id)
      .forUpdate('m')
      .executeTakeFirst();
    if (!m) throw notFound('Mô hình');
    const actor = requirePermission(tx.actor, 'model.evaluate', m.path);
    // The steering committee evaluates the units below it, not itself.
    if (!scopesFor(actor, 'model.evaluate').some((p) => m.path.startsWith(p) && m.path !== p)) {
      throw forbidden('Ban Chỉ đạo chỉ đánh giá mô hình của các đơn vị cấp dưới.');
    }
    if (m.status === 'commended') throw conflict('ALREADY_COMMENDED', 'Mô hình đã được khen thưởng.');
    const on = input.evaluatedOn ?? todayVn(tx.now);
    if (on > todayVn(tx.now)) throw unprocessable('EVALUATION_IN_FUTURE', 'Ngày đánh giá không được sau ngày hôm nay.');
    if (on < m.started_on) throw badRequest('EVALUATION_BEFORE_START', 'Ngày đánh giá không được trước ngày bắt đầu mô hình.');
    if (input.commended && input.rating === 'poor') throw unprocessable('CANNOT_COMMEND', 'Mô hình chưa đạt thì không được khen thưởng.');
    const status = input.commended ? 'commended' : 'evaluated';
    await tx.db
      .updateTable('steering_models')
      .set({ rating: input.rating, evaluation: input.evaluation.trim(), evaluated_on: on, status })
      .where('id', '=', id)
      .execute();
    if (input.commended) await bumpCounter(tx, { unitId: m.unit_id, unitPath: m.path, key: MODELS_COMMENDED_KEY, day: on });
    await audit(tx, { action: 'steering.model.evaluate', targetType: 'steering_model', targetId: id, unitId: m.unit_id, data: { rating: input.rating, commended: !!input.commended } });
    return { id, status };
  });
}

export async function listModels(ctx: Ctx, unitId: number) {
  const unit = await unitStore.getUnit(ctx.db, unitId);
  if (!ctx.actor) throw forbidden();
  if (!can(ctx.actor, 'model.register', unit.path) && !can(ctx.actor, 'report.read', unit.path)) throw forbidden();
  const rows = await ctx.db
    .selectFrom('steering_models as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.unit_id', 'u.name as unit_name', 'm.name', 'm.field', 'm.description', 'm.started_on', 'm.status', 'm.rating', 'm.evaluation', 'm.evaluated_on'])
    .where('u.path', 'like', `${unit.path}%`)
    .orderBy('m.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
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
  }));
}
