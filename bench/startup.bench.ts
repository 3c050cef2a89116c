// Start-up time of `node bin/coso.mjs start`: from spawning the process to the first 200 on /api/v1/health,
// (a) with an existing data folder (warm install, web already built) and (b) with a fresh data folder, where the
// demo data is seeded on start. 3 runs each, median printed. Figures only; never asserts on timing.
// Run: npx tsx bench/startup.bench.ts [runs=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await done;
  clearTimeout(t);
}

/** Milliseconds from spawn to the first 200 on /api/v1/health. */
async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', COSO_DATA_DIR: dataDir, COSO_LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.COSO_DEMO;
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'coso.mjs'), 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`coso start exited with ${child.exitCode}: ${stderr}`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        if (r.status === 200) return performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 25));
      if (performance.now() - t0 > 180_000) throw new Error('no answer after 180 s');
    }
  } finally {
    await stop(child);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

if (!fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) {
  console.log('Building the web app first (not measured)…');
  spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
console.log(`Start-up to first 200 on /api/v1/health, ${RUNS} runs each; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coso-startup-'));
try {
  // (b) fresh data folder, demo seeded during start — one new folder per run.
  const fresh: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await startOnce(path.join(tmp, `fresh-${i}`));
    fresh.push(ms);
    console.log(`  fresh data folder + demo seed, run ${i + 1}: ${s(ms)}`);
  }
  // (a) existing data folder (the one of the first fresh run, already migrated and seeded).
  const existing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await startOnce(path.join(tmp, 'fresh-0'));
    existing.push(ms);
    console.log(`  existing data folder, run ${i + 1}: ${s(ms)}`);
  }
  console.log('\n                                   median');
  console.log(`  existing data folder             ${s(median(existing))}`);
  console.log(`  fresh data folder + demo seed    ${s(median(fresh))}`);
  console.log(`  ratio fresh / existing           ${(median(fresh) / median(existing)).toFixed(2)}×`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
