// The categories the signed-in user follows, unit by unit.
import type { Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/permissions.ts';
import { categoryByCode } from '../categories.ts';
import { ALL_CATEGORIES_MARK } from '../rules.ts';
import * as store from '../store.ts';

export async function mySubscriptions(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const rows = await store.listSubscriptions(ctx.db, actor.userId);
  return {
    items: rows.map((s) => ({
      id: String(s.id),
      unitId: String(s.unit_id),
      unitName: s.unit_name,
      category: s.category,
      categoryName: s.category === ALL_CATEGORIES_MARK ? 'Tất cả danh mục' : (categoryByCode(s.category)?.vi ?? s.category),
    })),
    nextCursor: null,
  };
}
