/**
 * Legal calendar: Vietnamese lunar calendar, public holidays and yearly schedules of days off, deadline counting.
 * All functions are pure and work on 'YYYY-MM-DD' strings (`LegalDate`), independent of the machine's time zone.
 */

export {
  addDays,
  assertLegalDate,
  compareDates,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isLeapYear,
  isLegalDate,
  isWeekend,
  legalDateOf,
  parseLegalDate,
  toDayNumber,
  toVietnameseDate,
  weekday,
  yearOf,
  type DateParts,
  type LegalDate,
  type Weekday,
} from './types.ts';

export {
  hungKingsDay,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  MAX_YEAR,
  MIN_YEAR,
  solarToLunar,
  tetDate,
  VIETNAM_TIME_ZONE,
  type LunarDate,
} from './lunar.ts';

export {
  Calendar,
  compensatoryDays,
  createCalendar,
  defaultSchedule,
  statutoryHolidays,
  validateSchedule,
  type NamedDay,
  type ValidationResult,
  type YearSchedule,
} from './holidays.ts';

export {
  addCalendarDays,
  addWorkingDays,
  daysOverdue,
  dueDate,
  nextWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
  type DeadlineUnit,
  type WorkingDayCalendar,
} from './deadlines.ts';

export { monthEnd, monthStart, splitPeriod, type DayRange, type SplitPeriod } from './periods.ts';
