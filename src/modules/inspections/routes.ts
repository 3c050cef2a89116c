// HTTP routes of a steering committee's inspections. Schemas in schema.ts. Answers to their recommendations go
// through the oversight routes (`POST /oversight/recommendations/:id/answer`), like a board's.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import * as schema from './schema.ts';

type Ids<T> = Omit<T, 'unitId' | 'inspectedUnitId'> & { unitId: string | number; inspectedUnitId: string | number };
const ids = <T extends { unitId: string | number; inspectedUnitId: string | number }>(b: T) => ({
  ...b,
  unitId: parseId(b.unitId, 'unitId'),
  inspectedUnitId: parseId(b.inspectedUnitId, 'inspectedUnitId'),
});

export async function inspectionsRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Ids<commands.RecordInspectionInput> }>('/steering/inspections', { schema: schema.recordInspectionSchema }, async (req, reply) =>
    sendCreated(reply, await commands.recordInspection(ctxOf(req), ids(req.body))),
  );

  app.post<{ Body: Ids<commands.PlanInspectionInput> }>('/steering/inspections/plans', { schema: schema.planInspectionSchema }, async (req, reply) =>
    sendCreated(reply, await commands.planInspection(ctxOf(req), ids(req.body))),
  );

  app.post<{ Params: { id: string }; Body: commands.ResultInput }>('/steering/inspections/:id/result', { schema: schema.recordResultSchema }, async (req) =>
    commands.recordResult(ctxOf(req), parseId(req.params.id), req.body),
  );

  app.post<{ Params: { id: string }; Body: { conclusion: string; concludedOn?: string } }>(
    '/steering/inspections/:id/conclusion',
    { schema: schema.concludeSchema },
    async (req) => commands.conclude(ctxOf(req), parseId(req.params.id), req.body),
  );

  app.get<{ Querystring: Omit<queries.InspectionFilter, 'unitId' | 'inspectedUnitId'> & { unitId?: string; inspectedUnitId?: string } }>(
    '/steering/inspections',
    { schema: schema.listInspectionsSchema },
    async (req) =>
      queries.listInspections(ctxOf(req), {
        ...req.query,
        unitId: req.query.unitId ? parseId(req.query.unitId, 'unitId') : undefined,
        inspectedUnitId: req.query.inspectedUnitId ? parseId(req.query.inspectedUnitId, 'inspectedUnitId') : undefined,
      }),
  );

  app.get<{ Params: { id: string } }>('/steering/inspections/:id', { schema: schema.getInspectionSchema }, async (req) =>
    queries.getInspection(ctxOf(req), parseId(req.params.id)),
  );
}
