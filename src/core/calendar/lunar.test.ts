import { describe, expect, it } from 'vitest';
import {
  hungKingsDay,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  lunarToSolarInZone,
  MAX_YEAR,
  MIN_YEAR,
  solarToLunar,
  solarToLunarInZone,
  tetDate,
  type LunarDate,
} from './lunar.ts';
import { addDays, compareDates, diffDays, legalDateOf, toDayNumber, fromDayNumber } from './types.ts';

const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({ year, month, day, leap });

describe('Tết Nguyên đán and Giỗ Tổ Hùng Vương — known dates', () => {
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('Tết %i is %s', (year, date) => {
    expect(tetDate(year)).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 1, 1));
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương %i is %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 3, 10));
  });

  it('the day before Tết is the last day of the previous lunar year (29 or 30 tháng Chạp)', () => {
    expect(solarToLunar('2024-02-09')).toEqual(lunar(2023, 12, 30));
    expect(solarToLunar('2025-01-28')).toEqual(lunar(2024, 12, 29));
  });

  it('other well-known dates: Trung thu, leap months', () => {
    expect(lunarToSolar(2024, 8, 15)).toBe('2024-09-17');
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06');
    // Leap months: Canh Tý 2020 (4 nhuận), Quý Mão 2023 (2 nhuận), Ất Tỵ 2025 (6 nhuận).
    expect(leapMonthOf(2020)).toBe(4);
    expect(lunarToSolar(2020, 4, 1, true)).toBe('2020-05-23');
    expect(leapMonthOf(2023)).toBe(2);
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual(lunar(2023, 2, 1, true));
    expect(solarToLunar('2023-03-21')).toEqual(lunar(2023, 2, 30));
    expect(leapMonthOf(2025)).toBe(6);
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(leapMonthOf(2024)).toBe(0);
    expect(leapMonthOf(2026)).toBe(0);
  });

  it('2033: the leap month is 11 (the "2033 problem" year), found by the no-principal-term rule', () => {
    expect(leapMonthOf(2033)).toBe(11);
    expect(lunarToSolar(2033, 11, 1, true)).toBe('2033-12-22');
    expect(solarToLunar('2033-12-22')).toEqual(lunar(2033, 11, 1, true));
  });
});

describe('Vietnamese (UTC+7) vs Chinese (UTC+8) calendar', () => {
  // Chinese dates: the same algorithm at UTC+8, which is how the Chinese calendar is defined (meridian 120° E).
  // 1985, 2007, 2030 and 2053 are the examples of Hồ Ngọc Đức's comparison
  // (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html#comparison); 1968, 1985 and 2007 also
  // agree with ICU's Chinese calendar (Intl, Node 20). ICU was not used for 2030 because its own astronomy gives
  // 2030-02-02 there, while the Hong Kong Observatory's tables give 3 Feb 2030.
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i: Vietnam %s, China %s', (year, vn, cn) => {
    expect(tetDate(year)).toBe(vn);
    expect(lunarToSolarInZone(year, 1, 1, false, 8)).toBe(cn);
    expect(solarToLunarInZone(cn, 8)).toEqual(lunar(year, 1, 1));
    expect(vn).not.toBe(cn);
  });

  it('1985: the winter solstice of 1984 falls on 21/12 in Hanoi but 22/12 in Beijing, so the months shift by one', () => {
    // Vietnam: 1985-01-21 is Tết; China: it is still 1/12 of 1984.
    expect(solarToLunar('1985-01-21')).toEqual(lunar(1985, 1, 1));
    expect(solarToLunarInZone('1985-01-21', 8)).toEqual(lunar(1984, 12, 1));
    // Vietnam: month 11 of 1984 ends on 21/12/1984; China: its month 11 starts on 22/12/1984.
    expect(solarToLunar('1984-12-21')).toEqual(lunar(1984, 11, 29));
    expect(solarToLunarInZone('1984-12-22', 8)).toEqual(lunar(1984, 11, 1));
    // Vietnam inserts a leap month 2 in 1985 and the calendars agree again (Giỗ Tổ 1985 is the same day).
    expect(leapMonthOf(1985)).toBe(2);
    expect(lunarToSolar(1985, 2, 1, true)).toBe('1985-03-21');
    expect(hungKingsDay(1985)).toBe(lunarToSolarInZone(1985, 3, 10, false, 8));
  });

  it('2027 is not a difference year (Tết 2027-02-06 in both)', () => {
    expect(tetDate(2027)).toBe('2027-02-06');
    expect(lunarToSolarInZone(2027, 1, 1, false, 8)).toBe('2027-02-06');
  });
});

describe('properties over 1900–2100', () => {
  it('every Tết falls between 21 January and 20 February and is day 1/1', () => {
    const bad: string[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
      const t = tetDate(y);
      const md = t.slice(5);
      if (!t.startsWith(String(y)) || md < '01-21' || md > '02-20') bad.push(`${y}: ${t}`);
      const l = solarToLunar(t);
      if (l.year !== y || l.month !== 1 || l.day !== 1 || l.leap) bad.push(`${y}: ${JSON.stringify(l)}`);
    }
    expect(bad).toEqual([]);
  });

  it('Giỗ Tổ Hùng Vương falls in late March or April, two or three lunar months and 9 days after Tết', () => {
    const bad: string[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
      const h = hungKingsDay(y);
      const md = h.slice(5);
      if (md < '03-29' || md > '04-30') bad.push(`${y}: ${h}`); // observed range 1900–2100: 30/3 … 30/4
      // Months 1 and 2 (and a leap 1 or 2) lie between Tết and 10/3.
      const d = diffDays(tetDate(y), h);
      if (![67, 68, 69, 96, 97, 98, 99].includes(d)) bad.push(`${y}: ${d} days after Tết`);
    }
    expect(bad).toEqual([]);
  });

  it('solar → lunar → solar round-trips for every day from 1900-01-01 to 2100-12-31', () => {
    const bad: string[] = [];
    const end = toDayNumber('2100-12-31');
    for (let n = toDayNumber('1900-01-01'); n <= end; n++) {
      const d = fromDayNumber(n);
      const l = solarToLunar(d);
      if (lunarToSolar(l.year, l.month, l.day, l.leap) !== d) bad.push(d);
    }
    expect(bad).toEqual([]);
  });

  it('consecutive days have consecutive lunar dates', () => {
    const bad: string[] = [];
    let prev = solarToLunar('1900-01-01');
    const end = toDayNumber('2100-12-31');
    for (let n = toDayNumber('1900-01-02'); n <= end; n++) {
      const d = fromDayNumber(n);
      const l = solarToLunar(d);
      if (l.day === prev.day + 1) {
        if (l.month !== prev.month || l.year !== prev.year || l.leap !== prev.leap) bad.push(d);
      } else if (l.day === 1) {
        if (prev.day !== 29 && prev.day !== 30) bad.push(`${d}: month of ${prev.day} days`);
        const nextMonth =
          (!prev.leap && leapMonthOf(prev.year) === prev.month && l.month === prev.month && l.leap) ||
          (!l.leap && l.month === (prev.month % 12) + 1 && l.year === prev.year + (prev.month === 12 ? 1 : 0));
        if (!nextMonth) bad.push(`${d}: ${JSON.stringify(prev)} → ${JSON.stringify(l)}`);
      } else {
        bad.push(d);
      }
      prev = l;
    }
    expect(bad).toEqual([]);
  });

  it('every lunar month has 29 or 30 days and months tile the years; a year has 12 or 13 months', () => {
    const bad: string[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR - 1; y++) {
      let start = tetDate(y);
      const leap = leapMonthOf(y);
      const months: Array<[number, boolean]> = [];
      for (let m = 1; m <= 12; m++) {
        months.push([m, false]);
        if (m === leap) months.push([m, true]);
      }
      for (const [m, isLeap] of months) {
        const len = lunarMonthLength(y, m, isLeap);
        if (len !== 29 && len !== 30) bad.push(`${y}/${m}${isLeap ? 'L' : ''}: ${len} days`);
        if (lunarToSolar(y, m, 1, isLeap) !== start) bad.push(`${y}/${m}${isLeap ? 'L' : ''} starts wrong`);
        start = addDays(start, len);
      }
      if (start !== tetDate(y + 1)) bad.push(`${y}: months do not end at the next Tết`);
      const yearLength = diffDays(tetDate(y), tetDate(y + 1));
      if (leap === 0 ? yearLength < 353 || yearLength > 355 : yearLength < 383 || yearLength > 385) {
        bad.push(`${y}: ${yearLength} days`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('leap years: 7 in every 19 on average (Metonic cycle)', () => {
    let count = 0;
    for (let y = 1901; y <= 2090; y++) if (leapMonthOf(y) !== 0) count++;
    expect(count).toBe(70); // 190 years = 10 cycles × 7
  });
});

describe('input validation', () => {
  it('rejects a leap month that the year does not have', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2023, 3, 1, true)).toThrow(RangeError);
    expect(() => lunarMonthLength(2024, 6, true)).toThrow(RangeError);
  });

  it('rejects days that the month does not have', () => {
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(/29 days/);
    expect(() => lunarToSolar(2024, 1, 0)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 31)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1.5, 1)).toThrow(RangeError);
  });

  it('rejects dates outside 1900–2100 and malformed dates', () => {
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError);
    expect(() => solarToLunar('2101-01-01')).toThrow(RangeError);
    expect(() => solarToLunar('2024-02-30')).toThrow(RangeError);
    expect(() => tetDate(1899)).toThrow(RangeError);
    expect(() => tetDate(2101)).toThrow(RangeError);
    expect(solarToLunar('1900-01-01')).toEqual(lunar(1899, 12, 1));
    expect(solarToLunar('2100-12-31')).toEqual(lunar(2100, 12, 1));
  });

  it('outputs are well-formed dates', () => {
    expect(compareDates(tetDate(1900), legalDateOf(1900, 1, 31))).toBe(0);
  });
});
