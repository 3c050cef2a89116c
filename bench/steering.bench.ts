// A province's steering request to every unit below it (~3,000 units): time of the submissions table
// (GET /api/v1/steering/requests/:id) and of the province's indicators for the year (GET /api/v1/reports/indicators),
// with the records at 1× (one request) and 16× (16 requests, each to every unit, most answered). Prints figures and
// the 16×/1× ratios; never fails on timing.
//   npx tsx bench/steering.bench.ts [--scale 1] [--runs 7] [--sample 100]   (PGlite in memory; DATABASE_URL → PostgreSQL)
// The request is issued through the API (one expected submission and one counter per unit); `sample` submissions go
// through the API too (each computes and stores the unit's indicators); the others are written in bulk with the
// same rows and counters as a submission, so that 16 × 3,000 answers take seconds, not an hour.
import os from 'node:os';
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
const runs = arg('runs', 7);
const sample = arg('sample', 100);
const NOW = new Date('2026-12-20T03:00:00Z');
const TODAY = '2026-12-20';

const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {});
await migrate(database);
const db = database.db;
const services = { database, config: { ...loadConfig({}), loginRateLimit: 10_000 }, clock: () => NOW, modules: platformModules() };
await ensureAdmin({ db, actor: null, origin: systemOrigin('bench'), now: NOW }, 'Bench@2026');
const app = await buildApp(services, { serveWeb: false });
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'Bench@2026' } });
const token = (login.json() as { token: string }).token;
const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const r = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown>;
};

const load = () => os.loadavg()[0]!.toFixed(1);
const g = await generate(db, { ...GENERATE_DEFAULTS, provinces: 1, scale, seed: 4242, householdsPerVillage: 0, records: 1, quiet: true }, TODAY);
const provinceId = g.provinces[0]!.id;
console.log(`Tỉnh: ${formatInt(g.units)} đơn vị, ${formatInt(g.counterEvents)} sự kiện bộ đếm (sinh dữ liệu) — ${database.engine}, tải ${load()}`);

let seq = 0;
/** Issues one request to every unit kind below the province; the rest of the answers in bulk (85% on time, 10% late). */
async function request(viaApi: number): Promise<{ id: string; recipients: number; issueMs: number; submitMs: number }> {
  seq++;
  const due = `2026-${String(((seq - 1) % 11) + 1).padStart(2, '0')}-20`;
  let t = performance.now();
  const r = await call('POST', '/api/v1/steering/requests', {
    unitId: String(provinceId),
    kind: 'period_report',
    title: `Công văn về việc báo cáo kết quả thực hiện dân chủ ở cơ sở, đợt ${seq}`,
    number: `${seq}/CV-BCĐ`,
    issuedOn: `2026-${String(((seq - 1) % 11) + 1).padStart(2, '0')}-01`,
    period: { from: '2026-01-01', to: '2026-12-31' },
    dueOn: due,
    recipients: { kinds: ['commune', 'village', 'agency', 'enterprise'] },
  });
  const issueMs = performance.now() - t;
  const id = String(r.id);
  const units = await sql<{ unit_id: number }>`SELECT unit_id FROM steering_request_recipients WHERE request_id = ${Number(id)} ORDER BY unit_id`.execute(db);
  const ids = units.rows.map((x) => Number(x.unit_id));
  t = performance.now();
  for (const u of ids.slice(0, viaApi)) await call('POST', `/api/v1/steering/requests/${id}/submissions`, { unitId: String(u), narrative: 'Báo cáo của đơn vị.' });
  const submitMs = viaApi ? (performance.now() - t) / viaApi : 0;
  // The others: 85% on time, 10% late, 5% missing — the rows and counters a submission writes.
  const rest = ids.slice(viaApi).filter((_, i) => i % 20 !== 0);
  await sql`
    WITH picked AS (SELECT c.id AS recipient_id, c.unit_id, (row_number() OVER (ORDER BY c.unit_id)) % 9 = 0 AS late
                    FROM steering_request_recipients c WHERE c.request_id = ${Number(id)} AND c.unit_id = ANY(${rest}::bigint[])),
         subs AS (INSERT INTO steering_submissions (request_id, recipient_id, unit_id, narrative, submitted_on)
                  SELECT ${Number(id)}, recipient_id, unit_id, 'Báo cáo của đơn vị.', CASE WHEN late THEN ${due}::date + 3 ELSE ${due}::date - 2 END FROM picked
                  RETURNING id, recipient_id, submitted_on)
    UPDATE steering_request_recipients c SET state = 'submitted', first_submitted_on = s.submitted_on, last_submitted_on = s.submitted_on,
      last_submission_id = s.id, on_time = s.submitted_on <= ${due}::date
    FROM subs s WHERE c.id = s.recipient_id`.execute(db);
  await sql`
    INSERT INTO unit_counters (unit_id, unit_path, key, day, value)
    SELECT c.unit_id, u.path, k.key, ${due}::date, 1
    FROM steering_request_recipients c JOIN units u ON u.id = c.unit_id
      CROSS JOIN LATERAL (VALUES ('steering.submitted'), (CASE WHEN c.on_time THEN 'steering.on_time' ELSE 'steering.late' END)) k(key)
    WHERE c.request_id = ${Number(id)} AND c.unit_id = ANY(${rest}::bigint[]) AND c.state = 'submitted'
    ON CONFLICT (unit_id, key, day) DO UPDATE SET value = unit_counters.value + EXCLUDED.value`.execute(db);
  return { id, recipients: ids.length, issueMs, submitMs };
}

async function median(url: string): Promise<number> {
  for (let i = 0; i < 2; i++) await call('GET', url);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await call('GET', url);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const first = await request(sample);
const tableUrl = `/api/v1/steering/requests/${first.id}`;
const reportUrl = `/api/v1/reports/indicators?unitId=${provinceId}&from=2026-01-01&to=2026-12-31`;
const counts = async () => {
  const r = await sql<{ s: number; c: number; u: number }>`SELECT (SELECT count(*) FROM steering_submissions)::bigint AS s,
    (SELECT count(*) FROM steering_request_recipients)::bigint AS c, (SELECT count(*) FROM unit_counters)::bigint AS u`.execute(db);
  return { submissions: Number(r.rows[0]!.s), recipients: Number(r.rows[0]!.c), counters: Number(r.rows[0]!.u) };
};
const c1 = await counts();
const table1 = await median(tableUrl);
const report1 = await median(reportUrl);
console.log(`1×: 1 văn bản gửi ${formatInt(first.recipients)} đơn vị — ban hành ${formatDecimal(first.issueMs / 1000, 1)} s; gửi báo cáo qua API (kèm chỉ tiêu) ${formatDecimal(first.submitMs, 1)} ms/lần (${formatInt(sample)} lần)`);

let issueMs = 0;
for (let i = 0; i < 15; i++) issueMs += (await request(0)).issueMs;
const c16 = await counts();
const table16 = await median(tableUrl);
const report16 = await median(reportUrl);
console.log(`16×: thêm 15 văn bản — ban hành trung bình ${formatDecimal(issueMs / 15 / 1000, 1)} s/văn bản`);
console.log(`\nTrung vị ${runs} lần (tải ${load()}):`);
console.log(`  báo cáo gửi: ${formatInt(c1.submissions)} → ${formatInt(c16.submissions)}; đơn vị nhận: ${formatInt(c1.recipients)} → ${formatInt(c16.recipients)}; dòng bộ đếm ngày: ${formatInt(c1.counters)} → ${formatInt(c16.counters)}`);
console.log(`  bảng tình hình gửi báo cáo (GET /steering/requests/:id)   1×: ${formatDecimal(table1, 1)} ms   16×: ${formatDecimal(table16, 1)} ms   tỷ lệ: ${formatDecimal(table16 / table1, 2)}`);
console.log(`  chỉ tiêu của tỉnh cả năm (GET /reports/indicators)      1×: ${formatDecimal(report1, 1)} ms   16×: ${formatDecimal(report16, 1)} ms   tỷ lệ: ${formatDecimal(report16 / report1, 2)}`);
await app.close();
await database.close();
