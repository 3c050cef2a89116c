#!/usr/bin/env node
// `npm test`: typecheck, build the web app, then every test (unit, integration on PGlite, browser) and the
// integration tests again on PostgreSQL when a server answers. Prints one summary line at the end.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const PG_URL = process.env.COSO_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = (cmd, args, env = {}) => {
  console.log(`\n▶ ${cmd} ${args.join(' ')}${Object.keys(env).length ? `  (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

async function pgReachable() {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

const results = [];
const step = (name, status) => {
  results.push({ name, ok: status === 0 });
  return status;
};

step('typecheck', run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
step('web build', run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']));
step('tests (unit, int on PGlite, e2e)', run('npx', ['vitest', 'run'], { COSO_TEST_DB: 'pglite' }));
if (await pgReachable()) {
  step('int on PostgreSQL', run('npx', ['vitest', 'run', '--project', 'int'], { COSO_TEST_DB: 'pg', COSO_TEST_PG_URL: PG_URL }));
} else {
  console.log('\n' + '!'.repeat(78));
  console.log(`!! PostgreSQL is not reachable at ${PG_URL}: the PostgreSQL integration run is SKIPPED.`);
  console.log('!! Set COSO_TEST_PG_URL (or DATABASE_URL) to a server to run it.');
  console.log('!'.repeat(78));
  results.push({ name: 'int on PostgreSQL (SKIPPED: server unreachable)', ok: true, skipped: true });
}

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? (r.skipped ? '○' : '✓') : '✗'} ${r.name}`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed ? 1 : 0);
