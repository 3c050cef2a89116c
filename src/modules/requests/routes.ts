// HTTP routes of the requests module: a steering committee's requests and the units' submissions. Schemas in schema.ts.
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId, sendCreated } from '../../core/http.ts';
import type { UnitKind } from '../../core/schema.ts';
import * as commands from './commands.ts';
import * as queries from './queries.ts';
import * as s from './schema.ts';

type IdIn = string | number;
type IssueBody = Omit<commands.IssueRequestInput, 'unitId' | 'recipients'> & { unitId: IdIn; recipients: { kinds?: UnitKind[]; unitIds?: IdIn[] } };

export async function requestsRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: IssueBody }>('/steering/requests', { schema: s.issueRequestSchema }, async (req, reply) => {
    const b = req.body;
    const recipients = { kinds: b.recipients.kinds, unitIds: b.recipients.unitIds?.map((u) => parseId(u, 'recipients.unitIds')) };
    return sendCreated(reply, await commands.issueRequest(ctxOf(req), { ...b, unitId: parseId(b.unitId, 'unitId'), recipients }));
  });

  app.get<{ Querystring: { unitId: string } }>('/steering/requests', { schema: s.listIssuedSchema }, async (req) =>
    queries.listIssued(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );

  app.get<{ Querystring: { unitId: string } }>('/steering/requests/asked', { schema: s.listAskedSchema }, async (req) =>
    queries.listAsked(ctxOf(req), parseId(req.query.unitId, 'unitId')),
  );

  app.get<{ Params: { id: string }; Querystring: { status?: queries.StatusFilter } }>('/steering/requests/:id', { schema: s.getRequestSchema }, async (req) =>
    queries.getRequest(ctxOf(req), parseId(req.params.id), { status: req.query.status }),
  );

  app.get<{ Params: { id: string }; Querystring: { unitId: string } }>('/steering/requests/:id/preview', { schema: s.previewSchema }, async (req) =>
    queries.previewIndicators(ctxOf(req), parseId(req.params.id), parseId(req.query.unitId, 'unitId')),
  );

  app.post<{ Params: { id: string }; Body: Omit<commands.SubmitInput, 'unitId'> & { unitId: IdIn } }>(
    '/steering/requests/:id/submissions',
    { schema: s.submitSchema },
    async (req, reply) => sendCreated(reply, await commands.submit(ctxOf(req), parseId(req.params.id), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.get<{ Params: { id: string; sid: string } }>('/steering/requests/:id/submissions/:sid', { schema: s.getSubmissionSchema }, async (req) =>
    queries.getSubmission(ctxOf(req), parseId(req.params.id), parseId(req.params.sid)),
  );

  app.post<{ Params: { id: string; sid: string }; Body: { reason: string } }>('/steering/requests/:id/submissions/:sid/return', { schema: s.returnSchema }, async (req) =>
    commands.returnSubmission(ctxOf(req), parseId(req.params.id), parseId(req.params.sid), req.body),
  );

  app.post<{ Params: { id: string }; Body: { unitIds?: IdIn[] } }>('/steering/requests/:id/reminders', { schema: s.remindSchema }, async (req) =>
    commands.remind(ctxOf(req), parseId(req.params.id), { unitIds: req.body?.unitIds?.map((u) => parseId(u, 'unitIds')) }),
  );
}
