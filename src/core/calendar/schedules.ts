// The legal calendar as the platform uses it: the default schedules of src/core/calendar, overridden year by year
// by the official schedules an administrator loaded (PUT /api/v1/calendar/holidays/:year). Every deadline of the
// platform is computed with `calendarFor(db)`.
//
// Cache: calendars are kept by the fingerprint of the stored schedules (one cheap query on a table of a few rows),
// so a schedule saved by another process is seen on the next computation; `invalidateCalendar()` is called after a
// PUT in this process as well.
import type { Db } from '../db.ts';
import { Calendar, type YearSchedule } from './index.ts';
import { fingerprint, loadSchedules } from './store.ts';

const cache = new Map<string, Calendar>();
const MAX_CACHED = 16;

export function calendarFromSchedules(schedules: readonly YearSchedule[]): Calendar {
  return new Calendar(new Map(schedules.map((s) => [s.year, s])));
}

export async function calendarFor(db: Db): Promise<Calendar> {
  const key = await fingerprint(db);
  let cal = cache.get(key);
  if (!cal) {
    cal = calendarFromSchedules(await loadSchedules(db));
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, cal);
  }
  return cal;
}

export function invalidateCalendar(): void {
  cache.clear();
}
