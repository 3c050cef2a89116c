// HTTP routes of cases and citizen reception (api.md "Cases"; spec §6–7).
import type { FastifyInstance } from 'fastify';
import { RefusalError, badRequest } from '../../core/refusal.ts';
import { ctxOf, decodeCursor, idInput, idParams, legalDate, listQueryProps, parseId } from '../../core/http.ts';
import { todayVn } from '../../core/dates.ts';
import { calendarFor } from '../../core/calendar/schedules.ts';
import * as commands from './commands.ts';
import * as reception from './reception.ts';
import * as store from './store.ts';
import { CASE_ACTIONS, CASE_STATUSES, CASE_TYPES, CHANNELS, COMPLEXITIES, type CaseType } from './rules.ts';

const IDEMPOTENCY_KEY = '^[A-Za-z0-9_-]{16,100}$';
const phone = { type: 'string', maxLength: 20, pattern: '^[0-9+ ().-]*$' } as const;
const TRACKING_CODE = '^[A-Za-z0-9-]{4,20}$';
/** Tracking lookups per IP and minute: the secret cannot be guessed by trying. */
export const TRACK_RATE_LIMIT = 60;
export const SUBMIT_RATE_LIMIT = 120;

const senderSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    phone,
    address: { type: 'string', maxLength: 300 },
    idNumber: { type: 'string', maxLength: 20, pattern: '^[0-9A-Za-z]*$' },
  },
} as const;

const caseBodyProps = {
  type: { type: 'string', enum: [...CASE_TYPES] },
  subject: { type: 'string', minLength: 1, maxLength: 300 },
  content: { type: 'string', minLength: 1, maxLength: 20000 },
  sender: senderSchema,
  remoteArea: { type: 'boolean' },
  instance: { type: 'integer', enum: [1, 2] },
} as const;

interface SubmitBody {
  type: CaseType;
  unitId: string | number;
  subject: string;
  content: string;
  sender: { name: string; phone?: string; address?: string; idNumber?: string };
  receivedOn?: string;
  remoteArea?: boolean;
  instance?: 1 | 2;
  channel?: (typeof CHANNELS)[number];
  idempotencyKey?: string;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const vnDate = (d: string | null | undefined) => (d ? d.split('-').reverse().join('/') : '');

export async function casesRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: SubmitBody; Headers: { 'idempotency-key'?: string } }>(
    '/cases',
    {
      config: { rateLimit: { max: SUBMIT_RATE_LIMIT, timeWindow: '1 minute', keyGenerator: (req) => req.ip } },
      schema: {
        tags: ['cases'],
        summary: 'Gửi đơn (phản ánh, kiến nghị, khiếu nại, tố cáo) — không cần đăng nhập',
        description:
          'Gửi kèm tiêu đề Idempotency-Key (hoặc trường idempotencyKey) tạo khi bắt đầu điền đơn: gửi lại với cùng khóa trả về đúng đơn đã lưu (cùng mã tra cứu và mã bí mật).',
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', pattern: IDEMPOTENCY_KEY } } },
        body: {
          type: 'object',
          required: ['type', 'unitId', 'subject', 'content', 'sender'],
          additionalProperties: false,
          properties: {
            ...caseBodyProps,
            unitId: idInput,
            receivedOn: legalDate,
            channel: { type: 'string', enum: [...CHANNELS] },
            idempotencyKey: { type: 'string', pattern: IDEMPOTENCY_KEY },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const headerKey = req.headers['idempotency-key'];
      if (headerKey && b.idempotencyKey && headerKey !== b.idempotencyKey) {
        throw badRequest('IDEMPOTENCY_KEY_MISMATCH', 'Khóa gửi đơn trong tiêu đề và trong nội dung không khớp.');
      }
      const ctx = ctxOf(req);
      const s = await commands.submitCase(ctx, {
        type: b.type,
        unitId: parseId(b.unitId, 'unitId'),
        subject: b.subject,
        content: b.content,
        sender: b.sender,
        receivedOn: b.receivedOn,
        remoteArea: b.remoteArea,
        instance: b.instance,
        channel: b.channel,
        idempotencyKey: headerKey ?? b.idempotencyKey ?? null,
      });
      const cal = await calendarFor(ctx.db);
      reply.status(s.replayed ? 200 : 201);
      if (s.replayed) reply.header('idempotent-replayed', 'true');
      return commands.submittedView(cal, todayVn(ctx.now), s);
    },
  );

  const trackConfig = { rateLimit: { max: TRACK_RATE_LIMIT, timeWindow: '1 minute', keyGenerator: (req: { ip: string }) => req.ip } };
  app.get<{ Params: { trackingCode: string }; Querystring: { secret: string } }>(
    '/cases/track/:trackingCode',
    {
      config: trackConfig,
      schema: {
        tags: ['cases'],
        summary: 'Tra cứu đơn bằng mã tra cứu và mã bí mật (không có thông tin cá nhân)',
        params: { type: 'object', required: ['trackingCode'], additionalProperties: false, properties: { trackingCode: { type: 'string', pattern: TRACKING_CODE } } },
        querystring: { type: 'object', required: ['secret'], additionalProperties: false, properties: { secret: { type: 'string', minLength: 1, maxLength: 40 } } },
      },
    },
    async (req) => commands.trackCase(ctxOf(req), req.params.trackingCode, req.query.secret),
  );

  // Same lookup with the secret in the body: the web app uses it so the secret never appears in a URL or a log.
  app.post<{ Body: { trackingCode: string; secret: string } }>(
    '/cases/track',
    {
      config: trackConfig,
      schema: {
        tags: ['cases'],
        summary: 'Tra cứu đơn (mã bí mật trong nội dung yêu cầu)',
        body: {
          type: 'object',
          required: ['trackingCode', 'secret'],
          additionalProperties: false,
          properties: { trackingCode: { type: 'string', pattern: TRACKING_CODE }, secret: { type: 'string', minLength: 1, maxLength: 40 } },
        },
      },
    },
    async (req) => commands.trackCase(ctxOf(req), req.body.trackingCode, req.body.secret),
  );

  app.get<{ Querystring: { unitId?: string; status?: string; type?: CaseType; overdue?: boolean; q?: string; mine?: boolean; limit: number; cursor?: string } }>(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Danh sách đơn của đơn vị, sắp theo hạn (cán bộ); không bao giờ có danh tính người tố cáo',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' },
            status: { type: 'string', enum: [...CASE_STATUSES, 'open'] },
            type: { type: 'string', enum: [...CASE_TYPES] },
            overdue: { type: 'boolean' },
            q: { type: 'string', maxLength: 200 },
            mine: { type: 'boolean' },
            ...listQueryProps,
          },
        },
      },
    },
    async (req) => {
      const q = req.query;
      return commands.listCases(ctxOf(req), {
        unitId: q.unitId ? parseId(q.unitId, 'unitId') : undefined,
        status: q.status,
        type: q.type,
        overdue: q.overdue,
        q: q.q?.trim() || undefined,
        mine: q.mine,
        offset: decodeCursor(q.cursor) ?? 0,
        limit: q.limit,
      });
    },
  );

  app.get<{ Querystring: { unitId: string } }>(
    '/cases/summary',
    {
      schema: {
        tags: ['cases'],
        summary: 'Số đơn đang giải quyết, quá hạn, sắp đến hạn của đơn vị và các đơn vị trực thuộc',
        querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } } },
      },
    },
    async (req) => commands.summary(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );

  app.get<{ Querystring: { unitId: string; status?: string } }>(
    '/cases/export.csv',
    {
      schema: {
        tags: ['cases'],
        summary: 'Xuất danh sách đơn (CSV) — không có thông tin người gửi',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, status: { type: 'string', enum: [...CASE_STATUSES, 'open'] } },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const header = ['Mã tra cứu', 'Loại đơn', 'Trạng thái', 'Ngày nhận', 'Hạn thụ lý', 'Hạn giải quyết', 'Quá hạn (ngày)', 'Trích yếu'];
      const lines = [header.map(csvCell).join(',')];
      let offset = 0;
      for (;;) {
        const page = await commands.listCases(ctx, { unitId: parseId(req.query.unitId, 'unitId'), status: req.query.status, offset, limit: 500 });
        for (const c of page.items) {
          lines.push(
            [c.trackingCode, c.typeLabel, c.statusLabel, vnDate(c.receivedOn), vnDate(c.dueDates.accept), vnDate(c.dueDates.resolve), c.daysOverdue || '', c.subject]
              .map(csvCell)
              .join(','),
          );
        }
        if (!page.nextCursor) break;
        offset += 500;
      }
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="don-thu.csv"');
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/cases/:id',
    { schema: { tags: ['cases'], summary: 'Chi tiết đơn (cán bộ; danh tính người tố cáo chỉ cho người được giao xử lý)', params: idParams } },
    async (req) => commands.getCaseForOfficial(ctxOf(req), parseId(req.params.id)),
  );

  app.get<{ Params: { id: string } }>(
    '/cases/:id/handlers',
    { schema: { tags: ['cases'], summary: 'Cán bộ có thể được giao xử lý đơn', params: idParams } },
    async (req) => ({ items: await commands.handlers(ctxOf(req), parseId(req.params.id)) }),
  );

  app.post<{
    Params: { id: string };
    Body: { action: (typeof CASE_ACTIONS)[number]; note?: string; publicAnswer?: string; complexity?: (typeof COMPLEXITIES)[number]; toUnitId?: string | number; userId?: string | number; on?: string };
  }>(
    '/cases/:id/actions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Xử lý đơn: thụ lý, không thụ lý, gia hạn, giải quyết, chuyển đơn, giao người xử lý, rút đơn',
        params: idParams,
        body: {
          type: 'object',
          required: ['action'],
          additionalProperties: false,
          properties: {
            action: { type: 'string', enum: [...CASE_ACTIONS] },
            note: { type: 'string', maxLength: 5000 },
            publicAnswer: { type: 'string', maxLength: 20000 },
            complexity: { type: 'string', enum: [...COMPLEXITIES] },
            toUnitId: idInput,
            userId: idInput,
            on: legalDate,
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      const b = req.body;
      await commands.actOnCase(ctx, id, {
        action: b.action,
        note: b.note,
        publicAnswer: b.publicAnswer,
        complexity: b.complexity,
        toUnitId: b.toUnitId === undefined ? undefined : parseId(b.toUnitId, 'toUnitId'),
        userId: b.userId === undefined ? undefined : parseId(b.userId, 'userId'),
        on: b.on,
      });
      try {
        return await commands.getCaseForOfficial(ctx, id);
      } catch (e) {
        // Transferred to a unit the actor does not cover: answer with the case as it now stands, without identity.
        if (!(e instanceof RefusalError) || e.status !== 403) throw e;
        const cal = await calendarFor(ctx.db);
        return commands.caseView(cal, todayVn(ctx.now), await store.getCase(ctx.db, id));
      }
    },
  );

  // ---- reception ----------------------------------------------------------------------------------------

  app.get<{ Querystring: { unitId: string; from?: string; to?: string } }>(
    '/reception/schedule',
    {
      schema: {
        tags: ['reception'],
        summary: 'Lịch tiếp công dân của lãnh đạo (công khai)',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, from: legalDate, to: legalDate },
        },
      },
    },
    async (req) => reception.publishedSchedule(ctxOf(req), parseId(req.query.unitId, 'unitId'), req.query.from, req.query.to),
  );

  const hhmm = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
  app.post<{ Body: { unitId: string | number; day: string; startsAt: string; endsAt: string; leaderName: string; leaderTitle: string; isChair?: boolean; place: string } }>(
    '/reception/schedule',
    {
      schema: {
        tags: ['reception'],
        summary: 'Thêm một buổi vào lịch tiếp công dân',
        body: {
          type: 'object',
          required: ['unitId', 'day', 'startsAt', 'endsAt', 'leaderName', 'leaderTitle', 'place'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            day: legalDate,
            startsAt: hhmm,
            endsAt: hhmm,
            leaderName: { type: 'string', minLength: 1, maxLength: 200 },
            leaderTitle: { type: 'string', minLength: 1, maxLength: 200 },
            isChair: { type: 'boolean' },
            place: { type: 'string', minLength: 1, maxLength: 300 },
          },
        },
      },
    },
    async (req, reply) => {
      const row = await reception.addScheduleEntry(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return { id: String(row.id) };
    },
  );

  app.post<{ Body: Omit<reception.SessionInput, 'unitId' | 'scheduleId' | 'openCase'> & { unitId: string | number; scheduleId?: string | number; openCase?: Omit<SubmitBody, 'unitId' | 'receivedOn' | 'channel' | 'idempotencyKey'> } }>(
    '/reception/sessions',
    {
      schema: {
        tags: ['reception'],
        summary: 'Ghi sổ tiếp công dân (một buổi tiếp); có thể mở đơn từ buổi tiếp',
        body: {
          type: 'object',
          required: ['unitId', 'heldOn', 'receiverName', 'topic'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            heldOn: legalDate,
            scheduleId: idInput,
            receiverName: { type: 'string', minLength: 1, maxLength: 200 },
            visitorName: { type: 'string', maxLength: 200 },
            visitorCount: { type: 'integer', minimum: 1, maximum: 10000 },
            topic: { type: 'string', minLength: 1, maxLength: 2000 },
            caseType: { type: 'string', enum: [...CASE_TYPES] },
            outcome: { type: 'string', maxLength: 5000 },
            openCase: {
              type: 'object',
              required: ['type', 'subject', 'content', 'sender'],
              additionalProperties: false,
              properties: caseBodyProps,
            },
          },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const b = req.body;
      const r = await reception.logSession(ctx, {
        ...b,
        unitId: parseId(b.unitId, 'unitId'),
        scheduleId: b.scheduleId === undefined ? undefined : parseId(b.scheduleId, 'scheduleId'),
      });
      reply.status(201);
      const cal = await calendarFor(ctx.db);
      return { id: r.session.id, case: r.case ? commands.submittedView(cal, todayVn(ctx.now), r.case) : null };
    },
  );

  app.get<{ Querystring: { unitId: string; limit: number; cursor?: string } }>(
    '/reception/sessions',
    {
      schema: {
        tags: ['reception'],
        summary: 'Sổ tiếp công dân của đơn vị',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, ...listQueryProps },
        },
      },
    },
    async (req) => reception.listSessions(ctxOf(req), parseId(req.query.unitId, 'unitId'), decodeCursor(req.query.cursor) ?? 0, req.query.limit),
  );
}
