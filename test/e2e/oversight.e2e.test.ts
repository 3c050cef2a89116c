// /giam-sat: the commune's inspection board records an activity with a recommendation; the commune answers it; the
// province steering committee reads without a form. What each sees comes from the answers' `can`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('oversight (/giam-sat)', () => {
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

  it('the board records, the commune answers, the steering committee only reads', async () => {
    const context = await browser.newContext();
    const board = await context.newPage();
    await loginAs(board, server.baseUrl, 'ttnd.tanhung');
    await board.goto(`${server.baseUrl}/giam-sat`);
    await board.getByLabel('Nội dung giám sát').fill('Kiểm tra việc công khai thu chi quỹ');
    await board.getByLabel('Ngày giám sát').fill('2026-11-20');
    await board.getByLabel('Phát hiện 1').fill('Chưa niêm yết quyết toán quý III');
    await board.getByLabel('Có dấu hiệu vi phạm').check();
    await board.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    await board.getByLabel('Nội dung kiến nghị').fill('Niêm yết quyết toán quý III tại nhà văn hóa các thôn');
    await board.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => board.getByRole('status').filter({ hasText: 'Đã ghi nhận cuộc giám sát' }).count()).toBe(1);
    await expect.poll(() => board.locator('table.data-table').first().textContent()).toContain('Kiểm tra việc công khai thu chi quỹ');
    // The board does not answer its own recommendations.
    expect(await board.getByRole('button', { name: 'Gửi trả lời' }).count()).toBe(0);
    expect(await seriousA11yViolations(board)).toEqual([]);
    await context.close();

    const officialContext = await browser.newContext();
    const official = await officialContext.newPage();
    await loginAs(official, server.baseUrl, 'canbo.tanhung');
    await official.goto(`${server.baseUrl}/giam-sat`);
    await expect.poll(() => official.locator('table.data-table').nth(0).textContent()).toContain('Kiểm tra việc công khai thu chi quỹ');
    await expect.poll(() => official.locator('table.data-table').nth(1).textContent()).toContain('Niêm yết quyết toán quý III');
    expect(await official.getByRole('heading', { name: 'Ghi nhận cuộc kiểm tra, giám sát' }).count()).toBe(0);
    const row = official.locator('tr', { hasText: 'Niêm yết quyết toán quý III' });
    await row.getByRole('textbox').fill('UBND xã đã niêm yết quyết toán quý III ngày 22/11.');
    await row.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect.poll(() => official.locator('tr', { hasText: 'Niêm yết quyết toán quý III' }).textContent()).toContain('Đã trả lời đúng hạn');
    expect(await official.locator('tr', { hasText: 'Niêm yết quyết toán quý III' }).getByRole('button', { name: 'Gửi trả lời' }).count()).toBe(0);
    await officialContext.close();

    const steeringContext = await browser.newContext();
    const steering = await steeringContext.newPage();
    await loginAs(steering, server.baseUrl, 'bcd.tinh');
    await steering.goto(`${server.baseUrl}/giam-sat`);
    // The province's committee reads the agencies right below it (Sở Nội vụ): lists, no form.
    await expect.poll(() => steering.getByLabel('Đơn vị').locator('option:checked').textContent()).toBe('Sở Nội vụ tỉnh Hưng Yên');
    await expect.poll(() => steering.getByText('Chưa có cuộc giám sát nào.').count()).toBe(1);
    await expect.poll(() => steering.getByText('Chưa có kiến nghị nào.').count()).toBe(1);
    expect(await steering.getByRole('heading', { name: 'Ghi nhận cuộc kiểm tra, giám sát' }).count()).toBe(0);
    expect(await steering.getByRole('button', { name: 'Gửi trả lời' }).count()).toBe(0);
    await steeringContext.close();
  });
});
