// Security through HTTP: cookies, CSRF, login rate limit, headers, password hashes, logout, expiry, and a few
// permission checks of the matrix end to end.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_CACHE_MS, tokenHash } from '../../src/core/auth.ts';
import { testPlatform, TEST_ENGINE, DEMO_PASSWORD, VIETNAMESE, type TestPlatform } from '../harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform({ config: { loginRateLimit: 8 } });
});
afterAll(async () => p?.close());

let ipCounter = 1;
const nextIp = () => `10.1.0.${ipCounter++}`;

function sessionCookie(setCookie: string | string[] | undefined): { raw: string; value: string } {
  const all = [setCookie ?? []].flat();
  const raw = all.find((c) => c.startsWith('coso_session='));
  if (!raw) throw new Error(`no session cookie in ${JSON.stringify(all)}`);
  return { raw, value: raw.split(';')[0]!.slice('coso_session='.length) };
}

describe(`security (${TEST_ENGINE})`, () => {
  it('the session cookie is HttpOnly and SameSite=Lax, not Secure unless configured', async () => {
    const r = await p.loginFrom(nextIp(), 'admin');
    expect(r.statusCode).toBe(200);
    const { raw } = sessionCookie(r.headers['set-cookie']);
    expect(raw).toMatch(/;\s*HttpOnly/i);
    expect(raw).toMatch(/;\s*SameSite=Lax/i);
    expect(raw).toMatch(/;\s*Path=\//i);
    expect(raw).not.toMatch(/;\s*Secure/i);
    // Lifetime relative to the browser's clock (a phone with a wrong date keeps it): 12 hours, no absolute date.
    expect(raw).toMatch(/;\s*Max-Age=43200(;|$)/i);
    expect(raw).not.toMatch(/;\s*Expires=/i);
  });

  it('with COSO_SECURE_COOKIES=1 the cookie is also Secure (and HSTS is sent)', async () => {
    const secure = await testPlatform({ config: { secureCookies: true } });
    try {
      const r = await secure.req('POST', '/api/v1/auth/login', { body: { username: 'admin', password: DEMO_PASSWORD } });
      const { raw } = sessionCookie(r.headers['set-cookie']);
      expect(raw).toMatch(/;\s*Secure/i);
      expect(raw).toMatch(/;\s*HttpOnly/i);
      expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it('a cookie session needs the x-csrf-token header on writes; with it the write goes through', async () => {
    const login = await p.loginFrom(nextIp(), 'canbo.tanhung');
    const { value } = sessionCookie(login.headers['set-cookie']);
    const csrf = login.json().csrfToken as string;
    expect(csrf).toBeTruthy();
    const commune = String(await p.unitId('HY-TANHUNG'));
    const body = { kind: 'village', name: 'Thôn Chống Giả Mạo', parentId: commune };
    const cookie = { cookie: `coso_session=${value}` };
    const without = await p.req('POST', '/api/v1/units', { body, headers: cookie });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    expect(without.json().error.message).toMatch(VIETNAMESE);
    const wrong = await p.req('POST', '/api/v1/units', { body, headers: { ...cookie, 'x-csrf-token': `${csrf}x` } });
    expect(wrong.statusCode).toBe(403);
    const ok = await p.req('POST', '/api/v1/units', { body, headers: { ...cookie, 'x-csrf-token': csrf } });
    expect(ok.statusCode).toBe(201);
    // Reads need no token; /me returns it to the web app.
    const me = await p.req('GET', '/api/v1/me', { headers: cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(csrf);
  });

  it('bearer requests need no CSRF token', async () => {
    const token = (await p.loginFrom(nextIp(), 'canbo.tanhung')).json().token as string;
    const r = await p.req('POST', '/api/v1/units', {
      token,
      body: { kind: 'village', name: 'Thôn Có Mã Truy Cập', parentId: String(await p.unitId('HY-TANHUNG')) },
    });
    expect(r.statusCode).toBe(201);
  });

  it('login is rate limited per IP (429 RATE_LIMITED, Vietnamese message); other IPs are not affected', async () => {
    const ip = nextIp();
    for (let i = 0; i < 8; i++) {
      const r = await p.loginFrom(ip, 'admin', 'sai-mat-khau');
      expect(r.statusCode).toBe(401);
    }
    const limited = await p.loginFrom(ip, 'admin', DEMO_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(VIETNAMESE);
    const other = await p.loginFrom(nextIp(), 'admin', DEMO_PASSWORD);
    expect(other.statusCode).toBe(200);
  });

  it('sends the security headers (CSP with frame-ancestors none, nosniff, referrer policy)', async () => {
    for (const url of ['/api/v1/health', '/api/v1/units', '/api/v1/khong-co']) {
      const r = await p.req('GET', url);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toMatch(/no-referrer/);
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('stores passwords as argon2id hashes only', async () => {
    const rows = await p.db.selectFrom('users').select(['username', 'password_hash']).execute();
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r.password_hash, r.username).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(r.password_hash).not.toContain(DEMO_PASSWORD);
    }
    // Sessions keep only a hash of the token.
    const token = (await p.loginFrom(nextIp(), 'dan.dong')).json().token as string;
    const s = await p.db.selectFrom('sessions').select('token_hash').execute();
    expect(s.some((x) => x.token_hash === token)).toBe(false);
    expect(s.every((x) => /^[0-9a-f]{64}$/.test(x.token_hash))).toBe(true);
  });

  it('logout revokes the token', async () => {
    const token = (await p.loginFrom(nextIp(), 'dan.dong')).json().token as string;
    expect((await p.req('GET', '/api/v1/me', { token })).statusCode).toBe(200);
    const out = await p.req('POST', '/api/v1/auth/logout', { token });
    expect(out.statusCode).toBe(200);
    const after = await p.req('GET', '/api/v1/me', { token });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('INVALID_TOKEN');
    expect(after.json().error.message).toMatch(VIETNAMESE);
  });

  it('a session revoked by another process is refused within SESSION_CACHE_MS (found sessions are cached)', async () => {
    const token = (await p.loginFrom(nextIp(), 'dan.dong')).json().token as string;
    expect((await p.req('GET', '/api/v1/me', { token })).statusCode).toBe(200);
    // Another app process logs the session out: this process still trusts its copy for a few seconds…
    await p.db.updateTable('sessions').set({ revoked_at: p.clock.now }).where('token_hash', '=', tokenHash(token)).execute();
    expect((await p.req('GET', '/api/v1/me', { token })).statusCode).toBe(200);
    // …and no longer once they have passed.
    const real = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(real + SESSION_CACHE_MS + 1);
    try {
      const r = await p.req('GET', '/api/v1/me', { token });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('INVALID_TOKEN');
    } finally {
      spy.mockRestore();
    }
  });

  it('an expired session is refused', async () => {
    const start = p.clock.now;
    try {
      const token = (await p.loginFrom(nextIp(), 'truongthon.dong')).json().token as string;
      p.clock.set(new Date(start.getTime() + 11 * 3600_000));
      expect((await p.req('GET', '/api/v1/me', { token })).statusCode).toBe(200);
      p.clock.set(new Date(start.getTime() + 12 * 3600_000 + 1000));
      const r = await p.req('GET', '/api/v1/me', { token });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('INVALID_TOKEN');
    } finally {
      p.clock.set(start);
    }
  });

  it('/me without auth → 401 with a Vietnamese message; a garbage bearer → 401', async () => {
    const r = await p.req('GET', '/api/v1/me');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toMatch(VIETNAMESE);
    const g = await p.req('GET', '/api/v1/me', { headers: { authorization: 'Bearer khong-hop-le' } });
    expect(g.statusCode).toBe(401);
  });
});

describe(`permissions over HTTP (${TEST_ENGINE})`, () => {
  const household = { name: 'Hộ thử quyền', representative: { name: 'Người Thử Quyền' } };

  it('a resident may not create units; anonymous gets 401', async () => {
    const body = { kind: 'village', name: 'Thôn Trái Phép', parentId: String(await p.unitId('HY-TANHUNG')) };
    const r = await p.req('POST', '/api/v1/units', { token: await p.login('dan.dong'), body });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toEqual({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
    expect((await p.req('POST', '/api/v1/units', { body })).statusCode).toBe(401);
  });

  it('a village head adds households to their own village only (not a sibling, not the commune)', async () => {
    const token = await p.login('truongthon.dong');
    expect((await p.req('POST', `/api/v1/units/${await p.unitId('HY-TANHUNG-DONG')}/households`, { token, body: household })).statusCode).toBe(201);
    expect((await p.req('POST', `/api/v1/units/${await p.unitId('HY-TANHUNG-TAY')}/households`, { token, body: household })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/units/${await p.unitId('HY-TANHUNG-TAY')}/households`, { token })).statusCode).toBe(403);
  });

  it('a commune official works below their commune, never in the other commune or above', async () => {
    const token = await p.login('canbo.tanhung');
    expect((await p.req('GET', `/api/v1/units/${await p.unitId('HY-TANHUNG-BAC')}/households`, { token })).statusCode).toBe(200);
    expect((await p.req('GET', `/api/v1/units/${await p.unitId('HY-PHOHIEN-TDP1')}/households`, { token })).statusCode).toBe(403);
    const up = await p.req('POST', '/api/v1/units', { token, body: { kind: 'commune', name: 'Xã Ngoài Quyền', parentId: String(await p.unitId('HY')) } });
    expect(up.statusCode).toBe(403);
  });

  it('the steering committee reads households everywhere below but cannot add one', async () => {
    const token = await p.login('bcd.tinh');
    expect((await p.req('GET', `/api/v1/units/${await p.unitId('HY-PHOHIEN-TDP2')}/households`, { token })).statusCode).toBe(200);
    expect((await p.req('POST', `/api/v1/units/${await p.unitId('HY-PHOHIEN-TDP2')}/households`, { token, body: household })).statusCode).toBe(403);
  });

  it('only an administrator grants the admin role', async () => {
    const body = { username: 'quan.tri.moi', password: 'MatKhau@2026', name: 'Quản Trị Mới', roles: [{ role: 'admin', unitId: String(await p.unitId('HY-TANHUNG')) }] };
    expect((await p.req('POST', '/api/v1/users', { token: await p.login('canbo.tanhung'), body })).statusCode).toBe(403);
    expect((await p.req('POST', '/api/v1/users', { token: await p.login('admin'), body })).statusCode).toBe(201);
  });
});
