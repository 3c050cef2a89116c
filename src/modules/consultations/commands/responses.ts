// The answer of the authorities to each group of opinions (tiếp thu, giải trình: Law 10/2022 Art. 28 cl. 3–4), the
// publication of the synthesis to the residents, and the end of the consultation once every group is answered.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, notFound } from '../../../core/refusal.ts';
import { MAX_RESPONSE, correctionRefusal, finishRefusal, publishRefusal } from '../rules.ts';
import * as store from '../store.ts';
import type { ResponseKind } from '../tables.ts';
import { actionResult, clean, closeByDate, type ActionResult } from './common.ts';

export async function respond(
  ctx: Ctx,
  consultationId: number,
  key: string,
  input: { kind: ResponseKind; text: string },
): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    const actor = requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    const rows = await store.listGroups(tx.db, c.id);
    assertAllowed(correctionRefusal(c.status, rows.length));
    const g = rows.find((r) => r.key === key);
    if (!g) throw notFound('Nhóm ý kiến');
    const text = clean(input.text, 'Nội dung tiếp thu, giải trình', MAX_RESPONSE);
    await store.setResponse(tx.db, g.id, { kind: input.kind, text, at: tx.now, by: actor.userId });
    await audit(tx, {
      action: 'consultation.respond',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { key, label: g.label, kind: input.kind, text, previous: g.response_kind ? { kind: g.response_kind, text: g.response_text } : null },
    });
    return actionResult(c.id, 'ok');
  });
}

/** Publishes the synthesis (counts, groups and the responses written so far) to the residents. */
export async function publish(ctx: Ctx, consultationId: number): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    const { groups } = await store.groupCounts(tx.db, c.id);
    assertAllowed(publishRefusal(c.status, groups));
    await store.updateConsultation(tx.db, c.id, { status: 'published', published_at: tx.now });
    await audit(tx, { action: 'consultation.publish', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { groups } });
    return actionResult(c.id, 'published');
  });
}

/** Finishes the consultation; refused while any group has no response. Publishes the synthesis if not yet done. */
export async function finish(ctx: Ctx, consultationId: number): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    c = await closeByDate(tx, c);
    const rows = await store.listGroups(tx.db, c.id);
    assertAllowed(finishRefusal(c.status, rows.map((r) => ({ label: r.label, responded: !!r.response_kind }))));
    await store.updateConsultation(tx.db, c.id, { status: 'finished', finished_at: tx.now, ...(c.published_at ? {} : { published_at: tx.now }) });
    await audit(tx, {
      action: 'consultation.finish',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { groups: rows.length, accepted: rows.filter((r) => r.response_kind === 'accepted').length },
    });
    return actionResult(c.id, 'finished');
  });
}
