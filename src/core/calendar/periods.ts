// Periods of reports and counters ('YYYY-MM-DD', inclusive): their months, and their split into whole months (read
// from monthly roll-ups) and edge days (read from daily rows).
import { addDays, daysInMonth } from './types.ts';

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

export const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
export function monthEnd(d: string): string {
  return `${d.slice(0, 7)}-${String(daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)))).padStart(2, '0')}`;
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
