/**
 * Deadline arithmetic:
 *  - the day of receipt (`from`) is not counted;
 *  - "working days" skip Saturdays, Sundays, public holidays and the days off the government decides for the year,
 *    but count weekend days declared working days — i.e. exactly the days for which `cal.isWorkingDay` holds;
 *  - a deadline in calendar days that falls on a day off moves to the next working day.
 *
 * Legal texts word clocks as "trong thời hạn N ngày [làm việc], kể từ ngày nhận được …" (e.g. Luật Khiếu nại 2011,
 * Điều 27). The counting convention is the general one of the Civil Code: the first day is not counted, and a term
 * whose last day is a weekend day or a holiday ends on the next working day (Bộ luật Dân sự 2015, Điều 147 khoản 2
 * and Điều 148 khoản 5; the wording was not checked against the Code's text).
 */

import { addDays, compareDates, diffDays, type LegalDate } from './types.ts';

/** What deadline arithmetic needs from a calendar (a `Calendar` fits). */
export interface WorkingDayCalendar {
  isWorkingDay(date: LegalDate): boolean;
}

export type DeadlineUnit = 'working' | 'calendar';

/**
 * Guard against a calendar with no working day at all: no real schedule has this many consecutive days off
 * (the longest, Tết, is about 9–10 days with the weekends).
 */
const MAX_CONSECUTIVE_DAYS_OFF = 366;

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Number of days must be a non-negative integer: ${n}`);
  }
}

/** `date` itself if it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(cal: WorkingDayCalendar, date: LegalDate): LegalDate {
  let d = date;
  for (let i = 0; i <= MAX_CONSECUTIVE_DAYS_OFF; i++) {
    if (cal.isWorkingDay(d)) return d;
    d = addDays(d, 1);
  }
  throw new RangeError(`No working day within ${MAX_CONSECUTIVE_DAYS_OFF} days after ${date}`);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingDayCalendar, date: LegalDate): LegalDate {
  return nextWorkingDayOnOrAfter(cal, addDays(date, 1));
}

/**
 * The n-th working day after `from` (the day of receipt is not counted). With n = 0 the deadline is `from` itself
 * when it is a working day, else the next working day (a deadline never falls on a day off).
 */
export function addWorkingDays(cal: WorkingDayCalendar, from: LegalDate, n: number): LegalDate {
  checkCount(n);
  if (n === 0) return nextWorkingDayOnOrAfter(cal, from);
  let d = from;
  for (let counted = 0; counted < n; ) {
    d = nextWorkingDay(cal, d);
    counted++;
  }
  return d;
}

/**
 * `from` plus n calendar days (the day of receipt is not counted, so day 1 is the day after `from`); if that day is
 * a day off, the deadline moves to the next working day. n = 0 gives `from`, moved likewise.
 */
export function addCalendarDays(cal: WorkingDayCalendar, from: LegalDate, n: number): LegalDate {
  checkCount(n);
  return nextWorkingDayOnOrAfter(cal, addDays(from, n));
}

/** The due date of a deadline of n days in `unit`, counted from the day of receipt `from`. */
export function dueDate(cal: WorkingDayCalendar, from: LegalDate, n: number, unit: DeadlineUnit): LegalDate {
  switch (unit) {
    case 'working':
      return addWorkingDays(cal, from, n);
    case 'calendar':
      return addCalendarDays(cal, from, n);
    default:
      throw new RangeError(`Unknown deadline unit: ${String(unit)}`);
  }
}

/**
 * Working days in the interval (a, b] — `a` excluded, `b` included, the same convention as `addWorkingDays`, so
 * `workingDaysBetween(cal, from, addWorkingDays(cal, from, n)) === n` for n ≥ 1. Negative (−count of (b, a]) when
 * b is before a; 0 when equal.
 */
export function workingDaysBetween(cal: WorkingDayCalendar, a: LegalDate, b: LegalDate): number {
  const order = compareDates(a, b);
  if (order === 0) return 0;
  if (order > 0) return -workingDaysBetween(cal, b, a);
  let count = 0;
  for (let d = addDays(a, 1); compareDates(d, b) <= 0; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) count++;
  }
  return count;
}

/**
 * How late a case is on `asOf` with respect to its due date `due`: 0 while `asOf` ≤ `due` (the due date itself is
 * still on time), else the days after `due` up to and including `asOf` — calendar days by default, or working
 * days with `unit = 'working'`.
 */
export function daysOverdue(
  cal: WorkingDayCalendar,
  due: LegalDate,
  asOf: LegalDate,
  unit: DeadlineUnit = 'calendar',
): number {
  if (compareDates(asOf, due) <= 0) return 0;
  return unit === 'working' ? workingDaysBetween(cal, due, asOf) : diffDays(due, asOf);
}
