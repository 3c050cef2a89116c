// A unit's posting period (its own minimum, at least the legal one), set by those who manage its settings; audited.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { parseId } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed } from '../../../core/refusal.ts';
import { setUnitSetting } from '../../units/index.ts';
import { disclosingUnit, postingDaysFor } from '../disclosing-unit.ts';
import { postingSettingsOut } from '../queries/settings.ts';
import { defaultPostingDays, postingDaysSettingCheck } from '../rules.ts';

/** Sets (a number of days) or clears (null: the legal default) the posting period of a commune, agency or enterprise. */
export async function setPostingDays(ctx: Ctx, unitId: string, postingDays: number | null) {
  return inTransaction(ctx, async (tx) => {
    const du = await disclosingUnit(tx.db, parseId(unitId));
    requirePermission(tx.actor, 'settings.manage', du.unit.path);
    assertAllowed(postingDaysSettingCheck(du.unit.kind, postingDays));
    const before = await postingDaysFor(tx.db, du);
    await setUnitSetting(tx.db, du.unit.id, 'disclosures', postingDays === null ? {} : { postingDays });
    await audit(tx, {
      action: 'unit.settings.disclosures',
      targetType: 'unit',
      targetId: du.unit.id,
      unitId: du.unit.id,
      data: { before: before.configured ? before.days : null, after: postingDays, legalDefault: defaultPostingDays(du.kind) },
    });
    return postingSettingsOut(du, await postingDaysFor(tx.db, du));
  });
}
