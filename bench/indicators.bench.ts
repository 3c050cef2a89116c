// Indicator roll-up time for one province at 1× and 16× records (same units): the cost should grow with units,
// not records (goal: ratio ≤ 1.5). Prints figures; never fails on timing.
//   npx tsx bench/indicators.bench.ts [--scale 1] [--runs 7]      (PGlite in memory; DATABASE_URL → PostgreSQL)
import { sql } from 'kysely';
import { openDatabase } from '../src/core/db.ts';
import { migrate } from '../src/core/migrate.ts';
import { loadConfig } from '../src/core/config.ts';
import { buildApp } from '../src/server.ts';
import { ensureAdmin } from '../src/modules/units/commands.ts';
import { systemOrigin } from '../src/core/context.ts';
import { GENERATE_DEFAULTS, generate } from '../src/demo/generate.ts';
import { platformModules } from '../src/platform.ts';
import { formatDecimal, formatInt } from '../src/core/format.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const scale = arg('scale', 1);
const runs = arg('runs', 9);
const NOW = new Date('2026-12-31T10:00:00Z');
const TODAY = '2026-12-31';

const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {});
await migrate(database);
const db = database.db;
const services = { database, config: { ...loadConfig({}), loginRateLimit: 10_000 }, clock: () => NOW, modules: platformModules() };
await ensureAdmin({ db, actor: null, origin: systemOrigin('bench'), now: NOW }, 'Bench@2026');
const app = await buildApp(services, { serveWeb: false });
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'Bench@2026' } });
const token = (login.json() as { token: string }).token;

const seed = 4242;
const base = { ...GENERATE_DEFAULTS, provinces: 1, scale, seed, householdsPerVillage: 0, quiet: false };
let t = Date.now();
const g1 = await generate(db, { ...base, records: 1 }, TODAY);
console.log(`1×: ${formatInt(g1.units)} đơn vị, ${formatInt(g1.conferences)} hội nghị, ${formatInt(g1.counterEvents)} sự kiện — sinh trong ${((Date.now() - t) / 1000).toFixed(1)} s`);
const provinceId = g1.provinces[0]!.id;

const periods = [
  { label: 'cả năm 2026 (tháng trọn)', q: 'from=2026-01-01&to=2026-12-31' },
  { label: '15/01–20/11/2026 (có ngày lẻ)', q: 'from=2026-01-15&to=2026-11-20' },
];

async function measure(q: string): Promise<number> {
  const url = `/api/v1/reports/indicators?unitId=${provinceId}&${q}`;
  for (let i = 0; i < 3; i++) {
    const warm = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (warm.statusCode !== 200) throw new Error(`indicators: ${warm.statusCode} ${warm.body}`);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function rows(): Promise<{ daily: number; monthly: number; rollup: number; conferences: number }> {
  const r = await sql<{ d: number; m: number; p: number; c: number }>`SELECT (SELECT count(*) FROM unit_counters)::bigint AS d,
    (SELECT count(*) FROM unit_counter_months)::bigint AS m,
    (SELECT count(*) FROM unit_counter_rollups WHERE ancestor_id = ${provinceId})::bigint AS p,
    (SELECT count(*) FROM conferences)::bigint AS c`.execute(db);
  return { daily: Number(r.rows[0]!.d), monthly: Number(r.rows[0]!.m), rollup: Number(r.rows[0]!.p), conferences: Number(r.rows[0]!.c) };
}

const measureAll = async () => {
  const out: { label: string; ms: number }[] = [];
  for (const p of periods) out.push({ label: p.label, ms: await measure(p.q) });
  return out;
};
const at1 = await measureAll();
const rows1 = await rows();

t = Date.now();
const g16 = await generate(db, { ...base, records: 15, recordsOnly: true, recordsSeed: seed + 1 }, TODAY);
console.log(`+15×: ${formatInt(g16.conferences)} hội nghị, ${formatInt(g16.counterEvents)} sự kiện — sinh trong ${((Date.now() - t) / 1000).toFixed(1)} s`);
const at16 = await measureAll();
const rows16 = await rows();

console.log(`\nChỉ tiêu của tỉnh (${formatInt(g1.units)} đơn vị) — ${database.engine}, trung vị ${runs} lần:`);
console.log(`  bản ghi hội nghị: ${formatInt(rows1.conferences)} → ${formatInt(rows16.conferences)}; dòng bộ đếm ngày: ${formatInt(rows1.daily)} → ${formatInt(rows16.daily)}; dòng bộ đếm tháng theo đơn vị: ${formatInt(rows1.monthly)} → ${formatInt(rows16.monthly)}; dòng cộng dồn của tỉnh: ${formatInt(rows1.rollup)} → ${formatInt(rows16.rollup)}`);
for (let i = 0; i < periods.length; i++) {
  const a = at1[i]!.ms;
  const b = at16[i]!.ms;
  console.log(`  ${periods[i]!.label.padEnd(32)} 1×: ${formatDecimal(a, 1)} ms   16×: ${formatDecimal(b, 1)} ms   tỷ lệ: ${formatDecimal(b / a, 2)} (mục tiêu ≤ 1,5)`);
}
await app.close();
await database.close();
