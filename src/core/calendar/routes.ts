// HTTP routes of the legal calendar: a deadline computed from a date, the days off of a year, loading the official
// schedule of a year.
import type { FastifyInstance } from 'fastify';
import { dueDate, MAX_YEAR, MIN_YEAR, yearOf, type DeadlineUnit, type NamedDay, type YearSchedule } from './index.ts';
import { badRequest } from '../refusal.ts';
import { ctxOf } from '../http.ts';
import type { Db } from '../db.ts';
import { calendarFor, setOfficialSchedule } from './schedules.ts';
import { dueDateSchema, holidaysSchema, setHolidaysSchema } from './schema.ts';

function checkYear(y: number): void {
  if (y < MIN_YEAR || y > MAX_YEAR) throw badRequest('YEAR_OUT_OF_RANGE', `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
}

/** The due date `days` (working or calendar) days after `from`, within the years the calendar knows. */
async function dueDateFrom(db: Db, from: string, days: number, unit: DeadlineUnit) {
  checkYear(yearOf(from));
  const due = dueDate(await calendarFor(db), from, days, unit);
  checkYear(yearOf(due));
  return { from, days, unit, dueDate: due };
}

const scheduleOut = (s: YearSchedule, official: boolean) => ({ year: s.year, official, days: s.days, workingDays: s.workingDays ?? [] });

async function holidaysOf(db: Db, year: number) {
  const cal = await calendarFor(db);
  return scheduleOut({ ...cal.schedule(year), year }, cal.hasOverride(year));
}

type ScheduleInput = { year?: number; days: NamedDay[]; workingDays?: NamedDay[] };

export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { from: string; days: number; unit: DeadlineUnit } }>('/calendar/due-date', { schema: dueDateSchema }, async (req) =>
    dueDateFrom(ctxOf(req).db, req.query.from, req.query.days, req.query.unit),
  );
  app.get<{ Querystring: { year: number } }>('/calendar/holidays', { schema: holidaysSchema }, async (req) =>
    holidaysOf(ctxOf(req).db, req.query.year),
  );
  app.put<{ Params: { year: number }; Body: ScheduleInput }>('/calendar/holidays/:year', { schema: setHolidaysSchema }, async (req) =>
    scheduleOut({ ...(await setOfficialSchedule(ctxOf(req), req.params.year, req.body)), year: req.params.year }, true),
  );
}
