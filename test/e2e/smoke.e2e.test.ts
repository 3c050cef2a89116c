import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('web shell smoke', () => {
  let server: E2EServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in through the form and shows the user name', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.baseUrl, 'canbo.tanhung');
    await expect.poll(() => page.locator('.who').textContent()).toBe('Lê Thị Thu Hà');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
