/**
 * `LegalDate`: a calendar date as a 'YYYY-MM-DD' string, with no time and no time zone.
 *
 * Legal deadlines are counted in whole days in Vietnam, so dates are kept as plain civil dates and all arithmetic
 * is done on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar). Nothing here reads the clock
 * or depends on the machine's time zone.
 */

/** A civil date written 'YYYY-MM-DD' (proleptic Gregorian, years 0001–9999). */
export type LegalDate = string;

/** The parts of a `LegalDate`. `month` is 1–12, `day` is 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (thứ Bảy), as in `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `value` is a string 'YYYY-MM-DD' naming a real date (e.g. not '2023-02-29'). */
export function isLegalDate(value: unknown): value is LegalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  return validParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Splits a `LegalDate` into its parts; throws `RangeError` if it is not a valid 'YYYY-MM-DD' date. */
export function parseLegalDate(value: string): DateParts {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (validParts(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${JSON.stringify(value)}`);
}

/** The `LegalDate` of a year, month and day; throws `RangeError` if the parts do not name a real date. */
export function legalDateOf(year: number, month: number, day: number): LegalDate {
  if (!validParts(year, month, day)) {
    throw new RangeError(`Invalid date parts: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Asserts `value` is a valid `LegalDate` and returns it. */
export function assertLegalDate(value: string): LegalDate {
  parseLegalDate(value);
  return value;
}

/**
 * Days since 1970-01-01 (negative before). Pure integer arithmetic (H. Hinnant's `days_from_civil`), so it does
 * not depend on `Date`'s handling of years 0–99 nor on the local time zone.
 */
export function toDayNumber(date: LegalDate): number {
  const { year, month, day } = parseLegalDate(date);
  return dayNumberFromParts(year, month, day);
}

/** Same as `toDayNumber`, from already validated parts. */
function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDayNumber` (H. Hinnant's `civil_from_days`). */
export function fromDayNumber(dayNumber: number): LegalDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Day number must be an integer: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return legalDateOf(year, month, day);
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: LegalDate, n: number): LegalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of days must be an integer: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function diffDays(a: LegalDate, b: LegalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (also valid for `Array.prototype.sort`). */
export function compareDates(a: LegalDate, b: LegalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: LegalDate): Weekday {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 as Weekday;
}

/** Saturday or Sunday: the weekly days off of state agencies (40-hour week, Quyết định 188/1999/QĐ-TTg). */
export function isWeekend(date: LegalDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

export function yearOf(date: LegalDate): number {
  return parseLegalDate(date).year;
}

/** Vietnamese display format 'dd/mm/yyyy'. */
export function toVietnameseDate(date: LegalDate): string {
  const { year, month, day } = parseLegalDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
