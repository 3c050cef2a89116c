// HTTP routes of oversight (api.md "Conferences, oversight, reports").
import type { FastifyInstance } from 'fastify';
import { ctxOf, decodeCursor, idParams, idInput, legalDate, listQueryProps, parseId, toPage } from '../../core/http.ts';
import { forbidden, unauthorized } from '../../core/refusal.ts';
import { todayVn } from '../../core/dates.ts';
import * as unitStore from '../units/store.ts';
import * as commands from './commands.ts';
import { BOARD_KINDS, BOARD_LABELS, recommendationState } from './rules.ts';
import * as store from './store.ts';
import type { BoardKind } from './tables.ts';

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const unitIdQuery = { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } as const;

export async function oversightRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Omit<commands.RecordActivityInput, 'unitId'> & { unitId: string | number } }>(
    '/oversight/activities',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Ghi nhận cuộc kiểm tra, giám sát của Ban TTND / Ban GSĐTCĐ',
        body: {
          type: 'object',
          required: ['unitId', 'board', 'subject', 'heldOn', 'findings'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            board: { type: 'string', enum: [...BOARD_KINDS] },
            subject: text(500),
            heldOn: legalDate,
            findings: {
              type: 'array',
              maxItems: 200,
              items: {
                type: 'object',
                required: ['text', 'violation'],
                additionalProperties: false,
                properties: { text: text(5000), violation: { type: 'boolean' } },
              },
            },
            recommendations: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                required: ['to', 'text'],
                additionalProperties: false,
                properties: { to: text(300), text: text(5000), dueOn: legalDate },
              },
            },
          },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              recommendations: { type: 'array', items: { type: 'object', properties: { dueOn: { type: 'string' } } } },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const r = await commands.recordActivity(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return { id: String(r.id), recommendations: r.recommendations };
    },
  );

  app.get<{ Querystring: { unitId: string; board?: BoardKind; limit: number; cursor?: string } }>(
    '/oversight/activities',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Danh sách cuộc giám sát của đơn vị và các đơn vị trực thuộc',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: unitIdQuery, board: { type: 'string', enum: [...BOARD_KINDS] }, ...listQueryProps },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const unit = await unitStore.getUnit(ctx.db, parseId(req.query.unitId, 'unitId'));
      if (!commands.canReadOversight(ctx, unit.path)) throw forbidden();
      const rows = await store.listActivities(ctx.db, { unitPath: unit.path, board: req.query.board, afterId: decodeCursor(req.query.cursor), limit: req.query.limit });
      return toPage(rows, req.query.limit, (a) => ({
        id: String(a.id),
        unitId: String(a.unit_id),
        unitName: a.unit_name,
        board: a.board,
        boardLabel: BOARD_LABELS[a.board].vi,
        subject: a.subject,
        heldOn: a.held_on,
        hasViolation: a.has_violation,
        recommendations: Number(a.recommendations ?? 0),
      }));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/oversight/activities/:id',
    { schema: { tags: ['oversight'], summary: 'Chi tiết cuộc giám sát', params: idParams } },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const a = await store.getActivity(ctx.db, parseId(req.params.id));
      if (!commands.canReadOversight(ctx, a.unit_path)) throw forbidden();
      const today = todayVn(ctx.now);
      return {
        id: String(a.id),
        unitId: String(a.unit_id),
        unitName: a.unit_name,
        board: a.board,
        boardLabel: BOARD_LABELS[a.board].vi,
        subject: a.subject,
        heldOn: a.held_on,
        hasViolation: a.has_violation,
        findings: a.findings,
        recommendations: a.recommendations.map((r) => ({
          id: String(r.id),
          to: r.addressed_to,
          text: r.text,
          sentOn: r.sent_on,
          dueOn: r.due_on,
          answer: r.answer,
          answeredOn: r.answered_on,
          state: recommendationState({ dueOn: r.due_on, answeredOn: r.answered_on }, today),
        })),
      };
    },
  );

  app.get<{ Querystring: { unitId: string; open?: boolean; overdue?: boolean; limit: number; cursor?: string } }>(
    '/oversight/recommendations',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Kiến nghị của Ban TTND / Ban GSĐTCĐ và việc trả lời (lọc chưa trả lời, quá hạn)',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: unitIdQuery, open: { type: 'boolean' }, overdue: { type: 'boolean' }, ...listQueryProps },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const unit = await unitStore.getUnit(ctx.db, parseId(req.query.unitId, 'unitId'));
      if (!commands.canReadOversight(ctx, unit.path)) throw forbidden();
      const today = todayVn(ctx.now);
      const rows = await store.listRecommendations(ctx.db, {
        unitPath: unit.path,
        open: req.query.open,
        overdueOn: req.query.overdue ? today : undefined,
        afterId: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      });
      return toPage(rows, req.query.limit, (r) => ({
        id: String(r.id),
        activityId: String(r.activity_id),
        unitId: String(r.unit_id),
        unitName: r.unit_name,
        board: r.board,
        subject: r.subject,
        to: r.addressed_to,
        text: r.text,
        sentOn: r.sent_on,
        dueOn: r.due_on,
        answer: r.answer,
        answeredOn: r.answered_on,
        state: recommendationState({ dueOn: r.due_on, answeredOn: r.answered_on }, today),
      }));
    },
  );

  app.post<{ Params: { id: string }; Body: { answer: string; answeredOn?: string } }>(
    '/oversight/recommendations/:id/answer',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Cơ quan có thẩm quyền trả lời kiến nghị (trong 15 ngày)',
        params: idParams,
        body: {
          type: 'object',
          required: ['answer'],
          additionalProperties: false,
          properties: { answer: text(20_000), answeredOn: legalDate },
        },
      },
    },
    async (req) => {
      const r = await commands.answerRecommendation(ctxOf(req), parseId(req.params.id), req.body);
      return { id: String(r.id), answeredOn: r.answeredOn, onTime: r.onTime };
    },
  );

  app.post<{ Body: { unitId: string | number; board: BoardKind; termStart: string; termEnd?: string; members: { name: string; role?: string }[] } }>(
    '/oversight/boards',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Ghi nhận Ban TTND / Ban GSĐTCĐ (nhiệm kỳ, thành viên)',
        body: {
          type: 'object',
          required: ['unitId', 'board', 'termStart', 'members'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            board: { type: 'string', enum: [...BOARD_KINDS] },
            termStart: legalDate,
            termEnd: legalDate,
            members: {
              type: 'array',
              minItems: 1,
              maxItems: 50,
              items: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text(200), role: text(100) } },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const id = await commands.createBoard(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return { id: String(id) };
    },
  );

  app.get<{ Querystring: { unitId: string } }>(
    '/oversight/boards',
    {
      schema: {
        tags: ['oversight'],
        summary: 'Các ban giám sát của đơn vị',
        querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: unitIdQuery } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const unit = await unitStore.getUnit(ctx.db, parseId(req.query.unitId, 'unitId'));
      if (!commands.canReadOversight(ctx, unit.path)) throw forbidden();
      const rows = await store.listBoards(ctx.db, unit.id);
      return {
        items: rows.map((b) => ({ id: String(b.id), board: b.board, boardLabel: BOARD_LABELS[b.board].vi, termStart: b.term_start, termEnd: b.term_end, members: b.members })),
      };
    },
  );
}
