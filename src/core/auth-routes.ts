// POST /auth/login, POST /auth/logout, GET /me.
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE, SESSION_TTL_MS, logIn, logOut } from './auth.ts';
import { loginSchema, logoutSchema, meRouteSchema } from './auth-schema.ts';
import { refusedWith } from './refusal.ts';
import { ctxOf } from './http.ts';
import { permittedUnits } from './permissions.ts';
import type { Actor } from './context.ts';

/** The signed-in user as the API shows them (`meSchema`). */
function meBody(actor: Actor) {
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

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.services;
  const loginLimit = { max: config.loginRateLimit, timeWindow: '1 minute', keyGenerator: (req: { ip: string }) => req.ip };

  app.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    { config: { skipCsrf: true, rateLimit: loginLimit }, schema: loginSchema },
    async (req, reply) => {
      const s = await logIn(ctxOf(req), req.body.username, req.body.password);
      reply.setCookie(SESSION_COOKIE, s.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: '/',
        // Relative to the browser's clock (Max-Age), not an absolute date: a phone whose clock is days off would
        // otherwise drop the cookie at once. The server still ends the session at expiresAt.
        maxAge: Math.floor(SESSION_TTL_MS / 1000),
      });
      return { token: s.token, csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString(), user: meBody(s.actor) };
    },
  );

  app.post('/auth/logout', { schema: logoutSchema }, async (req, reply) => {
    if (req.sessionId && req.actor) await logOut({ ...ctxOf(req), actor: req.actor }, req.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/me', { schema: meRouteSchema }, async (req) => {
    if (!req.actor) throw refusedWith(401, 'UNAUTHORIZED', 'Bạn chưa đăng nhập.');
    return { ...meBody(req.actor), csrfToken: req.csrfToken ?? undefined };
  });
}
