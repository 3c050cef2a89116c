// HTTP routes of conferences: record one, list those of a unit's tree, read one. Schemas in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import { getConferenceSchema, listConferencesSchema, recordConferenceSchema } from './schema.ts';

type RecordBody = Omit<commands.RecordConferenceInput, 'unitId'> & { unitId: string | number };
type ListQuery = Omit<queries.ConferenceFilter, 'unitId'> & { unitId: string };

export async function conferencesRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: RecordBody }>('/conferences', { schema: recordConferenceSchema }, async (req, reply) =>
    sendCreated(reply, await commands.recordConference(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.get<{ Querystring: ListQuery }>('/conferences', { schema: listConferencesSchema }, async (req) =>
    queries.listConferences(ctxOf(req), { ...req.query, unitId: parseId(req.query.unitId, 'unitId') }),
  );

  app.get<{ Params: { id: string } }>('/conferences/:id', { schema: getConferenceSchema }, async (req) =>
    queries.getConference(ctxOf(req), parseId(req.params.id)),
  );
}
