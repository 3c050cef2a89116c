// POST /auth/login, POST /auth/logout, GET /me.
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  dummyPasswordHash,
  newToken,
  tokenHash,
  verifyPassword,
  forgetSession,
} from './auth.ts';
import { RefusalError, refusedWith } from './refusal.ts';
import { ctxOf } from './http.ts';
import { directory } from './directory.ts';
import { permittedUnits } from './permissions.ts';
import { audit } from './audit.ts';
import { inTransaction, type Actor } from './context.ts';

export function meBody(actor: Actor) {
  return {
    id: String(actor.userId),
    username: actor.username,
    name: actor.name,
    roles: actor.grants.map((g) => ({ role: g.role, unitId: String(g.unitId) })),
    unitKinds: Object.fromEntries(actor.grants.map((g) => [String(g.unitId), g.unitKind ?? null])),
    householdId: actor.householdId === null ? null : String(actor.householdId),
    can: permittedUnits(actor),
  };
}

const meSchema = {
  type: 'object',
  required: ['id', 'username', 'name', 'roles', 'householdId', 'unitKinds', 'can'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    roles: {
      type: 'array',
      items: { type: 'object', required: ['role', 'unitId'], properties: { role: { type: 'string' }, unitId: { type: 'string' } } },
    },
    householdId: { type: ['string', 'null'] },
    /** The kind of each unit of the roles (unitId → 'village', 'commune'…). */
    unitKinds: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
    /** What the user may do: each permitted action → the units (ids) where, and below. The web asks this, never role names. */
    can: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    csrfToken: { type: 'string' },
  },
} as const;

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.services;

  app.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    {
      config: {
        skipCsrf: true,
        rateLimit: {
          max: config.loginRateLimit,
          timeWindow: '1 minute',
          keyGenerator: (req) => req.ip,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 64 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['token', 'csrfToken', 'expiresAt', 'user'],
            properties: { token: { type: 'string' }, csrfToken: { type: 'string' }, expiresAt: { type: 'string' }, user: meSchema },
          },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const username = req.body.username.trim().toLowerCase();
      const user = await directory().findLogin(ctx.db, username);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), req.body.password);
      if (!user || !ok || user.disabled) {
        throw refusedWith(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      const token = newToken();
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(ctx.now.getTime() + SESSION_TTL_MS);
      const actor = await directory().loadActor(ctx.db, user.userId);
      if (!actor) throw refusedWith(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      await inTransaction({ ...ctx, actor }, async (tx) => {
        const s = await tx.db
          .insertInto('sessions')
          .values({
            token_hash: tokenHash(token),
            csrf_token: csrfToken,
            user_id: user.userId,
            expires_at: expiresAt,
            ip: ctx.origin.ip,
            user_agent: ctx.origin.userAgent?.slice(0, 300) ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(tx, { action: 'auth.login', targetType: 'user', targetId: user.userId, data: { sessionId: s.id } });
      });
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: '/',
        // Relative to the browser's clock (Max-Age), not an absolute date: a phone whose clock is days off would
        // otherwise drop the cookie at once. The server still ends the session at expiresAt.
        maxAge: Math.floor(SESSION_TTL_MS / 1000),
      });
      return { token, csrfToken, expiresAt: expiresAt.toISOString(), user: meBody(actor) };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } } } },
    async (req, reply) => {
      if (req.sessionId && req.actor) {
        const ctx = ctxOf(req);
        await inTransaction(ctx, async (tx) => {
          await tx.db.updateTable('sessions').set({ revoked_at: ctx.now }).where('id', '=', req.sessionId!).execute();
          await audit(tx, { action: 'auth.logout', targetType: 'user', targetId: req.actor!.userId, data: { sessionId: req.sessionId } });
        });
        forgetSession(ctx.db, req.sessionId);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get('/me', { schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: meSchema } } }, async (req) => {
    if (!req.actor) throw refusedWith(401, 'UNAUTHORIZED', 'Bạn chưa đăng nhập.');
    return { ...meBody(req.actor), csrfToken: req.csrfToken ?? undefined };
  });
}
