// The whole "dân bàn và quyết định" flow in a real browser: the village head opens a decision and enters a few
// paper ballots on the phone screen (search without diacritics), the resident votes for their household, a
// second ballot of that household is refused (409), the head closes, the resident sees the result; axe finds no
// serious accessibility violation on the screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';
import { DEMO_PASSWORD } from '../../src/modules/units/demo.ts';
import { foldVietnamese } from '../../src/core/text.ts';

describe.skipIf(!browserAvailable)('decisions: open, enter ballots, vote, close, result', () => {
  let server: E2EServer;
  let browser: Browser;
  let headCtx: BrowserContext;
  let residentCtx: BrowserContext;
  let head: Page;
  let resident: Page;
  let decisionUrl = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    headCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    residentCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    head = await headCtx.newPage();
    resident = await residentCtx.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the village head opens a decision', async () => {
    await loginAs(head, server.baseUrl, 'truongthon.dong');
    await head.goto(`${server.baseUrl}/bieu-quyet`);
    await expect.poll(() => head.getByRole('heading', { level: 1 }).textContent()).toBe('Nhân dân bàn và quyết định');
    expect(await seriousA11yViolations(head)).toEqual([]);
    await head.getByRole('link', { name: 'Mở biểu quyết mới' }).click();
    await head.getByLabel('Nội dung biểu quyết').fill('Lắp đèn chiếu sáng ngõ xóm bằng quỹ thôn');
    await head.getByLabel('Loại nội dung').selectOption('other');
    await head.getByLabel('Hình thức', { exact: true }).selectOption('ballot');
    expect(await seriousA11yViolations(head)).toEqual([]);
    await head.getByRole('button', { name: 'Mở biểu quyết' }).click();
    await head.waitForURL(/\/bieu-quyet\/\d+$/);
    decisionUrl = head.url();
    await expect.poll(() => head.getByRole('heading', { level: 1 }).textContent()).toBe('Lắp đèn chiếu sáng ngõ xóm bằng quỹ thôn');
    await expect.poll(() => head.locator('.participation-live').textContent()).toMatch(/0\/\d+ hộ \(0%\)/);
    expect(await seriousA11yViolations(head)).toEqual([]);
  });

  it('enters three paper ballots on the phone screen, finding households without diacritics', async () => {
    await head.getByRole('link', { name: 'Nhập phiếu, điểm danh' }).click();
    await head.waitForURL(/\/nhap-phieu$/);
    await head.locator('.entry-item').first().waitFor();
    // The first household of Thôn Đông is the demo resident's: leave it to them.
    const names = (await head.locator('.entry-item .hh-name').allTextContents()).slice(1, 4);
    expect(names).toHaveLength(3);
    expect(await seriousA11yViolations(head)).toEqual([]);
    for (const [i, name] of names.entries()) {
      await head.getByLabel('Tìm hộ (tên hộ hoặc người đại diện, gõ không dấu được)').fill(foldVietnamese(name));
      const choice = i === 2 ? 'Không tán thành' : 'Tán thành';
      await head.getByRole('button', { name: `${choice} — ${name}`, exact: true }).click();
      await expect.poll(() => head.locator('.entry-status.ok').first().textContent()).toBe(`Đã ghi phiếu của ${name}: ${choice}`);
    }
    await head.getByLabel('Tìm hộ (tên hộ hoặc người đại diện, gõ không dấu được)').fill('');
    await expect.poll(() => head.locator('.participation-live').textContent(), { timeout: 15_000 }).toMatch(/^Số hộ đã biểu quyết: 3\/\d+ hộ \(\d+,\d%\)$/);
    expect(await seriousA11yViolations(head)).toEqual([]);
  });

  it('the resident votes for their household; a second ballot is refused with 409', async () => {
    await loginAs(resident, server.baseUrl, 'dan.dong');
    await resident.goto(decisionUrl);
    await resident.getByRole('heading', { name: 'Biểu quyết của hộ gia đình bạn' }).waitFor();
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await resident.locator('.vote-options').getByRole('button', { name: 'Tán thành', exact: true }).click();
    await resident.getByRole('button', { name: 'Gửi phiếu: Tán thành' }).click();
    await resident.getByText('Đã ghi nhận phiếu của hộ gia đình bạn.').waitFor();
    await resident.getByText('Hộ gia đình của bạn đã biểu quyết.').waitFor();
    await expect.poll(() => resident.locator('.participation-live').textContent()).toMatch(/4\/\d+ hộ/);

    // The same household again, through the API (as another client of the resident would): 409 ALREADY_VOTED.
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dan.dong', password: DEMO_PASSWORD }),
    });
    const { token, user } = (await login.json()) as { token: string; user: { householdId: string } };
    const id = decisionUrl.split('/').pop();
    const again = await fetch(`${server.baseUrl}/api/v1/decisions/${id}/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ householdId: user.householdId, choice: 'Không tán thành' }),
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('ALREADY_VOTED');
    expect(await seriousA11yViolations(resident)).toEqual([]);
  });

  it('the village head closes; the resident sees the result with its chart and table', async () => {
    await head.goto(decisionUrl);
    await head.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    await head.getByText('Kết thúc biểu quyết và kiểm phiếu?').waitFor();
    await head.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    await head.getByText('Không được thông qua', { exact: true }).waitFor();
    expect(await seriousA11yViolations(head)).toEqual([]);

    await resident.reload();
    await resident.getByRole('heading', { name: 'Kết quả biểu quyết' }).waitFor();
    await resident.getByText('Không được thông qua', { exact: true }).waitFor();
    const table = resident.getByRole('table', { name: /Số hộ theo phương án/ });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await table.getByRole('row', { name: /^Tán thành/ }).getByRole('cell').first().textContent()).toBe('3');
    expect(await table.getByRole('row', { name: /^Không tán thành/ }).getByRole('cell').first().textContent()).toBe('1');
    const chart = resident.getByRole('img', { name: /Biểu đồ cột: Tán thành 3; Không tán thành 1/ });
    await chart.waitFor();
    expect(await resident.locator('.result-chart svg').count()).toBe(1);
    await resident.getByRole('link', { name: 'Tải biên bản (DOCX)' }).waitFor();
    expect(await seriousA11yViolations(resident)).toEqual([]);
    // Residents and village heads do not read the audit log: no integrity check for them.
    expect(await resident.getByRole('heading', { name: 'Kiểm tra toàn vẹn dữ liệu phiếu' }).count()).toBe(0);
  });

  it('the People\'s Inspection Board checks the ballot data: register, box and log agree', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const inspector = await ctx.newPage();
    await loginAs(inspector, server.baseUrl, 'ttnd.tanhung');
    await inspector.goto(decisionUrl);
    const box = inspector.getByRole('region', { name: 'Kiểm tra toàn vẹn dữ liệu phiếu' });
    await box.getByRole('button', { name: 'Kiểm tra' }).click();
    const status = box.getByRole('status');
    await status.getByText('Dữ liệu phiếu toàn vẹn: 4 hộ đã biểu quyết, hòm phiếu và nhật ký phiếu khớp nhau.').waitFor();
    expect(await status.textContent()).toMatch(/Danh sách đã biểu quyết: 4 hộ · Hòm phiếu: 4 phiếu · Nhật ký: 4 phiếu trong \d+ bản ghi · Kiểm tra lúc \d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(await seriousA11yViolations(inspector)).toEqual([]);
    await ctx.close();
  });
});
