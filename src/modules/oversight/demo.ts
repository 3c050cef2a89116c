// Demo supervision (`npm start`): the Investment Supervision Board of Xã Tân Hưng finds a sign of violation on the
// inter-village road.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoSeeding } from '../../core/module.ts';
import { recordActivity } from './commands.ts';

async function seed(ctx: Ctx, ids: Record<string, number>): Promise<void> {
  const today = todayVn(ctx.now);
  const year = Number(today.slice(0, 4));
  // This year's date when already past, else last year's.
  const d = (mmdd: string) => (`${year}-${mmdd}` <= today ? `${year}-${mmdd}` : `${year - 1}-${mmdd}`);
  await recordActivity(ctx, {
    unitId: ids.tanhung!,
    board: 'investment',
    subject: 'Giám sát thi công đường bê tông liên thôn Đông – Tây',
    heldOn: d('05-18'),
    findings: [
      { text: 'Chiều dày mặt đường tại một số đoạn thấp hơn thiết kế (16 cm so với 18 cm).', violation: true },
      { text: 'Nhà thầu thi công đúng tiến độ, có biển công khai thông tin công trình.', violation: false },
    ],
    recommendations: [{ to: 'UBND xã Tân Hưng', text: 'Yêu cầu nhà thầu khắc phục đoạn mặt đường không đạt chiều dày thiết kế, kiểm định lại chất lượng.' }],
  });
}

export const oversightDemo: DemoSeeding = { seed: (demo) => seed(demo.ctx, demo.units) };
