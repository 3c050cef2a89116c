// The user's notifications: GET /notifications, POST /notifications/:id/read, POST /notifications/read-all.
import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context.ts';
import { ctxOf, decodeCursor, parseId, toPage } from './http.ts';
import { markAllRead, markRead, notificationsOf, unreadCount } from './notifications.ts';
import { markAllReadSchema, markReadSchema, notificationsListSchema } from './notifications-schema.ts';
import { requireActor } from './permissions.ts';
import { notFound } from './refusal.ts';

interface ListQuery {
  unread?: boolean;
  limit: number;
  cursor?: string;
}

/** A page of the actor's notifications, with the count of those unread. */
async function myNotifications(ctx: Ctx, query: ListQuery) {
  const actor = requireActor(ctx.actor);
  const before = decodeCursor(query.cursor);
  const rows = await notificationsOf(ctx, actor.userId, { unread: query.unread, before, limit: query.limit + 1 });
  const unread = await unreadCount(ctx, actor.userId);
  const page = toPage(rows, query.limit, (n) => ({
    id: String(n.id),
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: new Date(n.created_at).toISOString(),
    readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
  }));
  return { ...page, unread };
}

async function readOne(ctx: Ctx, id: number) {
  const actor = requireActor(ctx.actor);
  if (!(await markRead(ctx, actor.userId, id))) throw notFound('Thông báo');
  return { id: String(id), read: true };
}

async function readAll(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  return { updated: await markAllRead(ctx, actor.userId) };
}

export async function notificationsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ListQuery }>('/notifications', { schema: notificationsListSchema }, async (req, reply) => {
    const answer = await myNotifications(ctxOf(req), req.query);
    reply.header('cache-control', 'private, no-store');
    return answer;
  });
  app.post<{ Params: { id: string } }>('/notifications/:id/read', { schema: markReadSchema }, async (req) =>
    readOne(ctxOf(req), parseId(req.params.id)),
  );
  app.post('/notifications/read-all', { schema: markAllReadSchema }, async (req) => readAll(ctxOf(req)));
}
