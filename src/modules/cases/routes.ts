// HTTP routes of cases and citizen reception: each handler is one call to a use case (commands/) or a read
// (queries/); the schemas are in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, decodeCursor, parseId } from '../../core/http.ts';
import { actOnCase } from './commands/actions.ts';
import { addScheduleEntry, logSession } from './commands/reception.ts';
import { sendCase } from './commands/submit.ts';
import { caseHandlers, getCaseDetail } from './queries/cases.ts';
import { casesSummary, exportCasesCsv, listCases } from './queries/lists.ts';
import { listSessions, publishedSchedule } from './queries/reception.ts';
import { trackCase } from './queries/track.ts';
import * as s from './schema.ts';

/** Tracking lookups per IP and minute: the secret cannot be guessed by trying. */
const TRACK_RATE_LIMIT = 60;
const SUBMIT_RATE_LIMIT = 120;
const perIp = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute', keyGenerator: (req: { ip: string }) => req.ip } });
const optionalId = (v: string | number | undefined, what: string) => (v === undefined ? undefined : parseId(v, what));

/** Sending and tracking a case: public, no account. */
async function publicRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: s.SubmitBody; Headers: { 'idempotency-key'?: string } }>(
    '/cases',
    {
      config: perIp(SUBMIT_RATE_LIMIT),
      schema: {
        tags: ['cases'],
        summary: 'Gửi đơn (phản ánh, kiến nghị, khiếu nại, tố cáo) — không cần đăng nhập',
        description:
          'Gửi kèm tiêu đề Idempotency-Key (hoặc trường idempotencyKey) tạo khi bắt đầu điền đơn: gửi lại với cùng khóa trả về đúng đơn đã lưu (cùng mã tra cứu và mã bí mật).',
        headers: s.idempotencyHeaders,
        body: s.submitBody,
        response: s.responses.submit,
      },
    },
    async (req, reply) => {
      const r = await sendCase(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') }, req.headers['idempotency-key']);
      reply.status(r.replayed ? 200 : 201);
      if (r.replayed) reply.header('idempotent-replayed', 'true');
      return r.view;
    },
  );

  app.get<{ Params: { trackingCode: string }; Querystring: { secret: string } }>(
    '/cases/track/:trackingCode',
    {
      config: perIp(TRACK_RATE_LIMIT),
      schema: {
        tags: ['cases'],
        summary: 'Tra cứu đơn bằng mã tra cứu và mã bí mật (không có thông tin cá nhân)',
        params: s.trackParams,
        querystring: s.trackQuery,
        response: s.responses.track,
      },
    },
    async (req) => trackCase(ctxOf(req), req.params.trackingCode, req.query.secret),
  );

  // Same lookup with the secret in the body: the web app uses it so the secret never appears in a URL or a log.
  app.post<{ Body: { trackingCode: string; secret: string } }>(
    '/cases/track',
    {
      config: perIp(TRACK_RATE_LIMIT),
      schema: { tags: ['cases'], summary: 'Tra cứu đơn (mã bí mật trong nội dung yêu cầu)', body: s.trackBody, response: s.responses.track },
    },
    async (req) => trackCase(ctxOf(req), req.body.trackingCode, req.body.secret),
  );
}

/** The lists of officials and leaders. */
async function listRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: s.ListQuery }>(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Danh sách đơn của đơn vị, sắp theo hạn (cán bộ); không bao giờ có danh tính người tố cáo',
        querystring: s.listQuery,
        response: s.responses.list,
      },
    },
    async (req) => {
      const q = req.query;
      return listCases(ctxOf(req), {
        ...q,
        unitId: optionalId(q.unitId, 'unitId'),
        q: q.q?.trim() || undefined,
        offset: decodeCursor(q.cursor) ?? 0,
      });
    },
  );

  app.get<{ Querystring: { unitId: string } }>(
    '/cases/summary',
    {
      schema: {
        tags: ['cases'],
        summary: 'Số đơn đang giải quyết, quá hạn, sắp đến hạn của đơn vị và các đơn vị trực thuộc',
        querystring: s.unitQuery,
        response: s.responses.summary,
      },
    },
    async (req) => casesSummary(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );

  app.get<{ Querystring: { unitId: string; status?: s.StatusFilter } }>(
    '/cases/export.csv',
    {
      schema: {
        tags: ['cases'],
        summary: 'Xuất danh sách đơn (CSV) — không có thông tin người gửi',
        querystring: s.exportQuery,
        response: s.responses.exportCsv,
      },
    },
    async (req, reply) => {
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="don-thu.csv"');
      return exportCasesCsv(ctxOf(req), parseId(req.query.unitId, 'unitId'), req.query.status);
    },
  );
}

/** One case: its detail, its possible handlers, the actions on it. */
async function caseRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string } }>(
    '/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'Chi tiết đơn (cán bộ; danh tính người tố cáo chỉ cho người được giao xử lý)',
        params: s.idParams,
        response: s.responses.detail,
      },
    },
    async (req) => getCaseDetail(ctxOf(req), parseId(req.params.id)),
  );

  app.get<{ Params: { id: string } }>(
    '/cases/:id/handlers',
    { schema: { tags: ['cases'], summary: 'Cán bộ có thể được giao xử lý đơn', params: s.idParams, response: s.responses.handlers } },
    async (req) => caseHandlers(ctxOf(req), parseId(req.params.id)),
  );

  app.post<{ Params: { id: string }; Body: s.ActionBody }>(
    '/cases/:id/actions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Xử lý đơn: thụ lý, không thụ lý, gia hạn, giải quyết, chuyển đơn, giao người xử lý, rút đơn',
        params: s.idParams,
        body: s.actionBody,
        response: s.responses.action,
      },
    },
    async (req) =>
      actOnCase(ctxOf(req), parseId(req.params.id), {
        ...req.body,
        toUnitId: optionalId(req.body.toUnitId, 'toUnitId'),
        userId: optionalId(req.body.userId, 'userId'),
      }),
  );
}

/** Citizen reception: the published schedule (public) and the session log. */
async function receptionRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { unitId: string; from?: string; to?: string } }>(
    '/reception/schedule',
    { schema: { tags: ['reception'], summary: 'Lịch tiếp công dân của lãnh đạo (công khai)', querystring: s.scheduleQuery, response: s.responses.schedule } },
    async (req) => publishedSchedule(ctxOf(req), parseId(req.query.unitId, 'unitId'), req.query.from, req.query.to),
  );

  app.post<{ Body: s.ScheduleBody }>(
    '/reception/schedule',
    { schema: { tags: ['reception'], summary: 'Thêm một buổi vào lịch tiếp công dân', body: s.scheduleBody, response: s.responses.scheduleAdded } },
    async (req, reply) => {
      const added = await addScheduleEntry(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return added;
    },
  );

  app.post<{ Body: s.SessionBody }>(
    '/reception/sessions',
    {
      schema: {
        tags: ['reception'],
        summary: 'Ghi sổ tiếp công dân (một buổi tiếp); có thể mở đơn từ buổi tiếp',
        body: s.sessionBody,
        response: s.responses.sessionLogged,
      },
    },
    async (req, reply) => {
      const b = req.body;
      const logged = await logSession(ctxOf(req), { ...b, unitId: parseId(b.unitId, 'unitId'), scheduleId: optionalId(b.scheduleId, 'scheduleId') });
      reply.status(201);
      return logged;
    },
  );

  app.get<{ Querystring: { unitId: string; limit: number; cursor?: string } }>(
    '/reception/sessions',
    { schema: { tags: ['reception'], summary: 'Sổ tiếp công dân của đơn vị', querystring: s.sessionsQuery, response: s.responses.sessions } },
    async (req) => listSessions(ctxOf(req), parseId(req.query.unitId, 'unitId'), decodeCursor(req.query.cursor) ?? 0, req.query.limit),
  );
}

export async function casesRoutes(app: FastifyInstance): Promise<void> {
  await publicRoutes(app);
  await listRoutes(app);
  await caseRoutes(app);
  await receptionRoutes(app);
}
