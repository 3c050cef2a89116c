// The test factories: a fresh database per test file (a copy of the migrated + demo template), the real Fastify app
// driven through inject(), logging in as the demo accounts, a new village of households, row counts of every table,
// tampering with the audit log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDatabase, tablesOf, type Database, type Db } from '../src/core/db.ts';
import { loadConfig, type Config } from '../src/core/config.ts';
import { buildApp } from '../src/server.ts';
import type { Services } from '../src/core/http.ts';
import { DEMO_PASSWORD } from '../src/modules/units/demo.ts';
import { platformModules } from '../src/platform.ts';
import type { ModuleManifest } from '../src/core/module.ts';
import { systemOrigin, type Ctx } from '../src/core/context.ts';
import { directory } from '../src/core/directory.ts';
import { PGLITE_TEMPLATE, PG_ADMIN_URL, PG_TEMPLATE_DB, TEST_ENGINE, pgTestDbName, pgUrlFor } from './db-env.ts';
import type { DB } from '../src/modules/index.ts';

export { TEST_ENGINE, DEMO_PASSWORD };

/** A letter only Vietnamese has: a message matching it is written in Vietnamese. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Runs one statement as the PostgreSQL administrator of the test server. */
async function pgAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A new PostgreSQL database, a copy of the test template; its name. */
async function pgTemplateCopy(what: string): Promise<string> {
  const name = pgTestDbName(what);
  await pgAdmin(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  return name;
}

const dropPgDatabase = (name: string) => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

export async function freshDatabase(): Promise<Database> {
  if (TEST_ENGINE === 'pg') {
    const name = await pgTemplateCopy('file');
    const database = await openDatabase({ databaseUrl: pgUrlFor(name), poolSize: 40 });
    const close = database.close;
    database.close = async () => {
      await close();
      await dropPgDatabase(name);
    };
    return database;
  }
  const blob = new Blob([fs.readFileSync(PGLITE_TEMPLATE)]);
  return openDatabase({ loadDataDir: blob });
}

/** A copy of the test template that another process can open too (e.g. a child process killed mid-way). */
export interface SharedDatabase {
  /** A PostgreSQL URL, or the folder of a PGlite database. */
  target: string;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function sharedDatabase(): Promise<SharedDatabase> {
  if (TEST_ENGINE === 'pg') {
    const name = await pgTemplateCopy('shared');
    const target = pgUrlFor(name);
    return { target, open: () => openDatabase({ databaseUrl: target, poolSize: 2 }), remove: () => dropPgDatabase(name) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coso-shared-'));
  const target = path.join(dir, 'data');
  const seed = await openDatabase({ dataDir: target, loadDataDir: new Blob([fs.readFileSync(PGLITE_TEMPLATE)]) });
  await seed.close();
  return { target, open: () => openDatabase({ dataDir: target }), remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The services of a test server: a database, a clock, the installed modules, a login rate limit tests never reach. */
export function testServices(database: Database, clock: () => Date, opts: { config?: Partial<Config>; modules?: readonly ModuleManifest[] } = {}): Services {
  const config: Config = { ...loadConfig({}), loginRateLimit: 1000, ...opts.config };
  return { database, config, clock, modules: platformModules(opts.modules) };
}

export interface TestClock {
  now: Date;
  set(iso: string | Date): void;
}

export interface TestPlatform {
  services: Services;
  app: FastifyInstance;
  /** The test's database: every table visible (tests may look anywhere), and usable as the platform's handle. */
  db: Kysely<DB> & Db;
  clock: TestClock;
  /** Logs in (demo password by default) and returns the bearer token; one session per account and password. */
  login(username: string, password?: string): Promise<string>;
  /** A new session's bearer token, never cached (e.g. after a logout revoked one); `ip`: where the login comes from. */
  newToken(username: string, opts?: { password?: string; ip?: string }): Promise<string>;
  /** POST /auth/login from `ip`: the answer as it is (a refusal too). */
  loginFrom(ip: string, username: string, password?: string): Promise<LightMyRequestResponse>;
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
  const services = testServices(database, () => clock.now, opts);
  const app = await buildApp(services, { serveWeb: false, checkResponses: true });
  await app.ready();
  const tokens = new Map<string, string>();
  const p: TestPlatform = {
    services,
    app,
    db: tablesOf<DB>(database.db) as Kysely<DB> & Db,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const key = `${username}\0${password}`;
      const token = tokens.get(key) ?? (await p.newToken(username, { password }));
      tokens.set(key, token);
      return token;
    },
    async newToken(username, o = {}) {
      const r = await p.loginFrom(o.ip ?? '127.0.0.1', username, o.password);
      if (r.statusCode !== 200) throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
      return (r.json() as { token: string }).token;
    },
    loginFrom(ip, username, password = DEMO_PASSWORD) {
      return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });
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
        const u = await tablesOf<DB>(database.db).selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
        actor = await directory().loadActor(database.db, u.id);
      }
      return { db: database.db, actor, origin: systemOrigin('test'), now: clock.now };
    },
    async unitId(code) {
      const u = await tablesOf<DB>(database.db).selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return u.id;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
  return p;
}

/** The query counting the rows of every table of a database (its tables do not change during a test run). */
const countQueries = new WeakMap<Db | Kysely<DB>, RawBuilder<Record<string, number>>>();

/** The platform's handle with every table visible: a test may look anywhere. */
export function allTables(db: Db): Kysely<DB> & Db {
  return tablesOf<DB>(db) as Kysely<DB> & Db;
}

/** Row counts of every table, in one query: used to prove that refused input changed nothing. */
export async function tableCounts(db: Db | Kysely<DB>): Promise<Record<string, number>> {
  let query = countQueries.get(db);
  if (!query) {
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    query = sql<Record<string, number>>`${sql.raw(`SELECT ${tables.rows.map((t) => `(SELECT count(*) FROM "${t.table_name}") AS "${t.table_name}"`).join(', ')}`)}`;
    countQueries.set(db, query);
  }
  const r = await query.execute(db);
  return Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)]));
}

/**
 * Runs `fn` as the database owner with the audit log's append-only trigger switched off, in one transaction: what
 * an attacker with access to the database could do to the log.
 */
export async function tamperWithAuditLog(db: Kysely<DB>, fn: (db: Kysely<DB>) => Promise<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
    await fn(trx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
  });
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
