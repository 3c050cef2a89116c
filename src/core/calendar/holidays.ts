/**
 * Public holidays (ngày nghỉ lễ, tết) and the yearly schedule of days off.
 *
 * Legal basis — Bộ luật Lao động 2019 (Luật số 45/2019/QH14):
 *  - Điều 112 khoản 1: the holidays, with their lengths (cited beside each constant below);
 *  - Điều 112 khoản 3: each year the Prime Minister fixes the actual days off for Tết Âm lịch (điểm b) and for
 *    Quốc khánh (điểm đ). Until an administrator loads that decision, `defaultSchedule` computes a default;
 *  - Điều 111 khoản 3: a holiday of Điều 112 khoản 1 that falls on the weekly rest day is compensated by a day off
 *    on the next working day ("được nghỉ bù vào ngày làm việc kế tiếp").
 * The weekly rest days of state agencies are Saturday and Sunday (40-hour week, Quyết định 188/1999/QĐ-TTg).
 *
 * An official schedule (`YearSchedule`) loaded by an administrator replaces the computed default for its year
 * entirely: its `days` are all the days off of the year besides ordinary weekends (holidays, compensatory days,
 * swapped days off), its `workingDays` the weekend days declared working days (e.g. a Saturday worked to make up
 * for a swapped day).
 */

import { hungKingsDay, MAX_YEAR, MIN_YEAR, solarToLunar, tetDate } from './lunar.ts';
import {
  addDays,
  compareDates,
  legalDateOf,
  isLegalDate,
  isWeekend,
  toVietnameseDate,
  yearOf,
  type LegalDate,
} from './types.ts';

/** A named day: a holiday, a compensatory or swapped day off, or a declared working day. */
export interface NamedDay {
  date: LegalDate;
  name: string;
}

/** The days off of one year (official or computed). */
export interface YearSchedule {
  year: number;
  /** Days off besides ordinary Saturdays and Sundays, sorted by date. */
  days: NamedDay[];
  /** Saturdays or Sundays declared working days (ngày làm việc bù), sorted by date. */
  workingDays?: NamedDay[];
}

// ---------------------------------------------------------------------------------------------------------------
// Legal constants.

/** Tết Dương lịch: 01 day, 1 January. BLLĐ 2019, Điều 112 khoản 1 điểm a. */
const NEW_YEAR_DAY = { month: 1, day: 1, name: 'Tết Dương lịch' } as const;

/** Tết Âm lịch: 05 days; the Prime Minister fixes which ones each year. BLLĐ 2019, Điều 112 khoản 1 điểm b, khoản 3. */
const LUNAR_NEW_YEAR_DAYS = 5;

/**
 * Default placement of the 5 Tết days when no official schedule is loaded: the last day of the lunar year
 * (29 or 30 tháng Chạp) plus days 1–4 of tháng Giêng. This is a project default, not a rule of law: the law only
 * fixes the number of days (BLLĐ 2019, Điều 112 khoản 1 điểm b) and leaves the choice to the Prime Minister
 * (khoản 3), who usually also shifts days around the weekends.
 */
const LUNAR_NEW_YEAR_DAYS_BEFORE_TET = 1;

/** Ngày Chiến thắng: 01 day, 30 April. BLLĐ 2019, Điều 112 khoản 1 điểm c. */
const VICTORY_DAY = { month: 4, day: 30, name: 'Ngày Chiến thắng (30/4)' } as const;

/** Ngày Quốc tế lao động: 01 day, 1 May. BLLĐ 2019, Điều 112 khoản 1 điểm d. */
const LABOUR_DAY = { month: 5, day: 1, name: 'Ngày Quốc tế Lao động (1/5)' } as const;

/** Quốc khánh: 2 September … BLLĐ 2019, Điều 112 khoản 1 điểm đ. */
const NATIONAL_DAY = { month: 9, day: 2, name: 'Quốc khánh (2/9)' } as const;

/**
 * … "và 01 ngày liền kề trước hoặc sau" (BLLĐ 2019, Điều 112 khoản 1 điểm đ; the Prime Minister picks which one,
 * khoản 3). Default: the day before, 1 September (project default, as for Tết).
 */
const NATIONAL_DAY_ADJACENT = { month: 9, day: 1, name: 'Quốc khánh (ngày liền kề, 1/9)' } as const;

/** Giỗ Tổ Hùng Vương: 01 day, 10/3 of the lunar calendar. BLLĐ 2019, Điều 112 khoản 1 điểm e. */
const HUNG_KINGS_DAY_NAME = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';

/** Prefix of a compensatory day off (BLLĐ 2019, Điều 111 khoản 3). */
const COMPENSATORY_PREFIX = 'Nghỉ bù';

// ---------------------------------------------------------------------------------------------------------------
// Default schedule.

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year outside the supported range ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  }
}

function tetDayName(date: LegalDate): string {
  const l = solarToLunar(date);
  if (l.month === 12) return `Tết Âm lịch (${l.day} tháng Chạp)`;
  return `Tết Âm lịch (mùng ${l.day} tháng Giêng)`;
}

/**
 * The holidays of BLLĐ 2019, Điều 112 khoản 1 for `year`, with the default placement of the Tết days and of the
 * day next to Quốc khánh, without compensatory days: 11 days (10 when two coincide). Sorted by date.
 */
export function statutoryHolidays(year: number): NamedDay[] {
  checkYear(year);
  const days: NamedDay[] = [];
  const fixed = (d: { month: number; day: number; name: string }): NamedDay => ({
    date: legalDateOf(year, d.month, d.day),
    name: d.name,
  });
  days.push(fixed(NEW_YEAR_DAY));
  const tet = tetDate(year);
  for (let i = -LUNAR_NEW_YEAR_DAYS_BEFORE_TET; i < LUNAR_NEW_YEAR_DAYS - LUNAR_NEW_YEAR_DAYS_BEFORE_TET; i++) {
    const date = addDays(tet, i);
    days.push({ date, name: tetDayName(date) });
  }
  days.push({ date: hungKingsDay(year), name: HUNG_KINGS_DAY_NAME });
  days.push(fixed(VICTORY_DAY));
  days.push(fixed(LABOUR_DAY));
  days.push(fixed(NATIONAL_DAY_ADJACENT));
  days.push(fixed(NATIONAL_DAY));
  // Two holidays on the same day (within 1900–2100 only Giỗ Tổ on 30/4/1947) make one day off: the law grants
  // no extra day for that case (Điều 111 khoản 3 compensates only holidays falling on the weekly rest day).
  const merged = new Map<LegalDate, NamedDay>();
  for (const d of days) {
    const prev = merged.get(d.date);
    merged.set(d.date, prev ? { date: d.date, name: `${prev.name}; ${d.name}` } : d);
  }
  return [...merged.values()].sort((a, b) => compareDates(a.date, b.date));
}

/**
 * Compensatory days off (BLLĐ 2019, Điều 111 khoản 3): each holiday falling on a Saturday or Sunday gives a day off
 * on the next day that is neither a weekend day, nor a holiday, nor already a compensatory day. Holidays are taken
 * in date order, so two weekend holidays in a row give the next two working days.
 */
export function compensatoryDays(holidays: readonly NamedDay[]): NamedDay[] {
  const taken = new Set(holidays.map((h) => h.date));
  const sorted = [...holidays].sort((a, b) => compareDates(a.date, b.date));
  const result: NamedDay[] = [];
  for (const h of sorted) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    result.push({ date: d, name: `${COMPENSATORY_PREFIX} ${h.name}` });
  }
  return result;
}

/**
 * The computed schedule of `year` when no official one is loaded: the statutory holidays (default placement) and
 * their compensatory days, sorted by date; no declared working days.
 */
export function defaultSchedule(year: number): YearSchedule {
  const holidays = statutoryHolidays(year);
  const days = [...holidays, ...compensatoryDays(holidays)].sort((a, b) => compareDates(a.date, b.date));
  return { year, days, workingDays: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation of an official schedule (input of `PUT /api/v1/calendar/holidays/:year`).

export type ValidationResult = { ok: true; schedule: YearSchedule } | { ok: false; errors: string[] };

/** Longest accepted name of a day, in characters. */
const MAX_DAY_NAME_LENGTH = 200;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks an official schedule loaded by an administrator. Errors are in Vietnamese (shown to the administrator).
 * Rules: the year is an integer in the supported range (and equals `expectedYear` when given, e.g. the year of the
 * URL); `days` is a list of `{date, name}` with valid dates 'YYYY-MM-DD' in that year, non-empty names and no
 * duplicates; `workingDays` (optional) likewise, and each is a Saturday or Sunday that is not also a day off.
 * On success returns a normalised copy (names trimmed, lists sorted by date, unknown fields dropped).
 */
export function validateSchedule(input: unknown, expectedYear?: number): ValidationResult {
  const errors: string[] = [];
  if (!isRecord(input)) {
    return { ok: false, errors: ['Lịch nghỉ phải là một đối tượng có các trường year, days và workingDays.'] };
  }
  const year = input.year;
  let yearOk = false;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.push(`Năm (year) không hợp lệ: phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  } else if (expectedYear !== undefined && year !== expectedYear) {
    errors.push(`Năm ${year} của lịch nghỉ không khớp với năm ${expectedYear} được chỉ định.`);
  } else {
    yearOk = true;
  }

  const seen = new Map<LegalDate, string>();
  const checkList = (value: unknown, label: string, field: string, working: boolean): NamedDay[] => {
    const out: NamedDay[] = [];
    if (!Array.isArray(value)) {
      errors.push(`Danh sách ${label} (${field}) phải là một mảng.`);
      return out;
    }
    value.forEach((item, i) => {
      const where = `${label[0]!.toUpperCase()}${label.slice(1)} thứ ${i + 1}`;
      if (!isRecord(item)) {
        errors.push(`${where}: phải có dạng {date, name}.`);
        return;
      }
      const { date, name } = item;
      let dateOk = false;
      if (!isLegalDate(date)) {
        errors.push(`${where}: ngày ${JSON.stringify(date ?? null)} không hợp lệ (cần định dạng YYYY-MM-DD).`);
      } else if (yearOk && yearOf(date) !== year) {
        errors.push(`${where}: ngày ${toVietnameseDate(date)} không thuộc năm ${year}.`);
      } else if (seen.has(date)) {
        errors.push(`${where}: ngày ${toVietnameseDate(date)} bị trùng với ${seen.get(date)}.`);
      } else if (working && !isWeekend(date)) {
        errors.push(`${where}: ngày ${toVietnameseDate(date)} không phải thứ Bảy hoặc Chủ nhật nên vốn là ngày làm việc.`);
      } else {
        seen.set(date, `${label} thứ ${i + 1}`);
        dateOk = true;
      }
      let trimmed = '';
      if (typeof name !== 'string' || (trimmed = name.trim()) === '') {
        errors.push(`${where}: thiếu tên (name).`);
      } else if (trimmed.length > MAX_DAY_NAME_LENGTH) {
        errors.push(`${where}: tên dài quá ${MAX_DAY_NAME_LENGTH} ký tự.`);
      } else if (dateOk) {
        out.push({ date: date as LegalDate, name: trimmed });
      }
    });
    return out.sort((a, b) => compareDates(a.date, b.date));
  };

  const days = checkList(input.days, 'ngày nghỉ', 'days', false);
  const workingDays =
    input.workingDays === undefined ? [] : checkList(input.workingDays, 'ngày làm việc bù', 'workingDays', true);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, schedule: { year: year as number, days, workingDays } };
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar.

interface YearIndex {
  schedule: YearSchedule;
  off: Map<LegalDate, string>;
  working: Map<LegalDate, string>;
}

function copySchedule(s: YearSchedule): YearSchedule {
  return {
    year: s.year,
    days: s.days.map((d) => ({ ...d })),
    workingDays: (s.workingDays ?? []).map((d) => ({ ...d })),
  };
}

/**
 * The working-day calendar: per year the official schedule when one was loaded (it replaces the default entirely),
 * otherwise `defaultSchedule(year)`. Immutable once built; years are computed lazily and cached.
 */
export class Calendar {
  private readonly overrides: ReadonlyMap<number, YearSchedule>;
  private readonly cache = new Map<number, YearIndex>();

  /**
   * @param overrides official schedules by year. Each is validated (`validateSchedule`) and must be keyed by its
   *   own year; a `RangeError` is thrown otherwise.
   */
  constructor(overrides: ReadonlyMap<number, YearSchedule> = new Map()) {
    const checked = new Map<number, YearSchedule>();
    for (const [key, schedule] of overrides) {
      const result = validateSchedule(schedule, key);
      if (!result.ok) {
        throw new RangeError(`Invalid schedule for ${key}: ${result.errors.join(' ')}`);
      }
      checked.set(key, result.schedule);
    }
    this.overrides = checked;
  }

  private index(year: number): YearIndex {
    let idx = this.cache.get(year);
    if (!idx) {
      const schedule = this.overrides.get(year) ?? defaultSchedule(year);
      idx = {
        schedule,
        off: new Map(schedule.days.map((d) => [d.date, d.name])),
        working: new Map((schedule.workingDays ?? []).map((d) => [d.date, d.name])),
      };
      this.cache.set(year, idx);
    }
    return idx;
  }

  /** True when `year` has an official schedule. */
  hasOverride(year: number): boolean {
    return this.overrides.has(year);
  }

  /** The schedule in force for `year` (a copy). */
  schedule(year: number): YearSchedule {
    return copySchedule(this.index(year).schedule);
  }

  /** The days off of `year` besides ordinary weekends (holidays, compensatory and swapped days), sorted. */
  holidays(year: number): NamedDay[] {
    return this.schedule(year).days;
  }

  /** Day off: a listed day off, or a Saturday / Sunday not declared a working day. */
  isDayOff(date: LegalDate): boolean {
    const idx = this.index(yearOf(date));
    if (idx.off.has(date)) return true;
    return isWeekend(date) && !idx.working.has(date);
  }

  isWorkingDay(date: LegalDate): boolean {
    return !this.isDayOff(date);
  }

  /** The name of a listed day off or declared working day, if any (ordinary weekends have none). */
  describe(date: LegalDate): string | undefined {
    const idx = this.index(yearOf(date));
    return idx.off.get(date) ?? idx.working.get(date);
  }
}

/** A `Calendar` built from the official schedules loaded so far (same as `new Calendar(overrides)`). */
export function createCalendar(overrides: ReadonlyMap<number, YearSchedule> = new Map()): Calendar {
  return new Calendar(overrides);
}
