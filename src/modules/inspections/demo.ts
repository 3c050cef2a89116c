// Demo inspections (`npm start`): the province's steering committee inspected Xã Tân Hưng in April (a sign of
// violation; its recommendation answered) and Phường Phố Hiến in October (a recommendation due 20/11, overdue
// afterwards); a third inspection is planned for December.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoContext, DemoSeeding } from '../../core/module.ts';
import { answerRecommendation, recommendationsOf } from '../oversight/index.ts';
import { planInspection, recordInspection } from './commands.ts';

const TEAM = ['Trần Văn Quyết', 'Nguyễn Thị Hồng', 'Lê Quang Minh'];

async function seed(demo: DemoContext): Promise<void> {
  const ctx: Ctx = (await demo.actAs('bcd.tinh')) ?? demo.ctx;
  const today = todayVn(ctx.now);
  // The latest year in which 10/15 is past: both inspections in the same year.
  const year = `${today.slice(0, 4)}-10-15` <= today ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const ids = demo.units;
  const april = await recordInspection(ctx, {
    unitId: ids.province!,
    inspectedUnitId: ids.tanhung!,
    subject: `Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm ${year}`,
    heldOn: `${year}-04-16`,
    members: TEAM,
    findings: [
      { text: 'Xã đã công khai dự toán, quyết toán ngân sách đúng hình thức, đúng thời hạn.', violation: false },
      { text: 'Chưa công khai kết quả giải quyết 02 đơn kiến nghị về đất đai của công dân thôn Tây.', violation: true },
    ],
    recommendations: [{ to: 'UBND xã Tân Hưng', text: 'Công khai kết quả giải quyết các đơn kiến nghị về đất đai tại nhà văn hóa thôn Tây.', dueOn: `${year}-05-15` }],
    conclusion: 'Xã Tân Hưng thực hiện cơ bản tốt Quy chế dân chủ ở cơ sở; cần khắc phục ngay việc chậm công khai kết quả giải quyết đơn.',
  });
  const official = (await demo.actAs('canbo.tanhung')) ?? demo.ctx;
  const [rec] = await recommendationsOf(ctx, { type: 'steering_inspection', id: Number(april.id) });
  if (rec) {
    await answerRecommendation(official, Number(rec.id), {
      answer: 'UBND xã đã niêm yết kết quả giải quyết 02 đơn tại nhà văn hóa thôn Tây ngày 08/5 và thông báo trên loa truyền thanh.',
      answeredOn: `${year}-05-08`,
    });
  }
  await recordInspection(ctx, {
    unitId: ids.province!,
    inspectedUnitId: ids.phohien!,
    subject: `Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm ${year}`,
    heldOn: `${year}-10-15`,
    members: TEAM,
    findings: [
      { text: 'Hội nghị tổ dân phố được tổ chức đầy đủ, biên bản lưu đúng quy định.', violation: false },
      { text: 'Ban Thanh tra nhân dân phường chưa xây dựng chương trình hoạt động năm.', violation: false },
    ],
    recommendations: [{ to: 'UBND phường Phố Hiến', text: 'Chỉ đạo Ban Thanh tra nhân dân xây dựng, thông qua chương trình hoạt động năm.', dueOn: `${year}-11-20` }],
  });
  await planInspection(ctx, { unitId: ids.province!, inspectedUnitId: ids.tanhung!, plannedOn: `${year}-12-15`, members: TEAM.slice(0, 2), subject: 'Kiểm tra việc khắc phục sau kiểm tra' });
}

export const inspectionsDemo: DemoSeeding = { seed };
