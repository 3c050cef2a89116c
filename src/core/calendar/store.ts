// SQL of the legal calendar: the official yearly schedules an administrator loaded (migrations/041_calendar.sql).
import { sql } from 'kysely';
import { tablesOf, type Db } from '../db.ts';
import type { YearSchedule } from './index.ts';
import type { CalendarTables } from './tables.ts';

const q = (db: Db) => tablesOf<CalendarTables>(db);

export async function loadSchedules(db: Db): Promise<YearSchedule[]> {
  const rows = await q(db).selectFrom('calendar_schedules').select(['year', 'days', 'working_days']).orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, days: r.days, workingDays: r.working_days }));
}

/** A fingerprint of all stored schedules: equal fingerprints mean equal calendars (content-addressed cache). */
export async function fingerprint(db: Db): Promise<string> {
  const r = await sql<{ f: string | null }>`
    SELECT md5(string_agg(year::text || ':' || days::text || ':' || working_days::text, '|' ORDER BY year)) AS f
    FROM calendar_schedules`.execute(db);
  return r.rows[0]?.f ?? 'default';
}

export async function upsertSchedule(db: Db, s: YearSchedule, userId: number | null, now: Date): Promise<boolean> {
  const existed = !!(await q(db).selectFrom('calendar_schedules').select('year').where('year', '=', s.year).forUpdate().executeTakeFirst());
  const values = { days: JSON.stringify(s.days), working_days: JSON.stringify(s.workingDays ?? []), updated_at: now, updated_by: userId };
  if (existed) await q(db).updateTable('calendar_schedules').set(values).where('year', '=', s.year).execute();
  else await q(db).insertInto('calendar_schedules').values({ year: s.year, ...values }).execute();
  return existed;
}
