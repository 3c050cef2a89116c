// Use cases of evaluation and classification: a steering committee evaluates a unit below (or that unit's committee)
// for a year, at a level of the configured list, with the criteria met; a second evaluation of the same unit and
// year replaces the first only when it says so, with a reason (audited; the first kept as replaced). Counters
// `steering.evaluations.<level>` at the evaluated unit: +1 on the day evaluated; a replacement −1 on the old level
// (on the old day, so the old one no longer counts) and +1 on the new.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { requirePermission } from '../../core/permissions.ts';
import { assertAllowed, RefusalError } from '../../core/refusal.ts';
import { checkBelow } from '../inspections/index.ts';
import { getUnit } from '../units/index.ts';
import { checkEvaluationDate, checkLevel, checkReplacement, evaluationCounterKey, normaliseCriteria } from './rules.ts';
import * as store from './store.ts';
import type { EvaluationSubject } from './tables.ts';

export interface EvaluateInput {
  unitId: number;
  evaluatedUnitId: number;
  subject?: EvaluationSubject;
  year: number;
  level: string;
  criteria?: (string | { text: string; met: boolean })[];
  evaluatedOn?: string;
  replaces?: number;
  reason?: string;
}

export async function evaluate(ctx: Ctx, input: EvaluateInput): Promise<{ id: string; replaced: string | null }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'evaluation.record', unit.path);
    const evaluated = await getUnit(tx.db, input.evaluatedUnitId);
    assertAllowed(checkBelow(unit, evaluated, 'Đơn vị được đánh giá'));
    assertAllowed(checkLevel(input.level));
    const today = todayVn(tx.now);
    const on = input.evaluatedOn ?? today;
    assertAllowed(checkEvaluationDate(input.year, on, today));
    const criteria = normaliseCriteria(input.criteria ?? []);
    if (!Array.isArray(criteria)) throw new RefusalError(criteria);
    const subject = input.subject ?? 'unit';
    const current = await store.findCurrentForUpdate(tx.db, { evaluatedUnitId: evaluated.id, subject, year: input.year });
    assertAllowed(checkReplacement(current, input, input.year));
    const bump = { unitId: evaluated.id, unitPath: evaluated.path };
    if (current) {
      await store.markReplaced(tx.db, current.id);
      await bumpCounter(tx, { ...bump, key: evaluationCounterKey(current.level), day: current.evaluated_on, delta: -1 });
    }
    const id = await store.insertEvaluation(tx.db, {
      unitId: unit.id,
      evaluatedUnitId: evaluated.id,
      subject,
      year: input.year,
      level: input.level,
      criteria,
      evaluatedOn: on,
      evaluatedBy: actor.userId,
      replacesId: current?.id ?? null,
      reason: current ? input.reason!.trim() : null,
    });
    await bumpCounter(tx, { ...bump, key: evaluationCounterKey(input.level), day: on });
    await audit(tx, {
      action: current ? 'evaluation.replace' : 'evaluation.record',
      targetType: 'steering_evaluation',
      targetId: id,
      unitId: evaluated.id,
      data: {
        committeeUnitId: unit.id,
        subject,
        year: input.year,
        level: input.level,
        criteriaMet: criteria.filter((c) => c.met).length,
        ...(current ? { replaces: current.id, oldLevel: current.level, reason: input.reason!.trim() } : {}),
      },
    });
    return { id: String(id), replaced: current ? String(current.id) : null };
  });
}
