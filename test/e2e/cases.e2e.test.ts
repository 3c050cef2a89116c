// Browser test of cases: a resident sends a case from a phone (360×640), gets a code and tracks it; a dropped
// connection keeps the draft and the retry does not duplicate; an official sees it in the queue (overdue in red)
// and accepts it; a leader sees overdue counts; no serious accessibility violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';
import { allTables } from '../harness.ts';

describe.skipIf(!browserAvailable)('cases in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let code = '';
  let secret = '';
  beforeAll(async () => {
    server = await startServer({ now: '2026-11-23T03:00:00Z' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const phone = async (): Promise<Page> => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    return ctx.newPage();
  };

  it('a resident sends a case from the phone, the draft survives a reload, and the code is shown', async () => {
    const page = await phone();
    await page.goto(`${server.baseUrl}/gui-don`);
    await expect.poll(() => page.locator('#case-unit option').count()).toBeGreaterThan(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Gửi tới').selectOption({ label: 'Xã Tân Hưng' });
    await page.getByLabel(/^Phản ánh/).check();
    await page.getByLabel('Tiêu đề (tóm tắt)').fill('Ổ gà lớn trên đường trục xã');
    await page.getByLabel('Nội dung').fill('Ổ gà trước cổng chợ Tân Hưng gây nguy hiểm cho người đi xe máy.');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Thử');
    // The page reloads (the phone drops the tab): the draft comes back.
    await page.reload();
    await expect.poll(() => page.getByLabel('Tiêu đề (tóm tắt)').inputValue()).toBe('Ổ gà lớn trên đường trục xã');
    await expect.poll(() => page.getByLabel('Gửi tới').inputValue()).not.toBe('');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Thị Thử');
    // Nothing scrolls sideways on a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The first attempt fails (no network): a clear message, the draft stays, "Gửi lại" sends it once.
    await page.route('**/api/v1/cases', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('mất kết nối');
    await page.unroute('**/api/v1/cases');
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await page.getByTestId('tracking-code').waitFor();
    code = (await page.getByTestId('tracking-code').textContent())!.trim();
    secret = (await page.getByTestId('tracking-secret').textContent())!.trim();
    expect(code).toMatch(/^DT-/);
    expect(secret).toMatch(/^[2-9A-Z]{10}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The draft is gone once the code is shown.
    expect(await page.evaluate(() => localStorage.getItem('coso.draft.case.send'))).toBeNull();
    const n = await allTables(server.services.database.db).selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('subject', '=', 'Ổ gà lớn trên đường trục xã').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);

    // Track it by code + secret.
    await page.getByRole('link', { name: 'Tra cứu đơn này' }).click();
    await page.waitForURL(/\/tra-cuu\?ma=/);
    expect(await page.getByLabel('Mã tra cứu').inputValue()).toBe(code);
    await page.getByLabel('Mã bí mật').fill(secret);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect.poll(() => page.getByTestId('track-status').textContent()).toBe('Đã tiếp nhận');
    expect(await page.getByTestId('track-result').textContent()).not.toContain('Nguyễn Thị Thử');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an official sees it in the queue sorted by due date, overdue in red, and accepts it', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.baseUrl, 'canbo.tanhung');
    await page.goto(`${server.baseUrl}/don-thu`);
    const row = page.getByTestId(`case-row-${code}`);
    await row.waitFor();
    const overdueRows = page.locator('tr.row-overdue');
    expect(await overdueRows.count()).toBeGreaterThanOrEqual(3);
    const first = overdueRows.first().locator('.overdue');
    expect(await first.textContent()).toMatch(/^Quá hạn \d+ ngày$/);
    expect(await first.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(176, 0, 32)');
    // Overdue cases come first (sorted by due date).
    const firstRowClass = await page.locator('tbody tr').first().getAttribute('class');
    expect(firstRowClass).toContain('row-overdue');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByRole('link', { name: code }).click();
    await page.getByLabel('Thao tác').selectOption({ label: 'Thụ lý' });
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect.poll(() => page.locator('.badge').first().textContent()).toBe('Đã thụ lý');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The leader's summary: overdue counts, in red.
    await page.goto(`${server.baseUrl}/don-thu/tong-hop`);
    await page.getByRole('heading', { name: /Tổng hợp đơn thư quá hạn/ }).waitFor();
    const overdueCell = page.locator('tfoot td.overdue');
    expect(Number(await overdueCell.textContent())).toBeGreaterThanOrEqual(3);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The reception schedule is public and warns about the missed week.
    await page.goto(`${server.baseUrl}/tiep-cong-dan`);
    await page.getByText('Chủ tịch UBND xã').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
