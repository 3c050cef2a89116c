import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  daysOverdue,
  dueDate,
  nextWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
  type DeadlineUnit,
} from './deadlines.ts';
import { Calendar, type YearSchedule } from './holidays.ts';
import { addDays, compareDates, weekday } from './types.ts';

// Default schedules (no official schedule loaded). Days off of 2025 besides weekends:
// 1/1; Tết 28/1–1/2 + Monday 3/2 (compensation for Saturday 1/2); 7/4; 30/4; 1/5; 1/9; 2/9.
const def = new Calendar();

// A schedule of the kind the Prime Minister announces: Tết block 25/1–2/2 with Monday 27/1 swapped for Saturday 8/2.
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
    { date: '2025-09-01', name: 'Quốc khánh' },
    { date: '2025-09-02', name: 'Quốc khánh' },
  ],
  workingDays: [{ date: '2025-02-08', name: 'Làm bù cho ngày 27/01' }],
};

// Hypothetical official schedule for 2026, only its first weeks matter here: Friday 2/1 swapped for Saturday 10/1.
const official2026: YearSchedule = {
  year: 2026,
  days: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)' },
  ],
  workingDays: [{ date: '2026-01-10', name: 'Làm bù cho ngày 02/01' }],
};

const cal = new Calendar(
  new Map([
    [2025, official2025],
    [2026, official2026],
  ]),
);

describe('receipt on a Friday', () => {
  const friday = '2025-03-07';
  it('working days start counting on Monday', () => {
    expect(weekday(friday)).toBe(5);
    expect(addWorkingDays(def, friday, 1)).toBe('2025-03-10');
    expect(addWorkingDays(def, friday, 5)).toBe('2025-03-14');
    expect(addWorkingDays(def, friday, 6)).toBe('2025-03-17');
    expect(addWorkingDays(def, friday, 10)).toBe('2025-03-21');
  });

  it('calendar days ending on the weekend move to Monday', () => {
    expect(addCalendarDays(def, friday, 1)).toBe('2025-03-10'); // Saturday → Monday
    expect(addCalendarDays(def, friday, 2)).toBe('2025-03-10'); // Sunday → Monday
    expect(addCalendarDays(def, friday, 3)).toBe('2025-03-10');
    expect(addCalendarDays(def, friday, 4)).toBe('2025-03-11');
  });

  it('receipt on a Saturday: the first working day counted is Monday', () => {
    expect(addWorkingDays(def, '2025-03-08', 1)).toBe('2025-03-10');
    expect(addCalendarDays(def, '2025-03-08', 1)).toBe('2025-03-10');
  });
});

describe('n = 0', () => {
  it('is the day of receipt when it is a working day', () => {
    expect(addWorkingDays(def, '2025-03-07', 0)).toBe('2025-03-07');
    expect(addCalendarDays(def, '2025-03-07', 0)).toBe('2025-03-07');
  });

  it('moves to the next working day when received on a day off', () => {
    expect(addWorkingDays(def, '2025-03-08', 0)).toBe('2025-03-10');
    expect(addCalendarDays(def, '2025-03-09', 0)).toBe('2025-03-10');
    expect(addWorkingDays(def, '2025-01-28', 0)).toBe('2025-02-04'); // received on a Tết day
  });
});

describe('Tết', () => {
  it('working days skip the whole Tết block and its compensatory day (default 2025)', () => {
    expect(addWorkingDays(def, '2025-01-24', 1)).toBe('2025-01-27');
    expect(addWorkingDays(def, '2025-01-24', 2)).toBe('2025-02-04');
  });

  it('a calendar-day deadline falling exactly on mùng 1 Tết moves past the block', () => {
    expect(addCalendarDays(def, '2025-01-19', 10)).toBe('2025-02-04'); // 29/1/2025 = mùng 1
    // Tết Giáp Thìn, Saturday 10/2/2024: default days off 9–13/2 + compensation 14–15/2.
    expect(addCalendarDays(def, '2024-01-31', 10)).toBe('2024-02-16');
  });

  it('with the official schedule the block is different', () => {
    expect(addWorkingDays(cal, '2025-01-24', 1)).toBe('2025-02-03');
    expect(addCalendarDays(cal, '2025-01-24', 5)).toBe('2025-02-03');
    expect(addWorkingDays(cal, '2025-02-03', 5)).toBe('2025-02-08'); // 4, 5, 6, 7/2 and the working Saturday 8/2
    expect(addWorkingDays(def, '2025-02-03', 5)).toBe('2025-02-10');
  });
});

describe('30/4 – 1/5', () => {
  it('2022: 30/4 Saturday, 1/5 Sunday, compensated Monday 2/5 and Tuesday 3/5', () => {
    expect(addWorkingDays(def, '2022-04-29', 1)).toBe('2022-05-04');
    expect(addCalendarDays(def, '2022-04-29', 1)).toBe('2022-05-04');
    expect(addCalendarDays(def, '2022-04-26', 5)).toBe('2022-05-04'); // lands on Sunday 1/5
  });

  it('2025: Wednesday–Thursday holidays', () => {
    expect(addWorkingDays(def, '2025-04-29', 1)).toBe('2025-05-02');
    expect(addCalendarDays(def, '2025-04-29', 1)).toBe('2025-05-02');
    expect(addCalendarDays(def, '2025-04-20', 10)).toBe('2025-05-02');
  });

  it('2027: 1/5 Saturday, compensated Monday 3/5', () => {
    expect(addWorkingDays(def, '2027-04-29', 1)).toBe('2027-05-04');
    expect(addCalendarDays(def, '2027-04-28', 3)).toBe('2027-05-04');
  });
});

describe('Quốc khánh 2/9', () => {
  it('2025: Monday 1/9 and Tuesday 2/9', () => {
    expect(addWorkingDays(def, '2025-08-29', 1)).toBe('2025-09-03');
    expect(addCalendarDays(def, '2025-08-23', 10)).toBe('2025-09-03');
    expect(addWorkingDays(cal, '2025-08-29', 1)).toBe('2025-09-03');
  });

  it('2024: Sunday 1/9 and Monday 2/9, compensation Tuesday 3/9', () => {
    expect(addWorkingDays(def, '2024-08-30', 1)).toBe('2024-09-04');
  });
});

describe('across a year boundary where the next year has an official schedule', () => {
  it('working days follow the override of 2026', () => {
    expect(addWorkingDays(def, '2025-12-29', 5)).toBe('2026-01-06');
    expect(addWorkingDays(cal, '2025-12-29', 5)).toBe('2026-01-07'); // 2/1 is off in the override
    expect(addWorkingDays(def, '2025-12-29', 8)).toBe('2026-01-09');
    expect(addWorkingDays(cal, '2025-12-29', 8)).toBe('2026-01-10'); // declared working Saturday
  });

  it('calendar days follow the override of 2026', () => {
    expect(addCalendarDays(def, '2025-12-22', 10)).toBe('2026-01-02');
    expect(addCalendarDays(cal, '2025-12-22', 10)).toBe('2026-01-05');
  });
});

describe('declared working Saturday', () => {
  it('counts as a working day and a deadline may fall on it', () => {
    expect(weekday('2025-02-08')).toBe(6);
    expect(addWorkingDays(cal, '2025-02-07', 1)).toBe('2025-02-08');
    expect(addCalendarDays(cal, '2025-02-07', 1)).toBe('2025-02-08');
    expect(addWorkingDays(def, '2025-02-07', 1)).toBe('2025-02-10');
    expect(workingDaysBetween(cal, '2025-02-07', '2025-02-10')).toBe(2);
    expect(workingDaysBetween(def, '2025-02-07', '2025-02-10')).toBe(1);
  });
});

describe('dueDate', () => {
  it('dispatches on the unit', () => {
    expect(dueDate(def, '2025-03-07', 10, 'working')).toBe(addWorkingDays(def, '2025-03-07', 10));
    expect(dueDate(def, '2025-03-07', 10, 'calendar')).toBe(addCalendarDays(def, '2025-03-07', 10));
    expect(dueDate(def, '2025-03-07', 10, 'calendar')).toBe('2025-03-17');
    expect(() => dueDate(def, '2025-03-07', 10, 'weeks' as DeadlineUnit)).toThrow(RangeError);
  });

  it('rejects negative or fractional counts and malformed dates', () => {
    expect(() => addWorkingDays(def, '2025-03-07', -1)).toThrow(RangeError);
    expect(() => addCalendarDays(def, '2025-03-07', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(def, '2025-02-29', 1)).toThrow(RangeError);
  });

  it('gives up on a calendar without working days instead of looping', () => {
    const never = { isWorkingDay: () => false };
    expect(() => addWorkingDays(never, '2025-03-07', 1)).toThrow(/No working day/);
    expect(() => addCalendarDays(never, '2025-03-07', 1)).toThrow(/No working day/);
  });
});

describe('nextWorkingDay', () => {
  it('strictly after vs on or after', () => {
    expect(nextWorkingDay(def, '2025-03-07')).toBe('2025-03-10');
    expect(nextWorkingDay(def, '2025-03-10')).toBe('2025-03-11');
    expect(nextWorkingDayOnOrAfter(def, '2025-03-10')).toBe('2025-03-10');
    expect(nextWorkingDayOnOrAfter(def, '2025-03-08')).toBe('2025-03-10');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (a, b]', () => {
    expect(workingDaysBetween(def, '2025-01-24', '2025-02-04')).toBe(2);
    expect(workingDaysBetween(def, '2025-02-04', '2025-01-24')).toBe(-2);
    expect(workingDaysBetween(def, '2025-03-07', '2025-03-07')).toBe(0);
    expect(workingDaysBetween(def, '2025-03-07', '2025-03-09')).toBe(0);
    expect(workingDaysBetween(def, '2025-01-01', '2026-01-01')).toBe(250);
  });

  it('is the inverse of addWorkingDays, and calendar-day deadlines only move over days off', () => {
    const bad: string[] = [];
    for (const c of [def, cal]) {
      for (let from = '2024-12-01'; compareDates(from, '2026-02-28') <= 0; from = addDays(from, 1)) {
        for (const n of [1, 2, 3, 5, 7, 10, 15, 30]) {
          const w = addWorkingDays(c, from, n);
          if (!c.isWorkingDay(w) || workingDaysBetween(c, from, w) !== n || workingDaysBetween(c, from, addDays(w, -1)) !== n - 1) {
            bad.push(`working ${from}+${n} → ${w}`);
          }
          const raw = addDays(from, n);
          const k = addCalendarDays(c, from, n);
          if (compareDates(k, raw) < 0 || !c.isWorkingDay(k)) bad.push(`calendar ${from}+${n} → ${k}`);
          for (let d = raw; compareDates(d, k) < 0; d = addDays(d, 1)) {
            if (c.isWorkingDay(d)) bad.push(`calendar ${from}+${n} skipped working day ${d}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('daysOverdue', () => {
  it('is 0 up to and including the due date', () => {
    expect(daysOverdue(def, '2025-02-04', '2025-02-03')).toBe(0);
    expect(daysOverdue(def, '2025-02-04', '2025-02-04')).toBe(0);
    expect(daysOverdue(def, '2025-02-04', '2025-02-04', 'working')).toBe(0);
  });

  it('counts calendar days by default, working days on request', () => {
    expect(daysOverdue(def, '2025-02-04', '2025-02-05')).toBe(1);
    expect(daysOverdue(def, '2025-02-04', '2025-02-10')).toBe(6);
    expect(daysOverdue(def, '2025-02-04', '2025-02-10', 'working')).toBe(4);
    expect(daysOverdue(def, '2025-01-24', '2025-02-04', 'working')).toBe(2);
  });
});
