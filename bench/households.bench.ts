// Households bulk insert rate through the real HTTP endpoint (POST /api/v1/units/:id/households/bulk, 10,000
// households per call), on PGlite (a data folder, as in production) and on PostgreSQL (a fresh database on the
// local server), printed side by side with the ratio. Figures only; never asserts on timing.
// Run: npx tsx bench/households.bench.ts [calls=3] [perCall=10000]
//   COSO_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test) — the server to create the database on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/core/config.ts';
import { openPlatform } from '../src/platform.ts';
import { buildApp } from '../src/server.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { prng } from '../src/core/random.ts';
import { DEMO_PASSWORD, demoHouseholds } from '../src/modules/units/demo.ts';
import type { Services } from '../src/core/http.ts';
import { tablesOf } from '../src/core/db.ts';
import type { DB } from '../src/modules/index.ts';

const CALLS = Number(process.argv[2] ?? 3);
const PER_CALL = Number(process.argv[3] ?? 10_000);
const PG_URL = process.env.COSO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Result {
  engine: string;
  calls: number[];
  rate: number;
  median: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function runOn(label: string, services: Services): Promise<Result> {
  await seedDemo(services);
  const app = await buildApp(services, { logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
  try {
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const commune = await tablesOf<DB>(services.database.db).selectFrom('units').select('id').where('code', '=', 'HY-TANHUNG').executeTakeFirstOrThrow();
    const rand = prng(42);
    const times: number[] = [];
    for (let c = 0; c < CALLS; c++) {
      const v = await fetch(`${base}/units`, { method: 'POST', headers: auth, body: JSON.stringify({ kind: 'village', name: `Thôn Đo Tốc Độ ${c + 1}`, parentId: String(commune.id) }) });
      const village = ((await v.json()) as { id: string }).id;
      const body = JSON.stringify({ households: demoHouseholds(rand, `Thôn Đo Tốc Độ ${c + 1}`, PER_CALL) });
      const t0 = performance.now();
      const r = await fetch(`${base}/units/${village}/households/bulk`, { method: 'POST', headers: auth, body });
      const ms = performance.now() - t0;
      if (r.status !== 201) throw new Error(`${label}: bulk answered ${r.status} ${await r.text()}`);
      times.push(ms);
      console.log(`  ${label.padEnd(10)} call ${c + 1}: ${PER_CALL.toLocaleString('en')} households in ${ms.toFixed(0)} ms (${Math.round((PER_CALL * 1000) / ms).toLocaleString('en')}/s), body ${(body.length / 1e6).toFixed(1)} MB`);
    }
    const total = times.reduce((a, b) => a + b, 0);
    return { engine: label, calls: times, rate: (CALLS * PER_CALL * 1000) / total, median: (PER_CALL * 1000) / median(times) };
  } finally {
    await app.close();
  }
}

async function pglite(): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coso-bench-'));
  const services = await openPlatform({ ...loadConfig({}), dataDir: path.join(dir, 'data'), databaseUrl: undefined });
  try {
    return await runOn('PGlite', services);
  } finally {
    await services.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<Result | null> {
  const name = `coso_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`  PostgreSQL unreachable at ${PG_URL}: ${(e as Error).message} — skipped`);
    return null;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const services = await openPlatform({ ...loadConfig({}), databaseUrl: url.toString() });
  try {
    return await runOn('PostgreSQL', services);
  } finally {
    await services.database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

console.log(`Households bulk insert over HTTP: ${CALLS} calls × ${PER_CALL.toLocaleString('en')} households; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}`);
const a = await pglite();
const b = await postgres();
const fmt = (r: Result | null) => (r ? `${Math.round(r.rate).toLocaleString('en').padStart(10)} /s (median call ${Math.round(r.median).toLocaleString('en')}/s)` : 'skipped'.padStart(10));
console.log('\n                 households/s (all calls)');
console.log(`  PGlite      ${fmt(a)}`);
console.log(`  PostgreSQL  ${fmt(b)}`);
if (b) console.log(`  ratio PostgreSQL / PGlite: ${(b.rate / a.rate).toFixed(2)}×`);
