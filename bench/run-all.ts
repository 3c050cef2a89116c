// Runs every bench/*.bench.ts one after the other (each in its own process) and prints their output.
// Run: npx tsx bench/run-all.ts [name-filter]
// Figures only: a bench never fails on timing; a bench that crashes is reported and the exit code is 1.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const f of benches) {
  console.log(`\n━━ ${f} ${'━'.repeat(Math.max(0, 70 - f.length))}`);
  const t0 = performance.now();
  const r = spawnSync('npx', ['tsx', path.join(DIR, f)], { stdio: 'inherit', cwd: path.resolve(DIR, '..') });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed++;
    console.log(`✗ ${f} exited with ${r.status} after ${s} s`);
  } else console.log(`✓ ${f} (${s} s)`);
}
process.exit(failed ? 1 : 0);
