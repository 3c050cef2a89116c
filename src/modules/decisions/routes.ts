// HTTP routes of "Dân bàn và quyết định" (api.md "Decisions"), thin handlers over commands.ts / queries.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, decodeCursor, idInput, idParams, legalDate, listQueryProps, parseId, sendCreated } from '../../core/http.ts';
import { DECISION_KINDS, DECISION_METHODS, DECISION_STATUSES, MATTERS } from './rules.ts';
import * as commands from './commands.ts';
import * as ballots from './ballots.ts';
import * as queries from './queries.ts';
import { minutesDocx } from './minutes.ts';

const tags = ['decisions'];
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

const openBody = {
  type: 'object',
  required: ['unitId', 'title', 'matter', 'method', 'options'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    title: text(300),
    description: { type: 'string', maxLength: 5000 },
    matter: { type: 'string', enum: [...MATTERS] },
    method: { type: 'string', enum: [...DECISION_METHODS] },
    kind: { type: 'string', enum: [...DECISION_KINDS] },
    options: { type: 'array', minItems: 1, maxItems: 50, items: text(200) },
    secret: { type: 'boolean' },
    opensAt: { type: 'string', format: 'date-time' },
    closesAt: { type: 'string', format: 'date-time' },
    meetingLackedHouseholds: { type: 'boolean' },
    communeWide: { type: 'boolean' },
    householdsChoosingOnline: { type: 'integer', minimum: 0, maximum: 10_000_000 },
  },
} as const;

const ballotBody = {
  type: 'object',
  required: ['householdId', 'choice'],
  additionalProperties: false,
  properties: {
    householdId: idInput,
    choice: text(200),
    channel: { type: 'string', enum: ['paper', 'meeting', 'online'] },
  },
} as const;

const meetingBody = {
  type: 'object',
  required: ['represented'],
  additionalProperties: false,
  properties: {
    represented: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    heldOn: legalDate,
    place: { type: 'string', maxLength: 300 },
    chair: { type: 'string', maxLength: 200 },
    secretary: { type: 'string', maxLength: 200 },
  },
} as const;

const resultSchema = {
  type: 'object',
  properties: {
    decisionId: { type: 'string' },
    status: { type: 'string' },
    eligibleHouseholds: { type: 'integer' },
    participatingHouseholds: { type: 'integer' },
    counts: { type: 'object', additionalProperties: { type: 'integer' } },
    passed: { type: 'boolean' },
    winningOption: { type: ['string', 'null'] },
    threshold: { type: 'integer' },
    rule: { type: 'string' },
    outcome: { type: 'string' },
    tiedOptions: { type: 'array', items: { type: 'string' } },
    summary: { type: 'string' },
    closedOn: { type: 'string' },
    breakdown: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          channel: { type: 'string' },
          label: { type: 'string' },
          households: { type: ['integer', 'null'] },
          suppressed: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export async function decisionsRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Omit<commands.OpenDecisionInput, 'unitId'> & { unitId: string | number } }>(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Mở một nội dung để hộ gia đình bàn và quyết định (chốt danh sách hộ khi mở)',
        body: openBody,
        response: {
          201: {
            type: 'object',
            properties: { id: { type: 'string' }, status: { type: 'string' }, eligibleHouseholds: { type: 'integer' } },
          },
        },
      },
    },
    async (req, reply) => {
      const { unitId, ...rest } = req.body;
      const r = await commands.openDecision(ctxOf(req), { ...rest, unitId: parseId(unitId, 'unitId') });
      return sendCreated(reply, { id: String(r.id), status: r.status, eligibleHouseholds: r.eligibleHouseholds });
    },
  );

  app.get<{ Querystring: { unitId?: string; status?: string; limit: number; cursor?: string } }>(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Danh sách nội dung biểu quyết (mới nhất trước)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...listQueryProps, unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, status: { type: 'string', enum: [...DECISION_STATUSES] } },
        },
      },
    },
    async (req) =>
      queries.listDecisions(ctxOf(req), {
        unitId: req.query.unitId ? parseId(req.query.unitId, 'unitId') : undefined,
        status: req.query.status,
        cursor: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      }),
  );

  app.get<{ Params: { id: string } }>(
    '/decisions/:id',
    { schema: { tags, summary: 'Chi tiết nội dung biểu quyết', params: idParams } },
    async (req) => queries.decisionDetail(ctxOf(req), parseId(req.params.id)),
  );

  app.post<{ Params: { id: string }; Body: { householdId: string | number; choice: string; channel?: commands.Channel } }>(
    '/decisions/:id/ballots',
    {
      schema: {
        tags,
        summary: 'Ghi phiếu của một hộ gia đình (mỗi hộ một phiếu trên mọi hình thức)',
        params: idParams,
        body: ballotBody,
        response: {
          201: {
            type: 'object',
            properties: {
              decisionId: { type: 'string' },
              householdId: { type: 'string' },
              channel: { type: 'string' },
              recordedAt: { type: 'string' },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const r = await ballots.castBallot(ctxOf(req), parseId(req.params.id), {
        householdId: parseId(req.body.householdId, 'householdId'),
        choice: req.body.choice,
        channel: req.body.channel,
      });
      return sendCreated(reply, { ...r, decisionId: String(r.decisionId), householdId: String(r.householdId) });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { q?: string; voted?: boolean; limit: number; cursor?: string } }>(
    '/decisions/:id/participation',
    {
      schema: {
        tags,
        summary: 'Danh sách hộ được biểu quyết và hộ đã biểu quyết (chỉ cán bộ, trưởng thôn); không có lựa chọn của hộ',
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 500 },
            cursor: listQueryProps.cursor,
            q: { type: 'string', maxLength: 100 },
            voted: { type: 'boolean' },
          },
        },
      },
    },
    async (req) =>
      queries.participation(ctxOf(req), parseId(req.params.id), {
        q: req.query.q,
        voted: req.query.voted,
        cursor: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      }),
  );

  app.get<{ Params: { id: string } }>(
    '/decisions/:id/integrity',
    {
      schema: {
        tags,
        summary:
          'Kiểm tra toàn vẹn dữ liệu phiếu: danh sách hộ đã biểu quyết, hòm phiếu và nhật ký phiếu phải khớp nhau (người được xem nhật ký)',
        params: idParams,
      },
    },
    async (req) => queries.ballotIntegrity(ctxOf(req), parseId(req.params.id)),
  );

  app.post<{ Params: { id: string }; Body: commands.MeetingInput }>(
    '/decisions/:id/meeting',
    {
      schema: {
        tags,
        summary: 'Ghi điểm danh cuộc họp: số hộ có đại diện tham dự; cuộc họp thiếu hộ thì chuyển sang phát phiếu',
        params: idParams,
        body: meetingBody,
      },
    },
    async (req) => commands.recordMeeting(ctxOf(req), parseId(req.params.id), req.body),
  );

  app.post<{ Params: { id: string } }>(
    '/decisions/:id/close',
    { schema: { tags, summary: 'Kết thúc biểu quyết, kiểm phiếu và công bố kết quả', params: idParams, response: { 200: resultSchema } } },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      await commands.closeDecision(ctx, id);
      return queries.decisionResult(ctx, id);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/decisions/:id/result',
    { schema: { tags, summary: 'Kết quả biểu quyết (sau khi kết thúc)', params: idParams, response: { 200: resultSchema } } },
    async (req) => queries.decisionResult(ctxOf(req), parseId(req.params.id)),
  );

  app.post<{ Params: { id: string }; Body: { number?: string } }>(
    '/decisions/:id/recognise',
    {
      schema: {
        tags,
        summary: 'Cấp xã ban hành quyết định công nhận (hương ước, trưởng thôn, thành viên ban)',
        params: idParams,
        body: { type: 'object', additionalProperties: false, properties: { number: { type: 'string', maxLength: 100 } } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      await commands.answerRecognition(ctx, id, 'recognise', { number: req.body?.number });
      return queries.decisionDetail(ctx, id);
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string; number?: string } }>(
    '/decisions/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Cấp xã không công nhận: trả lời bằng văn bản, nêu rõ lý do',
        params: idParams,
        body: {
          type: 'object',
          required: ['reason'],
          additionalProperties: false,
          properties: { reason: text(5000), number: { type: 'string', maxLength: 100 } },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      await commands.answerRecognition(ctx, id, 'refuse', { reason: req.body.reason, number: req.body.number });
      return queries.decisionDetail(ctx, id);
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/decisions/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Hủy nội dung đang biểu quyết (nêu lý do)',
        params: idParams,
        body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: text(2000) } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      await commands.cancelDecision(ctx, id, req.body.reason);
      return queries.decisionDetail(ctx, id);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/decisions/:id/minutes.docx',
    { schema: { tags, summary: 'Biên bản kết quả biểu quyết (DOCX, thể thức Nghị định 30/2020/NĐ-CP)', params: idParams } },
    async (req, reply) => {
      const { filename, body } = await minutesDocx(ctxOf(req), parseId(req.params.id));
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${filename}"`);
      return reply.send(body);
    },
  );
}
