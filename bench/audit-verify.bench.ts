// Verifying the whole audit log (GET /api/v1/audit/verify, `coso audit verify`): the one-pass verifyAll against
// verifying chain by chain (verifyChain on every chain head, two queries per chain: how verifyAll worked before),
// on PGlite (a data folder in a temp directory) and on PostgreSQL (a fresh database), in the same run.
//
// Run: npx tsx bench/audit-verify.bench.ts [chains=20000]
// The log is filled with `chains` chains, like the ballots of a year in a large commune (one chain per batch of
// ballots, one entry each) plus one in ten chains of 2–6 entries (cases, consultations): entries with real hashes,
// inserted in bulk (the append-only trigger only refuses UPDATE / DELETE). Both ways must return the same verdict
// (checked); prints seconds and the ratio. Never asserts on timing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { openDatabase, tablesOf, type Database, type Db } from '../src/core/db.ts';
import { migrate } from '../src/core/migrate.ts';
import { GENESIS_HASH, entryHash, verifyAll, verifyChain, type HashedFields } from '../src/core/audit.ts';
import type { DB } from '../src/modules/index.ts';

const CHAINS = Number(process.argv[2] ?? 20_000);
const PG_URL = process.env.COSO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function fill(database: Database): Promise<number> {
  const db = tablesOf<DB>(database.db) as Kysely<DB> & Db;
  let entries = 0;
  const at = new Date('2026-11-30T01:00:00Z');
  for (let start = 0; start < CHAINS; start += 1_000) {
    const rows: Record<string, unknown>[] = [];
    const heads: { chain: string; last_seq: number; last_hash: string }[] = [];
    for (let c = start; c < Math.min(CHAINS, start + 1_000); c++) {
      const chain = c % 10 === 0 ? `case:${c}` : `decision:1:ballots:${c}`;
      const n = c % 10 === 0 ? 2 + (c % 5) : 1;
      let prev = GENESIS_HASH;
      for (let seq = 1; seq <= n; seq++) {
        const f: HashedFields = {
          chain,
          chainSeq: seq,
          at: new Date(at.getTime() + c * 1000 + seq).toISOString(),
          actorId: null,
          actorName: 'canbo.tanhung',
          action: n === 1 ? 'decision.ballots' : 'case.update',
          targetType: n === 1 ? 'decision' : 'case',
          targetId: n === 1 ? '1' : String(c),
          unitId: null,
          ip: '127.0.0.1',
          userAgent: 'bench',
          requestId: `r${c}-${seq}`,
          data: n === 1 ? { ballots: [{ householdId: c, channel: 'paper' }] } : { step: seq },
          prevHash: prev,
        };
        const hash = entryHash(f);
        rows.push({
          chain,
          chain_seq: seq,
          at: f.at,
          actor_id: null,
          actor_name: f.actorName,
          action: f.action,
          target_type: f.targetType,
          target_id: f.targetId,
          unit_id: null,
          ip: f.ip,
          user_agent: f.userAgent,
          request_id: f.requestId,
          data: JSON.stringify(f.data),
          prev_hash: prev,
          hash,
        });
        prev = hash;
      }
      heads.push({ chain, last_seq: n, last_hash: prev });
      entries += n;
    }
    await db.insertInto('audit_log').values(rows as never).execute();
    await db.insertInto('audit_chain_heads').values(heads).execute();
  }
  return entries;
}

async function chainByChain(database: Database): Promise<number> {
  const heads = await sql<{ chain: string }>`SELECT chain FROM audit_chain_heads ORDER BY chain`.execute(database.db);
  let broken = 0;
  for (const { chain } of heads.rows) if (!(await verifyChain({ db: database.db }, chain)).ok) broken++;
  return broken;
}

async function runOn(label: string, database: Database): Promise<void> {
  await migrate(database);
  let t = performance.now();
  const entries = await fill(database);
  console.log(`  ${label}: ${CHAINS.toLocaleString('vi-VN')} chains, ${entries.toLocaleString('vi-VN')} entries written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const one = await verifyAll({ db: database.db });
  const onePass = (performance.now() - t) / 1000;
  t = performance.now();
  const old = await chainByChain(database);
  const perChain = (performance.now() - t) / 1000;
  if (one.broken.length !== old || one.chains < CHAINS) throw new Error(`${label}: verdicts differ (${one.broken.length} vs ${old} broken)`);
  console.log(
    `  ${label}: one pass ${onePass.toFixed(2)} s, chain by chain ${perChain.toFixed(2)} s — ${(perChain / onePass).toFixed(1)}× faster, ` +
      `${one.chains.toLocaleString('vi-VN')} chains, ${one.broken.length} broken`,
  );
}

console.log(`Cơ Sở — verifying the whole audit log (${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coso-bench-audit-'));
try {
  const lite = await openDatabase({ dataDir: path.join(dir, 'data') });
  try {
    await runOn('PGlite', lite);
  } finally {
    await lite.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const dbName = `coso_bench_audit_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_URL });
try {
  await admin.connect();
} catch (e) {
  console.log(`  PostgreSQL: skipped, ${PG_URL} not reachable (${(e as Error).message})`);
  process.exit(0);
}
await admin.query(`CREATE DATABASE ${dbName}`);
try {
  const u = new URL(PG_URL);
  u.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
  try {
    await runOn('PostgreSQL', database);
  } finally {
    await database.close();
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
