// SQL of the calendar module: the official yearly schedules (migrations/041_calendar.sql).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/schema.ts';
import type { YearSchedule } from '../../core/calendar/index.ts';

export async function loadSchedules(db: Kysely<DB>): Promise<YearSchedule[]> {
  const rows = await db.selectFrom('calendar_schedules').select(['year', 'days', 'working_days']).orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, days: r.days, workingDays: r.working_days }));
}

/** A fingerprint of all stored schedules: equal fingerprints mean equal calendars (content-addressed cache). */
export async function fingerprint(db: Kysely<DB>): Promise<string> {
  const r = await sql<{ f: string | null }>`
    SELECT md5(string_agg(year::text || ':' || days::text || ':' || working_days::text, '|' ORDER BY year)) AS f
    FROM calendar_schedules`.execute(db);
  return r.rows[0]?.f ?? 'default';
}

export async function getSchedule(db: Kysely<DB>, year: number): Promise<YearSchedule | null> {
  const r = await db.selectFrom('calendar_schedules').select(['year', 'days', 'working_days']).where('year', '=', year).executeTakeFirst();
  return r ? { year: r.year, days: r.days, workingDays: r.working_days } : null;
}

export async function upsertSchedule(db: Kysely<DB>, s: YearSchedule, userId: number | null, now: Date): Promise<boolean> {
  const existed = !!(await db.selectFrom('calendar_schedules').select('year').where('year', '=', s.year).forUpdate().executeTakeFirst());
  const values = { days: JSON.stringify(s.days), working_days: JSON.stringify(s.workingDays ?? []), updated_at: now, updated_by: userId };
  if (existed) await db.updateTable('calendar_schedules').set(values).where('year', '=', s.year).execute();
  else await db.insertInto('calendar_schedules').values({ year: s.year, ...values }).execute();
  return existed;
}
