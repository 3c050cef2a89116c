// Nothing lost: a case submitted while the server restarts is either stored with a code shown to the sender
// or clearly refused. A real server process on a temporary data folder (or database) is killed in the middle of a
// submission and started again; the client retries with the same Idempotency-Key.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_ADMIN_URL, TEST_ENGINE, pgTestDbName, pgUrlFor } from '../../../test/db-env.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ADMIN_PASSWORD = 'QuanTri@2026';
let dataDir = '';
let pgName = '';
let port = 0;
let child: ChildProcess | null = null;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

const base = () => `http://127.0.0.1:${port}/api/v1`;

async function start(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), COSO_DEMO: '0', COSO_ADMIN_PASSWORD: ADMIN_PASSWORD, COSO_LOG_LEVEL: 'warn' };
  if (TEST_ENGINE === 'pg') env.DATABASE_URL = pgUrlFor(pgName);
  else {
    env.COSO_DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/servers/serve.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let err = '';
  proc.stderr!.on('data', (d) => (err += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${err}`);
    try {
      const r = await fetch(`${base()}/health`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function kill(signal: NodeJS.Signals): Promise<void> {
  const proc = child;
  if (!proc || proc.exitCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await exited;
  child = null;
}

async function send(body: unknown, key: string, token?: string) {
  const r = await fetch(`${base()}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { trackingCode?: string; trackingSecret?: string } };
}

let token = '';
let communeId = '';

async function login(): Promise<string> {
  const r = await fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
  return ((await r.json()) as { token: string }).token;
}

async function countSubject(subject: string): Promise<number> {
  const r = await fetch(`${base()}/cases?unitId=${communeId}&limit=500`, { headers: { authorization: `Bearer ${token}` } });
  const items = ((await r.json()) as { items: { subject: string }[] }).items;
  return items.filter((i) => i.subject === subject).length;
}

beforeAll(async () => {
  port = await freePort();
  if (TEST_ENGINE === 'pg') {
    pgName = pgTestDbName('restart');
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgName}`);
    await admin.query(`CREATE DATABASE ${pgName}`);
    await admin.end();
  } else {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coso-restart-')), 'data');
  }
  await start();
  token = await login();
  const h = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const prov = await (await fetch(`${base()}/units`, { method: 'POST', headers: h, body: JSON.stringify({ kind: 'province', name: 'Tỉnh Thử Nghiệm' }) })).json();
  const com = await (await fetch(`${base()}/units`, { method: 'POST', headers: h, body: JSON.stringify({ kind: 'commune', name: 'Xã Thử Nghiệm', parentId: prov.id }) })).json();
  communeId = com.id;
}, 180_000);

afterAll(async () => {
  await kill('SIGTERM');
  if (pgName) {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await admin.end();
  }
  if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

const caseBody = (subject: string) => ({
  type: 'feedback',
  unitId: communeId,
  subject,
  content: 'Nội dung phản ánh thử nghiệm khi máy chủ khởi động lại.',
  sender: { name: 'Người Gửi Thử', phone: '0900000000' },
});

describe(`nothing lost across a server restart (${TEST_ENGINE})`, () => {
  it('stores a case once with its code, or refuses it clearly; a retry with the same key finds the same case', async () => {
    // 1. An ordinary submission: the code is shown.
    const a = await send(caseBody('Đơn trước khi khởi động lại'), 'restart-key-aaaaaaaaaaaaaaaa');
    expect(a.status).toBe(201);
    expect(a.body.trackingCode).toMatch(/^DT-/);

    // 2. The server dies (SIGKILL) while a submission is in flight.
    const inFlight = send(caseBody('Đơn đang gửi khi máy chủ dừng'), 'restart-key-bbbbbbbbbbbbbbbb').then(
      (r) => ({ ok: true as const, r }),
      (e: Error) => ({ ok: false as const, e }),
    );
    await new Promise((r) => setTimeout(r, 15));
    await kill('SIGKILL');
    const first = await inFlight;

    // 3. While it is down, a submission is refused clearly (the browser's fetch fails: network error).
    const down = await send(caseBody('Đơn gửi khi máy chủ tắt'), 'restart-key-cccccccccccccccc').then(
      () => 'answered',
      (e: Error) => `refused: ${e.message}`,
    );
    expect(down).toMatch(/^refused: /);

    // 4. The server comes back; the sender's form retries with the same key.
    await start();
    token = await login();
    const retry = await send(caseBody('Đơn đang gửi khi máy chủ dừng'), 'restart-key-bbbbbbbbbbbbbbbb');
    expect([200, 201]).toContain(retry.status);
    expect(retry.body.trackingCode).toMatch(/^DT-/);
    if (first.ok && first.r.status === 201) {
      // The first answer got through: the retry shows the very same code and secret.
      expect(retry.body.trackingCode).toBe(first.r.body.trackingCode);
      expect(retry.body.trackingSecret).toBe(first.r.body.trackingSecret);
      expect(retry.status).toBe(200);
    }
    // Exactly one case for the interrupted submission, none for the refused one, the earlier one intact.
    expect(await countSubject('Đơn đang gửi khi máy chủ dừng')).toBe(1);
    expect(await countSubject('Đơn gửi khi máy chủ tắt')).toBe(0);
    expect(await countSubject('Đơn trước khi khởi động lại')).toBe(1);
    const t = await fetch(`${base()}/cases/track/${a.body.trackingCode}?secret=${a.body.trackingSecret}`);
    expect(t.status).toBe(200);
    // A second retry after the restart still answers the same case.
    const again = await send(caseBody('Đơn đang gửi khi máy chủ dừng'), 'restart-key-bbbbbbbbbbbbbbbb');
    expect(again.body.trackingCode).toBe(retry.body.trackingCode);
    expect(again.status).toBe(200);
  }, 240_000);
});
