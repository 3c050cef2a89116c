// One database layer for both engines: PGlite (embedded, default) and PostgreSQL (when DATABASE_URL is set).
// The same Kysely queries and the same SQL migrations run on both.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  db: Db;
  /** Runs a multi-statement SQL script in one transaction (migrations, test fixtures). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: dumps the data folder (used to make fast per-test databases). */
  dump?(): Promise<Blob>;
}

// Both engines must return the same JS types: int8/numeric as numbers, dates as 'YYYY-MM-DD' strings.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;
const PARSERS: Record<number, (v: string) => unknown> = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asIs };

let pgTypesSet = false;
function setPgTypes(): void {
  if (pgTypesSet) return;
  for (const [oid, fn] of Object.entries(PARSERS)) pg.types.setTypeParser(Number(oid), fn);
  pgTypesSet = true;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite folder; undefined = in memory. */
  dataDir?: string;
  /** PGlite: start from a dump made by `dump()`. */
  loadDataDir?: Blob;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  setPgTypes();
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client whose server connection is closed (server restart, administrator command) emits 'error' on
  // the pool; without a listener that would crash the process. The pool replaces the client on next use.
  pool.on('error', (err) => {
    if ((err as { code?: string }).code !== '57P01') console.warn(`[coso] PostgreSQL idle connection lost: ${err.message}`);
  });
  const db = new Kysely<DbTables>({ dialect: new PostgresDialect({ pool }) });
  preparedRunners.set(db, async (name, q) => {
    const r = await pool.query({ name, text: q.sql, values: [...q.parameters] });
    return r.rows;
  });
  return {
    engine: 'postgres',
    db,
    async execScript(script) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

/** PGlite has no lock of its own: one process per data folder, enforced with a pid lock file. */
function takeLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, '..', `.${path.basename(dataDir)}.lock`);
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    let alive = false;
    if (pid && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if (alive) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng. Chỉ một tiến trình được mở cơ sở dữ liệu nhúng. ` +
          `(The data folder is in use by process ${pid}.)`,
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  const release = dataDir ? takeLock(dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir,
      loadDataDir,
      extensions: { unaccent, pg_trgm },
      parsers: PARSERS,
    });
  } catch (e) {
    release();
    throw e;
  }
  const db = new Kysely<DbTables>({ dialect: new PGliteDialect({ pglite }) });
  let closed = false;
  return {
    engine: 'pglite',
    db,
    async execScript(script) {
      await pglite.transaction(async (tx) => {
        await tx.exec(script);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      release();
    },
    async dump() {
      const f = await pglite.dumpDataDir('none');
      return f;
    },
  };
}

// ---- prepared statements for hot paths ---------------------------------------------------------------------
// Kysely sends every query unnamed, so PostgreSQL parses and plans it each time. A few statements run thousands of
// times a second (ballots); on PostgreSQL they are sent as named prepared statements: each pooled connection
// parses them once and, after a few executions, reuses a generic plan. On PGlite, and inside a transaction, they
// run as ordinary queries.
type PreparedRunner = (name: string, q: CompiledQuery) => Promise<unknown[]>;
const preparedRunners = new WeakMap<Db, PreparedRunner>();

/**
 * Runs a compiled query as the prepared statement `name` where the engine allows it. One name, one SQL text: the
 * text must not vary between calls (only the parameters do).
 */
export async function runPrepared<R>(db: Db, name: string, q: CompiledQuery): Promise<R[]> {
  const runner = db.isTransaction ? undefined : preparedRunners.get(db);
  if (runner) return (await runner(name, q)) as R[];
  return (await db.executeQuery<R>(q)).rows;
}


/**
 * The database handle as use cases and stores receive it. A store views it through its own tables only:
 * `const q = tablesOf<CasesTables>(db)` — the type checker then refuses any other module's table.
 */
export type Db = Kysely<DbTables>;
/**
 * The tables the handle itself names: none. Whoever reads or writes a table views the handle through the tables
 * it owns (`tablesOf<OwnTables>(db)`): core through CoreTables, a module's store through its own.
 */
export interface DbTables {}

/** `db` seen through `Tables` (a type-only view, nothing at run time). Call it in store files only. */
export function tablesOf<Tables>(db: Db | Kysely<never>): Kysely<Tables> {
  return db as unknown as Kysely<Tables>;
}
