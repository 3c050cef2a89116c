// `coso start | migrate | seed | import | generate | audit-verify`
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './core/config.ts';
import { openPlatform, systemCtx } from './core/app-context.ts';
import { buildApp, WEB_DIST } from './server.ts';
import { ensureAdmin } from './modules/units/commands.ts';
import { DEMO_PASSWORD, seedDemo } from './demo/seed.ts';
import { verifyAll } from './core/audit.ts';
import { DEFAULT_CHANNELS, startDeliverer } from './core/outbox.ts';
import { startPeriodic } from './core/scheduler.ts';
import { closeDueDecisions } from './modules/decisions/commands.ts';
import { runImportCli } from './modules/units/import-cli.ts';
import { runGenerateCli } from './modules/reports/generate-cli.ts';

const [, , command = 'start'] = process.argv;
const log = (m: string) => console.log(`[coso] ${m}`);

/** Newest modification time of the web sources (and the shared formatting they import). */
function newestWebSource(dir = path.resolve(WEB_DIST, '..')): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'dist' || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return newest;
}

/** Builds the web app when it was never built or its sources changed since (e.g. after `git pull`). */
async function ensureWebBuilt(): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestWebSource()) return;
  log('building the web app…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_DIST, '..', 'vite.config.ts'), logLevel: 'warn' });
}

async function start(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  await ensureWebBuilt().catch((e) => log(`web build failed, serving the API only: ${(e as Error).message}`));
  const services = await openPlatform(config, log);
  if (config.adminPassword) {
    if (await ensureAdmin(systemCtx(services, 'bootstrap'), config.adminPassword)) log('administrator "admin" created');
  }
  let demo = null;
  if (config.demo) demo = await seedDemo(services, log);
  const app = await buildApp(services, { logger: { level: config.logLevel } });
  // Delivers the outbox (in-app notifications…) every 2 s; a crash loses nothing, the next start delivers it.
  const stopDeliverer = startDeliverer(services, DEFAULT_CHANNELS, { onError: (e) => log(`outbox: ${(e as Error).message}`) });
  // Closes decisions whose end (closesAt) has passed, every 30 s: tallied, published and sent for recognition.
  const stopCloser = startPeriodic(
    async () => {
      const closed = await closeDueDecisions(systemCtx(services, 'decisions.auto-close'));
      if (closed.length) log(`đã tự động kết thúc biểu quyết: ${closed.join(', ')}`);
    },
    30_000,
    (e) => log(`decisions auto-close: ${(e as Error).message}`),
  );
  const close = async () => {
    await stopCloser();
    await stopDeliverer();
    await app.close();
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  log(`Cơ Sở đang chạy tại http://localhost:${config.port} (${services.database.engine}) — sẵn sàng sau ${Date.now() - t0} ms`);
  if (config.demo) {
    const users = await services.database.db
      .selectFrom('users')
      .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
      .innerJoin('units', 'units.id', 'role_grants.unit_id')
      .select(['users.username', 'role_grants.role', 'units.name'])
      .orderBy('users.id')
      .execute();
    log(`Tài khoản dùng thử${demo ? ' (vừa tạo)' : ''} — mật khẩu chung: ${DEMO_PASSWORD}${config.adminPassword ? ' (admin: COSO_ADMIN_PASSWORD)' : ''}`);
    for (const u of users) console.log(`   ${u.username.padEnd(20)} ${u.role.padEnd(13)} ${u.name}`);
  }
}

async function main(): Promise<void> {
  switch (command) {
    case 'start':
      return start();
    case 'migrate': {
      const s = await openPlatform(loadConfig(), log);
      await s.database.close();
      return;
    }
    case 'seed': {
      const s = await openPlatform(loadConfig(), log);
      const r = await seedDemo(s, log);
      log(r ? 'demo data created' : 'demo data already present');
      await s.database.close();
      return;
    }
    case 'import':
      process.exitCode = await runImportCli(process.argv.slice(3));
      return;
    case 'generate':
      return runGenerateCli(process.argv.slice(3));
    case 'audit-verify': {
      const s = await openPlatform(loadConfig(), log);
      const r = await verifyAll({ db: s.database.db });
      log(r.broken.length ? `BROKEN: ${JSON.stringify(r.broken)}` : `${r.chains} chuỗi nhật ký toàn vẹn`);
      await s.database.close();
      process.exitCode = r.broken.length ? 1 : 0;
      return;
    }
    default:
      console.error(`Lệnh không hợp lệ: ${command}. Dùng: coso start | migrate | seed | import | generate | audit-verify`);
      process.exitCode = 2;
  }
}

main().catch((e) => {
  console.error(`[coso] lỗi: ${(e as Error).message}`);
  process.exit(1);
});
