// Demo requests (`npm start`): the province's steering committee (bcd.tinh) issued on 10/06 its guidance for the
// mid-year self-inspection to the communes and agencies of the province — two answered on time, Phường Phố Hiến
// late after a reminder, Sở Nội vụ not at all — and in November an annual report request due 15/12, not yet due
// at the start of December, which some units have already answered. Dates are this year's when already past.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoContext, DemoSeeding } from '../../core/module.ts';
import { issueRequest, remind, submit } from './commands.ts';

/** A context acting as `username` on the legal date `day` (09:00 in Vietnam). */
async function on(demo: DemoContext, username: string, day: string): Promise<Ctx | null> {
  const ctx = await demo.actAs(username);
  return ctx ? { ...ctx, now: new Date(`${day}T02:00:00Z`) } : null;
}

async function seed(demo: DemoContext): Promise<void> {
  const ids = demo.units;
  const today = todayVn(demo.ctx.now);
  const y0 = Number(today.slice(0, 4));
  // The year whose November request is already issued.
  const y = `${y0}-11-16` <= today ? y0 : y0 - 1;
  const d = (mmdd: string) => `${y}-${mmdd}`;
  const committee = await on(demo, 'bcd.tinh', d('06-10'));
  if (!committee || !ids.province) return;
  const recipients = { kinds: ['commune' as const, 'agency' as const] };
  const mid = await issueRequest(committee, {
    unitId: ids.province,
    kind: 'self_inspection',
    number: '05/HD-BCĐ',
    title: `Hướng dẫn tự kiểm tra, báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm ${y}`,
    issuedOn: d('06-10'),
    period: { from: d('01-01'), to: d('06-30') },
    dueOn: d('07-05'),
    recipients,
  });
  const answer = async (username: string, unit: string, day: string, requestId: string, narrative: string) => {
    const ctx = await on(demo, username, day);
    if (ctx && ids[unit] && day <= today) await submit(ctx, Number(requestId), { unitId: ids[unit]!, narrative });
  };
  await answer('canbo.tanhung', 'tanhung', d('07-02'), mid.id, 'Xã đã tổ chức tự kiểm tra tại 4 thôn; công khai đầy đủ các nội dung theo Điều 11 Luật Thực hiện dân chủ ở cơ sở; hội nghị thôn được tổ chức đúng quy định.');
  await answer('canbo.truong', 'truong', d('07-04'), mid.id, 'Nhà trường đã tổ chức hội nghị viên chức đầu năm học, công khai tài chính hằng quý.');
  await remind((await on(demo, 'bcd.tinh', d('07-06')))!, Number(mid.id), {});
  await answer('canbo.phohien', 'phohien', d('07-08'), mid.id, 'Phường đã hoàn thành tự kiểm tra; báo cáo gửi chậm do tổ chức lại tổ dân phố.');

  const annual = await issueRequest((await on(demo, 'bcd.tinh', d('11-16')))!, {
    unitId: ids.province,
    kind: 'period_report',
    number: '18/CV-BCĐ',
    title: `Công văn về việc báo cáo kết quả thực hiện dân chủ ở cơ sở năm ${y}`,
    issuedOn: d('11-16'),
    period: { from: d('01-01'), to: d('12-31') },
    dueOn: d('12-15'),
    recipients,
  });
  await answer('canbo.tanhung', 'tanhung', d('12-01'), annual.id, 'Kết quả thực hiện dân chủ ở cơ sở năm của xã Tân Hưng: các nội dung công khai, bàn và quyết định, tham gia ý kiến, kiểm tra giám sát được thực hiện đầy đủ.');
  await answer('canbo.truong', 'truong', d('12-02'), annual.id, 'Nhà trường báo cáo kết quả thực hiện dân chủ năm học và năm tài chính.');
}

export const requestsDemo: DemoSeeding = { seed };
