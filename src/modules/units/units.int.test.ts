import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

describe(`units, households, users (${TEST_ENGINE})`, () => {
  it('logs in with the demo password and answers /me with roles and household', async () => {
    const token = await p.login('dan.dong');
    const me = await p.req('GET', '/api/v1/me', { token });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.username).toBe('dan.dong');
    expect(body.roles).toEqual([{ role: 'resident', unitId: String(await p.unitId('HY-TANHUNG-DONG')) }]);
    expect(body.householdId).toMatch(/^\d+$/);
  });

  it('refuses wrong credentials with 401 and a Vietnamese message', async () => {
    const r = await p.req('POST', '/api/v1/auth/login', { body: { username: 'dan.dong', password: 'sai-mat-khau' } });
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const unknown = await p.req('POST', '/api/v1/auth/login', { body: { username: 'khong.ton.tai', password: 'x' } });
    expect(unknown.statusCode).toBe(401);
  });

  it('lets a commune official create a village under their commune, not under another', async () => {
    const token = await p.login('canbo.tanhung');
    const ok = await p.req('POST', '/api/v1/units', { token, body: { kind: 'village', name: 'Thôn Mới', parentId: String(await p.unitId('HY-TANHUNG')) } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'village', name: 'Thôn Mới', parentId: String(await p.unitId('HY-TANHUNG')) });
    expect(ok.json().id).toMatch(/^\d+$/);
    const other = await p.req('POST', '/api/v1/units', { token, body: { kind: 'village', name: 'Thôn Lạ', parentId: String(await p.unitId('HY-PHOHIEN')) } });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses a village directly under a province (422) and an unknown parent (404)', async () => {
    const token = await p.login('admin');
    const r = await p.req('POST', '/api/v1/units', { token, body: { kind: 'village', name: 'Thôn X', parentId: String(await p.unitId('HY')) } });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('INVALID_PARENT');
    const nf = await p.req('POST', '/api/v1/units', { token, body: { kind: 'village', name: 'Thôn X', parentId: '999999' } });
    expect(nf.statusCode).toBe(404);
  });

  it('lists the tree: provinces under the root, communes of a province, with child counts', async () => {
    const roots = await p.req('GET', '/api/v1/units');
    expect(roots.json().items.map((u: { name: string }) => u.name)).toContain('Tỉnh Hưng Yên');
    const communes = await p.req('GET', `/api/v1/units?parentId=${await p.unitId('HY')}&kind=commune`);
    expect(communes.json().items.map((u: { name: string }) => u.name)).toEqual(['Xã Tân Hưng', 'Phường Phố Hiến']);
    const villages = (await p.req('GET', `/api/v1/units?parentId=${await p.unitId('HY-TANHUNG')}&kind=village`)).json().items;
    const demo = villages.filter((v: { code: string | null }) => v.code?.startsWith('HY-TANHUNG-'));
    expect(demo.map((v: { name: string }) => v.name)).toEqual(['Thôn Đông', 'Thôn Tây', 'Thôn Trung', 'Thôn Bắc']);
    for (const v of demo) expect(v.households).toBeGreaterThanOrEqual(46);
    const one = await p.req('GET', `/api/v1/units/${await p.unitId('HY-TANHUNG-DONG')}`);
    expect(one.json().ancestors.map((a: { name: string }) => a.name)).toEqual(['Việt Nam', 'Tỉnh Hưng Yên', 'Xã Tân Hưng']);
    expect(one.json().households).toBeGreaterThanOrEqual(46);
  });

  it('adds a household with its representative, lists it for the village head, hides it from a resident', async () => {
    const village = await p.unitId('HY-TANHUNG-DONG');
    const head = await p.login('truongthon.dong');
    const created = await p.req('POST', `/api/v1/units/${village}/households`, {
      token: head,
      body: { name: 'Hộ ông Nguyễn Văn Tư', representative: { name: 'Nguyễn Văn Tư', phone: '0912345678' } },
    });
    expect(created.statusCode).toBe(201);
    const list = await p.req('GET', `/api/v1/units/${village}/households?q=van tu`, { token: head });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((h: { name: string }) => h.name)).toContain('Hộ ông Nguyễn Văn Tư');
    const resident = await p.login('dan.dong');
    expect((await p.req('GET', `/api/v1/units/${village}/households`, { token: resident })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/units/${village}/households`)).statusCode).toBe(401);
  });

  it('keeps the dated history of a household representative', async () => {
    const village = await p.unitId('HY-TANHUNG-TAY');
    const token = await p.login('canbo.tanhung');
    const id = (await p.req('POST', `/api/v1/units/${village}/households`, { token, body: { name: 'Hộ bà Lê Thị Na', representative: { name: 'Lê Thị Na' } } })).json().id;
    const changed = await p.req('POST', `/api/v1/households/${id}/representative`, { token, body: { name: 'Trần Văn Hậu', fromDate: '2026-12-01' } });
    expect(changed.statusCode).toBe(200);
    const h = (await p.req('GET', `/api/v1/households/${id}`, { token })).json();
    expect(h.representatives).toEqual([
      expect.objectContaining({ name: 'Lê Thị Na', toDate: '2026-12-01' }),
      expect.objectContaining({ name: 'Trần Văn Hậu', fromDate: '2026-12-01', toDate: null }),
    ]);
  });

  it('creates 10,000 households in one call, all or nothing', async () => {
    const village = await p.unitId('HY-PHOHIEN-TDP3');
    const token = await p.login('canbo.phohien');
    const households = Array.from({ length: 10_000 }, (_, i) => ({ name: `Hộ số ${i + 1}`, representative: { name: `Người đại diện ${i + 1}` } }));
    const before = (await p.req('GET', `/api/v1/units/${village}`)).json().households;
    const r = await p.req('POST', `/api/v1/units/${village}/households/bulk`, { token, body: { households } });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ created: 10_000 });
    expect((await p.req('GET', `/api/v1/units/${village}`)).json().households).toBe(before + 10_000);

    // One bad row (empty representative after trimming) → nothing is written.
    const counts = await tableCounts(p.db);
    const bad = households.slice(0, 500).map((h, i) => (i === 499 ? { ...h, representative: { name: '   ' } } : h));
    const refused = await p.req('POST', `/api/v1/units/${village}/households/bulk`, { token, body: { households: bad } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('hộ thứ 500');
    expect(await tableCounts(p.db)).toEqual(counts);
    const tooMany = await p.req('POST', `/api/v1/units/${village}/households/bulk`, { token, body: { households: [...households, households[0]] } });
    expect(tooMany.statusCode).toBe(400);
  });

  it('creates users with scoped roles; an official cannot grant admin', async () => {
    const token = await p.login('canbo.tanhung');
    const village = await p.unitId('HY-TANHUNG-DONG');
    const ok = await p.req('POST', '/api/v1/users', {
      token,
      body: { username: 'truongthon.moi', password: 'matkhau123', name: 'Bùi Văn Mới', roles: [{ role: 'village_head', unitId: String(village) }] },
    });
    expect(ok.statusCode).toBe(201);
    const t2 = await p.login('truongthon.moi', 'matkhau123');
    expect((await p.req('GET', '/api/v1/me', { token: t2 })).json().roles).toEqual([{ role: 'village_head', unitId: String(village) }]);
    const admin = await p.req('POST', '/api/v1/users', {
      token,
      body: { username: 'gia.admin', password: 'matkhau123', name: 'Giả', roles: [{ role: 'admin', unitId: String(village) }] },
    });
    expect(admin.statusCode).toBe(403);
    const dup = await p.req('POST', '/api/v1/users', {
      token,
      body: { username: 'truongthon.moi', password: 'matkhau123', name: 'Trùng', roles: [{ role: 'resident', unitId: String(village) }] },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USERNAME_TAKEN');
  });
});
