// Following a unit's disclosures: a resident chooses the categories they want to be told about.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { parseId } from '../../../core/http.ts';
import { requireActor } from '../../../core/permissions.ts';
import { assertAllowed, unprocessable } from '../../../core/refusal.ts';
import { assertCanRead, disclosingUnit } from '../disclosing-unit.ts';
import { subscriptionCheck } from '../rules.ts';
import type { SubscribeBody } from '../schema/settings.ts';
import * as store from '../store.ts';

/** Sets the categories the actor follows in a unit (replaces the previous choice; empty = unsubscribe). */
export async function subscribe(ctx: Ctx, b: SubscribeBody): Promise<{ unitId: string; categories: string[] }> {
  const unitId = parseId(b.unitId, 'unitId');
  const categories = await inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const du = await disclosingUnit(tx.db, unitId);
    assertCanRead(tx.actor, du);
    const list = [...new Set(b.categories)];
    assertAllowed(subscriptionCheck(du.kind, list));
    await store.replaceSubscriptions(tx.db, actor.userId, du.unit, list);
    await audit(tx, { action: 'disclosure.subscribe', targetType: 'user', targetId: actor.userId, unitId: du.unit.id, data: { categories: list } });
    return list;
  });
  return { unitId: String(unitId), categories };
}

export async function unsubscribe(ctx: Ctx, subscriptionId: string): Promise<void> {
  const id = parseId(subscriptionId);
  await inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    if (!(await store.deleteSubscription(tx.db, actor.userId, id))) {
      throw unprocessable('SUBSCRIPTION_NOT_FOUND', 'Không tìm thấy đăng ký theo dõi này.');
    }
    await audit(tx, { action: 'disclosure.unsubscribe', targetType: 'user', targetId: actor.userId, data: { subscriptionId: id } });
  });
}
