// `coso start | migrate | seed | generate | audit-verify` and the commands of the modules (`coso import` …).
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './core/config.ts';
import { verifyAll } from './core/audit.ts';
import { DEFAULT_CHANNELS, startDeliverer } from './core/outbox.ts';
import { startPeriodic } from './core/scheduler.ts';
import { announceDemo, seedDemo } from './demo/seed.ts';
import { runGenerateCli } from './demo/generate-cli.ts';
import { MODULES } from './modules/index.ts';
import { openPlatform } from './platform.ts';
import { buildApp, WEB_DIST } from './server.ts';

const [, , command = 'start'] = process.argv;
const log = (m: string) => console.log(`[coso] ${m}`);
const open = () => openPlatform(loadConfig(), log);

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
  for (const m of services.modules) await m.start?.(services, log);
  if (config.demo) await seedDemo(services, log);
  const app = await buildApp(services, { logger: { level: config.logLevel } });
  // Delivers the outbox (in-app notifications…) every 2 s; a crash loses nothing, the next start delivers it.
  const stops = [startDeliverer(services, DEFAULT_CHANNELS, { onError: (e) => log(`outbox: ${(e as Error).message}`) })];
  for (const m of services.modules) {
    for (const job of m.jobs ?? []) {
      stops.push(startPeriodic(() => job.run(services, log), job.everyMs, (e) => log(`${job.name}: ${(e as Error).message}`)));
    }
  }
  const close = async () => {
    for (const stop of stops) await stop();
    await app.close();
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  log(`Cơ Sở đang chạy tại http://localhost:${config.port} (${services.database.engine}) — sẵn sàng sau ${Date.now() - t0} ms`);
  if (config.demo) {
    await announceDemo(services, log);
    if (config.adminPassword) log('admin: mật khẩu là COSO_ADMIN_PASSWORD');
  }
}

const USAGE = `Dùng: coso start | migrate | seed | generate | audit-verify${MODULES.flatMap((m) => m.commands ?? []).map((c) => ` | ${c.usage}`).join('')}`;

async function main(): Promise<void> {
  switch (command) {
    case 'start':
      return start();
    case 'migrate': {
      const s = await open();
      await s.database.close();
      return;
    }
    case 'seed': {
      const s = await open();
      const r = await seedDemo(s, log);
      log(r ? 'demo data created' : 'demo data already present');
      await s.database.close();
      return;
    }
    case 'generate':
      return runGenerateCli(process.argv.slice(3));
    case 'audit-verify': {
      const s = await open();
      const r = await verifyAll({ db: s.database.db });
      log(r.broken.length ? `BROKEN: ${JSON.stringify(r.broken)}` : `${r.chains} chuỗi nhật ký toàn vẹn`);
      await s.database.close();
      process.exitCode = r.broken.length ? 1 : 0;
      return;
    }
  }
  const moduleCommand = MODULES.flatMap((m) => m.commands ?? []).find((c) => c.name === command);
  if (moduleCommand) {
    process.exitCode = await moduleCommand.run(process.argv.slice(3), open);
    return;
  }
  console.error(`Lệnh không hợp lệ: ${command}. ${USAGE}`);
  process.exitCode = 2;
}

main().catch((e) => {
  console.error(`[coso] lỗi: ${(e as Error).message}`);
  process.exit(1);
});

