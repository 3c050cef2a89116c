// /ban-chi-dao and /chuong-trinh-cong-tac: the provincial steering committee (bcd.tinh, its head) reads its members
// and their history, adds a member, sets up a ward's committee; reads the 2026 programme with the task overdue at
// 03/12/2026 in red and in words, marks a task done, adds one, downloads the DOCX. Axe clean at 1280 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe.skipIf(!browserAvailable)('steering committee and programme', () => {
  let server: E2EServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ now: '2026-12-03T03:00:00Z' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the committee: members, history, a member added, a ward committee set up (1280 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    await expect.poll(() => page.getByRole('link', { name: /Ban Chỉ đạo/ }).count()).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/ban-chi-dao`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Hưng Yên' }).count()).toBe(1);
    const members = page.locator('table.data-table').first();
    await expect.poll(() => members.textContent()).toContain('Trần Văn Quyết');
    expect(await members.textContent()).toContain('Xã Tân Hưng');
    expect(await page.locator('ul.history').textContent()).toContain('Lê Văn Thắng thôi tham gia Ban Chỉ đạo');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Họ và tên').last().fill('Đinh Thị Thu Trang');
    await page.getByLabel('Chức vụ').last().fill('Phó Giám đốc Sở Nội vụ');
    // The server's clock is 03/12/2026 (the browser's may be another day).
    await page.getByLabel('Ngày hiệu lực').last().fill('2026-12-03');
    await page.getByRole('button', { name: 'Bổ sung thành viên' }).click();
    await expect.poll(() => members.textContent()).toContain('Đinh Thị Thu Trang');
    await expect.poll(() => page.locator('ul.history').textContent()).toContain('Đinh Thị Thu Trang tham gia Ban Chỉ đạo (Ủy viên)');

    await page.getByLabel('Đơn vị').first().selectOption({ label: 'Phường Phố Hiến' });
    await expect.poll(() => page.getByText('Đơn vị chưa có Ban Chỉ đạo.').count()).toBe(1);
    await page.getByLabel('Thành viên 1 — Họ và tên').fill('Nguyễn Văn An');
    await page.getByLabel('Chức vụ').first().fill('Bí thư Đảng ủy phường');
    await page.getByLabel('Ngày thành lập').fill('2026-12-01');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ban Chỉ đạo thực hiện dân chủ ở cơ sở phường Phố Hiến' }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('the programme: overdue in red and in words, a task done, a task added, the DOCX (390 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    await page.goto(`${server.baseUrl}/chuong-trinh-cong-tac`);
    const overdue = page.locator('tr.overdue');
    await expect.poll(() => overdue.count(), { timeout: 15_000 }).toBe(1);
    expect(await overdue.textContent()).toContain('Giám sát việc tổ chức hội nghị người lao động');
    expect(await overdue.textContent()).toContain('Quá hạn');
    expect(await overdue.textContent()).toContain('30/11/2026');
    expect(await overdue.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(0, 0, 0)');
    expect(await page.getByRole('status').filter({ hasText: '16 nhiệm vụ: 12 đã hoàn thành, 1 quá hạn, 3 đang thực hiện' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Tải chương trình (DOCX)' }).getAttribute('href')).toMatch(/^\/api\/v1\/steering\/programmes\/\d+\/document$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    await page.getByRole('button', { name: 'Đánh dấu hoàn thành: Giám sát việc tổ chức hội nghị người lao động, đối thoại tại doanh nghiệp' }).click();
    await expect.poll(() => page.locator('tr.overdue').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '13 đã hoàn thành, 0 quá hạn' }).count()).toBe(1);

    await page.getByLabel('Nội dung nhiệm vụ').fill('Hội nghị giao ban quý IV');
    await page.getByLabel('Thời hạn').fill('2026-12-18');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await expect.poll(() => page.locator('table.data-table').textContent()).toContain('Hội nghị giao ban quý IV');
    await expect.poll(() => page.locator('table.data-table').textContent()).toContain('18/12/2026');

    const docx = await page.request.get(`${server.baseUrl}${await page.getByRole('link', { name: 'Tải chương trình (DOCX)' }).getAttribute('href')}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
