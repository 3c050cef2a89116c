// Demo conferences (`npm start`): staff conferences of the two agencies, a worker conference and a dialogue at the
// enterprise; the province steering committee's year 2026 (steering-demo.ts).
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoSeeding } from '../../core/module.ts';
import { recordConference } from './commands.ts';
import { seedSteeringMeetings } from './steering-demo.ts';

/** This year's date when already past, else last year's. */
function demoDay(ctx: Ctx, mmdd: string): string {
  const today = todayVn(ctx.now);
  const year = Number(today.slice(0, 4));
  return `${year}-${mmdd}` <= today ? `${year}-${mmdd}` : `${year - 1}-${mmdd}`;
}

async function seed(ctx: Ctx, ids: Record<string, number>): Promise<void> {
  const d = (mmdd: string) => demoDay(ctx, mmdd);
  const conf = (input: Parameters<typeof recordConference>[1]) => recordConference(ctx, input);
  await conf({
    unitId: ids.truong!,
    kind: 'staff_conference',
    heldOn: d('01-16'),
    title: 'Hội nghị viên chức, người lao động năm học',
    participants: { total: 42, present: 39 },
    opinionsRaised: 14,
    opinionsResolved: 12,
    minutes: 'Hội nghị thảo luận kế hoạch năm học, quy chế chi tiêu nội bộ, quy chế dân chủ; 39/42 viên chức dự.',
    resolutions: [{ text: 'Thông qua quy chế chi tiêu nội bộ', agree: 36 }],
  });
  await conf({
    unitId: ids.sonoivu!,
    kind: 'staff_conference',
    heldOn: d('01-23'),
    title: 'Hội nghị cán bộ, công chức, viên chức, người lao động',
    participants: { total: 120, present: 104 },
    opinionsRaised: 22,
    opinionsResolved: 19,
    minutes: 'Hội nghị tổng kết công tác năm, phát động thi đua; 104/120 đại biểu dự.',
  });
  await conf({
    unitId: ids.hunglong!,
    kind: 'worker_conference',
    heldOn: d('02-27'),
    title: 'Hội nghị người lao động',
    participants: { total: 640, present: 590 },
    opinionsRaised: 37,
    opinionsResolved: 31,
    minutes: 'Thông qua thỏa ước lao động tập thể sửa đổi; người lao động kiến nghị về ca làm việc và bữa ăn giữa ca.',
    resolutions: [{ text: 'Thông qua thỏa ước lao động tập thể sửa đổi', agree: 541 }],
  });
  await conf({
    unitId: ids.hunglong!,
    kind: 'dialogue',
    heldOn: d('06-12'),
    title: 'Đối thoại định kỳ tại nơi làm việc',
    participants: 48,
    opinionsRaised: 9,
    opinionsResolved: 7,
    minutes: 'Đối thoại về tiền lương, thời giờ làm thêm, điều kiện vệ sinh nhà xưởng.',
    followUps: 'Lắp thêm quạt thông gió xưởng 2 trước ngày 30/7; xem xét tăng phụ cấp nhà trọ.',
  });
}

export const conferencesDemo: DemoSeeding = {
  seed: async (demo) => {
    await seed(demo.ctx, demo.units);
    await seedSteeringMeetings((await demo.actAs('bcd.tinh')) ?? demo.ctx, demo.units);
  },
};
