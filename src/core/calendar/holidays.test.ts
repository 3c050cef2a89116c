import { describe, expect, it } from 'vitest';
import {
  Calendar,
  compensatoryDays,
  createCalendar,
  defaultSchedule,
  statutoryHolidays,
  validateSchedule,
  type YearSchedule,
} from './holidays.ts';
import { hungKingsDay, MAX_YEAR, MIN_YEAR, tetDate } from './lunar.ts';
import { addDays, isWeekend, yearOf } from './types.ts';

const dates = (s: { days: { date: string }[] }) => s.days.map((d) => d.date);

describe('defaultSchedule', () => {
  it('2025: the statutory holidays with default placement, plus compensation for the Saturday of Tết', () => {
    expect(defaultSchedule(2025)).toEqual({
      year: 2025,
      days: [
        { date: '2025-01-01', name: 'Tết Dương lịch' },
        { date: '2025-01-28', name: 'Tết Âm lịch (29 tháng Chạp)' },
        { date: '2025-01-29', name: 'Tết Âm lịch (mùng 1 tháng Giêng)' },
        { date: '2025-01-30', name: 'Tết Âm lịch (mùng 2 tháng Giêng)' },
        { date: '2025-01-31', name: 'Tết Âm lịch (mùng 3 tháng Giêng)' },
        { date: '2025-02-01', name: 'Tết Âm lịch (mùng 4 tháng Giêng)' },
        { date: '2025-02-03', name: 'Nghỉ bù Tết Âm lịch (mùng 4 tháng Giêng)' },
        { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
        { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)' },
        { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
        { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề, 1/9)' },
        { date: '2025-09-02', name: 'Quốc khánh (2/9)' },
      ],
      workingDays: [],
    });
  });

  it('2024: Tết (30 tháng Chạp … mùng 4) spans a weekend, two compensatory days follow the block', () => {
    const s = defaultSchedule(2024);
    expect(dates(s).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-15',
    ]);
    expect(s.days.find((d) => d.date === '2024-02-09')?.name).toBe('Tết Âm lịch (30 tháng Chạp)');
    expect(s.days.find((d) => d.date === '2024-02-14')?.name).toBe('Nghỉ bù Tết Âm lịch (mùng 1 tháng Giêng)');
    expect(s.days.find((d) => d.date === '2024-02-15')?.name).toBe('Nghỉ bù Tết Âm lịch (mùng 2 tháng Giêng)');
    // 1/9/2024 is a Sunday: compensated on Tuesday 3/9 (Monday 2/9 is itself a holiday).
    expect(s.days.find((d) => d.date === '2024-09-03')?.name).toBe('Nghỉ bù Quốc khánh (ngày liền kề, 1/9)');
  });

  it('2022: 30/4 Saturday and 1/5 Sunday are compensated on Monday 2/5 and Tuesday 3/5; Giỗ Tổ (Sunday 10/4) on 11/4', () => {
    const s = defaultSchedule(2022);
    expect(hungKingsDay(2022)).toBe('2022-04-10');
    const byDate = new Map(s.days.map((d) => [d.date, d.name]));
    expect(byDate.get('2022-04-11')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(byDate.get('2022-05-02')).toBe('Nghỉ bù Ngày Chiến thắng (30/4)');
    expect(byDate.get('2022-05-03')).toBe('Nghỉ bù Ngày Quốc tế Lao động (1/5)');
  });

  it('2018: 1/9 Saturday and 2/9 Sunday are compensated on Monday 3/9 and Tuesday 4/9', () => {
    const s = defaultSchedule(2018);
    expect(dates(s).filter((d) => d.startsWith('2018-09'))).toEqual([
      '2018-09-01',
      '2018-09-02',
      '2018-09-03',
      '2018-09-04',
    ]);
  });

  it('2027: 1/5 Saturday is compensated on Monday 3/5; Tết 6/2 is a Saturday', () => {
    const s = defaultSchedule(2027);
    expect(s.days.find((d) => d.date === '2027-05-03')?.name).toBe('Nghỉ bù Ngày Quốc tế Lao động (1/5)');
    expect(tetDate(2027)).toBe('2027-02-06');
    expect(dates(s).filter((d) => d.startsWith('2027-02'))).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  it('every year 1900–2100: 11 statutory days in the year, sorted, distinct; compensation is a weekday', () => {
    const bad: string[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
      const stat = statutoryHolidays(y);
      const s = defaultSchedule(y);
      const ds = dates(s);
      if (stat.length !== (y === 1947 ? 10 : 11)) bad.push(`${y}: ${stat.length} statutory days`);
      if (new Set(ds).size !== ds.length) bad.push(`${y}: duplicates`);
      if (ds.some((d) => yearOf(d) !== y)) bad.push(`${y}: day outside the year`);
      if ([...ds].sort().join() !== ds.join()) bad.push(`${y}: not sorted`);
      const weekendHolidays = stat.filter((h) => isWeekend(h.date)).length;
      const comp = s.days.filter((d) => d.name.startsWith('Nghỉ bù '));
      if (comp.length !== weekendHolidays) bad.push(`${y}: ${comp.length} compensatory for ${weekendHolidays}`);
      if (comp.some((c) => isWeekend(c.date))) bad.push(`${y}: compensatory day on a weekend`);
      // Tết: the 5 consecutive days ending on mùng 4.
      const tet = tetDate(y);
      for (let i = -1; i <= 3; i++) if (!ds.includes(addDays(tet, i))) bad.push(`${y}: Tết day ${i} missing`);
    }
    expect(bad).toEqual([]);
  });

  it('1947: Giỗ Tổ falls on 30/4 — one day off with both names, no extra day', () => {
    expect(hungKingsDay(1947)).toBe('1947-04-30');
    const s = defaultSchedule(1947);
    expect(s.days.filter((d) => d.date === '1947-04-30')).toEqual([
      { date: '1947-04-30', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng (30/4)' },
    ]);
  });

  it('rejects years outside the lunar range', () => {
    expect(() => defaultSchedule(1899)).toThrow(RangeError);
    expect(() => defaultSchedule(2101)).toThrow(RangeError);
    expect(() => defaultSchedule(2025.5)).toThrow(RangeError);
  });
});

describe('compensatoryDays', () => {
  it('skips weekends, holidays and already-taken compensatory days', () => {
    const holidays = [
      { date: '2025-03-08', name: 'A' }, // Saturday
      { date: '2025-03-09', name: 'B' }, // Sunday
      { date: '2025-03-10', name: 'C' }, // Monday
    ];
    expect(compensatoryDays(holidays)).toEqual([
      { date: '2025-03-11', name: 'Nghỉ bù A' },
      { date: '2025-03-12', name: 'Nghỉ bù B' },
    ]);
    expect(compensatoryDays([{ date: '2025-03-10', name: 'C' }])).toEqual([]);
  });
});

// A schedule modelled on the kind the Prime Minister announces: Tết moved to a 9-day block with Monday 27/1 swapped
// for Saturday 8/2, and 30/4–1/5 joined to the weekend by swapping Friday 2/5 with Saturday 26/4.
const official2025: YearSchedule = {
  year: 2025,
  days: [
    { date: '2025-01-01', name: 'Tết Dương lịch' },
    { date: '2025-01-27', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 08/02)' },
    { date: '2025-01-28', name: 'Tết Âm lịch' },
    { date: '2025-01-29', name: 'Tết Âm lịch' },
    { date: '2025-01-30', name: 'Tết Âm lịch' },
    { date: '2025-01-31', name: 'Tết Âm lịch' },
    { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2025-04-30', name: 'Ngày Chiến thắng' },
    { date: '2025-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)' },
    { date: '2025-09-01', name: 'Quốc khánh' },
    { date: '2025-09-02', name: 'Quốc khánh' },
  ],
  workingDays: [
    { date: '2025-02-08', name: 'Làm bù cho ngày 27/01' },
    { date: '2025-04-26', name: 'Làm bù cho ngày 02/05' },
  ],
};

describe('Calendar', () => {
  const def = new Calendar();
  const cal = createCalendar(new Map([[2025, official2025]]));

  it('uses the default schedule when no override is loaded', () => {
    expect(def.hasOverride(2025)).toBe(false);
    expect(def.schedule(2025)).toEqual(defaultSchedule(2025));
    expect(def.holidays(2025)).toEqual(defaultSchedule(2025).days);
    expect(def.isDayOff('2025-02-03')).toBe(true); // compensatory
    expect(def.isDayOff('2025-01-27')).toBe(false);
    expect(def.isWorkingDay('2025-01-27')).toBe(true);
  });

  it('an override replaces the computed default entirely for its year', () => {
    expect(cal.hasOverride(2025)).toBe(true);
    expect(cal.schedule(2025)).toEqual(official2025);
    expect(cal.isDayOff('2025-01-27')).toBe(true); // swapped day off
    expect(cal.isDayOff('2025-02-03')).toBe(false); // default compensatory day is not in the override
    expect(cal.isDayOff('2025-05-02')).toBe(true);
    expect(cal.describe('2025-05-02')).toBe('Nghỉ hoán đổi (làm bù thứ Bảy 26/04)');
  });

  it('declared working weekend days are working days; other weekends are days off', () => {
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    expect(cal.isDayOff('2025-02-08')).toBe(false);
    expect(cal.describe('2025-02-08')).toBe('Làm bù cho ngày 27/01');
    expect(cal.isDayOff('2025-02-09')).toBe(true); // Sunday
    expect(def.isDayOff('2025-02-08')).toBe(true);
    expect(cal.describe('2025-02-09')).toBeUndefined();
  });

  it('other years keep the default', () => {
    expect(cal.hasOverride(2026)).toBe(false);
    expect(cal.schedule(2026)).toEqual(defaultSchedule(2026));
    expect(cal.isDayOff('2026-02-17')).toBe(true); // Tết Bính Ngọ
    expect(cal.isDayOff('2026-04-27')).toBe(true); // compensation for Giỗ Tổ on Sunday 26/4
  });

  it('is immune to mutation of its input and of what it returns', () => {
    const input: YearSchedule = { year: 2030, days: [{ date: '2030-01-01', name: 'Tết Dương lịch' }] };
    const map = new Map([[2030, input]]);
    const c = new Calendar(map);
    input.days.push({ date: '2030-01-02', name: 'x' });
    map.set(2031, { year: 2031, days: [] });
    expect(c.isDayOff('2030-01-02')).toBe(false);
    expect(c.hasOverride(2031)).toBe(false);
    c.schedule(2030).days.push({ date: '2030-01-03', name: 'y' });
    c.holidays(2030).length = 0;
    expect(c.holidays(2030)).toEqual([{ date: '2030-01-01', name: 'Tết Dương lịch' }]);
    expect(c.schedule(2030).workingDays).toEqual([]);
  });

  it('rejects invalid overrides and overrides filed under another year', () => {
    expect(() => new Calendar(new Map([[2026, official2025]]))).toThrow(/2026/);
    expect(
      () => new Calendar(new Map([[2025, { year: 2025, days: [{ date: '2025-02-30', name: 'x' }] }]])),
    ).toThrow(RangeError);
  });

  it('rejects malformed dates', () => {
    expect(() => def.isDayOff('2025-13-01')).toThrow(RangeError);
  });
});

describe('validateSchedule', () => {
  it('accepts a valid schedule and normalises it', () => {
    const r = validateSchedule({
      year: 2025,
      extra: 'ignored',
      days: [
        { date: '2025-09-02', name: '  Quốc khánh ' },
        { date: '2025-01-01', name: 'Tết Dương lịch' },
      ],
    });
    expect(r).toEqual({
      ok: true,
      schedule: {
        year: 2025,
        days: [
          { date: '2025-01-01', name: 'Tết Dương lịch' },
          { date: '2025-09-02', name: 'Quốc khánh' },
        ],
        workingDays: [],
      },
    });
    expect(validateSchedule(official2025)).toEqual({ ok: true, schedule: official2025 });
    expect(validateSchedule(official2025, 2025).ok).toBe(true);
    expect(validateSchedule({ year: 2025, days: [] }).ok).toBe(true);
  });

  const errorsOf = (input: unknown, expectedYear?: number): string[] => {
    const r = validateSchedule(input, expectedYear);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('rejects non-objects and bad years', () => {
    expect(errorsOf(null)[0]).toMatch(/phải là một đối tượng/);
    expect(errorsOf([])[0]).toMatch(/phải là một đối tượng/);
    expect(errorsOf({ year: '2025', days: [] })).toEqual(['Năm (year) không hợp lệ: phải là số nguyên từ 1900 đến 2100.']);
    expect(errorsOf({ year: 2101, days: [] })[0]).toMatch(/Năm \(year\) không hợp lệ/);
    expect(errorsOf({ year: 2025, days: [] }, 2026)).toEqual([
      'Năm 2025 của lịch nghỉ không khớp với năm 2026 được chỉ định.',
    ]);
    expect(errorsOf({ year: 2025 })).toEqual(['Danh sách ngày nghỉ (days) phải là một mảng.']);
    expect(errorsOf({ year: 2025, days: [], workingDays: {} })).toEqual([
      'Danh sách ngày làm việc bù (workingDays) phải là một mảng.',
    ]);
  });

  it('rejects invalid dates, dates of another year, duplicates and missing names', () => {
    const errors = errorsOf({
      year: 2025,
      days: [
        { date: '2025-01-01', name: 'Tết Dương lịch' },
        { date: '2025-02-30', name: 'Ngày không có' },
        { date: '2024-12-31', name: 'Năm trước' },
        { date: '2025-01-01', name: 'Trùng' },
        { date: '2025-05-01', name: '  ' },
        { date: 20250902, name: 'Số' },
        'x',
      ],
    });
    expect(errors).toEqual([
      'Ngày nghỉ thứ 2: ngày "2025-02-30" không hợp lệ (cần định dạng YYYY-MM-DD).',
      'Ngày nghỉ thứ 3: ngày 31/12/2024 không thuộc năm 2025.',
      'Ngày nghỉ thứ 4: ngày 01/01/2025 bị trùng với ngày nghỉ thứ 1.',
      'Ngày nghỉ thứ 5: thiếu tên (name).',
      'Ngày nghỉ thứ 6: ngày 20250902 không hợp lệ (cần định dạng YYYY-MM-DD).',
      'Ngày nghỉ thứ 7: phải có dạng {date, name}.',
    ]);
  });

  it('rejects declared working days that are weekdays or also days off', () => {
    const errors = errorsOf({
      year: 2025,
      days: [{ date: '2025-02-08', name: 'Nghỉ' }],
      workingDays: [
        { date: '2025-02-10', name: 'Thứ Hai' },
        { date: '2025-02-08', name: 'Thứ Bảy' },
        { date: '2025-04-26', name: 'Thứ Bảy' },
        { date: '2025-04-26', name: 'Thứ Bảy lần nữa' },
      ],
    });
    expect(errors).toEqual([
      'Ngày làm việc bù thứ 1: ngày 10/02/2025 không phải thứ Bảy hoặc Chủ nhật nên vốn là ngày làm việc.',
      'Ngày làm việc bù thứ 2: ngày 08/02/2025 bị trùng với ngày nghỉ thứ 1.',
      'Ngày làm việc bù thứ 4: ngày 26/04/2025 bị trùng với ngày làm việc bù thứ 3.',
    ]);
  });

  it('rejects overlong names', () => {
    expect(errorsOf({ year: 2025, days: [{ date: '2025-01-01', name: 'x'.repeat(201) }] })).toEqual([
      'Ngày nghỉ thứ 1: tên dài quá 200 ký tự.',
    ]);
  });
});
