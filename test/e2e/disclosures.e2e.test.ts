// Browser test of disclosures (dân biết, Law 10/2022 Art. 11–13): an official publishes a budget settlement with
// the notice-board posting; a resident, without logging in, picks Xã Tân Hưng / Thôn Đông on the public portal,
// finds it by a search typed without diacritics, opens it, logs in from there and asks a question that appears in
// the public Q&A. axe-core finds no serious or critical violation on the screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, expectNoSeriousViolations, launchBrowser, loginAs, startServer, type E2EServer } from './browser.ts';

const TITLE = 'Quyết toán ngân sách xã Tân Hưng năm 2025 (kiểm thử)';

describe.skipIf(!browserAvailable)('disclosures in the browser', () => {
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

  it('an official publishes; a resident finds it by a diacritics-free search and asks a question', async () => {
    const officialCtx = await browser.newContext();
    const official = await officialCtx.newPage();
    await loginAs(official, server.baseUrl, 'canbo.tanhung');
    await official.goto(`${server.baseUrl}/cong-khai`);
    await official.getByRole('link', { name: 'Công khai thông tin mới' }).click();
    await official.getByLabel('Đơn vị công khai').selectOption({ label: 'Xã Tân Hưng' });
    await official.getByLabel('Danh mục').selectOption('budget');
    await official.getByLabel('Tiêu đề').fill(TITLE);
    await official.getByLabel('Nội dung').fill('Tổng thu ngân sách xã năm 2025: 17.950 triệu đồng; tổng chi: 16.420 triệu đồng.');
    await official.getByLabel('Nơi niêm yết').fill('Bảng tin trụ sở UBND xã Tân Hưng');
    await expectNoSeriousViolations(official, 'publish form');
    await official.getByRole('button', { name: 'Công khai', exact: true }).click();
    await official.waitForURL(/\/cong-khai\/\d+$/);
    await expect.poll(() => official.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    await expect.poll(() => official.getByText('Bảng tin trụ sở UBND xã Tân Hưng').count()).toBeGreaterThan(0);
    await officialCtx.close();

    // the resident, not logged in, on a phone-sized screen
    const residentCtx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await residentCtx.newPage();
    await page.goto(`${server.baseUrl}/cong-khai`);
    await page.getByLabel('Xã, phường').selectOption({ label: 'Xã Tân Hưng' });
    await page.getByLabel('Thôn, tổ dân phố').selectOption({ label: 'Thôn Đông' });
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('quyet toan ngan sach');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const link = page.getByRole('link', { name: TITLE });
    await link.waitFor();
    await expectNoSeriousViolations(page, 'portal');
    await link.click();
    await page.waitForURL(/\/cong-khai\/\d+$/);
    const detailUrl = page.url();
    await expectNoSeriousViolations(page, 'detail (public)');
    await page.getByRole('link', { name: 'Đăng nhập để đặt câu hỏi' }).click();
    await page.getByLabel('Tên đăng nhập').fill('dan.dong');
    await page.getByLabel('Mật khẩu').fill('CoSo@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(detailUrl);
    await page.getByLabel('Câu hỏi của bạn về nội dung này').fill('Khoản chi nào vượt dự toán năm 2025?');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.getByText('Đã gửi câu hỏi').waitFor();
    await expect.poll(() => page.getByText('Khoản chi nào vượt dự toán năm 2025?').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Đang chờ trả lời').count()).toBeGreaterThan(0);
    await residentCtx.close();
  });
});
