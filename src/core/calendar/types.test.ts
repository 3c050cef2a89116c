import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertLegalDate,
  compareDates,
  daysInMonth,
  diffDays,
  legalDateOf,
  fromDayNumber,
  isLeapYear,
  isLegalDate,
  isWeekend,
  parseLegalDate,
  toDayNumber,
  toVietnameseDate,
  weekday,
  yearOf,
} from './types.ts';

describe('LegalDate validation', () => {
  it('accepts real dates', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31', '0001-01-01', '9999-12-31']) {
      expect(isLegalDate(d)).toBe(true);
    }
  });

  it('rejects malformed or impossible dates', () => {
    for (const d of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00:00Z',
      ' 2024-01-01',
      '0000-01-01',
      '',
    ]) {
      expect(isLegalDate(d), d).toBe(false);
    }
    expect(isLegalDate(20240101)).toBe(false);
    expect(isLegalDate(null)).toBe(false);
    expect(isLegalDate(undefined)).toBe(false);
  });

  it('parse / format round-trip and errors', () => {
    expect(parseLegalDate('2025-09-02')).toEqual({ year: 2025, month: 9, day: 2 });
    expect(legalDateOf(2025, 9, 2)).toBe('2025-09-02');
    expect(legalDateOf(5, 1, 1)).toBe('0005-01-01');
    expect(() => parseLegalDate('2025-02-30')).toThrow(RangeError);
    expect(() => legalDateOf(2025, 2, 29)).toThrow(RangeError);
    expect(() => legalDateOf(2025, 1.5, 1)).toThrow(RangeError);
    expect(assertLegalDate('2024-02-29')).toBe('2024-02-29');
    expect(() => assertLegalDate('2024-02-30')).toThrow(RangeError);
  });

  it('leap years and month lengths', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('day arithmetic (UTC-free integer arithmetic)', () => {
  it('day numbers are days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with Date.UTC and round-trips on every day 1899–2101', () => {
    const bad: string[] = [];
    const end = toDayNumber('2101-12-31');
    for (let n = toDayNumber('1899-01-01'); n <= end; n++) {
      const d = fromDayNumber(n);
      const { year, month, day } = parseLegalDate(d);
      if (toDayNumber(d) !== n || Date.UTC(year, month - 1, day) / 86_400_000 !== n) bad.push(d);
    }
    expect(bad).toEqual([]);
  });

  it('addDays crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
    expect(() => addDays('2025-06-15', 0.5)).toThrow(RangeError);
    expect(() => addDays('2025-06-32', 1)).toThrow(RangeError);
  });

  it('diffDays and compareDates', () => {
    expect(diffDays('2025-01-01', '2026-01-01')).toBe(365);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(diffDays('2025-03-10', '2025-03-01')).toBe(-9);
    expect(compareDates('2025-03-10', '2025-03-01')).toBeGreaterThan(0);
    expect(compareDates('2025-03-01', '2025-03-10')).toBeLessThan(0);
    expect(compareDates('2025-03-01', '2025-03-01')).toBe(0);
    expect(['2025-03-10', '2024-12-31', '2025-01-01'].sort(compareDates)).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2025-03-10',
    ]);
  });

  it('weekdays and weekends', () => {
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(weekday('2024-02-10')).toBe(6); // Saturday (Tết Giáp Thìn)
    expect(weekday('2025-09-02')).toBe(2); // Tuesday
    expect(weekday('1900-01-01')).toBe(1); // Monday
    expect(isWeekend('2025-03-08')).toBe(true);
    expect(isWeekend('2025-03-09')).toBe(true);
    expect(isWeekend('2025-03-10')).toBe(false);
    expect(isWeekend('2025-03-07')).toBe(false);
  });

  it('year and Vietnamese display format', () => {
    expect(yearOf('2025-09-02')).toBe(2025);
    expect(toVietnameseDate('2025-09-02')).toBe('02/09/2025');
  });
});
