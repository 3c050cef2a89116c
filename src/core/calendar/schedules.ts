// The legal calendar as the platform uses it: the default schedules of src/core/calendar, overridden year by year
// by the official schedules an administrator loaded (PUT /api/v1/calendar/holidays/:year). Every deadline of the
// platform is computed with `calendarFor(db)`.
//
// Cache: calendars are kept by the fingerprint of the stored schedules (one cheap query on a table of a few rows),
// so a schedule saved by another process is seen on the next computation; `invalidateCalendar()` is called after a
// PUT in this process as well.
import type { Db } from '../db.ts';
import { audit } from '../audit.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { directory } from '../directory.ts';
import { requirePermission } from '../permissions.ts';
import { badRequest } from '../refusal.ts';
import { Calendar, validateSchedule, type NamedDay, type YearSchedule } from './index.ts';
import { fingerprint, loadSchedules, upsertSchedule } from './store.ts';

const cache = new Map<string, Calendar>();
const MAX_CACHED = 16;

function calendarFromSchedules(schedules: readonly YearSchedule[]): Calendar {
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

function invalidateCalendar(): void {
  cache.clear();
}

/** The unit whose administrators load the official schedules (the country). */
const ROOT_UNIT_ID = 1;

/**
 * Loads the official schedule of `year` (it replaces the computed one entirely): by those who manage the calendar
 * at the root, validated, stored and audited in one transaction; calendars computed before are dropped.
 */
export async function setOfficialSchedule(ctx: Ctx, year: number, input: { year?: number; days: NamedDay[]; workingDays?: NamedDay[] }): Promise<YearSchedule> {
  const result = validateSchedule({ year: input.year ?? year, days: input.days, workingDays: input.workingDays ?? [] }, year);
  return inTransaction(ctx, async (tx) => {
    requirePermission(tx.actor, 'calendar.manage', (await directory().unitPath(tx.db, ROOT_UNIT_ID)) ?? '/1/');
    if (!result.ok) throw badRequest('INVALID_SCHEDULE', result.errors.join(' '));
    const s = result.schedule;
    const replaced = await upsertSchedule(tx.db, s, tx.actor!.userId, tx.now);
    await audit(tx, {
      action: 'calendar.schedule_set',
      targetType: 'calendar',
      targetId: year,
      unitId: ROOT_UNIT_ID,
      data: { year, replaced, days: s.days, workingDays: s.workingDays },
    });
    invalidateCalendar();
    return s;
  });
}
