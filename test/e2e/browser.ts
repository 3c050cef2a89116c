// Browser-test harness: the real server (fresh demo database, built web app) on a free port, Debian's Chromium
// driven by playwright-core, and axe-core for accessibility.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, WEB_DIST } from '../../src/server.ts';
import type { Services } from '../../src/core/http.ts';
import { DEMO_PASSWORD, freshDatabase, testServices } from '../harness.ts';

export const CHROMIUM = process.env.COSO_CHROMIUM ?? '/usr/bin/chromium';
export const browserAvailable = fs.existsSync(CHROMIUM);
if (!browserAvailable) {
  console.warn(`\n!!! ${CHROMIUM} not found: browser tests are SKIPPED (apt-get install -y chromium) !!!\n`);
}
if (!fs.existsSync(`${WEB_DIST}/index.html`)) {
  throw new Error('web/dist is missing: run `npx vite build --config web/vite.config.ts` before browser tests (npm test does).');
}

export interface E2EServer {
  baseUrl: string;
  services: Services;
  close(): Promise<void>;
}

export async function startServer(opts: { now?: string } = {}): Promise<E2EServer> {
  const database = await freshDatabase();
  const services = testServices(database, () => (opts.now ? new Date(opts.now) : new Date()));
  const app = await buildApp(services, { serveWeb: true, checkResponses: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    services,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function loginAs(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails the test when axe-core finds a serious or critical violation on the page (`where` names the screen). */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const v = await seriousA11yViolations(page);
  expect(v, `${where}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}
