// HTTP routes of oversight: activities with their findings and recommendations, answers to recommendations, the
// boards of a unit. Schemas in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import * as schema from './schema.ts';

type WithUnitId<T> = Omit<T, 'unitId'> & { unitId: string | number };

async function activityRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: WithUnitId<commands.RecordActivityInput> }>('/oversight/activities', { schema: schema.recordActivitySchema }, async (req, reply) =>
    sendCreated(reply, await commands.recordActivity(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.get<{ Querystring: WithUnitId<queries.ActivityFilter> }>('/oversight/activities', { schema: schema.listActivitiesSchema }, async (req) =>
    queries.listActivities(ctxOf(req), { ...req.query, unitId: parseId(req.query.unitId, 'unitId') }),
  );

  app.get<{ Params: { id: string } }>('/oversight/activities/:id', { schema: schema.getActivitySchema }, async (req) =>
    queries.getActivity(ctxOf(req), parseId(req.params.id)),
  );
}

async function recommendationRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: WithUnitId<queries.RecommendationFilter> }>('/oversight/recommendations', { schema: schema.listRecommendationsSchema }, async (req) =>
    queries.listRecommendations(ctxOf(req), { ...req.query, unitId: parseId(req.query.unitId, 'unitId') }),
  );

  app.post<{ Params: { id: string }; Body: { answer: string; answeredOn?: string } }>(
    '/oversight/recommendations/:id/answer',
    { schema: schema.answerRecommendationSchema },
    async (req) => commands.answerRecommendation(ctxOf(req), parseId(req.params.id), req.body),
  );
}

async function boardRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: WithUnitId<commands.CreateBoardInput> }>('/oversight/boards', { schema: schema.createBoardSchema }, async (req, reply) =>
    sendCreated(reply, await commands.createBoard(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.get<{ Querystring: { unitId: string } }>('/oversight/boards', { schema: schema.listBoardsSchema }, async (req) =>
    queries.listBoards(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );
}

export async function oversightRoutes(app: FastifyInstance): Promise<void> {
  await activityRoutes(app);
  await recommendationRoutes(app);
  await boardRoutes(app);
}
