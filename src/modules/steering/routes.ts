// HTTP routes of the steering module: "Dân vận khéo" models.
import type { FastifyInstance } from 'fastify';
import { ctxOf, idInput, idParams, legalDate, parseId } from '../../core/http.ts';
import { unauthorized } from '../../core/refusal.ts';
import * as commands from './commands.ts';
import type { ModelField, ModelRating } from './tables.ts';

export async function steeringRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { unitId: string | number; name: string; field: ModelField; description?: string; startedOn: string } }>(
    '/steering/models',
    {
      schema: {
        tags: ['steering'],
        summary: 'Đăng ký mô hình "Dân vận khéo"',
        body: {
          type: 'object',
          required: ['unitId', 'name', 'field', 'startedOn'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            name: { type: 'string', minLength: 1, maxLength: 300 },
            field: { type: 'string', enum: [...commands.MODEL_FIELDS] },
            description: { type: 'string', maxLength: 20_000 },
            startedOn: legalDate,
          },
        },
      },
    },
    async (req, reply) => {
      const id = await commands.registerModel(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return { id: String(id) };
    },
  );

  app.post<{ Params: { id: string }; Body: { rating: ModelRating; evaluation: string; evaluatedOn?: string; commended?: boolean } }>(
    '/steering/models/:id/evaluate',
    {
      schema: {
        tags: ['steering'],
        summary: 'Ban Chỉ đạo đánh giá, khen thưởng mô hình "Dân vận khéo"',
        params: idParams,
        body: {
          type: 'object',
          required: ['rating', 'evaluation'],
          additionalProperties: false,
          properties: {
            rating: { type: 'string', enum: [...commands.MODEL_RATINGS] },
            evaluation: { type: 'string', minLength: 1, maxLength: 20_000 },
            evaluatedOn: legalDate,
            commended: { type: 'boolean' },
          },
        },
      },
    },
    async (req) => {
      const r = await commands.evaluateModel(ctxOf(req), parseId(req.params.id), req.body);
      return { id: String(r.id), status: r.status };
    },
  );

  app.get<{ Querystring: { unitId: string } }>(
    '/steering/models',
    {
      schema: {
        tags: ['steering'],
        summary: 'Mô hình "Dân vận khéo" của đơn vị và các đơn vị trực thuộc',
        querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      return { items: await commands.listModels(ctx, parseId(req.query.unitId, 'unitId')) };
    },
  );
}
