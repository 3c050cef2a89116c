// HTTP routes of the steering module: "Dân vận khéo" models (schemas in schema/models.ts), then committees and programmes
// (committees.ts).
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../../core/http.ts';
import * as commands from '../commands/models.ts';
import * as queries from '../queries/models.ts';
import { steeringCommitteeRoutes } from './committees.ts';
import { evaluateModelSchema, listModelsSchema, registerModelSchema } from '../schema/models.ts';

export async function steeringRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Omit<commands.RegisterModelInput, 'unitId'> & { unitId: string | number } }>('/steering/models', { schema: registerModelSchema }, async (req, reply) =>
    sendCreated(reply, await commands.registerModel(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.post<{ Params: { id: string }; Body: commands.EvaluateModelInput }>('/steering/models/:id/evaluate', { schema: evaluateModelSchema }, async (req) =>
    commands.evaluateModel(ctxOf(req), parseId(req.params.id), req.body),
  );

  app.get<{ Querystring: { unitId: string } }>('/steering/models', { schema: listModelsSchema }, async (req) =>
    queries.listModels(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );

  await steeringCommitteeRoutes(app);
}
