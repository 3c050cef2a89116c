// HTTP plumbing shared by every module: the actor of a request, CSRF for cookie sessions, request context,
// id and list parameters.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Ctx } from './context.ts';
import type { Database } from './db.ts';
import type { Config } from './config.ts';
import type { ModuleManifest } from './module.ts';
import { CSRF_HEADER, SESSION_COOKIE, lookupSession, safeEqual } from './auth.ts';
import { RefusalError, badRequest, refusedWith } from './refusal.ts';

export interface Services {
  database: Database;
  config: Config;
  /** The platform's clock; tests replace it. */
  clock: () => Date;
  /** The installed modules, in order (src/modules/index.ts). */
  modules: readonly ModuleManifest[];
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    actor: Actor | null;
    authVia: 'cookie' | 'bearer' | null;
    csrfToken: string | null;
    sessionId: number | null;
  }
  interface FastifyContextConfig {
    /** Routes that accept a cookie session without a CSRF token (login itself). */
    skipCsrf?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuthHooks(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionId', null);

  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    let token: string | undefined;
    let via: 'cookie' | 'bearer' | null = null;
    if (header && /^Bearer\s+/i.test(header)) {
      token = header.replace(/^Bearer\s+/i, '').trim();
      via = 'bearer';
    } else if (req.cookies?.[SESSION_COOKIE]) {
      token = req.cookies[SESSION_COOKIE];
      via = 'cookie';
    }
    if (!token) return;
    const found = await lookupSession(app.services.database.db, token, app.services.clock());
    if (!found) {
      // A stale cookie is ignored (the user is anonymous); a wrong bearer token is an error.
      if (via === 'bearer') throw refusedWith(401, 'INVALID_TOKEN', 'Mã truy cập không hợp lệ hoặc đã hết hạn.');
      return;
    }
    req.actor = found.actor;
    req.authVia = via;
    req.csrfToken = found.csrfToken;
    req.sessionId = found.sessionId;
  });

  // Cookie sessions must prove the request comes from our own pages (double-submit token in a header).
  app.addHook('preHandler', async (req) => {
    if (req.authVia !== 'cookie' || !UNSAFE.has(req.method) || req.routeOptions.config?.skipCsrf) return;
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !req.csrfToken || !safeEqual(sent, req.csrfToken)) {
      throw refusedWith(403, 'CSRF_FAILED', 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.');
    }
  });
}

export function ctxOf(req: FastifyRequest): Ctx {
  const s = req.server.services;
  return {
    db: s.database.db,
    actor: req.actor,
    origin: {
      ip: req.ip ?? null,
      userAgent: (req.headers['user-agent'] as string | undefined) ?? null,
      requestId: String(req.id),
    },
    now: s.clock(),
  };
}

// ---- shared schemas -------------------------------------------------------------------------------------

export const ID_PATTERN = '^[1-9][0-9]{0,15}$';
export const idSchema = { type: 'string', pattern: ID_PATTERN } as const;
export const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: idSchema },
} as const;

/** An id given as a string in JSON bodies (ids are strings in the API). Numbers are accepted too. */
export const idInput = { anyOf: [idSchema, { type: 'integer', minimum: 1, maximum: 9007199254740991 }] } as const;

export function parseId(v: unknown, what = 'id'): number {
  const s = String(v ?? '');
  if (!new RegExp(ID_PATTERN).test(s)) throw badRequest('INVALID_ID', `Mã "${what}" không hợp lệ.`);
  return Number(s);
}

export const legalDate = { type: 'string', format: 'date' } as const;

export const listQueryProps = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  cursor: { type: 'string', maxLength: 100 },
} as const;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(v: string | number): string {
  return Buffer.from(String(v)).toString('base64url');
}

export function decodeCursor(c: string | undefined): number | null {
  if (!c) return null;
  const s = Buffer.from(c, 'base64url').toString('utf8');
  if (!/^[0-9]{1,16}$/.test(s)) throw badRequest('INVALID_CURSOR', 'Tham số phân trang (cursor) không hợp lệ.');
  return Number(s);
}

/** Rows fetched with limit + 1 → a page and the cursor of its last item. */
export function toPage<R extends { id: number }, T>(rows: R[], limit: number, map: (r: R) => T): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  return { items: slice.map(map), nextCursor: more ? encodeCursor(slice[slice.length - 1]!.id) : null };
}

export function sendCreated<T>(reply: FastifyReply, body: T): T {
  reply.status(201);
  return body;
}
