/**
 * Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), which in turn uses the new-moon and
 * solar-longitude series of J. Meeus, "Astronomical Algorithms" (1998).
 *
 * Rules of the Vietnamese calendar (as described by Hồ Ngọc Đức):
 *  1. a month begins on the day (local civil day) containing the new moon;
 *  2. an ordinary year has 12 months, an intercalary one 13;
 *  3. the winter solstice always falls in month 11;
 *  4. in a 13-month cycle (month 11 to month 11), the first month without a principal term (trung khí) is the
 *     leap month and takes the number of the month before it;
 *  5. days are counted in the time zone UTC+7 (meridian 105° E).
 *
 * Rule 5 is the only difference from the Chinese calendar (UTC+8): a new moon or a principal term falling between
 * 00:00 and 01:00 Beijing time lands on different civil days, which changes month starts (e.g. Tết 2007: 17/02 in
 * Vietnam, 18/02 in China) and occasionally the leap month (Tết 1985: 21/01 in Vietnam, 20/02 in China).
 *
 * Range: solar dates 1900-01-01 … 2100-12-31 (the tests check the whole range for consistency). Everything is
 * pure: Julian day numbers are integers, no `Date` is used.
 *
 * Known limits (checked against Hồ Ngọc Đức's published year tables for 1900–2100, during development):
 *  - UTC+7 is applied to the whole range, as the law of today needs. Historically Vietnam followed UTC+8 until
 *    1967, so for some years before 1968 this gives the modern rule, not the calendar then in use.
 *  - The truncated Meeus series place three new moons very close to midnight on the other side of it compared with
 *    those tables: the starts of months 4/2054, 10/2077 and 11/2072 differ by one day. No Tết (1/1) nor Giỗ Tổ (10/3)
 *    in 1968–2100 is affected.
 */

import { legalDateOf, parseLegalDate, type LegalDate } from './types.ts';

/** Time zone of the Vietnamese calendar: UTC+7, meridian 105° E (Hồ Ngọc Đức, rule 5 above). */
export const VIETNAM_TIME_ZONE = 7;

/** First and last solar years supported. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A date of the lunar calendar. `leap` marks the intercalary month (tháng nhuận) that repeats `month`. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Julian day numbers (Gregorian calendar only: the supported range is far after 1582).

function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function jdToDate(jd: number): LegalDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return legalDateOf(year, month, day);
}

function jdFromLegalDate(date: LegalDate): number {
  const { year, month, day } = parseLegalDate(date);
  return jdFromDate(day, month, year);
}

// ---------------------------------------------------------------------------------------------------------------
// Astronomy (Meeus, as used by Hồ Ngọc Đức).

const DR = Math.PI / 180;

/** Julian day number (fractional, UT) of the k-th new moon after the one of 1900-01-01 (k = 0). Meeus ch. 49. */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900-01-00.5
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // Sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // Moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // Moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  // ΔT (TT − UT), in days
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Apparent longitude of the sun, in radians in [0, 2π), at the fractional Julian day `jdn` (UT). Meeus ch. 25. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525; // Julian centuries since J2000.0
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Local civil day (JDN) containing the k-th new moon, in time zone `tz` (hours east of UTC). */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/**
 * Sector (0–11, 30° each) of the sun's longitude at the start of local day `dayNumber`. A principal term is the
 * sun entering a new sector; sector 9 starts at 270°, the winter solstice.
 */
function sunSector(dayNumber: number, tz: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Mean synodic month in days, and the JD of the new moon k = 0 (1900-01-01), used to index new moons. */
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;

/** First day (JDN) of lunar month 11 of the cycle whose winter solstice falls in December of `year`. */
function month11Start(year: number, tz: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  let nm = newMoonDay(k, tz);
  // If the sun is already past 270° at the start of that month, the solstice fell in the previous month.
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

/**
 * In a 13-month cycle starting with month 11 at `a11`, the offset (1–12) from month 11 of the leap month: the first
 * month whose start lies in the same solar sector as the next month's start, i.e. that contains no principal term.
 */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Month number (1–12) named by offset `off` from month 11: 0 → 11, 1 → 12, 2 → 1, … */
function monthAtOffset(off: number): number {
  return ((off + 10) % 12) + 1;
}

function checkSolarRange(date: LegalDate, jd: number): void {
  if (jd < jdFromDate(1, 1, MIN_YEAR) || jd > jdFromDate(31, 12, MAX_YEAR)) {
    throw new RangeError(`Date outside the supported range ${MIN_YEAR}–${MAX_YEAR}: ${date}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions, parameterised by time zone (the public API below fixes UTC+7).

/** Solar → lunar in time zone `tz`. Exposed for tests (tz = 8 approximates the Chinese calendar). */
export function solarToLunarInZone(date: LegalDate, tz: number): LunarDate {
  const dayNumber = jdFromLegalDate(date);
  checkSolarRange(date, dayNumber);
  const { year } = parseLegalDate(date);
  // Last new moon on or before `dayNumber`. The mean-lunation estimate can be off by one when a new moon falls
  // close to midnight (e.g. 2054-05-07), so step back from above instead of trusting it (the original code took
  // k or k + 1 only and could yield day 0).
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 2;
  let monthStart = newMoonDay(k, tz);
  while (monthStart > dayNumber) {
    k--;
    monthStart = newMoonDay(k, tz);
  }
  let a11 = month11Start(year, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1, tz);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    if (diff >= leapOff) {
      month = diff + 10;
      if (diff === leapOff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 (also a leap 11 or 12) at the start of the cycle belong to the previous lunar year.
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

interface MonthSpan {
  /** JDN of day 1 of the month. */
  start: number;
  /** 29 or 30. */
  length: number;
}

function lunarMonthSpan(year: number, month: number, leap: boolean, tz: number): MonthSpan {
  if (!Number.isInteger(year) || year < MIN_YEAR - 1 || year > MAX_YEAR) {
    throw new RangeError(`Lunar year outside the supported range ${MIN_YEAR - 1}–${MAX_YEAR}: ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Lunar month must be an integer 1–12: ${month}`);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = month11Start(year - 1, tz);
    b11 = month11Start(year, tz);
  } else {
    a11 = month11Start(year, tz);
    b11 = month11Start(year + 1, tz);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  let leapMonth = 0;
  let leapOff = 13;
  if (b11 - a11 > 365) {
    leapOff = leapMonthOffset(a11, tz);
    leapMonth = monthAtOffset(leapOff - 1);
  }
  if (leap && month !== leapMonth) {
    throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  }
  if (leap || off >= leapOff) off += 1;
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const start = newMoonDay(k + off, tz);
  const length = newMoonDay(k + off + 1, tz) - start;
  return { start, length };
}

/** Lunar → solar in time zone `tz`. Exposed for tests. */
export function lunarToSolarInZone(year: number, month: number, day: number, leap: boolean, tz: number): LegalDate {
  const span = lunarMonthSpan(year, month, leap, tz);
  if (!Number.isInteger(day) || day < 1 || day > span.length) {
    throw new RangeError(`Lunar month ${month}${leap ? ' (leap)' : ''}/${year} has ${span.length} days, not day ${day}`);
  }
  const jd = span.start + day - 1;
  const date = jdToDate(jd);
  checkSolarRange(date, jd);
  return date;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API (Vietnamese calendar, UTC+7).

/** The Vietnamese lunar date of a solar date 'YYYY-MM-DD' (1900-01-01 … 2100-12-31). */
export function solarToLunar(date: LegalDate): LunarDate {
  return solarToLunarInZone(date, VIETNAM_TIME_ZONE);
}

/**
 * The solar date of a Vietnamese lunar date. Throws `RangeError` if the month has no such day (day 30 of a short
 * month), if `leap` is set but that year's leap month is another one, or outside the supported range.
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): LegalDate {
  return lunarToSolarInZone(year, month, day, leap, VIETNAM_TIME_ZONE);
}

/** Number of days (29 or 30) of a Vietnamese lunar month. */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  return lunarMonthSpan(year, month, leap, VIETNAM_TIME_ZONE).length;
}

/** The leap month (1–12) of Vietnamese lunar year `year`, or 0 if the year has none. */
export function leapMonthOf(year: number): number {
  for (let month = 1; month <= 12; month++) {
    try {
      lunarMonthSpan(year, month, true, VIETNAM_TIME_ZONE);
      return month;
    } catch {
      // not the leap month
    }
  }
  return 0;
}

/** Tết Nguyên đán: the solar date of 1/1 of lunar year `year`. */
export function tetDate(year: number): LegalDate {
  return lunarToSolar(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương: the solar date of 10/3 of lunar year `year` (never a leap month). */
export function hungKingsDay(year: number): LegalDate {
  return lunarToSolar(year, 3, 10);
}
