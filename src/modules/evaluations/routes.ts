// HTTP routes of evaluation and classification. Schemas in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import * as schema from './schema.ts';

type Body = Omit<commands.EvaluateInput, 'unitId' | 'evaluatedUnitId' | 'replaces'> & {
  unitId: string | number;
  evaluatedUnitId: string | number;
  replaces?: string | number;
};

export async function evaluationsRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Body }>('/steering/evaluations', { schema: schema.evaluateSchema }, async (req, reply) =>
    sendCreated(
      reply,
      await commands.evaluate(ctxOf(req), {
        ...req.body,
        unitId: parseId(req.body.unitId, 'unitId'),
        evaluatedUnitId: parseId(req.body.evaluatedUnitId, 'evaluatedUnitId'),
        replaces: req.body.replaces === undefined ? undefined : parseId(req.body.replaces, 'replaces'),
      }),
    ),
  );

  app.get<{ Querystring: Omit<queries.EvaluationFilter, 'unitId'> & { unitId: string } }>('/steering/evaluations', { schema: schema.listEvaluationsSchema }, async (req) =>
    queries.listEvaluations(ctxOf(req), { ...req.query, unitId: parseId(req.query.unitId, 'unitId') }),
  );
}
