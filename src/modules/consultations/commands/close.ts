// Closing a consultation (by hand once the minimum period has run: Law 10/2022 Art. 28 cl. 2) and its synthesis:
// the automatic grouping of every opinion (grouping.ts), run again as often as needed until responses begin.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, unprocessable } from '../../../core/refusal.ts';
import { groupOpinions } from '../grouping.ts';
import { closeRefusal, synthesiseRefusal } from '../rules.ts';
import { stateOf } from '../shapes.ts';
import * as store from '../store.ts';
import { actionResult, closeByDate, type ActionResult } from './common.ts';

export async function closeConsultation(ctx: Ctx, consultationId: number): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.open', c.unit_path);
    c = await closeByDate(tx, c);
    const today = todayVn(tx.now);
    assertAllowed(closeRefusal(stateOf(c), today));
    await store.updateConsultation(tx.db, c.id, { status: 'closed', closed_on: today });
    await audit(tx, { action: 'consultation.close', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { by: 'official', closedOn: today } });
    return actionResult(c.id, 'closed');
  });
}

/** Runs the automatic grouping over every opinion and stores the groups (again and again until responses begin). */
export async function synthesise(ctx: Ctx, consultationId: number): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    c = await closeByDate(tx, c);
    assertAllowed(synthesiseRefusal(c.status, (await store.groupCounts(tx.db, c.id)).responses));
    const opinions = await store.listOpinions(tx.db, c.id);
    if (opinions.length === 0) throw unprocessable('NO_OPINIONS', 'Chưa có ý kiến nào để tổng hợp.');
    const groups = groupOpinions(opinions.map((o) => ({ id: String(o.id), text: o.body })));
    await store.replaceGroups(
      tx.db,
      c.id,
      groups.map((g) => ({ key: g.key, label: g.label, labelSource: g.labelSource, kind: g.kind, topTerms: g.topTerms, opinionIds: g.opinionIds.map(Number), response: null })),
    );
    await store.updateConsultation(tx.db, c.id, { synthesised_at: tx.now });
    await audit(tx, {
      action: 'consultation.synthesise',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { opinions: opinions.length, groups: groups.map((g) => ({ key: g.key, label: g.label, size: g.opinionIds.length })) },
    });
    return actionResult(c.id, c.status);
  });
}
