import path from 'node:path';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTables, sharedDatabase, testPlatform, TEST_ENGINE, type TestPlatform } from '../../test/harness.ts';
import type { Database } from './db.ts';
import { inTransaction, systemOrigin, type Ctx } from './context.ts';
import { deliverPending, enqueue, MAX_ATTEMPTS, type DeliveryChannel } from './outbox.ts';

let p: TestPlatform;
let adminId: number;
beforeAll(async () => {
  p = await testPlatform();
  adminId = (await p.db.selectFrom('users').select('id').where('username', '=', 'dan.dong').executeTakeFirstOrThrow()).id;
});
afterAll(async () => p?.close());

const ctx = (): Ctx => ({ db: p.db, actor: null, origin: systemOrigin('test'), now: p.clock.now });
const countNotifications = async (db: Database['db'], title: string) =>
  Number((await allTables(db).selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('title', '=', title).executeTakeFirstOrThrow()).n);

function runChild(target: string, recipient: number, marker: string): Promise<{ signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'outbox.crash-child.ts'), target, String(recipient), marker], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, out }));
  });
}

describe(`outbox (${TEST_ENGINE})`, () => {
  it('refuses enqueue outside a transaction and rolls back with the change that caused it', async () => {
    await expect(enqueue(ctx(), { kind: 'x', channel: 'in_app', payload: {} })).rejects.toThrow(/transaction/);
    await expect(
      inTransaction(ctx(), async (tx) => {
        await enqueue(tx, { kind: 'test.rollback', recipientId: adminId, channel: 'in_app', payload: { title: 'rollback' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await p.db.selectFrom('outbox').select('id').where('kind', '=', 'test.rollback').execute()).toHaveLength(0);
  });

  it('a crash between enqueue and delivery loses nothing: the next process delivers it', async () => {
    const marker = `crash-${randomBytes(4).toString('hex')}`;
    const copy = await sharedDatabase();
    try {
      const r = await runChild(copy.target, adminId, marker);
      expect(r.out).toContain('ENQUEUED');
      expect(r.signal).toBe('SIGKILL');
      const db = await copy.open();
      try {
        const pending = await allTables(db.db).selectFrom('outbox').selectAll().where('kind', '=', 'test.crash').where('delivered_at', 'is', null).execute();
        expect(pending).toHaveLength(1);
        const res = await deliverPending({ database: db, clock: () => new Date() });
        expect(res.delivered).toBeGreaterThanOrEqual(1);
        expect(await countNotifications(db.db, marker)).toBe(1);
        // delivered once: a second run does nothing more
        await deliverPending({ database: db, clock: () => new Date() });
        expect(await countNotifications(db.db, marker)).toBe(1);
      } finally {
        await db.close();
      }
    } finally {
      await copy.remove();
    }
  });

  it('two concurrent deliverers hand each message to exactly one of them (FOR UPDATE SKIP LOCKED)', async () => {
    const N = 120;
    await inTransaction(ctx(), async (tx) => {
      for (let i = 0; i < N; i += 40) {
        await enqueue(tx, ...Array.from({ length: 40 }, (_, j) => ({ kind: 'test.concurrent', recipientId: adminId, channel: 'in_app', payload: { title: `concurrent-${i + j}` } })));
      }
    });
    const seen: number[] = [];
    const counting: Record<string, DeliveryChannel> = {
      in_app: {
        async deliver(db, m) {
          seen.push(m.id);
          await new Promise((r) => setTimeout(r, 1));
          await allTables(db).insertInto('notifications').values({ user_id: m.recipient_id!, kind: m.kind, title: String(m.payload.title) }).execute();
        },
      },
    };
    const worker = async () => {
      for (;;) {
        const r = await deliverPending(p.services, counting, { batch: 10 });
        if (r.delivered + r.failed === 0) return;
      }
    };
    await Promise.all([worker(), worker()]);
    expect(seen.length).toBe(new Set(seen).size);
    const rows = await p.db.selectFrom('outbox').select(['delivered_at', 'attempts']).where('kind', '=', 'test.concurrent').execute();
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.delivered_at !== null && r.attempts === 1)).toBe(true);
    const n = await p.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'test.concurrent').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(N);
  });

  it('retries a failed delivery later, keeping attempts and the last error; unknown channels fail the same way', async () => {
    await inTransaction(ctx(), async (tx) => {
      await enqueue(tx, { kind: 'test.retry', recipientId: adminId, channel: 'sms', payload: { title: 'retry', body: 'Nội dung' } });
    });
    let fail = true;
    const sent: string[] = [];
    const sms: DeliveryChannel = {
      async deliver(_db, m) {
        if (fail) throw new Error('gateway down');
        sent.push(String(m.payload.body));
      },
    };
    await deliverPending(p.services, { sms });
    let row = await p.db.selectFrom('outbox').selectAll().where('kind', '=', 'test.retry').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, last_error: 'gateway down', delivered_at: null });
    expect(new Date(row.available_at).getTime()).toBeGreaterThan(p.clock.now.getTime());
    fail = false;
    await deliverPending(p.services, { sms }); // not yet due
    expect(sent).toEqual([]);
    p.clock.set(new Date(p.clock.now.getTime() + 60_000));
    await deliverPending(p.services, { sms });
    expect(sent).toEqual(['Nội dung']);
    row = await p.db.selectFrom('outbox').selectAll().where('kind', '=', 'test.retry').executeTakeFirstOrThrow();
    expect(row.delivered_at).not.toBeNull();
    expect(row.attempts).toBe(2);

    await inTransaction(ctx(), async (tx) => {
      await enqueue(tx, { kind: 'test.nochannel', recipientId: adminId, channel: 'pigeon', payload: {} });
    });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      p.clock.set(new Date(p.clock.now.getTime() + 3_600_000));
      await deliverPending(p.services);
    }
    const dead = await p.db.selectFrom('outbox').selectAll().where('kind', '=', 'test.nochannel').executeTakeFirstOrThrow();
    expect(dead.attempts).toBe(MAX_ATTEMPTS);
    expect(dead.last_error).toContain('pigeon');
  });
});
