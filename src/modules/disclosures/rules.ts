// Pure rules of disclosures: posting periods, the deadline to disclose, compliance per unit and period.
// No I/O, no clock: dates come in as 'YYYY-MM-DD' legal dates.
import { addDays, compareDates, dueDate, type WorkingDayCalendar } from '../../core/calendar/index.ts';
import type { DisclosureCategory, DisclosureUnitKind } from './categories.ts';

/** Commune notice-board posting lasts at least 30 consecutive days (Law 10/2022/QH15, Art. 13 cl. 2). */
export const COMMUNE_MIN_POSTING_DAYS = 30;
/** Agencies: posted / published internally at least 20 consecutive days (Law 10/2022/QH15, Art. 48 cl. 1–2). */
export const AGENCY_MIN_POSTING_DAYS = 20;
/** State-owned enterprises: at least 20 consecutive days (Law 10/2022/QH15, Art. 66 cl. 1–2). */
export const ENTERPRISE_MIN_POSTING_DAYS = 20;
/** Loudspeaker broadcasts of Art. 11 cl. 7–12 run at least 3 consecutive days (Law 10/2022/QH15, Art. 13 cl. 3). */
export const LOUDSPEAKER_MIN_DAYS = 3;
/** Communes disclose within 5 working days of the decision (Law 10/2022/QH15, Art. 12 cl. 3). */
export const COMMUNE_DUE_WORKING_DAYS = 5;
/** Agencies: within 5 working days (Law 10/2022/QH15, Art. 47 cl. 2). */
export const AGENCY_DUE_WORKING_DAYS = 5;
/** State-owned enterprises: within 15 days (Law 10/2022/QH15, Art. 65 cl. 2) — calendar days. */
export const ENTERPRISE_DUE_DAYS = 15;
/** Longest posting period a unit may configure (sanity bound, not a legal figure). */
export const MAX_POSTING_DAYS = 3650;

export function defaultPostingDays(kind: DisclosureUnitKind): number {
  return kind === 'commune' ? COMMUNE_MIN_POSTING_DAYS : kind === 'agency' ? AGENCY_MIN_POSTING_DAYS : ENTERPRISE_MIN_POSTING_DAYS;
}

/** The deadline rule of a kind of unit. */
export function dueRule(kind: DisclosureUnitKind): { days: number; unit: 'working' | 'calendar' } {
  if (kind === 'enterprise') return { days: ENTERPRISE_DUE_DAYS, unit: 'calendar' };
  return { days: kind === 'agency' ? AGENCY_DUE_WORKING_DAYS : COMMUNE_DUE_WORKING_DAYS, unit: 'working' };
}

/** Last day to disclose a decision taken on `decidedOn` (the day of the decision itself is not counted). */
export function disclosureDueOn(cal: WorkingDayCalendar, kind: DisclosureUnitKind, decidedOn: string): string {
  const r = dueRule(kind);
  return dueDate(cal, decidedOn, r.days, r.unit);
}

/**
 * End of a posting period of `days` consecutive days starting on `postedOn`. "ít nhất là 30 ngày liên tục kể từ
 * ngày niêm yết": counted like the other legal terms (the starting day is not counted), so a notice posted on
 * 01/12 stays until 31/12 inclusive. `null` days = permanent posting → null.
 */
export function postingUntil(postedOn: string, days: number | null): string | null {
  return days === null ? null : addDays(postedOn, days);
}

/** Whether a disclosure is being posted on `today` (permanent postings always are). */
export function isPostedOn(d: { postedFrom: string; postedUntil: string | null }, today: string): boolean {
  return compareDates(d.postedFrom, today) <= 0 && (d.postedUntil === null || compareDates(today, d.postedUntil) <= 0);
}

// ---- compliance -------------------------------------------------------------------------------------------

export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'not_due';

export interface ComplianceDisclosure {
  category: string;
  publishedOn: string;
  decidedOn: string | null;
  /** Unit kind the rules come from (commune for villages). */
  kind: DisclosureUnitKind;
}

export interface Period {
  from: string;
  to: string;
}

export interface ComplianceItem {
  category: string;
  vi: string;
  legalBasis: string;
  frequency: DisclosureCategory['frequency'];
  status: ComplianceStatus;
  disclosed: number;
  late: number;
}

export interface ComplianceResult {
  period: Period;
  items: ComplianceItem[];
  /** Mandatory categories that had to be disclosed in the period. */
  required: number;
  onTime: number;
  late: number;
  missing: number;
  /** on time + late: the numerator of `share`. */
  disclosed: number;
  /** disclosed / required in percent, one decimal (null when nothing was required). */
  share: number | null;
  /** on time / required in percent, one decimal. */
  onTimeShare: number | null;
}

const within = (d: string, p: Period) => compareDates(p.from, d) <= 0 && compareDates(d, p.to) <= 0;

/** Share in percent, one decimal, half-up, in integer arithmetic (861/866 → 99.4). */
export function shareOf(n: number, d: number): number | null {
  if (d === 0) return null;
  return Number((2000n * BigInt(n) + BigInt(d)) / (2n * BigInt(d))) / 10;
}

/**
 * Compliance of one unit in a period, for each mandatory category:
 *  - a disclosure counts for the period when it was published in it, or discloses a decision taken in it;
 *  - it is late when published after the legal deadline counted from its decision date (no decision date: on time);
 *  - 'permanent' categories are satisfied by any disclosure published up to the end of the period;
 *  - 'annual' and 'quarterly' categories are required once in the period; missing when nothing counts;
 *  - 'on_decision' categories are required only when a disclosure of them counts in the period ('not_due'
 *    otherwise: the platform does not know of decisions nobody recorded).
 * The status of a category is 'late' when any of its counted disclosures was late.
 */
export function complianceFor(
  categories: readonly DisclosureCategory[],
  disclosures: readonly ComplianceDisclosure[],
  period: Period,
  calendar: WorkingDayCalendar,
): ComplianceResult {
  const items: ComplianceItem[] = [];
  for (const c of categories) {
    if (!c.mandatory) continue;
    const mine = disclosures.filter((d) => d.category === c.code);
    const counted =
      c.frequency === 'permanent'
        ? mine.filter((d) => compareDates(d.publishedOn, period.to) <= 0)
        : mine.filter((d) => within(d.publishedOn, period) || (d.decidedOn !== null && within(d.decidedOn, period)));
    let late = 0;
    for (const d of counted) {
      if (d.decidedOn && compareDates(d.publishedOn, disclosureDueOn(calendar, d.kind, d.decidedOn)) > 0) late++;
    }
    let status: ComplianceStatus;
    if (counted.length === 0) status = c.frequency === 'on_decision' ? 'not_due' : 'missing';
    else status = late > 0 ? 'late' : 'on_time';
    items.push({ category: c.code, vi: c.vi, legalBasis: c.legalBasis, frequency: c.frequency, status, disclosed: counted.length, late });
  }
  const count = (s: ComplianceStatus) => items.filter((i) => i.status === s).length;
  const onTime = count('on_time');
  const late = count('late');
  const missing = count('missing');
  const required = onTime + late + missing;
  return {
    period,
    items,
    required,
    onTime,
    late,
    missing,
    disclosed: onTime + late,
    share: shareOf(onTime + late, required),
    onTimeShare: shareOf(onTime, required),
  };
}
