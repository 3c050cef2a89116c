// Prepares one template database (migrated + demo data) per test run; each test file then gets a fresh copy:
// PGlite loads a dump (~0.5 s), PostgreSQL clones a template database.
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src/core/db.ts';
import { migrate } from '../src/core/migrate.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { platformModules } from '../src/platform.ts';
import { loadConfig } from '../src/core/config.ts';
import { PGLITE_TEMPLATE, PG_ADMIN_URL, PG_TEMPLATE_DB, PG_TEST_PREFIX, TEST_ENGINE, TMP_DIR, pgUrlFor } from './db-env.ts';

/** Deterministic time of the template's demo data. */
export const TEMPLATE_NOW = new Date('2026-11-02T02:00:00Z');

async function seed(database: Awaited<ReturnType<typeof openDatabase>>) {
  await migrate(database);
  await seedDemo({ database, config: loadConfig({ COSO_DEMO: '1' }), clock: () => TEMPLATE_NOW, modules: platformModules() });
}

export default async function setup(project: { config: { name?: string } } | unknown): Promise<void> {
  void project;
  fs.mkdirSync(TMP_DIR, { recursive: true });
  if (TEST_ENGINE === 'pg') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    // Drop leftovers of earlier runs (templates and per-file databases).
    const old = await admin.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [PG_TEST_PREFIX]);
    for (const r of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: pgUrlFor(PG_TEMPLATE_DB), poolSize: 2 });
    await seed(database);
    await database.close();
    return;
  }
  const database = await openDatabase({});
  await seed(database);
  const blob = await database.dump!();
  fs.writeFileSync(PGLITE_TEMPLATE, Buffer.from(await blob.arrayBuffer()));
  await database.close();
}
