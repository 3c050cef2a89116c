// Which database the integration tests run on: PGlite by default, PostgreSQL when COSO_TEST_DB=pg.
import { createHash } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const TMP_DIR = path.join(ROOT, '.tmp');
export const PGLITE_TEMPLATE = path.join(TMP_DIR, 'pglite-template.tar');
export const TEST_ENGINE: 'pglite' | 'pg' = process.env.COSO_TEST_DB === 'pg' ? 'pg' : 'pglite';
/** Server used for the PostgreSQL runs (the machine's local server: trust auth, database `test`). */
export const PG_ADMIN_URL = process.env.COSO_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/**
 * Prefix of every database a test run of this checkout creates: two checkouts (e.g. git worktrees) testing at
 * once on one server never drop each other's databases.
 */
export const PG_TEST_PREFIX = `coso_test_${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}_`;
export const PG_TEMPLATE_DB = `${PG_TEST_PREFIX}template`;

/** A new database name of this checkout's test run. */
export function pgTestDbName(what: string): string {
  return `${PG_TEST_PREFIX}${what}_${process.pid}_${Math.random().toString(16).slice(2, 10)}`;
}

export function pgUrlFor(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}
