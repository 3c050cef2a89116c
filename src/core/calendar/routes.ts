// HTTP routes of the legal calendar: due dates, the holiday schedule of a year and its official replacement.
import type { FastifyInstance } from 'fastify';
import { dueDate, MAX_YEAR, MIN_YEAR, validateSchedule, yearOf, type DeadlineUnit } from './index.ts';
import { audit } from '../audit.ts';
import { inTransaction } from '../context.ts';
import { badRequest } from '../refusal.ts';
import { ctxOf, legalDate } from '../http.ts';
import { requirePermission } from '../permissions.ts';
import { directory } from '../directory.ts';
import { calendarFor, invalidateCalendar } from './schedules.ts';
import { upsertSchedule } from './store.ts';

/** Longest deadline the due-date endpoint computes (10 years of days). */
export const MAX_DUE_DAYS = 3650;
const ROOT_UNIT_ID = 1;

const namedDay = {
  type: 'object',
  required: ['date', 'name'],
  additionalProperties: false,
  properties: { date: legalDate, name: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

function checkYear(y: number): void {
  if (y < MIN_YEAR || y > MAX_YEAR) throw badRequest('YEAR_OUT_OF_RANGE', `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
}

export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { from: string; days: number; unit: DeadlineUnit } }>(
    '/calendar/due-date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Tính hạn (không tính ngày nhận; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)',
        querystring: {
          type: 'object',
          required: ['from', 'days'],
          additionalProperties: false,
          properties: {
            from: legalDate,
            days: { type: 'integer', minimum: 0, maximum: MAX_DUE_DAYS },
            unit: { type: 'string', enum: ['working', 'calendar'], default: 'working' },
          },
        },
      },
    },
    async (req) => {
      const { from, days, unit } = req.query;
      checkYear(yearOf(from));
      const cal = await calendarFor(ctxOf(req).db);
      const due = dueDate(cal, from, days, unit);
      checkYear(yearOf(due));
      return { from, days, unit, dueDate: due };
    },
  );

  app.get<{ Querystring: { year: number } }>(
    '/calendar/holidays',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Ngày nghỉ lễ, Tết và ngày nghỉ bù của một năm',
        querystring: {
          type: 'object',
          required: ['year'],
          additionalProperties: false,
          properties: { year: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } },
        },
      },
    },
    async (req) => {
      const year = req.query.year;
      const cal = await calendarFor(ctxOf(req).db);
      const s = cal.schedule(year);
      return { year, official: cal.hasOverride(year), days: s.days, workingDays: s.workingDays ?? [] };
    },
  );

  app.put<{ Params: { year: number }; Body: { year?: number; days: { date: string; name: string }[]; workingDays?: { date: string; name: string }[] } }>(
    '/calendar/holidays/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Nạp lịch nghỉ chính thức của năm (thay thế lịch mặc định)',
        params: {
          type: 'object',
          required: ['year'],
          additionalProperties: false,
          properties: { year: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } },
        },
        body: {
          type: 'object',
          required: ['days'],
          additionalProperties: false,
          properties: {
            year: { type: 'integer' },
            days: { type: 'array', maxItems: 100, items: namedDay },
            workingDays: { type: 'array', maxItems: 60, items: namedDay },
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const year = req.params.year;
      const result = validateSchedule({ year: req.body.year ?? year, days: req.body.days, workingDays: req.body.workingDays ?? [] }, year);
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
        return { year, official: true, days: s.days, workingDays: s.workingDays ?? [] };
      });
    },
  );
}
