// HTTP routes of units, households and accounts: each handler is one call to a use case (commands.ts) or a read
// (queries.ts); the schemas are in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import * as s from './schema.ts';

type Id = { Params: { id: string } };

/** 10,000 households with representatives are about 1–2 MB of JSON: the bulk route alone accepts up to 8 MB. */
const BULK_BODY_LIMIT = 8 * 1024 * 1024;

async function unitRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: s.UnitBody }>('/units', { schema: s.createUnitSchema }, async (req, reply) =>
    sendCreated(reply, await commands.postUnit(ctxOf(req), req.body)),
  );
  app.get<{ Querystring: s.UnitListQuery }>('/units', { schema: s.listUnitsSchema }, (req) => queries.listUnits(ctxOf(req), req.query));
  app.get<Id>('/units/:id', { schema: s.unitSchema }, (req) => queries.unitDetail(ctxOf(req), parseId(req.params.id)));
}

async function householdRoutes(app: FastifyInstance): Promise<void> {
  app.post<Id & { Body: s.HouseholdBody }>('/units/:id/households', { schema: s.createHouseholdSchema }, async (req, reply) =>
    sendCreated(reply, await commands.postHousehold(ctxOf(req), parseId(req.params.id), req.body)),
  );
  app.post<Id & { Body: { households: s.HouseholdBody[] } }>(
    '/units/:id/households/bulk',
    { bodyLimit: BULK_BODY_LIMIT, schema: s.bulkHouseholdsSchema },
    async (req, reply) => sendCreated(reply, await commands.postHouseholds(ctxOf(req), parseId(req.params.id), req.body)),
  );
  app.get<Id & { Querystring: s.HouseholdListQuery }>('/units/:id/households', { schema: s.listHouseholdsSchema }, (req) =>
    queries.listHouseholds(ctxOf(req), parseId(req.params.id), req.query),
  );
  app.get<Id>('/households/:id', { schema: s.householdSchema }, (req) => queries.householdDetail(ctxOf(req), parseId(req.params.id)));
  app.post<Id & { Body: s.RepresentativeBody }>('/households/:id/representative', { schema: s.representativeSchema }, (req) =>
    commands.postRepresentative(ctxOf(req), parseId(req.params.id), req.body),
  );
}

async function accountRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: s.UserBody }>('/users', { schema: s.createUserSchema }, async (req, reply) =>
    sendCreated(reply, await commands.postUser(ctxOf(req), req.body)),
  );
}

export async function unitsRoutes(app: FastifyInstance): Promise<void> {
  await unitRoutes(app);
  await householdRoutes(app);
  await accountRoutes(app);
}
