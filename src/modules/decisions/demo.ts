// Demo content of decisions for `npm start`, in Thôn Đông: a closed decision with its result (households'
// contribution to concrete the village road, decided at a meeting and published as a disclosure) and an open one
// (choosing the date of the village's great-unity festival, by household ballots) with some paper ballots entered.
// The household of the demo resident (dan.dong, the village's first household) has voted in neither.
import { diffDays } from '../../core/calendar/index.ts';
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { activeHouseholdIds } from '../units/index.ts';
import { castBallot } from './commands/ballots.ts';
import { closeDecision } from './commands/close.ts';
import { recordMeeting } from './commands/meeting.ts';
import { openDecision } from './commands/open.ts';

const DAY = 24 * 60 * 60 * 1000;

export async function seedDecisionsDemo(ctx: Ctx, ids: Record<string, number>): Promise<void> {
  const dong = ids['thon-dong'];
  if (!dong) return;
  const hh = (await activeHouseholdIds(ctx.db, dong)).slice(1); // not the demo resident's household
  const at = (daysAgo: number): Ctx => ({ ...ctx, now: new Date(ctx.now.getTime() - daysAgo * DAY) });
  // The village meeting of 12/6 (this year's when past, else last year's), as its disclosure says.
  const today = todayVn(ctx.now);
  const year = Number(today.slice(0, 4));
  const meetingDay = `${year}-06-12` <= today ? `${year}-06-12` : `${year - 1}-06-12`;
  const meeting = diffDays(meetingDay, today);

  // 1. Closed: contribution to concrete the village road, decided at a meeting (two thirds of all households).
  const road = await openDecision(at(meeting + 2), {
    unitId: dong,
    title: 'Đóng góp kinh phí bê tông hóa đường trục thôn Đông (mức 500.000 đồng/hộ)',
    description:
      'Bê tông hóa 850 m đường trục thôn từ nhà văn hóa đến cánh đồng Mả Lăng, mặt đường rộng 3,5 m. Tổng dự toán 1,2 tỷ đồng: ngân sách xã hỗ trợ 70%, Nhân dân đóng góp 500.000 đồng/hộ và ngày công lao động.',
    matter: 'contribution',
    method: 'meeting',
    options: ['Tán thành', 'Không tán thành'],
  });
  const eligible = road.eligibleHouseholds;
  const represented = Math.min(eligible, Math.ceil(eligible * 0.9));
  await recordMeeting(at(meeting), Number(road.id), {
    represented,
    heldOn: meetingDay,
    place: 'Nhà văn hóa thôn Đông',
    chair: 'Nguyễn Văn Bình',
    secretary: 'Lê Thị Hoa',
  });
  const agree = Math.min(represented, Math.ceil((eligible * 4) / 5));
  const disagree = Math.min(3, represented - agree);
  for (let i = 0; i < agree + disagree && i < hh.length; i++) {
    await castBallot(at(meeting), Number(road.id), { householdId: hh[i]!, choice: i < agree ? 'Tán thành' : 'Không tán thành', channel: 'meeting' });
  }
  await closeDecision(at(meeting), Number(road.id));

  // 2. Open: a self-managed matter by household ballots, closing in a week.
  const festival = await openDecision(at(2), {
    unitId: dong,
    title: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay tại sân nhà văn hóa thôn',
    description: 'Ban công tác Mặt trận thôn đề xuất tổ chức Ngày hội tại sân nhà văn hóa thôn, kinh phí từ quỹ thôn, không thu thêm của các hộ.',
    matter: 'other',
    method: 'ballot',
    options: ['Tán thành', 'Không tán thành'],
    secret: true,
    closesAt: new Date(ctx.now.getTime() + 7 * DAY).toISOString(),
  });
  const entered = Math.min(hh.length, 14);
  for (let i = 0; i < entered; i++) {
    await castBallot(at(1), Number(festival.id), { householdId: hh[i]!, choice: i % 5 === 4 ? 'Không tán thành' : 'Tán thành', channel: 'paper' });
  }
}
