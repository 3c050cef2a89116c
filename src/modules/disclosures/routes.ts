// HTTP routes of disclosures: the public portal (list, one disclosure, the law's lists), publishing and correcting,
// postings, questions and answers, compliance, subscriptions, a unit's posting period. Each handler is one call to
// a command or a query; schema.ts describes them. Public reads carry Cache-Control and an ETag (304 when unchanged).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ctxOf, sendCreated } from '../../core/http.ts';
import type { CacheableAnswer } from './cache.ts';
import { recordPosting } from './commands/postings.ts';
import { publish } from './commands/publish.ts';
import { answerQuestion, askQuestion } from './commands/questions.ts';
import { reviseDisclosure } from './commands/revise.ts';
import { setPostingDays } from './commands/settings.ts';
import { subscribe, unsubscribe } from './commands/subscriptions.ts';
import { complianceReport } from './queries/compliance.ts';
import { disclosureDetail } from './queries/detail.ts';
import { portalList } from './queries/portal.ts';
import { questionQueue } from './queries/questions.ts';
import { disclosureReference } from './queries/reference.ts';
import { postingSettings } from './queries/settings.ts';
import { mySubscriptions } from './queries/subscriptions.ts';
import * as disclosing from './schema/disclosing.ts';
import * as portal from './schema/portal.ts';
import * as settings from './schema/settings.ts';

type IdParams = { Params: { id: string } };

/** Sends an answer with its caching headers, or 304 when the client already has it. */
async function sendCacheable<T>(req: FastifyRequest, reply: FastifyReply, answer: Promise<CacheableAnswer<T>>): Promise<T | FastifyReply> {
  const a = await answer;
  reply.header('etag', a.etag);
  reply.header('cache-control', a.isPublic ? `public, max-age=${a.maxAge}, must-revalidate` : 'private, no-cache');
  reply.header('vary', 'Authorization, Cookie');
  if (req.headers['if-none-match'] === a.etag) return reply.status(304).send();
  if (a.json !== undefined) return reply.type('application/json; charset=utf-8').send(a.json);
  return a.value as T;
}

/** An answer with a Cache-Control header. */
async function withCacheControl<T>(reply: FastifyReply, value: string, answer: T | Promise<T>): Promise<T> {
  const body = await answer;
  reply.header('cache-control', value);
  return body;
}

/** What everyone may read: the portal, one disclosure, the law's lists, a unit's posting period. */
async function publicRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: portal.ReferenceQuery }>('/disclosures/categories', { schema: portal.referenceSchema }, (req, reply) =>
    withCacheControl(reply, 'public, max-age=3600', disclosureReference(req.query.kind)),
  );
  app.get<{ Querystring: portal.ListQuery }>('/disclosures', { schema: portal.listSchema }, (req, reply) => sendCacheable(req, reply, portalList(ctxOf(req), req.query)));
  app.get<IdParams>('/disclosures/:id', { schema: portal.detailSchema }, (req, reply) => sendCacheable(req, reply, disclosureDetail(ctxOf(req), req.params.id)));
  app.get<IdParams>('/units/:id/settings/disclosures', { schema: settings.settingsSchema }, (req) => postingSettings(ctxOf(req), req.params.id));
}

/** Publishing, correcting, postings, questions and answers. */
async function disclosingRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: disclosing.PublishBody }>('/disclosures', { schema: disclosing.publishSchema }, async (req, reply) => sendCreated(reply, await publish(ctxOf(req), req.body)));
  app.post<IdParams & { Body: disclosing.ReviseBody }>('/disclosures/:id/versions', { schema: disclosing.reviseSchema }, async (req, reply) =>
    sendCreated(reply, await reviseDisclosure(ctxOf(req), req.params.id, req.body)),
  );
  app.post<IdParams & { Body: disclosing.PostingBody }>('/disclosures/:id/postings', { schema: disclosing.postingSchema }, async (req, reply) =>
    sendCreated(reply, await recordPosting(ctxOf(req), req.params.id, req.body)),
  );
  app.post<IdParams & { Body: { question: string } }>(
    '/disclosures/:id/questions',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } }, schema: disclosing.askSchema },
    async (req, reply) => sendCreated(reply, await askQuestion(ctxOf(req), req.params.id, req.body.question)),
  );
  app.post<{ Params: { id: string; questionId: string }; Body: { answer: string } }>('/disclosures/:id/questions/:questionId/answer', { schema: disclosing.answerSchema }, (req) =>
    answerQuestion(ctxOf(req), req.params.id, req.params.questionId, req.body.answer),
  );
  app.get<{ Querystring: disclosing.QuestionQueueQuery }>('/disclosures/questions', { schema: disclosing.questionQueueSchema }, (req, reply) =>
    withCacheControl(reply, 'private, no-store', questionQueue(ctxOf(req), req.query)),
  );
  app.get<{ Querystring: disclosing.ComplianceQuery }>('/disclosures/compliance', { schema: disclosing.complianceSchema }, (req, reply) =>
    withCacheControl(reply, 'private, no-cache', complianceReport(ctxOf(req), req.query)),
  );
}

/** A user's subscriptions and a unit's posting period. */
async function settingRoutes(app: FastifyInstance): Promise<void> {
  app.get('/disclosures/subscriptions', { schema: settings.mySubscriptionsSchema }, (req, reply) => withCacheControl(reply, 'private, no-store', mySubscriptions(ctxOf(req))));
  app.put<{ Body: settings.SubscribeBody }>('/disclosures/subscriptions', { schema: settings.subscribeSchema }, (req) => subscribe(ctxOf(req), req.body));
  app.delete<IdParams>('/disclosures/subscriptions/:id', { schema: settings.unsubscribeSchema }, async (req, reply) => {
    await unsubscribe(ctxOf(req), req.params.id);
    return reply.status(204).send();
  });
  app.put<IdParams & { Body: { postingDays: number | null } }>('/units/:id/settings/disclosures', { schema: settings.setSettingsSchema }, (req) =>
    setPostingDays(ctxOf(req), req.params.id, req.body.postingDays),
  );
}

export async function disclosuresRoutes(app: FastifyInstance): Promise<void> {
  await publicRoutes(app);
  await disclosingRoutes(app);
  await settingRoutes(app);
}
