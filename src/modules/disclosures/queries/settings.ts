// A unit's posting period as the API shows it: the period in force, whether the unit set it, the legal default.
import type { Ctx } from '../../../core/context.ts';
import { parseId } from '../../../core/http.ts';
import { disclosingUnit, postingDaysFor, type DisclosingUnit } from '../disclosing-unit.ts';
import { defaultPostingDays } from '../rules.ts';

export const postingSettingsOut = (du: DisclosingUnit, s: { days: number; configured: boolean }) => ({
  unitId: String(du.unit.id),
  postingDays: s.days,
  configured: s.configured,
  legalDefault: defaultPostingDays(du.kind),
});

/** Open to everyone: the posting period is part of what a unit discloses. */
export async function postingSettings(ctx: Ctx, unitId: string) {
  const du = await disclosingUnit(ctx.db, parseId(unitId));
  return postingSettingsOut(du, await postingDaysFor(ctx.db, du));
}
