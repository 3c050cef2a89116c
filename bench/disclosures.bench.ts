// Benchmark of the public disclosure list (GET /api/v1/disclosures) against a bare hello-world route served by
// the same process, with 10,000 disclosures in one commune.
// Run: npx tsx bench/disclosures.bench.ts [--clients=32] [--seconds=5]   (PostgreSQL when DATABASE_URL is set)
// Seeds the demo tree, bulk-inserts 10,000 disclosures into Xã Tân Hưng (one INSERT … SELECT), starts the real app
// on a loopback port with a /hello route added, and drives each target with N concurrent keep-alive clients
// (Node's fetch / undici) for a bounded time. Prints requests/s of each and the ratios (goal ≥ 0.3). Never asserts.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { openDatabase, tablesOf, type Db } from '../src/core/db.ts';
import { migrate } from '../src/core/migrate.ts';
import { loadConfig } from '../src/core/config.ts';
import { buildApp } from '../src/server.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { platformModules } from '../src/platform.ts';
import type { Services } from '../src/core/http.ts';
import type { DB } from '../src/modules/index.ts';

const arg = (name: string, dflt: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const CLIENTS = arg('clients', 32);
const SECONDS = arg('seconds', 5);
const WARMUP_S = 1;
const N_DISCLOSURES = 10_000;

const log = (m: string) => console.log(m);

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url, poolSize: 20 } : {});
  const services: Services = { database, config: { ...loadConfig({}), logLevel: 'warn' }, clock: () => new Date(), modules: platformModules() };
  let t = performance.now();
  await migrate(database);
  await seedDemo(services);
  const db = tablesOf<DB>(database.db) as Kysely<DB> & Db;
  const commune = await db.selectFrom('units').select(['id', 'path']).where('code', '=', 'HY-TANHUNG').executeTakeFirstOrThrow();
  const official = await db.selectFrom('users').select('id').where('username', '=', 'canbo.tanhung').executeTakeFirstOrThrow();
  log(`[bench] ${database.engine}: migrated and seeded in ${Math.round(performance.now() - t)} ms`);

  t = performance.now();
  const cats = ['budget', 'socio_economic_plan', 'investment_land', 'funds_contributions', 'public_assets', 'social_policies', 'fees', 'military_service'];
  const words = ['ngân sách', 'dự toán', 'đất đai', 'đường giao thông', 'nhà văn hóa', 'quỹ khuyến học', 'hộ nghèo', 'bảo hiểm y tế', 'thủy lợi', 'trường mầm non'];
  await sql`
    INSERT INTO disclosures (unit_id, unit_path, category, version, title, body, channels, attachment_ids, published_on, published_at,
                             posting_days, posted_from, posted_until, published_by, updated_at)
    SELECT ${commune.id}, ${commune.path},
           (${sql.val(cats)}::text[])[1 + i % ${cats.length}],
           1,
           'Thông báo số ' || i || ' về ' || (${sql.val(words)}::text[])[1 + i % ${words.length}] || ' xã Tân Hưng',
           'Nội dung công khai số ' || i || ': ' || (${sql.val(words)}::text[])[1 + (i * 7) % ${words.length}] || ', thôn Đông, thôn Tây. '
             || repeat('Ủy ban nhân dân xã thông báo để Nhân dân biết và giám sát. ', 4),
           '["website","notice_board"]'::jsonb, '[]'::jsonb,
           (date '2026-01-01' + (i % 300)), timestamptz '2026-01-01 02:00:00+00' + (i % 300) * interval '1 day',
           30, (date '2026-01-01' + (i % 300)), (date '2026-01-01' + (i % 300) + 30), ${official.id}, now()
    FROM generate_series(1, ${N_DISCLOSURES}) AS g(i)
  `.execute(db);
  await sql`ANALYZE disclosures`.execute(db);
  const total = await db.selectFrom('disclosures').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', commune.id).executeTakeFirstOrThrow();
  log(`[bench] ${Number(total.n).toLocaleString('vi-VN')} disclosures in Xã Tân Hưng (bulk insert ${Math.round(performance.now() - t)} ms)`);

  const app = await buildApp(services, { serveWeb: false, logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

  // Ids for cursors (a page from a random place in the list: a different key for nearly every request).
  const maxId = (await db.selectFrom('disclosures').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m as number;
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const cursorOf = (id: number) => Buffer.from(String(id)).toString('base64url');

  async function run(name: string, path: () => string): Promise<number> {
    let stop = false;
    let count = 0;
    let errors = 0;
    let measuring = false;
    const client = async () => {
      while (!stop) {
        const r = await fetch(base + path());
        await r.arrayBuffer();
        if (r.status !== 200) errors++;
        if (measuring) count++;
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
    measuring = true;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    measuring = false;
    const elapsed = (performance.now() - t0) / 1000;
    stop = true;
    await Promise.all(clients);
    const rps = count / elapsed;
    log(`  ${name.padEnd(58)} ${Math.round(rps).toLocaleString('vi-VN').padStart(8)} req/s${errors ? `  (${errors} non-200)` : ''}`);
    return rps;
  }

  const listPath = `/api/v1/disclosures?unitId=${commune.id}`;
  const sample = await (await fetch(base + listPath)).json();
  const searchCheck = await (await fetch(`${base}${listPath}&q=${encodeURIComponent('ngan sach')}`)).json();
  log(`[bench] list page: ${sample.items.length} items, ${JSON.stringify(sample).length.toLocaleString('vi-VN')} bytes; "ngan sach" finds ${searchCheck.items.length} on the first page`);
  log(`[bench] ${CLIENTS} keep-alive clients, ${SECONDS} s each after ${WARMUP_S} s warm-up, loopback (load ${loadavg()[0]!.toFixed(2)})`);

  const hello = await run('GET /hello (bare route, same process)', () => '/hello');
  const list = await run('GET /api/v1/disclosures?unitId= (commune, first page)', () => listPath);
  const search = await run('  … &q=ngan sach (diacritics-free search)', () => `${listPath}&q=${encodeURIComponent('ngan sach')}`);
  const pages = await run('  … &cursor=<random> (uncached: a query per request)', () => `${listPath}&cursor=${cursorOf(1 + Math.floor(rnd() * maxId))}`);
  const searches = await run('  … &q=<one of 10 words>&category=<one of 8>', () => `${listPath}&q=${encodeURIComponent(words[Math.floor(rnd() * words.length)]!)}&category=${cats[Math.floor(rnd() * cats.length)]}`);

  const ratio = (x: number) => (x / hello).toFixed(2).replace('.', ',');
  log('');
  log(`[bench] ratio list / hello          = ${ratio(list)}   (goal ≥ 0,3)`);
  log(`[bench] ratio search / hello        = ${ratio(search)}`);
  log(`[bench] ratio uncached page / hello = ${ratio(pages)}`);
  log(`[bench] ratio varied search / hello = ${ratio(searches)}`);
  await app.close();
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
