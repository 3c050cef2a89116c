// Integration-test harness: a fresh database per test file (a copy of the migrated + demo template), the real
// Fastify app driven through inject(), and helpers to log in as the demo accounts.
import fs from 'node:fs';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDatabase, type Database } from '../src/core/db.ts';
import { loadConfig, type Config } from '../src/core/config.ts';
import { buildApp } from '../src/server.ts';
import type { Services } from '../src/core/http.ts';
import { DEMO_PASSWORD } from '../src/modules/units/demo.ts';
import { platformModules } from '../src/platform.ts';
import type { ModuleManifest } from '../src/core/module.ts';
import { systemOrigin, type Ctx } from '../src/core/context.ts';
import { directory } from '../src/core/directory.ts';
import { PGLITE_TEMPLATE, PG_ADMIN_URL, PG_TEMPLATE_DB, TEST_ENGINE, pgTestDbName, pgUrlFor } from './db-env.ts';

export { TEST_ENGINE, DEMO_PASSWORD };

export async function freshDatabase(): Promise<Database> {
  if (TEST_ENGINE === 'pg') {
    const name = pgTestDbName('file');
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: pgUrlFor(name), poolSize: 40 });
    const close = database.close;
    database.close = async () => {
      await close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
    return database;
  }
  const blob = new Blob([fs.readFileSync(PGLITE_TEMPLATE)]);
  return openDatabase({ loadDataDir: blob });
}

export interface TestClock {
  now: Date;
  set(iso: string | Date): void;
}

export interface TestPlatform {
  services: Services;
  app: FastifyInstance;
  db: Database['db'];
  clock: TestClock;
  /** Logs in (demo password by default) and returns the bearer token. */
  login(username: string, password?: string): Promise<string>;
  /** inject() with JSON body and an optional bearer token. */
  req(method: string, url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** A use-case context acting as the given user (for calling commands directly). */
  ctxAs(username: string | null): Promise<Ctx>;
  /** Id of a demo unit by code, e.g. 'HY-TANHUNG-DONG'. */
  unitId(code: string): Promise<number>;
  close(): Promise<void>;
}

export async function testPlatform(opts: { config?: Partial<Config>; now?: string; modules?: readonly ModuleManifest[] } = {}): Promise<TestPlatform> {
  const database = await freshDatabase();
  const clock: TestClock = {
    now: opts.now ? new Date(opts.now) : new Date('2026-11-23T03:00:00Z'),
    set(iso) {
      this.now = new Date(iso);
    },
  };
  const config: Config = { ...loadConfig({}), loginRateLimit: 1000, ...opts.config };
  const services: Services = { database, config, clock: () => clock.now, modules: platformModules(opts.modules) };
  const app = await buildApp(services, { serveWeb: false, checkResponses: true });
  await app.ready();
  const tokens = new Map<string, string>();
  const p: TestPlatform = {
    services,
    app,
    db: database.db,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const key = `${username}\0${password}`;
      const cached = tokens.get(key);
      if (cached) return cached;
      const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (r.statusCode !== 200) throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
      const token = (r.json() as { token: string }).token;
      tokens.set(key, token);
      return token;
    },
    req(method, url, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      return app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(o.body === undefined ? {} : { payload: o.body as object }),
      });
    },
    async ctxAs(username) {
      let actor = null;
      if (username) {
        const u = await database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
        actor = await directory().loadActor(database.db, u.id);
      }
      return { db: database.db, actor, origin: systemOrigin('test'), now: clock.now };
    },
    async unitId(code) {
      const u = await database.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return u.id;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
  return p;
}

/** Row counts of every table: used to prove that refused input changed nothing. */
export async function tableCounts(db: Database['db']): Promise<Record<string, number>> {
  const tables = await db
    .selectFrom('information_schema.tables' as never)
    .select('table_name' as never)
    .where('table_schema' as never, '=', 'public' as never)
    .where('table_type' as never, '=', 'BASE TABLE' as never)
    .execute();
  const out: Record<string, number> = {};
  for (const t of tables as unknown as { table_name: string }[]) {
    const r = await db
      .selectFrom(t.table_name as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t.table_name] = Number((r as { n: number }).n);
  }
  return out;
}

/**
 * A new village of `n` households (each with a representative) under `parentId`, created through the API by the
 * holder of `token`; its id and its household ids in creation order.
 */
export async function newVillage(
  p: TestPlatform,
  token: string,
  parentId: number,
  name: string,
  n: number,
): Promise<{ id: number; households: string[] }> {
  const u = await p.req('POST', '/api/v1/units', { token, body: { kind: 'village', name, parentId: String(parentId) } });
  if (u.statusCode !== 201) throw new Error(`village ${name}: ${u.statusCode} ${u.body}`);
  const id = Number(u.json().id);
  const households = Array.from({ length: n }, (_, i) => ({ name: `Hộ số ${i + 1}`, representative: { name: `Người đại diện ${i + 1}` } }));
  const bulk = await p.req('POST', `/api/v1/units/${id}/households/bulk`, { token, body: { households } });
  if (bulk.statusCode !== 201) throw new Error(`households of ${name}: ${bulk.statusCode} ${bulk.body}`);
  const list = await p.req('GET', `/api/v1/units/${id}/households?limit=500`, { token });
  return { id, households: list.json().items.map((h: { id: string }) => h.id) };
}
