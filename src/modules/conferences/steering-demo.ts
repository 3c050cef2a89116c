// The province steering committee's meetings and training in the demo (`npm start`), recorded by bcd.tinh: the
// 2025 annual review in January 2026, quarterly briefings, the six-month review of 15/07/2026 with the tasks it set
// for the second half, a five-year review of Conclusion 120-KL/TW and two training courses, one in each half. A
// meeting dated after the day the demo is seeded (the fourth-quarter briefing, planned for 18/12/2026) is left out:
// only meetings already held are recorded.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { markTaskDone, programmeTasksFrom } from '../steering/index.ts';
import { recordConference, type RecordConferenceInput } from './commands.ts';

type Meeting = Omit<RecordConferenceInput, 'unitId'>;

const MEETINGS: Meeting[] = [
  {
    kind: 'steering_review',
    reviewKind: 'annual',
    heldOn: '2026-01-20',
    participants: 135,
    minutes: 'Tổng kết công tác thực hiện dân chủ ở cơ sở năm 2025; biểu dương 12 tập thể, 25 cá nhân có thành tích xuất sắc.',
    nextTasks: [
      { title: 'Ban hành Chương trình công tác năm 2026 của Ban Chỉ đạo tỉnh', dueOn: '2026-02-15', ownerName: 'Thường trực Ban Chỉ đạo' },
      { title: 'Kiện toàn Ban Chỉ đạo cấp xã sau sắp xếp đơn vị hành chính', dueOn: '2026-03-31', ownerName: 'Ban Dân vận Tỉnh ủy' },
    ],
  },
  { kind: 'steering_briefing', heldOn: '2026-03-27', participants: 28, minutes: 'Giao ban quý I: tiến độ triển khai Chương trình công tác năm 2026.' },
  {
    kind: 'training',
    heldOn: '2026-04-22',
    participants: 180,
    audience: 'cán bộ, công chức cấp xã và thành viên Ban Chỉ đạo cấp xã',
    title: 'Tập huấn Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn',
    participantNames: ['Nguyễn Văn Hùng (Xã Tân Hưng)', 'Trần Thị Minh (Xã Tân Hưng)', 'Phạm Quốc Việt (Phường Phố Hiến)'],
  },
  {
    kind: 'steering_review',
    reviewKind: 'multi_year',
    heldOn: '2026-05-20',
    title: 'Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị',
    participants: 160,
    minutes: 'Đánh giá kết quả 05 năm tiếp tục đẩy mạnh việc xây dựng và thực hiện quy chế dân chủ ở cơ sở theo Kết luận số 120-KL/TW.',
  },
  { kind: 'steering_briefing', heldOn: '2026-06-24', participants: 30, minutes: 'Giao ban quý II: chuẩn bị sơ kết 6 tháng, đôn đốc các đơn vị nộp báo cáo.' },
  {
    kind: 'steering_review',
    reviewKind: 'six_month',
    heldOn: '2026-07-15',
    participants: 120,
    minutes: 'Sơ kết 6 tháng đầu năm 2026; chỉ ra hạn chế: một số xã chưa nộp báo cáo đúng hạn, tổ chức đối thoại còn hình thức.',
    nextTasks: [
      { title: 'Kiểm tra việc thực hiện dân chủ ở cơ sở tại 02 xã, phường', dueOn: '2026-09-30', ownerName: 'Thường trực Ban Chỉ đạo' },
      { title: 'Tổ chức lớp tập huấn cho Bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố', dueOn: '2026-09-30', ownerName: 'Ban Dân vận Tỉnh ủy' },
      { title: 'Đôn đốc doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc', dueOn: '2026-10-31', ownerName: 'Liên đoàn Lao động tỉnh' },
      { title: 'Đánh giá, phân loại Ban Chỉ đạo cấp xã năm 2026', dueOn: '2026-12-15', ownerName: 'Thường trực Ban Chỉ đạo' },
    ],
  },
  {
    kind: 'training',
    heldOn: '2026-09-17',
    participants: 170,
    audience: 'Bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố',
    title: 'Tập huấn kỹ năng tổ chức hội nghị thôn, tổ dân phố và đối thoại với Nhân dân',
  },
  { kind: 'steering_briefing', heldOn: '2026-09-25', participants: 27, minutes: 'Giao ban quý III: kết quả kiểm tra tại xã Tân Hưng, phường Phố Hiến.' },
  { kind: 'steering_briefing', heldOn: '2026-12-18', participants: 30, minutes: 'Giao ban quý IV: chuẩn bị tổng kết năm 2026.' },
];

export async function seedSteeringMeetings(ctx: Ctx, ids: Record<string, number>): Promise<void> {
  const unitId = ids.province;
  if (!unitId) return;
  const today = todayVn(ctx.now);
  for (const m of MEETINGS) {
    if (m.heldOn > today) continue;
    const { id } = await recordConference(ctx, { ...m, unitId });
    // The tasks a review set joined the programme; those already due were carried out on time.
    for (const t of await programmeTasksFrom(ctx, `conference:${id}`)) if (t.dueOn < today) await markTaskDone(ctx, t.id, { on: t.dueOn });
  }
}
