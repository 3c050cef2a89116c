// Kysely types of the legal calendar's table (migrations/041_calendar.sql).
import type { ColumnType } from 'kysely';
import type { NamedDay } from './index.ts';

export interface CalendarSchedulesTable {
  year: number;
  days: ColumnType<NamedDay[], string, string>;
  working_days: ColumnType<NamedDay[], string, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: number | null;
}

export interface CalendarTables {
  calendar_schedules: CalendarSchedulesTable;
}
