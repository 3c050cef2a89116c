// Builds the Fastify application: core's plugins and routes, then the routes of every installed module.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { notFoundRouteBody, registerErrorHandling } from './core/errors.ts';
import { registerResponseCheck } from './core/response-check.ts';
import { registerAuthHooks, type Services } from './core/http.ts';
import { authRoutes } from './core/auth-routes.ts';
import { auditRoutes } from './core/audit-routes.ts';
import { attachmentsRoutes } from './core/attachments-routes.ts';
import { notificationsRoutes } from './core/notifications-routes.ts';
import { calendarRoutes } from './core/calendar/routes.ts';

const API_PREFIX = '/api/v1';
/** Body limit of ordinary routes: bodies over 1 MB are refused with 413. */
const BODY_LIMIT = 1024 * 1024;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

function makeAjv(coerce: boolean) {
  const ajv = new Ajv({
    allErrors: false,
    removeAdditional: false, // unknown fields are refused (additionalProperties: false), never silently dropped
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    strict: false,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

/** A route as registered (recorded by an onRoute hook): the bad-input corpus test walks every one of them. */
export interface RegisteredRoute {
  method: string;
  url: string;
  schema?: Record<string, unknown>;
  bodyLimit?: number;
}
/** Routes of each built app, in registration order (routes added by any module are covered automatically). */
export const registeredRoutes = new WeakMap<FastifyInstance, RegisteredRoute[]>();

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app (web/dist) when present. */
  serveWeb?: boolean;
  /** Check every JSON answer strictly against its response schema (the tests do; core/response-check.ts). */
  checkResponses?: boolean;
}

export async function buildApp(services: Services, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: {} },
  });
  app.decorate('services', services);
  recordRoutes(app);
  // Bodies are validated strictly (a number is not a string); query strings and params are coerced.
  const bodyAjv = makeAjv(false);
  const queryAjv = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv.compile(schema) : queryAjv.compile(schema)));

  registerErrorHandling(app);
  if (opts.checkResponses) registerResponseCheck(app);
  await app.register(cookie);
  const headers = securityHeaders(services.config.secureCookies);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, { openapi: OPENAPI_INFO });
  registerAuthHooks(app);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.get('/health', { schema: HEALTH_SCHEMA }, async () => ({ ok: true, engine: services.database.engine }));
      for (const core of [authRoutes, auditRoutes, attachmentsRoutes, notificationsRoutes, calendarRoutes]) await api.register(core);
      for (const m of services.modules) if (m.routes) await api.register(m.routes);
    },
    { prefix: API_PREFIX },
  );
  await serveWebApp(app, opts.serveWeb !== false && fs.existsSync(path.join(WEB_DIST, 'index.html')));
  return app;
}

/** GET /health (not in the OpenAPI document): the server answers, and on which database engine. */
const HEALTH_SCHEMA = {
  hide: true,
  response: {
    200: {
      type: 'object',
      required: ['ok', 'engine'],
      properties: { ok: { type: 'boolean' }, engine: { type: 'string', enum: ['pglite', 'postgres'] } },
    },
  },
} as const;

/** Keeps the list of the app's routes as they are registered (`registeredRoutes`). */
function recordRoutes(app: FastifyInstance): void {
  const routeList: RegisteredRoute[] = [];
  registeredRoutes.set(app, routeList);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      routeList.push({ method, url: r.url, schema: r.schema as Record<string, unknown> | undefined, bodyLimit: r.bodyLimit });
    }
  });
}

const OPENAPI_INFO = {
  openapi: '3.0.3',
  info: {
    title: 'Cơ Sở — API thực hiện dân chủ ở cơ sở',
    description: 'API công khai của nền tảng Cơ Sở (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15).',
    version: '1.0.0',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'coso_session' } },
  },
} as const;

/** helmet's security headers, computed once: they do not depend on the request (why: bench/README.md, "Notes"). */
function securityHeaders(hsts: boolean): Record<string, string> {
  return headersOf(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts,
    }),
  );
}

/**
 * The built web app (when `serve`), and what is not found: client-side routes of the single-page app fall back to
 * index.html; unknown /api paths stay 404 JSON, and so do missing files (a page cached before a deploy asking for an
 * old /assets/x.js must get a 404, not HTML).
 */
async function serveWebApp(app: FastifyInstance, serve: boolean): Promise<void> {
  if (serve) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      maxAge: '1h',
      setHeaders(res, file) {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
        if (file.endsWith('index.html')) res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (serve && req.method === 'GET' && isClientRoute(req.url)) {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return reply.status(404).send(notFoundRouteBody());
  });
}

/** Whether a path not found on disk is one of the web app's own routes (no /api, no /assets, no file name). */
export function isClientRoute(url: string): boolean {
  const p = url.split(/[?#]/, 1)[0]!;
  if (p.startsWith('/api/') || p === '/api' || p.startsWith('/assets/')) return false;
  return !p.slice(p.lastIndexOf('/') + 1).includes('.');
}

/** The headers a request-independent connect-style middleware (helmet) sets, run once against a stand-in response. */
function headersOf(middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  middleware({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, (err) => {
    if (err) throw err;
    finished = true;
  });
  if (!finished) throw new Error('security headers: the middleware did not finish synchronously');
  return headers;
}
