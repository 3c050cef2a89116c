// Benchmark: ballots per second through the HTTP API on PostgreSQL, against raw single-row INSERT tps of the same
// PostgreSQL server measured in the same run with the same concurrency (pgbench when installed, else a node-pg loop).
//
// Run: npx tsx bench/ballots.bench.ts [seconds per step, default 5] [clients…, default 8 16 32]
// Environment: COSO_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test — the machine's local server).
//
// What it does: creates a fresh database, migrates it, seeds the demo (accounts) and a village of 20,000 households,
// starts the real app (a child process, its own event loop) listening on loopback, logs in as the commune official,
// then for each concurrency opens a new decision (the 20,000 households frozen) and lets N clients (keep-alive
// HTTP connections) cast ballots for distinct households, each ballot a full transaction (session lookup,
// permission, register row under UNIQUE, ballot-box counter, hash-chained audit entry) for a bounded time.
// Prints figures and the ratio ballots/s ÷ raw INSERT tps (goal ≥ 0.5); never asserts on timing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SELF = fileURLToPath(import.meta.url);
const ADMIN_URL = process.env.COSO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HOUSEHOLDS = 20_000;

function urlFor(db: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${db}`;
  return u.toString();
}

// ---------------------------------------------------------------------------------------------------------------
// Child: the application server
// ---------------------------------------------------------------------------------------------------------------

async function serve(databaseUrl: string): Promise<void> {
  const { openDatabase } = await import('../src/core/db.ts');
  const { loadConfig } = await import('../src/core/config.ts');
  const { buildApp } = await import('../src/server.ts');
  const database = await openDatabase({ databaseUrl, poolSize: 40 });
  const app = await buildApp({ database, config: { ...loadConfig({}), loginRateLimit: 100_000 }, clock: () => new Date() }, { serveWeb: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  process.stdout.write(`LISTENING ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => database.close()).then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Parent: setup, load, pgbench
// ---------------------------------------------------------------------------------------------------------------

async function setup(dbName: string): Promise<{ villageId: number; households: number[] }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const { openDatabase } = await import('../src/core/db.ts');
  const { migrate } = await import('../src/core/migrate.ts');
  const { seedDemo } = await import('../src/demo/seed.ts');
  const { loadConfig } = await import('../src/core/config.ts');
  const { loadActor } = await import('../src/core/auth.ts');
  const { systemOrigin } = await import('../src/core/context.ts');
  const units = await import('../src/modules/units/commands.ts');
  const database = await openDatabase({ databaseUrl: urlFor(dbName), poolSize: 4 });
  await migrate(database);
  await seedDemo({ database, config: loadConfig({ COSO_DEMO: '1' }), clock: () => new Date() });
  const db = database.db;
  const adminUser = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const ctx = { db, actor: await loadActor(db, adminUser.id), origin: systemOrigin('bench'), now: new Date() };
  const commune = await db.selectFrom('units').select('id').where('code', '=', 'HY-TANHUNG').executeTakeFirstOrThrow();
  const village = await units.createUnit(ctx, { kind: 'village', name: 'Thôn Đo Tải', code: 'BENCH-VILLAGE', parentId: commune.id });
  for (let start = 0; start < HOUSEHOLDS; start += units.MAX_BULK_HOUSEHOLDS) {
    const n = Math.min(units.MAX_BULK_HOUSEHOLDS, HOUSEHOLDS - start);
    await units.bulkCreateHouseholds(
      ctx,
      village.id,
      Array.from({ length: n }, (_, i) => ({ name: `Hộ số ${start + i + 1}`, representative: { name: `Đại diện hộ ${start + i + 1}` } })),
    );
  }
  const hh = await db.selectFrom('households').select('id').where('unit_id', '=', village.id).orderBy('id').execute();
  await database.close();
  return { villageId: village.id, households: hh.map((h) => h.id) };
}

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', databaseUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /LISTENING (\d+)/.exec(buf);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

async function json(base: string, method: string, p: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }> {
  const r = await fetch(base + p, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const t = await r.text();
  return { status: r.status, body: t ? JSON.parse(t) : null };
}

interface LoadResult {
  clients: number;
  ok: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function ballotLoad(base: string, token: string, villageId: number, households: number[], clients: number, seconds: number): Promise<LoadResult> {
  const open = await json(base, 'POST', '/api/v1/decisions', token, {
    unitId: String(villageId),
    title: `Đo tải ${clients} máy khách`,
    matter: 'other',
    method: 'ballot',
    options: ['Tán thành', 'Không tán thành'],
    secret: true,
  });
  if (open.status !== 201) throw new Error(`open failed: ${open.status} ${JSON.stringify(open.body)}`);
  const id = open.body.id as string;
  const per = Math.floor(households.length / clients);
  let ok = 0;
  let errors = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const mine = households.slice(c * per, (c + 1) * per);
      for (let i = 0; i < mine.length && performance.now() < deadline; i++) {
        const s = performance.now();
        const r = await fetch(`${base}/api/v1/decisions/${id}/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ householdId: String(mine[i]), choice: i % 3 ? 'Tán thành' : 'Không tán thành' }),
        });
        await r.arrayBuffer();
        latencies.push(performance.now() - s);
        if (r.status === 201) ok++;
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const close = await json(base, 'POST', `/api/v1/decisions/${id}/close`, token);
  if (close.status !== 200 || close.body.participatingHouseholds !== ok) {
    throw new Error(`close: ${close.status} participating=${close.body?.participatingHouseholds} ok=${ok}`);
  }
  return {
    clients,
    ok,
    errors,
    seconds: elapsed,
    perSecond: ok / elapsed,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
}

function hasPgbench(): boolean {
  return spawnSync('pgbench', ['--version'], { encoding: 'utf8' }).status === 0;
}

async function rawInsertTps(databaseUrl: string, clients: number, seconds: number): Promise<{ tps: number; tool: string }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  await c.query('CREATE TABLE IF NOT EXISTS bench_raw_insert (id bigserial PRIMARY KEY, k integer NOT NULL, v integer NOT NULL)');
  await c.end();
  if (hasPgbench()) {
    const script = path.join(os.tmpdir(), `coso-bench-insert-${process.pid}.sql`);
    fs.writeFileSync(script, '\\set k random(1, 1000000000)\nINSERT INTO bench_raw_insert (k, v) VALUES (:k, 1);\n');
    const u = new URL(databaseUrl);
    const r = spawnSync(
      'pgbench',
      ['-n', '-c', String(clients), '-j', String(Math.min(clients, os.cpus().length)), '-T', String(seconds), '-f', script, '-h', u.hostname, '-p', u.port || '5432', '-U', u.username || 'postgres', u.pathname.slice(1)],
      { encoding: 'utf8' },
    );
    fs.rmSync(script, { force: true });
    const m = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(r.stdout);
    if (m) return { tps: Number(m[1]), tool: 'pgbench' };
    console.warn(`pgbench output not understood, falling back to node-pg:\n${r.stdout}\n${r.stderr}`);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: clients });
  let n = 0;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const cl = await pool.connect();
      while (performance.now() < deadline) {
        await cl.query('INSERT INTO bench_raw_insert (k, v) VALUES ($1, 1)', [Math.floor(Math.random() * 1e9)]);
        n++;
      }
      cl.release();
    }),
  );
  const tps = n / ((performance.now() - t0) / 1000);
  await pool.end();
  return { tps, tool: 'node-pg loop' };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).map(Number).filter((x) => Number.isFinite(x) && x > 0);
  const seconds = args[0] ?? 5;
  const clientCounts = args.length > 1 ? args.slice(1) : [8, 16, 32];
  const dbName = `coso_bench_ballots_${process.pid}`;
  console.log(`Cơ Sở — ballots through HTTP vs raw INSERT on PostgreSQL (${ADMIN_URL.replace(/\/[^/]*$/, '/…')})`);
  console.log(`machine: ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${seconds} s per step`);
  const t = performance.now();
  const { villageId, households } = await setup(dbName);
  console.log(`setup: fresh database ${dbName}, village of ${households.length.toLocaleString('vi-VN')} households (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  const url = urlFor(dbName);
  const { child, port } = await startServer(url);
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await json(base, 'POST', '/api/v1/auth/login', null, { username: 'canbo.tanhung', password: 'CoSo@2026' });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const token = login.body.token as string;
    // Warm-up (JIT, pool connections, plans).
    await ballotLoad(base, token, villageId, households, 8, 1);
    // Where the time of one request goes (one client, sequential): no auth, auth + read, auth + ballot.
    const probe = async (label: string, fn: () => Promise<Response>) => {
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < 1500) {
        const r = await fn();
        await r.arrayBuffer();
        n++;
      }
      console.log(`  probe ${label}: ${((performance.now() - t0) / n).toFixed(2)} ms/request (1 client)`);
    };
    const auth = { authorization: `Bearer ${token}` };
    await probe('GET /health (no session)', () => fetch(`${base}/api/v1/health`));
    await probe('GET /me (session lookup)', () => fetch(`${base}/api/v1/me`, { headers: auth }));
    const probeOpen = await json(base, 'POST', '/api/v1/decisions', token, { unitId: String(villageId), title: 'Đo độ trễ', matter: 'other', method: 'ballot', options: ['Tán thành', 'Không tán thành'] });
    let k = households.length - 1;
    await probe('POST ballot (session + ballot)', () =>
      fetch(`${base}/api/v1/decisions/${probeOpen.body.id}/ballots`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ householdId: String(households[k--]), choice: 'Tán thành' }),
      }),
    );
    await json(base, 'POST', `/api/v1/decisions/${probeOpen.body.id}/close`, token);
    const rows: { clients: number; ballots: LoadResult; raw: { tps: number; tool: string } }[] = [];
    for (const clients of clientCounts) {
      const ballots = await ballotLoad(base, token, villageId, households, clients, seconds);
      const raw = await rawInsertTps(url, clients, seconds);
      rows.push({ clients, ballots, raw });
      console.log(
        `  ${clients} clients: ${ballots.perSecond.toFixed(0)} ballots/s (${ballots.ok} ok, ${ballots.errors} errors, p50 ${ballots.p50.toFixed(1)} ms, p99 ${ballots.p99.toFixed(1)} ms); raw INSERT ${raw.tps.toFixed(0)} tps (${raw.tool})`,
      );
    }
    console.log('');
    console.log('| clients | ballots/s (HTTP API) | p50 ms | p99 ms | raw INSERT tps | ratio |');
    console.log('|--------:|---------------------:|-------:|-------:|---------------:|------:|');
    for (const r of rows) {
      console.log(
        `| ${r.clients} | ${r.ballots.perSecond.toFixed(0)} | ${r.ballots.p50.toFixed(1)} | ${r.ballots.p99.toFixed(1)} | ${r.raw.tps.toFixed(0)} (${r.raw.tool}) | ${(r.ballots.perSecond / r.raw.tps).toFixed(2)} |`,
      );
    }
    const best = Math.max(...rows.map((r) => r.ballots.perSecond / r.raw.tps));
    console.log(`\nbest ratio ${best.toFixed(2)} (goal ≥ 0.5${best >= 0.5 ? ', met' : ', NOT met'})`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3]!);
} else {
  await main();
}
