// The built web app served by the platform: its client-side routes fall back to index.html, missing files do not.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, isClientRoute, WEB_DIST } from '../../src/server.ts';
import { testPlatform, type TestPlatform } from '../harness.ts';

const built = fs.existsSync(path.join(WEB_DIST, 'index.html'));
if (!built) console.warn('[web.int] web/dist is not built (npm run build:web): the served-app tests are SKIPPED');

describe('isClientRoute', () => {
  it('is a route of the web app when it is not the API, not an asset and names no file', () => {
    for (const url of ['/', '/bieu-quyet/12', '/bieu-quyet/12/nhap-phieu?ho=3', '/cong-khai/7#dau', '/tra-cuu?ma=AB.12']) {
      expect(isClientRoute(url), url).toBe(true);
    }
    for (const url of ['/api/v1/khong-co', '/api', '/assets/index-abc123.js', '/assets/x', '/favicon.ico', '/robots.txt', '/a/b.png?v=1']) {
      expect(isClientRoute(url), url).toBe(false);
    }
  });
});

describe.skipIf(!built)('the served web app', () => {
  let p: TestPlatform;
  let app: FastifyInstance;
  beforeAll(async () => {
    p = await testPlatform();
    app = await buildApp(p.services, { serveWeb: true });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await p?.close();
  });

  it('answers a client-side route with the app (index.html), with the security headers', async () => {
    const r = await app.inject({ method: 'GET', url: '/bieu-quyet/12/nhap-phieu' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<html lang="vi">');
    expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('answers a missing asset or file with 404, not with the app', async () => {
    for (const url of ['/assets/index-khong-con.js', '/favicon-cu.png']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/^application\/json/);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    // An asset that exists is served as itself.
    const asset = fs.readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const ok = await app.inject({ method: 'GET', url: `/assets/${asset}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toMatch(/javascript/);
  });
});
