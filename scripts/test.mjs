#!/usr/bin/env node
// `npm test`: typecheck, import boundaries and module shape, build the web app, then every test (unit, integration on PGlite, browser) and the
// integration tests again on PostgreSQL when a server answers. Prints one summary line at the end.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
// Import boundaries and cycles (.dependency-cruiser.cjs), then file / function sizes and SQL placement.
step('boundaries', run('npx', ['depcruise', 'src', 'web/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']));
step('shape', run('npx', ['tsx', 'scripts/check-shape.ts']));
step('web build', run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']));
// Each vitest run also writes a JSON report, so the closing line can count tests across runs.
const reports = [];
const vitest = (name, extra, env) => {
  const out = `.tmp/vitest-${name}.json`;
  fs.mkdirSync('.tmp', { recursive: true });
  fs.rmSync(out, { force: true });
  reports.push(out);
  return run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
};
step('tests (unit, int on PGlite, e2e)', vitest('pglite', [], { COSO_TEST_DB: 'pglite' }));
if (await pgReachable()) {
  step('int on PostgreSQL', vitest('pg', ['--project', 'int'], { COSO_TEST_DB: 'pg', COSO_TEST_PG_URL: PG_URL }));
} else {
  console.log('\n' + '!'.repeat(78));
  console.log(`!! PostgreSQL is not reachable at ${PG_URL}: the PostgreSQL integration run is SKIPPED.`);
  console.log('!! Set COSO_TEST_PG_URL (or DATABASE_URL) to a server to run it.');
  console.log('!'.repeat(78));
  results.push({ name: 'int on PostgreSQL (SKIPPED: server unreachable)', ok: true, skipped: true });
}

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? (r.skipped ? '○' : '✓') : '✗'} ${r.name}`);
let passed = 0;
let failedTests = 0;
let skipped = 0;
for (const f of reports) {
  try {
    const j = JSON.parse(fs.readFileSync(f, 'utf8'));
    passed += j.numPassedTests;
    failedTests += j.numFailedTests;
    skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  } catch {
    failedTests += 1; // a run that wrote no report did not finish
  }
}
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`\n${passed} passed, ${failedTests + (failedSteps && !failedTests ? failedSteps : 0)} failed, ${skipped} skipped`);
process.exit(failedSteps ? 1 : 0);
