import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('reports dashboard (bcd.tinh)', () => {
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

  it('opens the province dashboard, sees the figures, downloads the DOCX; no serious a11y violation', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    await page.goto(`${server.baseUrl}/bao-cao?period=year&year=2026`);
    await expect.poll(() => page.locator('h2.unit-heading').textContent(), { timeout: 15_000 }).toBe('Tỉnh Hưng Yên');
    const figures = page.locator('.figure-grid');
    // Both agencies of the demo held their staff conference; the enterprise its worker conference and a dialogue.
    await expect.poll(() => figures.locator('.figure', { hasText: 'hội nghị cán bộ' }).locator('dd').textContent()).toBe('2/2 (100%)');
    expect(await figures.locator('.figure', { hasText: 'hội nghị người lao động' }).locator('dd').textContent()).toBe('1/1 (100%)');
    expect(await figures.locator('.figure', { hasText: 'đối thoại' }).first().locator('dd').textContent()).toBe('1/1 (100%)');
    // Charts have their table alternatives.
    expect(await page.locator('.report-chart[role="img"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('table.data-table').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải DOCX (Nghị định 30/2020)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-dan-chu-co-so-tinh-hung-yen-2026-01-01-2026-12-31\.docx$/);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // bcd.tinh acts for the steering committee: the report is the committee's by default (issue 14).
    expect(await page.getByLabel('Cơ quan ban hành').inputValue()).toBe('steering');
    expect(text).toContain('BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ');
    expect(text).toContain('UBND TỈNH HƯNG YÊN');
    expect(text).toContain('2/2 (100%)');
    await context.close();
  });

  it('downloads the demo province’s six-month report: figures written by sector, none as "0 …" filler', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'bcd.tinh');
    await page.goto(`${server.baseUrl}/bao-cao?period=first_half&year=2026`);
    await expect.poll(() => page.locator('h2.unit-heading').textContent(), { timeout: 15_000 }).toBe('Tỉnh Hưng Yên');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải DOCX (Nghị định 30/2020)' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-dan-chu-co-so-tinh-hung-yen-2026-01-01-2026-06-30.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    const sector = (heading: string, next: string) => text.slice(text.indexOf(heading), text.indexOf(next));
    expect(sector('1. Ở xã, phường', '2. Ở cơ quan')).toMatch(/Tiếp nhận [1-9]\d* đơn thư, đã giải quyết [1-9]\d* đơn/);
    expect(sector('1. Ở xã, phường', '2. Ở cơ quan')).toMatch(/Công khai [1-9]\d* nội dung thông tin cho Nhân dân; Nhân dân bàn và quyết định 1 việc, 1 việc được thông qua\./);
    expect(sector('2. Ở cơ quan', '3. Ở doanh nghiệp')).toContain('2/2 đơn vị (đạt 100%) tổ chức hội nghị cán bộ, công chức, viên chức.');
    expect(sector('3. Ở doanh nghiệp', '4. Hoạt động')).toContain('1/1 doanh nghiệp (đạt 100%) tổ chức đối thoại tại nơi làm việc.');
    expect(text).not.toMatch(/Tiếp nhận 0 |thực hiện 0 cuộc|phát hiện 0 cuộc/);
    await context.close();
  });

  it('lets the trade union record a dialogue on /hoi-nghi', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'congdoan.hunglong');
    await page.goto(`${server.baseUrl}/hoi-nghi`);
    await page.getByLabel('Loại').selectOption('dialogue');
    await page.getByLabel('Ngày tổ chức').fill('2026-11-20');
    await page.getByLabel('Số người dự').fill('30');
    await page.getByLabel('Số ý kiến nêu ra').fill('5');
    await page.getByLabel('Số ý kiến được giải quyết').fill('4');
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã ghi nhận' }).count()).toBe(1);
    await expect.poll(() => page.locator('table.data-table').textContent()).toContain('20/11/2026');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
