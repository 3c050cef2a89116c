// The web shell in Chromium: login → official home → unit tree → household list (search, add) → English; axe-core
// on every page; the household page on a 360×640 phone without horizontal overflow. Screenshots go to /tmp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, loginAs, seriousA11yViolations, startServer, type E2EServer } from './browser.ts';

describe.skipIf(!browserAvailable)('web shell: login, home per role, unit tree, households', () => {
  let server: E2EServer;
  let browser: Browser;
  let page: Page;
  let householdsUrl = '';
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the public home and an accessible login page', async () => {
    await page.goto(`${server.baseUrl}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cổng thông tin dân chủ ở cơ sở');
    expect(await page.getByRole('link', { name: /Gửi đơn thư/ }).getAttribute('href')).toBe('/gui-don');
    expect(await page.getByRole('link', { name: /Tra cứu đơn thư/ }).getAttribute('href')).toBe('/tra-cuu');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/coso-public.png', fullPage: true });

    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.tanhung');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[àáảãạăâđêôơưếềệởọ]/i); // the server's Vietnamese message
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('logs in as an official and shows the official home', async () => {
    await loginAs(page, server.baseUrl, 'canbo.tanhung');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Xin chào, Lê Thị Thu Hà');
    const section = page.getByRole('region', { name: /Cán bộ, công chức/ });
    await expect.poll(() => section.getByRole('heading', { level: 2 }).textContent()).toContain('Xã Tân Hưng');
    for (const [name, href] of [
      ['Công khai thông tin', '/cong-khai'],
      ['Biểu quyết của hộ gia đình', '/bieu-quyet'],
      ['Lấy ý kiến nhân dân', '/lay-y-kien'],
      ['Giải quyết đơn thư', '/don-thu'],
      ['Hội nghị, đối thoại', '/hoi-nghi'],
      ['Báo cáo, thống kê', '/bao-cao'],
      ['Đơn vị và hộ gia đình', '/don-vi'],
    ]) {
      expect(await section.getByRole('link', { name: new RegExp(name!) }).getAttribute('href')).toBe(href);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/coso-home.png', fullPage: true });
  });

  it('browses the unit tree with lazily loaded children and the keyboard', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    await page.waitForURL(/\/don-vi$/);
    const province = page.getByRole('button', { name: 'Tỉnh Hưng Yên' });
    await province.waitFor();
    expect(await province.getAttribute('aria-expanded')).toBe('false');
    await province.click();
    expect(await province.getAttribute('aria-expanded')).toBe('true');

    // keyboard: ↓ to the commune, → opens it
    const commune = page.getByRole('button', { name: 'Xã Tân Hưng' });
    await commune.waitFor();
    await province.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Xã Tân Hưng');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => commune.getAttribute('aria-expanded')).toBe('true');

    const village = page.getByRole('link', { name: 'Thôn Đông', exact: true });
    await village.waitFor();
    const row = page.locator('.tree-node', { has: village }).first();
    await expect.poll(() => row.textContent()).toMatch(/Thôn, tổ dân phố.*\d+ hộ/);
    expect(await page.locator('.tree-node', { has: commune }).first().locator('.node-meta').first().textContent()).toMatch(/\d+ đơn vị trực thuộc/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/coso-tree.png', fullPage: true });

    await village.click();
    await page.waitForURL(/\/don-vi\/\d+\/ho-gia-dinh$/);
    householdsUrl = page.url();
  });

  it('lists, searches and adds households', async () => {
    await page.getByRole('heading', { level: 1, name: 'Hộ gia đình — Thôn Đông' }).waitFor();
    const total = page.locator('.total strong');
    await expect.poll(() => total.textContent()).toMatch(/^Tổng số: \d{1,3}(\.\d{3})* hộ$/);
    const before = Number((await total.textContent())!.replace(/\D/g, ''));
    expect(before).toBeGreaterThan(40);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // diacritics-insensitive search on the server
    await page.getByLabel('Tìm theo tên hộ, người đại diện, địa chỉ').fill('nguyen');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\?q=nguyen/);
    await expect.poll(() => page.locator('.total').textContent()).toContain('Kết quả tìm “nguyen”');
    await expect.poll(async () => {
      const reps = await page.locator('table tbody tr td:nth-of-type(2)').allTextContents();
      return reps.length > 0 && reps.every((r) => r.startsWith('Nguyễn'));
    }).toBe(true);

    // clear the search, then add a household: the API's validation message shows inline first
    await page.getByLabel('Tìm theo tên hộ, người đại diện, địa chỉ').fill('');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('button', { name: 'Thêm hộ', exact: true }).click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toBe('Vui lòng nhập tên hộ.');
    await page.getByLabel('Tên hộ', { exact: true }).fill('Hộ ông Kiểm Thử Trình Duyệt');
    await page.getByLabel('Họ và tên người đại diện hộ').fill('Kiểm Thử Trình Duyệt');
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0912 345 678');
    // the draft survives a reload
    await page.reload();
    await expect.poll(() => page.getByLabel('Tên hộ', { exact: true }).inputValue()).toBe('Hộ ông Kiểm Thử Trình Duyệt');
    await page.getByRole('button', { name: 'Thêm hộ', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã thêm' }).textContent()).toBe('Đã thêm Hộ ông Kiểm Thử Trình Duyệt.');
    await expect.poll(() => page.getByRole('rowheader', { name: /Hộ ông Kiểm Thử Trình Duyệt/ }).count()).toBe(1);
    await expect.poll(async () => Number((await total.textContent())!.replace(/\D/g, ''))).toBe(before + 1);
    expect(await page.getByLabel('Tên hộ', { exact: true }).inputValue()).toBe(''); // draft cleared
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('coso.draft.')))).toEqual([]);
    // found by search without diacritics
    await page.getByLabel('Tìm theo tên hộ, người đại diện, địa chỉ').fill('kiem thu trinh duyet');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/coso-households.png', fullPage: true });
  });

  it('switches to English and back, and the choice persists', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Households — Thôn Đông');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Lê Thị Thu Hà');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Official/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Language').selectOption('vi');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Xin chào, Lê Thị Thu Hà');
  });

  it('shows the household page on a 360×640 phone without horizontal overflow', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const phone = await ctx.newPage();
    await loginAs(phone, server.baseUrl, 'canbo.tanhung');
    await phone.goto(householdsUrl);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    await phone.locator('table tbody tr').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: '/tmp/coso-households-phone.png', fullPage: false });
    await ctx.close();
  });

  it('formats a large village the Vietnamese way and pages with "Xem thêm"', async () => {
    const base = `${server.baseUrl}/api/v1`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.tanhung', password: 'CoSo@2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const id = householdsUrl.match(/don-vi\/(\d+)\//)![1];
    const village = (await (await fetch(`${base}/units/${id}`, { headers: auth })).json()) as { households: number };
    const extra = 1949 - village.households;
    const households = Array.from({ length: extra }, (_, i) => ({ name: `Hộ số ${i + 1}`, representative: { name: `Trần Văn Số ${i + 1}` } }));
    const bulk = await fetch(`${base}/units/${id}/households/bulk`, { method: 'POST', headers: auth, body: JSON.stringify({ households }) });
    expect(bulk.status).toBe(201);

    await page.goto(householdsUrl);
    await expect.poll(() => page.locator('.total strong').textContent()).toBe('Tổng số: 1.949 hộ');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(100);
    expect(await page.getByText('Đang hiển thị 100 hộ').count()).toBe(1);
  });

  it('shows each role its own tasks (village head, resident, steering committee)', async () => {
    for (const [username, role, link, href] of [
      ['truongthon.dong', 'Trưởng thôn, tổ trưởng tổ dân phố', 'Nhập phiếu biểu quyết', '/bieu-quyet'],
      ['dan.dong', 'Người dân', 'Tra cứu đơn thư', '/tra-cuu'],
      ['bcd.tinh', 'Ban Chỉ đạo', 'Báo cáo tổng hợp', '/bao-cao'],
    ]) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await loginAs(p, server.baseUrl, username!);
      const section = p.getByRole('region', { name: new RegExp(role!) });
      await section.waitFor();
      expect(await section.getByRole('link', { name: new RegExp(link!) }).getAttribute('href')).toBe(href);
      expect(await p.getByRole('region').count()).toBe(1);
      await ctx.close();
    }
  });

  it('sends an anonymous visitor of the household page to login and back (?next=), then logs out', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const path = new URL(householdsUrl).pathname;
    await p.goto(householdsUrl);
    await p.waitForURL((u) => u.pathname === '/dang-nhap' && u.searchParams.get('next') === path);
    await p.getByLabel('Tên đăng nhập').fill('truongthon.dong');
    await p.getByLabel('Mật khẩu').fill('CoSo@2026');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL((u) => u.pathname === path);
    await p.getByRole('heading', { level: 1, name: 'Hộ gia đình — Thôn Đông' }).waitFor();
    await p.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toBe('Cổng thông tin dân chủ ở cơ sở');
    await ctx.close();
  });
});
