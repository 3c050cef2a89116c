import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatInt,
  formatLegalDate,
  formatMoneyVnd,
  formatPercent,
  formatPlaceDate,
  formatShare,
  percent,
  toIsoDate,
  todayInVietnam,
  vietnamDateParts,
} from './format.ts';

describe('formatInt', () => {
  it('groups thousands with dots', () => {
    expect(formatInt(1949)).toBe('1.949');
    expect(formatInt(0)).toBe('0');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(1000)).toBe('1.000');
    expect(formatInt(100_000_000)).toBe('100.000.000');
    expect(formatInt(28_000_000)).toBe('28.000.000');
  });
  it('handles negatives, rounding and bigint', () => {
    expect(formatInt(-1234567)).toBe('-1.234.567');
    expect(formatInt(1949.5)).toBe('1.950');
    expect(formatInt(-0.4)).toBe('0');
    expect(formatInt(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatInt(-1000n)).toBe('-1.000');
    expect(formatInt(1e21)).toBe('1.000.000.000.000.000.000.000');
  });
  it('English separators', () => {
    expect(formatInt(1949, 'en')).toBe('1,949');
  });
  it('rejects non-finite numbers', () => {
    expect(() => formatInt(Number.NaN)).toThrow(RangeError);
    expect(() => formatInt(Infinity)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it('uses a decimal comma and thousands dots', () => {
    expect(formatDecimal(1234.5, 1)).toBe('1.234,5');
    expect(formatDecimal(3.14159, 2)).toBe('3,14');
    expect(formatDecimal(2, 2)).toBe('2,00');
    expect(formatDecimal(7.6, 0)).toBe('8');
    expect(formatDecimal(1234.5, 1, 'en')).toBe('1,234.5');
  });
  it('rounds half-up on the decimal value as written', () => {
    expect(formatDecimal(1.005, 2)).toBe('1,01'); // 1.005 is 1.00499999… as a double
    expect(formatDecimal(999.95, 1)).toBe('1.000,0');
    expect(formatDecimal(999.94, 1)).toBe('999,9');
    expect(formatDecimal(0.05, 1)).toBe('0,1');
    expect(formatDecimal(0.25, 1)).toBe('0,3');
    expect(formatDecimal(1.5e-7, 7)).toBe('0,0000002');
  });
  it('negative numbers round half away from zero; no "-0"', () => {
    expect(formatDecimal(-2.25, 1)).toBe('-2,3');
    expect(formatDecimal(-1234.56, 1)).toBe('-1.234,6');
    expect(formatDecimal(-0.04, 1)).toBe('0,0');
  });
});

describe('percent', () => {
  it('rounds to one decimal half-up with integer arithmetic', () => {
    expect(percent(861, 866)).toBe(99.4);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3 (half-up)
    expect(percent(3, 16)).toBe(18.8); // 18.75 → 18.8
    expect(percent(1, 1)).toBe(100);
    expect(percent(0, 5)).toBe(0);
  });
  it('does not round 99.95% up past a true value, and reaches 100 only at half-up', () => {
    expect(percent(19999, 20000)).toBe(100); // 99.995 → 100.0
    expect(percent(9994, 10000)).toBe(99.9); // 99.94
    expect(percent(19989, 20000)).toBe(99.9); // 99.945 → 99.9
    expect(percent(19991, 20000)).toBe(100); // 99.955 → 100.0
    expect(percent(1999, 2000)).toBe(100); // 99.95 → 100.0
  });
  it('zero denominator is null', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(5, 0)).toBeNull();
  });
  it('large counts stay exact', () => {
    expect(percent(27_999_999, 28_000_000)).toBe(100);
    expect(percent(4_503_599_627_370_495, 9_007_199_254_740_990)).toBe(50);
    expect(() => percent(2 ** 60, 3)).toThrow(RangeError); // unsafe number: pass a bigint
    expect(percent(10n ** 20n, 3n * 10n ** 20n)).toBe(33.3);
  });
  it('negative shares round half away from zero', () => {
    expect(percent(-1, 8)).toBe(-12.5);
    expect(percent(-1, 16)).toBe(-6.3);
    expect(percent(1, -3)).toBe(-33.3);
  });
  it('rejects non-integer counts', () => {
    expect(() => percent(1.5, 3)).toThrow(RangeError);
  });
});

describe('formatPercent / formatShare', () => {
  it('formats percent points', () => {
    expect(formatPercent(99.4)).toBe('99,4%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(12.5)).toBe('12,5%');
    expect(formatPercent(66.7)).toBe('66,7%');
    expect(formatPercent(99.95)).toBe('100%');
    expect(formatPercent(1234.5)).toBe('1.234,5%');
    expect(formatPercent(-12.5)).toBe('-12,5%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(99.4, 'en')).toBe('99.4%');
  });
  it('formats shares from counts', () => {
    expect(formatShare(861, 866)).toBe('861/866 (99,4%)');
    expect(formatShare(2, 3)).toBe('2/3 (66,7%)');
    expect(formatShare(1, 3)).toBe('1/3 (33,3%)');
    expect(formatShare(1, 8)).toBe('1/8 (12,5%)');
    expect(formatShare(1949, 2000)).toBe('1.949/2.000 (97,5%)');
    expect(formatShare(866, 866)).toBe('866/866 (100%)');
    expect(formatShare(0, 0)).toBe('0/0 (—)');
    expect(formatShare(1949, 2000, 'en')).toBe('1,949/2,000 (97.5%)');
  });
});

describe('formatMoneyVnd', () => {
  it('uses the largest unit in which the amount is whole', () => {
    expect(formatMoneyVnd(18_126_000_000_000)).toBe('18.126 tỷ đồng');
    expect(formatMoneyVnd(350_000_000)).toBe('350 triệu đồng');
    expect(formatMoneyVnd(1_200_000)).toBe('1.200.000 đồng');
    expect(formatMoneyVnd(1_500_000_000)).toBe('1.500 triệu đồng');
    expect(formatMoneyVnd(1_000_000_000)).toBe('1 tỷ đồng');
    expect(formatMoneyVnd(999_999)).toBe('999.999 đồng');
    expect(formatMoneyVnd(0)).toBe('0 đồng');
    expect(formatMoneyVnd(-350_000_000)).toBe('-350 triệu đồng');
    expect(formatMoneyVnd(1_200_000.5)).toBe('1.200.001 đồng');
    expect(formatMoneyVnd(10n ** 24n)).toBe('1.000.000.000.000.000 tỷ đồng');
  });
  it('approximates on request', () => {
    expect(formatMoneyVnd(1_234_567_891, { fractionDigits: 1 })).toBe('1,2 tỷ đồng');
    expect(formatMoneyVnd(18_126_400_000_000, { fractionDigits: 0 })).toBe('18.126 tỷ đồng');
    expect(formatMoneyVnd(1_250_000, { fractionDigits: 1 })).toBe('1,3 triệu đồng');
    expect(formatMoneyVnd(1_200_000, { fractionDigits: 2 })).toBe('1,2 triệu đồng');
    expect(formatMoneyVnd(999_950_000, { fractionDigits: 1 })).toBe('1.000 triệu đồng');
    expect(formatMoneyVnd(12_345, { fractionDigits: 1 })).toBe('12.345 đồng');
  });
  it('English', () => {
    expect(formatMoneyVnd(18_126_000_000_000, { locale: 'en' })).toBe('18,126 billion VND');
    expect(formatMoneyVnd(350_000_000, { locale: 'en' })).toBe('350 million VND');
    expect(formatMoneyVnd(1_200_000, { locale: 'en' })).toBe('1,200,000 VND');
  });
});

describe('dates', () => {
  it('formats calendar dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
  });
  it('renders instants in Vietnam time (UTC+7) whatever the machine zone', () => {
    // 17:30 UTC on 22 Nov is 00:30 on 23 Nov in Hà Nội
    expect(formatDate('2026-11-22T17:30:00Z')).toBe('23/11/2026');
    expect(formatDate('2026-11-22T16:59:59Z')).toBe('22/11/2026');
    expect(formatDate(new Date(Date.UTC(2026, 10, 22, 17, 0, 0)))).toBe('23/11/2026');
    expect(formatDate('2026-11-23T06:00:00+09:00')).toBe('23/11/2026'); // 04:00 in Hà Nội
    expect(formatDate('2026-11-23T01:00:00+09:00')).toBe('22/11/2026'); // 23:00 on the 22nd
    expect(formatDate('2026-12-31T23:30:00')).toBe('31/12/2026'); // no offset: Vietnam local time
    expect(formatDate('2026-12-31 23:30')).toBe('31/12/2026');
  });
  it('rejects invalid dates', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatDate('23/11/2026')).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
  it('todayInVietnam uses UTC+7', () => {
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayInVietnam(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(toIsoDate('2026-03-01T00:00:00Z')).toBe('2026-03-01');
    expect(vietnamDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('place-date line (Decree 30/2020, Appendix I, Part I, §II.4.b)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatPlaceDate('Hà Nội', '2026-11-23')).toBe('Hà Nội, ngày 23 tháng 11 năm 2026');
    expect(formatPlaceDate('Hà Nội', '2026-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceDate('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020'); // appendix example
    expect(formatPlaceDate('Thành phố Hồ Chí Minh', '2019-06-29')).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'); // appendix example
    expect(formatLegalDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatLegalDate('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
    expect(formatPlaceDate('Hà Nội', '2026-11-22T18:00:00Z')).toBe('Hà Nội, ngày 23 tháng 11 năm 2026');
    expect(formatPlaceDate('Hanoi', '2026-02-05', 'en')).toBe('Hanoi, 5 February 2026');
  });
});
