// Which database the integration tests run on: PGlite by default, PostgreSQL when COSO_TEST_DB=pg.
import path from 'node:path';

export const TMP_DIR = path.resolve(import.meta.dirname, '..', '.tmp');
export const PGLITE_TEMPLATE = path.join(TMP_DIR, 'pglite-template.tar');
export const TEST_ENGINE: 'pglite' | 'pg' = process.env.COSO_TEST_DB === 'pg' ? 'pg' : 'pglite';
/** Server used for the PostgreSQL runs (the machine's local server: trust auth, database `test`). */
export const PG_ADMIN_URL = process.env.COSO_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_TEMPLATE_DB = 'coso_test_template';

export function pgUrlFor(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}
