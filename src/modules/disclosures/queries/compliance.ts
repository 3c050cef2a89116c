// Compliance of a unit's disclosures over a period: which mandatory categories were disclosed on time, late, or
// not at all (for the compliance screen and any in-process caller).
import { calendarFor } from '../../../core/calendar/schedules.ts';
import type { Ctx } from '../../../core/context.ts';
import { parseId } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed } from '../../../core/refusal.ts';
import { categoriesFor, disclosureKindOf } from '../categories.ts';
import { disclosingUnit } from '../disclosing-unit.ts';
import { complianceFor, complianceLabel, periodCheck, type ComplianceResult } from '../rules.ts';
import type { ComplianceQuery } from '../schema/disclosing.ts';
import * as store from '../store.ts';

interface UnitCompliance extends ComplianceResult {
  unitId: number;
  unitName: string;
  /** "12/14 nội dung, 85,7%". */
  label: string;
}

/**
 * Compliance of a unit (a commune with its villages, an agency, an enterprise) over [from, to]; the caller's
 * permission is checked ('disclosure.compliance').
 */
export async function disclosureCompliance(ctx: Ctx, unitId: number, from: string, to: string): Promise<UnitCompliance> {
  assertAllowed(periodCheck({ from, to }));
  const du = await disclosingUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'disclosure.compliance', du.unit.path);
  const scope = du.unit.kind === 'village' && du.commune ? du.commune : du.unit;
  const rows = await store.disclosuresForCompliance(ctx.db, { unitPath: scope.path, to });
  // A commune's compliance counts its own and its villages' disclosures, not the agencies' inside it.
  const mine = rows.filter((r) => disclosureKindOf(r.unit_kind) === du.kind);
  const result = complianceFor(
    categoriesFor(du.kind),
    mine.map((r) => ({ category: r.category, publishedOn: r.published_on, decidedOn: r.decided_on, kind: du.kind })),
    { from, to },
    await calendarFor(ctx.db),
  );
  return { ...result, unitId: scope.id, unitName: scope.name, label: complianceLabel(result) };
}

/** The compliance report as the API answers it (ids as strings). */
export async function complianceReport(ctx: Ctx, query: ComplianceQuery) {
  const r = await disclosureCompliance(ctx, parseId(query.unitId, 'unitId'), query.from, query.to);
  return { ...r, unitId: String(r.unitId) };
}
