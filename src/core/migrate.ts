// Plain, numbered SQL migrations (migrations/NNN_name.sql), applied in order, each in its own transaction.
// The same files run on PGlite and PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './db.ts';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface Migration {
  version: string;
  file: string;
  sql: string;
}

function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3,}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: file.split('_')[0]!, file, sql: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

export async function migrate(database: Database, log: (msg: string) => void = () => {}): Promise<string[]> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    file text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const applied: string[] = [];
  for (const m of listMigrations()) {
    const done = await sql<{ version: string }>`SELECT version FROM schema_migrations WHERE version = ${m.version}`.execute(db);
    if (done.rows.length) continue;
    const quoted = m.file.replace(/'/g, "''");
    // Record the version inside the same transaction; on PostgreSQL a concurrent runner fails on the primary key
    // and rolls back instead of applying a migration twice.
    await database.execScript(`${m.sql}\n;INSERT INTO schema_migrations (version, file) VALUES ('${m.version}', '${quoted}');`);
    log(`migrated ${m.file}`);
    applied.push(m.file);
  }
  return applied;
}
