// /yeu-cau and /viec-cap-tren: the province committee issues a self-inspection request to the communes; Xã Tân Hưng
// sees it on its list and submits (its indicators shown before sending); the clock passes the due date with Phường
// Phố Hiến silent; the committee sees it missing, reminds it; it then submits late and the committee sees "late";
// the province's report of the year says so.
// Axe clean at 1280 and 390 px.
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../../src/server.ts';
import { freshDatabase, testServices } from '../harness.ts';
import { browserAvailable, expectNoSeriousViolations, launchBrowser, loginAs } from './browser.ts';

describe.skipIf(!browserAvailable)('steering requests (/yeu-cau, /viec-cap-tren)', () => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  let browser: Browser;
  const clock = { now: new Date('2026-11-23T03:00:00Z') };
  beforeAll(async () => {
    const database = await freshDatabase();
    const app = await buildApp(testServices(database, () => clock.now), { serveWeb: true, checkResponses: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    close = async () => {
      await app.close();
      await database.close();
    };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close();
  });

  async function as(username: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await loginAs(page, baseUrl, username);
    return page;
  }

  it('issue → submit → missing past the due date → remind → late', async () => {
    const bcd = await as('bcd.tinh');
    await bcd.goto(`${baseUrl}/yeu-cau`);
    // the demo's mid-year guidance is listed
    await expect.poll(() => bcd.locator('table.data-table').first().textContent()).toContain('05/HD-BCĐ');
    await bcd.getByLabel('Trích yếu (tên văn bản)').fill('Hướng dẫn tự kiểm tra việc thực hiện dân chủ ở cơ sở quý IV');
    await bcd.getByLabel('Số, ký hiệu (ví dụ 05/HD-BCĐ)').fill('30/HD-BCĐ');
    await bcd.getByLabel('Ngày ban hành (dd/mm/yyyy)').fill('23/11/2026');
    await bcd.getByLabel('Hạn gửi báo cáo (dd/mm/yyyy)').fill('24/11/2026');
    await bcd.getByLabel('Kỳ báo cáo từ ngày (dd/mm/yyyy)').fill('01/10/2026');
    await bcd.getByLabel('Kỳ báo cáo đến ngày (dd/mm/yyyy)').fill('31/12/2026');
    await bcd.getByRole('button', { name: 'Ban hành và gửi' }).click();
    await expect.poll(() => bcd.getByRole('status').filter({ hasText: 'Đã ban hành, gửi tới 2 đơn vị.' }).count()).toBe(1);
    await expectNoSeriousViolations(bcd, '/yeu-cau 1280');
    await bcd.getByRole('link', { name: /30\/HD-BCĐ/ }).click();
    await expect.poll(() => bcd.getByRole('status').first().textContent()).toContain('Đã gửi 0/2');
    await bcd.context().close();

    const commune = await as('canbo.tanhung', 390);
    await commune.goto(`${baseUrl}/`);
    await commune.getByRole('link', { name: /Việc cấp trên yêu cầu/ }).first().click();
    await expect.poll(() => commune.locator('tr', { hasText: '30/HD-BCĐ' }).textContent()).toContain('Chưa đến hạn');
    await expectNoSeriousViolations(commune, '/viec-cap-tren 390');
    await commune.locator('tr', { hasText: '30/HD-BCĐ' }).getByRole('link', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => commune.getByText(/Số liệu chỉ tiêu của đơn vị sẽ gửi kèm/).count()).toBe(1);
    await commune.getByLabel('Nội dung báo cáo của đơn vị').fill('Xã đã tự kiểm tra tại 4 thôn, không phát hiện vi phạm.');
    await expectNoSeriousViolations(commune, '/yeu-cau/:id/gui 390');
    await commune.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => commune.getByRole('status').filter({ hasText: 'Đã gửi báo cáo (đúng hạn).' }).count()).toBe(1);
    await commune.context().close();

    // Two days later (26/11 in Vietnam): Phường Phố Hiến has not answered.
    clock.now = new Date('2026-11-26T02:00:00Z');
    const bcd2 = await as('bcd.tinh');
    await bcd2.goto(`${baseUrl}/yeu-cau`);
    await bcd2.getByRole('link', { name: /30\/HD-BCĐ/ }).click();
    await expect.poll(() => bcd2.locator('tr', { hasText: 'Phường Phố Hiến' }).textContent()).toContain('Chưa gửi (quá hạn)');
    await expect.poll(() => bcd2.locator('tr', { hasText: 'Xã Tân Hưng' }).textContent()).toContain('Đã gửi đúng hạn');
    await bcd2.getByLabel('Lọc').selectOption('missing');
    await expect.poll(() => bcd2.locator('table.data-table tbody tr').count()).toBe(1);
    await bcd2.getByLabel('Chọn Phường Phố Hiến').check();
    await bcd2.getByRole('button', { name: 'Đôn đốc các đơn vị đã chọn' }).click();
    await expect.poll(() => bcd2.getByRole('status').filter({ hasText: 'Đã gửi thông báo đôn đốc tới 1 đơn vị' }).count()).toBe(1);
    await expectNoSeriousViolations(bcd2, '/yeu-cau/:id 1280');
    const url = bcd2.url();
    await bcd2.context().close();

    const ward = await as('canbo.phohien');
    await ward.goto(`${baseUrl}/viec-cap-tren`);
    await ward.locator('tr', { hasText: '30/HD-BCĐ' }).getByRole('link', { name: 'Gửi báo cáo' }).click();
    await ward.getByLabel('Nội dung báo cáo của đơn vị').fill('Phường gửi báo cáo tự kiểm tra.');
    await ward.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => ward.getByRole('status').filter({ hasText: 'Đã gửi báo cáo (sau hạn).' }).count()).toBe(1);
    await ward.context().close();

    const phone = await as('bcd.tinh', 390);
    await phone.goto(url);
    await expect.poll(() => phone.locator('tr', { hasText: 'Phường Phố Hiến' }).textContent()).toContain('Gửi chậm');
    await expect.poll(() => phone.getByRole('status').first().textContent()).toContain('Đã gửi 2/2 — đúng hạn 1, chậm 1');
    await expectNoSeriousViolations(phone, '/yeu-cau/:id 390');
    await phone.context().close();

    // The year's report of the province says it: the guidance issued (part II, by its number) and, in the committee's
    // own work, the units that reported on time, late or not at all.
    const report = await browser.newContext({ acceptDownloads: true });
    const page = await report.newPage();
    await loginAs(page, baseUrl, 'bcd.tinh');
    await page.goto(`${baseUrl}/bao-cao?period=year&year=2026`);
    await expect.poll(() => page.locator('h2.unit-heading').textContent(), { timeout: 15_000 }).toBe('Tỉnh Hưng Yên');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải DOCX (Nghị định 30/2020)' }).click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    const between = (a: string, b: string) => text.slice(text.indexOf(a), text.indexOf(b));
    expect(between('II. CÔNG TÁC LÃNH ĐẠO', 'III. KẾT QUẢ')).toContain('30/HD-BCĐ');
    expect(between('4. Hoạt động của Ban Chỉ đạo', '5. Phong trào')).toMatch(/\d+\/\d+ đơn vị nộp báo cáo đúng hạn; [1-9]\d* đơn vị nộp muộn/);
    await report.close();
  });
});
