// /hoi-nghi for the province steering committee (bcd.tinh): its home card, a six-month review with two tasks for the
// next period and a training, recorded through the form and shown in the list; axe clean at 1280 and 390 px, no
// sideways scrolling at 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('steering meetings and training (/hoi-nghi)', () => {
  let server: E2EServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ now: '2026-11-23T03:00:00Z' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the committee records a review with its next tasks and a training', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    const card = page.getByRole('link', { name: /Hội nghị, giao ban, tập huấn của Ban Chỉ đạo/ });
    await card.waitFor();
    expect(await card.getAttribute('href')).toBe('/hoi-nghi');
    await card.click();
    await page.waitForURL(/\/hoi-nghi$/);

    await expect.poll(() => page.getByLabel('Đơn vị').locator('option:checked').textContent()).toBe('Tỉnh Hưng Yên');
    // The demo committee's year is listed: the six-month review of 15/07/2026 among them.
    await expect.poll(() => page.locator('table.data-table').textContent()).toContain('15/07/2026');
    await page.getByLabel('Loại', { exact: true }).selectOption('steering_review');
    await page.getByLabel('Loại hội nghị').selectOption('annual');
    await page.getByLabel('Ngày tổ chức').fill('2026-11-20');
    await page.getByLabel('Số người tham gia').fill('85');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await page.getByLabel('Nội dung nhiệm vụ 1').fill('Rà soát quy chế hoạt động của Ban Chỉ đạo cấp xã');
    await page.locator('#c-task-due-0').fill('2027-03-31');
    await page.locator('#c-task-owner-0').fill('Thường trực Ban Chỉ đạo');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await page.getByLabel('Nội dung nhiệm vụ 2').fill('Tập huấn cho Ban Chỉ đạo cấp xã mới kiện toàn');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã ghi nhận, kèm 2 nhiệm vụ thời gian tới.' }).count()).toBe(1);
    await expect.poll(() => page.locator('tr', { hasText: '20/11/2026' }).first().textContent()).toContain('Tổng kết năm');

    await page.getByLabel('Loại', { exact: true }).selectOption('training');
    await page.getByLabel('Ngày tổ chức').fill('2026-11-21');
    await page.getByLabel('Đối tượng tập huấn').fill('thành viên Ban Chỉ đạo cấp xã');
    await page.getByLabel('Số người tham gia (bắt buộc)').fill('64');
    await page.getByLabel(/Danh sách người tham gia/).fill('Nguyễn Văn Hùng\nTrần Thị Minh');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã ghi nhận.' }).count()).toBe(1);
    await expect.poll(() => page.locator('tr', { hasText: '21/11/2026' }).first().textContent()).toContain('Lớp tập huấn về dân chủ ở cơ sở');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Phone widths: the form with its task list, axe clean at 390, nothing wider than the screen at 320.
    await page.getByLabel('Loại', { exact: true }).selectOption('steering_review');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const form = page.locator('form.card');
    await expect.poll(async () => (await form.boundingBox())!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.querySelector('form.card')!.scrollWidth <= document.querySelector('form.card')!.clientWidth)).toBe(true);
    await page.screenshot({ path: '/tmp/coso-meetings-320.png', fullPage: true });
    await context.close();
  });
});
