// Indicators of a unit and of each of its children for a period, from the counters (a handful of grouped queries
// whatever the size of the subtree), for every indicator of the installed modules.
import { addDays } from '../../../core/calendar/index.ts';
import type { Ctx } from '../../../core/context.ts';
import { sumsByChild, unitsWithByChild, addByChild, type ByChild } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { computeAll, requiredInputs, type IndicatorDefinition, type IndicatorValues } from '../../../core/indicators.ts';
import { installedIndicators } from '../../../core/module.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { childUnits, getUnit, unitColumn, unitKindsByChild } from '../../units/index.ts';
import type { IndicatorReport } from '../document/report.ts';

const collator = new Intl.Collator('vi');
const KIND_ORDER: Record<string, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4, enterprise: 5 };

function valuesFor(children: string[] | null, sums: ByChild, untilYesterday: ByChild, unitsWith: ByChild, units: ByChild): IndicatorValues {
  const pick = (m: ByChild, key: string) => {
    let n = 0;
    if (children === null) for (const inner of m.values()) n += inner.get(key) ?? 0;
    else for (const c of children) n += m.get(c)?.get(key) ?? 0;
    return n;
  };
  return {
    sum: (k) => pick(sums, k),
    sumUntilYesterday: (k) => pick(untilYesterday, k),
    unitsWith: (k, kind) => pick(unitsWith, `${k}|${kind}`),
    units: (kind) => pick(units, kind),
    sumOfKind: (k, kind) => pick(unitsWith, `sum:${k}|${kind}`),
  };
}

/** The indicators of the installed modules, in the order of the module list. */
export const indicatorDefinitions = (): readonly IndicatorDefinition[] => installedIndicators();

export async function computeIndicators(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<IndicatorReport> {
  const unit = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'report.read', unit.path);
  const defs = indicatorDefinitions();
  const { from, to } = period;
  const inputs = requiredInputs(defs);
  const yesterday = addDays(todayVn(ctx.now), -1);
  const untilTo = to < yesterday ? to : yesterday;
  const byKind = [...inputs.unitsWith, ...inputs.sumsOfKind];
  const kinds = [...new Set(byKind.map((u) => u.kind))];
  const subtree = { unit, from, to };
  const [sums, untilYesterday, unitsWith, kindRows, children] = await Promise.all([
    sumsByChild(ctx.db, { ...subtree, keys: inputs.sums }),
    sumsByChild(ctx.db, { ...subtree, keys: inputs.untilYesterday, to: untilTo }),
    unitsWithByChild(ctx.db, { ...subtree, keys: [...new Set(byKind.map((u) => u.key))] }, (ref) => unitColumn(ref, 'kind')),
    unitKindsByChild(ctx.db, { unitPath: unit.path, kinds }),
    childUnits(ctx.db, unit.id),
  ]);
  const units: ByChild = new Map();
  for (const r of kindRows) addByChild(units, r.child, r.kind, r.n);
  // The unit itself counts among its own agencies / enterprises (child '').
  const indicators = computeAll(defs, valuesFor(null, sums, untilYesterday, unitsWith, units));
  const out = children
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || collator.compare(a.name, b.name))
    .map((c) => ({
      unitId: String(c.id),
      name: c.name,
      kind: c.kind,
      indicators: computeAll(defs, valuesFor([String(c.id)], sums, untilYesterday, unitsWith, units)),
    }));
  return { unit, from, to, indicators, children: out };
}
