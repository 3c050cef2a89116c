// /kiem-tra and /xep-loai: the province's steering committee records an inspection of a commune with a
// recommendation due yesterday; the commune's official finds it overdue and answers it (the boards' follow-up); the
// committee classifies a ward and replaces a commune's classification with a reason. Axe clean at 1280 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('inspections and classification (/kiem-tra, /xep-loai)', () => {
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

  it('inspection → recommendation overdue → answered by the commune → classification', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const bcd = await ctx.newPage();
    await loginAs(bcd, server.baseUrl, 'bcd.tinh');
    await bcd.goto(`${server.baseUrl}/kiem-tra`);
    // The demo: two inspections held in 2026 and one planned.
    await expect.poll(() => bcd.locator('table.data-table').textContent()).toContain('Phường Phố Hiến');
    await bcd.getByLabel('Đơn vị được kiểm tra').selectOption({ label: 'Xã Tân Hưng' });
    await bcd.getByLabel('Nội dung kiểm tra', { exact: false }).fill('Kiểm tra việc công khai quỹ thôn');
    await bcd.getByLabel('Ngày kiểm tra').fill('2026-12-01');
    await bcd.getByLabel('Thành viên đoàn kiểm tra', { exact: false }).fill('Trần Văn Quyết\nNguyễn Thị Hồng');
    await bcd.getByLabel('Phát hiện 1').fill('Thôn Bắc chưa niêm yết quyết toán quỹ năm 2025');
    await bcd.getByLabel('Có dấu hiệu vi phạm').check();
    await bcd.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    await bcd.getByLabel('Nội dung kiến nghị').fill('Niêm yết quyết toán quỹ thôn Bắc');
    await bcd.getByLabel('Hạn trả lời', { exact: false }).fill('2026-12-02');
    expect(await seriousA11yViolations(bcd)).toEqual([]);
    await bcd.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => bcd.getByRole('status').filter({ hasText: 'Đã ghi nhận.' }).count()).toBe(1);
    await expect.poll(() => bcd.locator('table.data-table').textContent()).toContain('Kiểm tra việc công khai quỹ thôn');
    // The demo's October inspection: its recommendation (due 20/11) is overdue on 03/12/2026.
    await bcd.locator('tr', { hasText: 'Phường Phố Hiến' }).first().getByRole('link').click();
    await expect.poll(() => bcd.locator('tr', { hasText: 'chương trình hoạt động năm' }).textContent()).toContain('Quá hạn');
    expect(await bcd.getByRole('button', { name: 'Gửi trả lời' }).count()).toBe(0);
    expect(await seriousA11yViolations(bcd)).toEqual([]);
    await ctx.close();

    const phoneCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const official = await phoneCtx.newPage();
    await loginAs(official, server.baseUrl, 'canbo.tanhung');
    await official.goto(`${server.baseUrl}/kiem-tra`);
    await expect.poll(() => official.locator('table.data-table').textContent()).toContain('Kiểm tra việc công khai quỹ thôn');
    expect(await official.getByRole('heading', { name: 'Ghi nhận cuộc kiểm tra' }).count()).toBe(0);
    await official.locator('tr', { hasText: 'Kiểm tra việc công khai quỹ thôn' }).getByRole('link').click();
    const row = official.locator('tr', { hasText: 'Niêm yết quyết toán quỹ thôn Bắc' });
    await expect.poll(() => row.textContent()).toContain('Quá hạn');
    expect(await seriousA11yViolations(official)).toEqual([]);
    expect(await official.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await row.getByRole('textbox').fill('Thôn Bắc đã niêm yết quyết toán ngày 03/12.');
    await row.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect.poll(() => official.locator('tr', { hasText: 'Niêm yết quyết toán quỹ thôn Bắc' }).textContent()).toContain('Trả lời muộn');
    // The same recommendation in the boards' follow-up list of the commune, answered.
    await official.goto(`${server.baseUrl}/giam-sat`);
    await expect.poll(() => official.locator('tr', { hasText: 'Niêm yết quyết toán quỹ thôn Bắc' }).textContent()).toContain('Trả lời muộn');
    await phoneCtx.close();

    const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await ctx2.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    await page.goto(`${server.baseUrl}/xep-loai`);
    await page.getByLabel('Năm').selectOption('2025');
    await expect.poll(() => page.locator('table.data-table').textContent()).toContain('Phường Phố Hiến');
    await expect.poll(() => page.locator('ul li', { hasText: 'Trung bình' }).first().textContent()).toBe('Trung bình: 1');
    await page.getByLabel('Năm').selectOption('2026');
    await page.getByLabel('Đơn vị được đánh giá').selectOption({ label: 'Phường Phố Hiến' });
    await page.getByLabel('Mức xếp loại').selectOption({ label: 'Khá' });
    await page.getByLabel('Tiêu chí đạt', { exact: false }).fill('Công khai đầy đủ\nHội nghị nhân dân đúng quy định');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.locator('tr', { hasText: 'Phường Phố Hiến' }).first().textContent()).toContain('Khá');
    // Xã Tân Hưng is already classified for 2026 (Tốt): a new record replaces it, with a reason.
    await page.getByLabel('Đơn vị được đánh giá').selectOption({ label: 'Xã Tân Hưng' });
    await expect.poll(() => page.getByRole('note').textContent()).toContain('Đã xếp loại năm 2026: Tốt');
    await page.getByLabel('Mức xếp loại').selectOption({ label: 'Khá' });
    await page.getByLabel('Lý do thay thế').fill('Kết quả kiểm tra tháng 12 phát hiện dấu hiệu vi phạm');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Xã Tân Hưng' }).first().textContent()).toContain('Khá');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Nothing scrolls sideways at 320 px, on the classification and on an inspection.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto(`${server.baseUrl}/kiem-tra`);
    await page.locator('tr', { hasText: 'Kiểm tra việc công khai quỹ thôn' }).getByRole('link').click();
    await expect.poll(() => page.locator('tr', { hasText: 'Niêm yết quyết toán quỹ thôn Bắc' }).textContent()).toContain('Trả lời muộn');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await ctx2.close();
  });
});
