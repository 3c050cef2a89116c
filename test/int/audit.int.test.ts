// The audit log: every write through the API leaves a row (actor, action, target, time, ip); the database refuses
// UPDATE / DELETE / TRUNCATE; tampering (done as superuser with the trigger disabled) is detected by verifyChain,
// verifyAll and GET /audit/verify; chains stay valid under concurrent writes to one target.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tamperWithAuditLog, testPlatform, TEST_ENGINE, type TestPlatform } from '../harness.ts';
import { verifyAll, verifyChain } from '../../src/core/audit.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

const lastAudit = (n = 1) => p.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(n).execute();

describe(`audit log (${TEST_ENGINE})`, () => {
  it('every write through the API leaves an audit row with actor, action, target, time and ip', async () => {
    p.clock.set('2026-11-23T04:05:06.789Z');
    const ip = '203.0.113.7';
    const send = async (method: string, url: string, token: string | null, body?: unknown) =>
      p.app.inject({ method: method as 'POST', url, remoteAddress: ip, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body ? { payload: body as object } : {}) });
    const login = await send('POST', '/api/v1/auth/login', null, { username: 'canbo.tanhung', password: 'CoSo@2026' });
    expect(login.statusCode).toBe(200);
    const token = login.json().token as string;
    const userId = login.json().user.id as string;
    const commune = String(await p.unitId('HY-TANHUNG'));
    const writes: { method: string; url: string; body?: unknown; action: string; targetType: string; target: (r: { json(): any }) => string }[] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      { method: 'POST', url: '/api/v1/units', body: { kind: 'village', name: 'Thôn Nhật Ký', code: 'AUD-1', parentId: commune }, action: 'unit.create', targetType: 'unit', target: (r) => r.json().id },
    ];
    const before = (await lastAudit())[0]!.id;
    const checks: { action: string; targetType: string; targetId: string }[] = [{ action: 'auth.login', targetType: 'user', targetId: userId }];
    for (const w of writes) {
      const r = await send(w.method, w.url, token, w.body);
      expect(r.statusCode, r.body).toBe(201);
      checks.push({ action: w.action, targetType: w.targetType, targetId: w.target(r) });
    }
    const village = checks[1]!.targetId;
    const h = await send('POST', `/api/v1/units/${village}/households`, token, { name: 'Hộ Nhật Ký', representative: { name: 'Lê Văn Ký' } });
    expect(h.statusCode).toBe(201);
    checks.push({ action: 'household.create', targetType: 'household', targetId: h.json().id });
    const bulk = await send('POST', `/api/v1/units/${village}/households/bulk`, token, { households: [{ name: 'Hộ A', representative: { name: 'A' } }, { name: 'Hộ B', representative: { name: 'B' } }] });
    expect(bulk.statusCode).toBe(201);
    checks.push({ action: 'household.bulk_create', targetType: 'unit', targetId: village });
    const rep = await send('POST', `/api/v1/households/${h.json().id}/representative`, token, { name: 'Lê Thị Mới', fromDate: '2026-12-01' });
    expect(rep.statusCode).toBe(200);
    checks.push({ action: 'household.change_representative', targetType: 'household', targetId: h.json().id });
    const user = await send('POST', '/api/v1/users', token, { username: 'nhat.ky', password: 'MatKhau@2026', name: 'Người Nhật Ký', roles: [{ role: 'official', unitId: village }] });
    expect(user.statusCode).toBe(201);
    checks.push({ action: 'user.create', targetType: 'user', targetId: user.json().id });
    const out = await send('POST', '/api/v1/auth/logout', token);
    expect(out.statusCode).toBe(200);
    checks.push({ action: 'auth.logout', targetType: 'user', targetId: userId });

    const rows = await p.db.selectFrom('audit_log').selectAll().where('id', '>=', before).orderBy('id').execute();
    const mine = rows.filter((r) => r.ip === ip);
    expect(mine.map((r) => [r.action, r.target_type, r.target_id])).toEqual(checks.map((c) => [c.action, c.targetType, c.targetId]));
    for (const r of mine) {
      expect(r.actor_name).toBe('canbo.tanhung');
      expect(String(r.actor_id)).toBe(userId);
      expect(new Date(r.at).toISOString()).toBe('2026-11-23T04:05:06.789Z');
      expect(r.request_id).toBeTruthy();
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // A refused write leaves no audit row.
    const refused = await send('POST', '/api/v1/units', null, { kind: 'village', name: 'Không', parentId: commune });
    expect(refused.statusCode).toBe(401);
    expect((await lastAudit())[0]!.id).toBe(rows[rows.length - 1]!.id);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    const [last] = await lastAudit();
    await expect(sql`UPDATE audit_log SET action = 'sửa' WHERE id = ${last!.id}`.execute(p.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE id = ${last!.id}`.execute(p.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(p.db)).rejects.toThrow(/append-only/);
    await expect(p.db.updateTable('audit_log').set({ action: 'sửa qua Kysely' }).execute()).rejects.toThrow(/append-only/);
    expect((await lastAudit())[0]).toEqual(last);
    expect((await verifyAll({ db: p.db })).broken).toEqual([]);
  });

  it('a tampered row is found by verifyChain, verifyAll and GET /audit/verify (hash_mismatch at that row)', async () => {
    // The chain of Thôn Đông: its creation and the bulk creation of its households.
    const village = await p.unitId('HY-TANHUNG-DONG');
    const chain = `unit:${village}`;
    const entries = await p.db.selectFrom('audit_log').selectAll().where('chain', '=', chain).orderBy('chain_seq').execute();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect((await verifyChain({ db: p.db }, chain)).ok).toBe(true);
    const target = entries[0]!;
    await tamperWithAuditLog(p.db, (db) => sql`UPDATE audit_log SET data = ${JSON.stringify({ ...(target.data as object), name: 'Thôn Đã Sửa' })}::jsonb WHERE id = ${target.id}`.execute(db));
    // The trigger is back on.
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE id = ${target.id}`.execute(p.db)).rejects.toThrow(/append-only/);

    const v = await verifyChain({ db: p.db }, chain);
    expect(v.ok).toBe(false);
    expect(v.brokenAt).toEqual({ id: target.id, chainSeq: target.chain_seq, reason: 'hash_mismatch' });
    const all = await verifyAll({ db: p.db });
    expect(all.broken.map((b) => [b.chain, b.brokenAt?.reason, b.brokenAt?.id])).toEqual([[chain, 'hash_mismatch', target.id]]);

    const token = await p.login('admin');
    const api = await p.req('GET', '/api/v1/audit/verify', { token });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ ok: false, message: 'Phát hiện 1 chuỗi nhật ký bị sửa đổi.' });
    expect(api.json().broken).toEqual([expect.objectContaining({ chain, ok: false, brokenAt: { id: target.id, chainSeq: target.chain_seq, reason: 'hash_mismatch' } })]);
    const one = await p.req('GET', `/api/v1/audit/verify?chain=${encodeURIComponent(chain)}`, { token });
    expect(one.json()).toMatchObject({ ok: false, brokenAt: { id: target.id, reason: 'hash_mismatch' }, message: 'Phát hiện nhật ký bị sửa đổi.' });
    // Restore the original data: the chain verifies again.
    await tamperWithAuditLog(p.db, (db) => sql`UPDATE audit_log SET data = ${JSON.stringify(target.data)}::jsonb WHERE id = ${target.id}`.execute(db));
    expect((await verifyChain({ db: p.db }, chain)).ok).toBe(true);
  });

  it('a deleted last row is found (head_mismatch)', async () => {
    const village = await p.unitId('HY-TANHUNG-TAY');
    const chain = `unit:${village}`;
    const entries = await p.db.selectFrom('audit_log').selectAll().where('chain', '=', chain).orderBy('chain_seq').execute();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const last = entries[entries.length - 1]!;
    await tamperWithAuditLog(p.db, (db) => sql`DELETE FROM audit_log WHERE id = ${last.id}`.execute(db));
    const v = await verifyChain({ db: p.db }, chain);
    expect(v.ok).toBe(false);
    expect(v.brokenAt?.reason).toBe('head_mismatch');
    expect(v.brokenAt?.id).toBe(entries[entries.length - 2]!.id);
    const api = await p.req('GET', `/api/v1/audit/verify?chain=${encodeURIComponent(chain)}`, { token: await p.login('admin') });
    expect(api.json()).toMatchObject({ ok: false, brokenAt: { reason: 'head_mismatch' } });
    // A deleted row in the middle is a missing entry.
    const phohien = `unit:${await p.unitId('HY-PHOHIEN-TDP1')}`;
    const e2 = await p.db.selectFrom('audit_log').selectAll().where('chain', '=', phohien).orderBy('chain_seq').execute();
    await tamperWithAuditLog(p.db, (db) => sql`DELETE FROM audit_log WHERE id = ${e2[0]!.id}`.execute(db));
    expect((await verifyChain({ db: p.db }, phohien)).brokenAt?.reason).toBe('missing_entry');
  });

  it('verifyAll (one pass, page by page) finds exactly what verifyChain finds on every chain, whatever the page size', async () => {
    // Broken so far: a deleted last row (head_mismatch) and a deleted middle row (missing_entry). Add a chain whose
    // entries are all gone (entries_deleted) and a log chain whose head is gone.
    const emptied = `unit:${await p.unitId('HY-PHOHIEN-TDP2')}`;
    await tamperWithAuditLog(p.db, (db) => sql`DELETE FROM audit_log WHERE chain = ${emptied}`.execute(db));
    const headless = `unit:${await p.unitId('HY-TANHUNG')}`;
    await sql`DELETE FROM audit_chain_heads WHERE chain = ${headless}`.execute(p.db);
    const heads = await sql<{ chain: string }>`SELECT chain FROM audit_chain_heads`.execute(p.db);
    const oneByOne = [];
    for (const { chain } of heads.rows) {
      const v = await verifyChain({ db: p.db }, chain);
      if (!v.ok) oneByOne.push(v);
    }
    const headlessVerdict = await verifyChain({ db: p.db }, headless);
    expect(headlessVerdict.brokenAt?.reason).toBe('head_mismatch');
    const expected = [...oneByOne, headlessVerdict].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
    expect(expected.map((v) => v.brokenAt?.reason).sort()).toEqual(['entries_deleted', 'head_mismatch', 'head_mismatch', 'missing_entry']);
    for (const pageSize of [1, 2, 3, 7, undefined]) {
      const all = await verifyAll({ db: p.db }, { pageSize });
      expect(all.broken, `page size ${pageSize}`).toEqual(expected);
      expect(all.chains).toBe(heads.rows.length);
    }
  });

  it('a resident may not verify or read the audit log', async () => {
    const token = await p.login('dan.dong');
    expect((await p.req('GET', '/api/v1/audit/verify', { token })).statusCode).toBe(403);
    expect((await p.req('GET', '/api/v1/audit', { token })).statusCode).toBe(403);
    expect((await p.req('GET', '/api/v1/audit/verify')).statusCode).toBe(401);
  });

  it('the chain of one target stays valid under 50 concurrent writes', async () => {
    const village = await p.unitId('HY-TANHUNG-TRUNG');
    const chain = `unit:${village}`;
    const before = (await verifyChain({ db: p.db }, chain)).entries;
    const token = await p.login('canbo.tanhung');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        p.req('POST', `/api/v1/units/${village}/households/bulk`, {
          token,
          body: { households: [{ name: `Hộ đồng thời ${i}`, representative: { name: `Người ${i}` } }] },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const v = await verifyChain({ db: p.db }, chain);
    expect(v).toMatchObject({ ok: true, entries: before + 50, brokenAt: null });
    const seqs = (await p.db.selectFrom('audit_log').select('chain_seq').where('chain', '=', chain).orderBy('chain_seq').execute()).map((r) => r.chain_seq);
    expect(seqs).toEqual(Array.from({ length: before + 50 }, (_, i) => i + 1));
  });
});
