// Pure helpers on report periods ('YYYY-MM-DD', inclusive).
import { addDays, daysInMonth } from '../../core/calendar/index.ts';

export interface DayRange {
  from: string;
  to: string;
}

/** A period split into whole months (read from the monthly roll-up) and edge days (read from daily counters). */
export interface SplitPeriod {
  /** First days of the first and last whole months, or null when the period holds no whole month. */
  months: DayRange | null;
  days: DayRange[];
}

const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
function monthEnd(d: string): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return `${d.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function splitPeriod(from: string, to: string): SplitPeriod {
  if (to < from) return { months: null, days: [] };
  const firstWhole = from.endsWith('-01') ? from : addDays(monthEnd(from), 1);
  const lastWholeEnd = monthEnd(to) === to ? to : addDays(monthStart(to), -1);
  if (firstWhole > lastWholeEnd) return { months: null, days: [{ from, to }] };
  const days: DayRange[] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (lastWholeEnd < to) days.push({ from: addDays(lastWholeEnd, 1), to });
  return { months: { from: firstWhole, to: monthStart(lastWholeEnd) }, days };
}

export type PeriodKind = 'first_half' | 'year' | 'custom';

/** Six-month and annual periods of a year. */
export function reportPeriod(kind: 'first_half' | 'year', year: number): DayRange {
  return kind === 'first_half' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** What a period is called in a report title. */
export function periodKindOf(from: string, to: string): { kind: PeriodKind; year: number } {
  const year = Number(from.slice(0, 4));
  if (from === `${year}-01-01` && to === `${year}-06-30`) return { kind: 'first_half', year };
  if (from === `${year}-01-01` && to === `${year}-12-31`) return { kind: 'year', year };
  return { kind: 'custom', year };
}

/** Months of a period as 'YYYY-MM-01' (for trends). */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(from); m <= to; m = addDays(monthEnd(m), 1)) out.push(m);
  return out;
}
