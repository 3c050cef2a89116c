// Browser test of consultations (Law 10/2022 Art. 25–28): an official opens a consultation on a draft convention,
// a resident gives an opinion (kept as a draft across a reload), the official enters two more from a meeting,
// closes, groups, renames a group, responds to every group and finishes; the resident then sees the response to
// their group.
// axe-core finds no serious or critical violation on any screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, expectNoSeriousViolations, launchBrowser, loginAs, startServer, type E2EServer } from './browser.ts';

function vnDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!browserAvailable)('consultations in the browser', () => {
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

  it('open → opinions → close → group → respond → finish → the resident sees the answer', async () => {
    const officialCtx = await browser.newContext();
    const official = await officialCtx.newPage();
    official.on('dialog', (d) => void d.accept());
    await loginAs(official, server.baseUrl, 'canbo.tanhung');

    // 1. the official opens a consultation on a draft convention of Thôn Đông (posted 31 days ago on the notice board)
    await official.goto(`${server.baseUrl}/lay-y-kien`);
    await official.getByRole('link', { name: 'Mở đợt lấy ý kiến' }).click();
    await official.getByLabel('Địa bàn lấy ý kiến').selectOption({ label: '— Thôn Đông' });
    await official.getByLabel('Loại nội dung').selectOption({ label: 'Dự thảo hương ước, quy ước' });
    await official.getByLabel('Tên dự thảo').fill('Dự thảo hương ước sửa đổi thôn Đông (kiểm thử)');
    await official.getByLabel('Nội dung dự thảo').fill('Điều 1. Giữ gìn vệ sinh đường làng, đổ rác đúng giờ.\nĐiều 2. Việc cưới tổ chức tiết kiệm.');
    await official.getByLabel('Ngày công khai dự thảo').fill(vnDate(-31));
    await official.getByLabel('Ngày kết thúc lấy ý kiến').fill(vnDate(5));
    await official.getByLabel(/Tệp đính kèm dự thảo/).setInputFiles({ name: 'du-thao-huong-uoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await expect.poll(() => official.getByRole('button', { name: 'Bỏ tệp du-thao-huong-uoc.pdf' }).count()).toBe(1);
    await expectNoSeriousViolations(official, 'open form');
    await official.getByRole('button', { name: 'Mở lấy ý kiến' }).click();
    await official.waitForURL(/\/lay-y-kien\/\d+$/);
    const url = official.url();
    await expect.poll(() => official.getByRole('heading', { level: 1 }).textContent()).toBe('Dự thảo hương ước sửa đổi thôn Đông (kiểm thử)');
    await expect.poll(() => official.getByRole('link', { name: 'du-thao-huong-uoc.pdf' }).count()).toBe(1);
    await expectNoSeriousViolations(official, 'detail (official)');

    // 2. the resident gives an opinion; the draft survives a reload before sending
    const residentCtx = await browser.newContext();
    const resident = await residentCtx.newPage();
    await loginAs(resident, server.baseUrl, 'dan.dong');
    await resident.goto(url);
    await resident.getByRole('radio', { name: 'Không đồng ý' }).check();
    await resident.getByLabel('Nội dung ý kiến').fill('Đề nghị quy định rõ giờ đổ rác buổi tối, giữ vệ sinh đường làng sạch sẽ.');
    await resident.reload();
    await expect.poll(() => resident.getByLabel('Nội dung ý kiến').inputValue()).toContain('giờ đổ rác buổi tối');
    expect(await resident.getByRole('radio', { name: 'Không đồng ý' }).isChecked()).toBe(true);
    await expectNoSeriousViolations(resident, 'detail (resident)');
    await resident.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect.poll(() => resident.getByRole('status').filter({ hasText: 'Đã gửi ý kiến' }).count()).toBe(1);

    // 3. the official enters two opinions from a village meeting
    await official.reload();
    await official.getByLabel('Ghi chú nguồn (ví dụ: Họp thôn Đông ngày 12/11/2026)').fill('Họp thôn Đông');
    await official.getByLabel('Nội dung', { exact: true }).first().fill('Quy định giờ đổ rác buổi tối, giữ vệ sinh đường làng ngõ xóm.');
    await official.getByRole('button', { name: 'Thêm ý kiến' }).click();
    await official.getByLabel('Nội dung', { exact: true }).nth(1).fill('Việc cưới cần tổ chức tiết kiệm, không kéo dài nhiều ngày.');
    await official.getByRole('group', { name: 'Ý kiến thứ 2' }).getByRole('radio', { name: 'Ý kiến khác' }).check();
    await official.getByRole('button', { name: 'Lưu các ý kiến' }).click();
    await expect.poll(() => official.getByText('Đã lưu 2 ý kiến.').count()).toBe(1);
    await expect.poll(() => official.getByText('Số ý kiến đã nhận: 3').count()).toBe(1);

    // 4. close and group
    await official.getByRole('button', { name: 'Kết thúc lấy ý kiến' }).click();
    await official.getByRole('button', { name: 'Tổng hợp ý kiến' }).click();
    await official.waitForURL(/\/tong-hop$/);
    await expect.poll(() => official.locator('.group-card').count()).toBeGreaterThan(0);
    await expect.poll(() => official.getByText('Tổng số ý kiến: 3').count()).toBe(1);
    await expectNoSeriousViolations(official, 'synthesis (official)');

    // rename the first group
    await official.getByLabel('Tên nhóm', { exact: true }).first().fill('Vệ sinh môi trường, giờ đổ rác');
    await official.getByRole('button', { name: 'Đổi tên' }).first().click();
    await expect.poll(() => official.getByRole('heading', { name: 'Vệ sinh môi trường, giờ đổ rác' }).count()).toBe(1);

    // finishing before every group is answered is refused
    const groups = await official.locator('.group-card').count();
    await official.getByRole('button', { name: 'Hoàn thành đợt lấy ý kiến' }).click();
    await expect.poll(() => official.getByRole('alert').textContent()).toContain('chưa có nội dung tiếp thu, giải trình');

    // 5. respond to every group
    for (let i = 0; i < groups; i++) {
      const card = official.locator('.group-card').nth(i);
      await card.getByLabel('Nội dung tiếp thu, giải trình').fill(`Ủy ban nhân dân xã tiếp thu: bổ sung quy định vào dự thảo (nhóm ${i + 1}).`);
      await card.getByRole('button', { name: 'Lưu nội dung trả lời' }).click();
      await expect.poll(() => official.locator('.group-card').nth(i).getByText('Đã trả lời').count()).toBe(1);
    }
    await official.getByRole('button', { name: 'Hoàn thành đợt lấy ý kiến' }).click();
    await expect.poll(() => official.getByText('Đợt lấy ý kiến đã hoàn thành.').count()).toBe(1);
    await expect.poll(() => official.getByRole('link', { name: 'Báo cáo tổng hợp (DOCX)' }).count()).toBe(1);
    await expectNoSeriousViolations(official, 'synthesis finished');

    // 6. the resident sees what became of their opinion
    await resident.reload();
    await expect.poll(() => resident.getByRole('heading', { name: 'Kết quả đối với ý kiến của bạn' }).count()).toBe(1);
    await expect.poll(() => resident.locator('.my-result').textContent()).toContain('Ủy ban nhân dân xã tiếp thu: bổ sung quy định vào dự thảo');
    expect(await resident.locator('.my-result').textContent()).toContain('Ý kiến của bạn thuộc nhóm');
    await expectNoSeriousViolations(resident, 'resident result');
    // the published synthesis is public
    await resident.getByRole('link', { name: 'Xem kết quả tổng hợp, tiếp thu, giải trình' }).click();
    await expect.poll(() => resident.locator('.group-card').count()).toBe(groups);
    await expectNoSeriousViolations(resident, 'synthesis (resident)');
    await officialCtx.close();
    await residentCtx.close();
  }, 180_000);
});
