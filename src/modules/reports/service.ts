// Indicators of a unit and of each of its children for a period, from the counters (a handful of grouped
// queries whatever the size of the subtree), and the dashboard built from the same definitions.
import type { Ctx } from '../../core/context.ts';
import { addDays } from '../../core/calendar/index.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import * as unitStore from '../units/store.ts';
import { computeAll, requiredInputs, type IndicatorValues, type Indicators } from './indicators.ts';
import { monthsOf } from './period.ts';
import * as store from './store.ts';

export interface ChildIndicators {
  unitId: string;
  name: string;
  kind: string;
  indicators: Indicators;
}

export interface IndicatorReport {
  unit: unitStore.UnitRow;
  from: string;
  to: string;
  indicators: Indicators;
  children: ChildIndicators[];
}

/** Longest period accepted (ten years). */
export const MAX_PERIOD_DAYS = 3660;

export function resolvePeriod(now: Date, from?: string, to?: string): { from: string; to: string } {
  const today = todayVn(now);
  const f = from ?? `${today.slice(0, 4)}-01-01`;
  const t = to ?? (from ? `${f.slice(0, 4)}-12-31` : today);
  if (t < f) throw badRequest('INVALID_PERIOD', 'Ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.');
  if (addDays(f, MAX_PERIOD_DAYS) < t) throw badRequest('PERIOD_TOO_LONG', 'Kỳ báo cáo dài quá 10 năm.');
  return { from: f, to: t };
}

const collator = new Intl.Collator('vi');
const KIND_ORDER: Record<string, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4, enterprise: 5 };

function valuesFor(
  children: string[] | null,
  sums: store.ByChild,
  untilYesterday: store.ByChild,
  unitsWith: store.ByChild,
  units: store.ByChild,
): IndicatorValues {
  const pick = (m: store.ByChild, key: string) => {
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
  };
}

export async function computeIndicators(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<IndicatorReport> {
  const unit = await unitStore.getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'report.read', unit.path);
  const { from, to } = period;
  const inputs = requiredInputs();
  const yesterday = addDays(todayVn(ctx.now), -1);
  const untilTo = to < yesterday ? to : yesterday;
  const kinds = [...new Set(inputs.unitsWith.map((u) => u.kind))];
  const [sums, untilYesterday, unitsWith, units, children] = await Promise.all([
    store.sumsByChild(ctx.db, { unit, keys: inputs.sums, from, to }),
    store.sumsByChild(ctx.db, { unit, keys: inputs.untilYesterday, from, to: untilTo }),
    store.unitsWithByChild(ctx.db, { unit, keys: [...new Set(inputs.unitsWith.map((u) => u.key))], from, to }),
    store.unitKindsByChild(ctx.db, { unitPath: unit.path, kinds }),
    store.childrenOf(ctx.db, unit.id),
  ]);
  // The unit itself counts among its own agencies / enterprises (child '').
  const indicators = computeAll(valuesFor(null, sums, untilYesterday, unitsWith, units));
  const out: ChildIndicators[] = children
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || collator.compare(a.name, b.name))
    .map((c) => ({
      unitId: String(c.id),
      name: c.name,
      kind: c.kind,
      indicators: computeAll(valuesFor([String(c.id)], sums, untilYesterday, unitsWith, units)),
    }));
  return { unit, from, to, indicators, children: out };
}

export interface Dashboard {
  unitId: string;
  name: string;
  from: string;
  to: string;
  indicators: Indicators;
  /** Compliance by child unit: share of agencies / enterprises that held their conference or dialogue. */
  compliance: {
    unitId: string;
    name: string;
    staffConferences: number | null;
    workerConferences: number | null;
    dialogues: number | null;
    agencies: number;
    enterprises: number;
  }[];
  /** Cases by status and lateness, for the unit and by child. */
  cases: {
    status: { key: 'resolved' | 'pending' | 'overdue'; value: number }[];
    lateness: { resolvedOnTime: number; overdue: number };
    byChild: { unitId: string; name: string; received: number; resolved: number; resolvedOnTime: number; overdue: number }[];
  };
  /** Votes and participation by child. */
  participation: { unitId: string; name: string; decisionsHeld: number; decisionsPassed: number; consultationOpinions: number; conferenceOpinions: number }[];
  /** Trend by month over the period. */
  trend: { month: string; casesReceived: number; conferences: number; oversightActivities: number; decisionsHeld: number; disclosuresPublished: number }[];
}

const TREND_KEYS = {
  casesReceived: ['cases.received'],
  conferences: ['conferences.staff_conference', 'conferences.worker_conference', 'conferences.dialogue', 'conferences.village_meeting'],
  oversightActivities: ['oversight.activities'],
  decisionsHeld: ['decisions.held'],
  disclosuresPublished: ['disclosures.published'],
} as const;

export async function computeDashboard(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<Dashboard> {
  const r = await computeIndicators(ctx, unitId, period);
  const c = r.indicators.cases;
  const pending = Math.max(0, c.received - c.resolved);
  const trendRows = await store.monthlySums(ctx.db, { unitId: r.unit.id, keys: Object.values(TREND_KEYS).flat(), from: r.from, to: r.to });
  const trend = monthsOf(r.from, r.to).map((month) => {
    const of = (keys: readonly string[]) => trendRows.filter((x) => x.month === month && keys.includes(x.key)).reduce((s, x) => s + x.n, 0);
    return {
      month,
      casesReceived: of(TREND_KEYS.casesReceived),
      conferences: of(TREND_KEYS.conferences),
      oversightActivities: of(TREND_KEYS.oversightActivities),
      decisionsHeld: of(TREND_KEYS.decisionsHeld),
      disclosuresPublished: of(TREND_KEYS.disclosuresPublished),
    };
  });
  return {
    unitId: String(r.unit.id),
    name: r.unit.name,
    from: r.from,
    to: r.to,
    indicators: r.indicators,
    compliance: r.children
      .filter((ch) => ch.indicators.staffConferences.units + ch.indicators.workerConferences.units > 0)
      .map((ch) => ({
        unitId: ch.unitId,
        name: ch.name,
        staffConferences: ch.indicators.staffConferences.rate,
        workerConferences: ch.indicators.workerConferences.rate,
        dialogues: ch.indicators.dialogues.rate,
        agencies: ch.indicators.staffConferences.units,
        enterprises: ch.indicators.workerConferences.units,
      })),
    cases: {
      status: [
        { key: 'resolved', value: c.resolved },
        { key: 'pending', value: Math.max(0, pending - c.overdue) },
        { key: 'overdue', value: c.overdue },
      ],
      lateness: { resolvedOnTime: c.resolvedOnTime, overdue: c.overdue },
      byChild: r.children.map((ch) => ({ unitId: ch.unitId, name: ch.name, ...ch.indicators.cases })),
    },
    participation: r.children.map((ch) => ({
      unitId: ch.unitId,
      name: ch.name,
      decisionsHeld: ch.indicators.decisions.held,
      decisionsPassed: ch.indicators.decisions.passed,
      consultationOpinions: ch.indicators.consultations.opinions,
      conferenceOpinions: ch.indicators.opinions.raised,
    })),
    trend,
  };
}
