// Demo classification (`npm start`): the province's steering committee classified its communes and their committees
// for last year (tốt, khá, trung bình) and a few units this year.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoContext, DemoSeeding } from '../../core/module.ts';
import { evaluate } from './commands.ts';

const MET = ['Công khai đầy đủ, đúng thời hạn', 'Tổ chức hội nghị nhân dân đúng quy định', 'Giải quyết đơn thư đúng hạn'];

async function seed(demo: DemoContext): Promise<void> {
  const ctx: Ctx = (await demo.actAs('bcd.tinh')) ?? demo.ctx;
  const today = todayVn(ctx.now);
  const year = Number(today.slice(0, 4));
  const u = demo.units;
  const province = u.province!;
  const last = { unitId: province, year: year - 1, evaluatedOn: `${year - 1}-12-20` };
  await evaluate(ctx, { ...last, evaluatedUnitId: u.tanhung!, level: 'tot', criteria: MET });
  await evaluate(ctx, { ...last, evaluatedUnitId: u.phohien!, level: 'kha', criteria: [...MET.slice(0, 2), { text: MET[2]!, met: false }] });
  await evaluate(ctx, { ...last, evaluatedUnitId: u.tanhung!, subject: 'committee', level: 'kha', criteria: ['Họp định kỳ hằng quý'] });
  await evaluate(ctx, { ...last, evaluatedUnitId: u.phohien!, subject: 'committee', level: 'trung_binh', criteria: [{ text: 'Họp định kỳ hằng quý', met: false }] });
  await evaluate(ctx, { ...last, evaluatedUnitId: u.truong!, level: 'tot', criteria: ['Tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định'] });
  const now = { unitId: province, year, evaluatedOn: today };
  await evaluate(ctx, { ...now, evaluatedUnitId: u.tanhung!, level: 'tot', criteria: MET });
  await evaluate(ctx, { ...now, evaluatedUnitId: u.hunglong!, level: 'trung_binh', criteria: [{ text: 'Đối thoại tại nơi làm việc định kỳ', met: false }] });
}

export const evaluationsDemo: DemoSeeding = { seed };
