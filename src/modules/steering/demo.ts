// Demo steering work (`npm start`): the provincial steering committee (bcd.tinh, Trần Văn Quyết, as its head) with
// eight members, one replaced in July; Xã Tân Hưng's committee; the province's 2026 work programme (ten tasks over
// the year, most done, one overdue at the start of December); "Dân vận khéo" models registered by a commune, a ward
// and an enterprise, evaluated and commended in both halves of the year.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import type { DemoContext, DemoSeeding } from '../../core/module.ts';
import { userIdByUsername } from '../units/index.ts';
import { addMember, createCommittee, removeMember, type MemberInput } from './commands/committees.ts';
import { evaluateModel, registerModel, type RegisterModelInput } from './commands/models.ts';
import { createProgramme, markTaskDone, type TaskInput } from './commands/programmes.ts';
import { committeesOfUnit } from './queries/committees.ts';
import { programmeDetail } from './queries/programmes.ts';

type Ids = Record<string, number>;

async function seedCommittees(ctx: Ctx, ids: Ids, at: (mmdd: string) => string, past: (mmdd: string) => boolean): Promise<void> {
  const head = await userIdByUsername(ctx.db, 'bcd.tinh');
  const province: MemberInput[] = [
    { name: 'Trần Văn Quyết', position: 'Phó Bí thư Thường trực Tỉnh ủy', role: 'head', ...(head ? { userId: head } : {}) },
    { name: 'Nguyễn Thị Hồng Vân', position: 'Trưởng Ban Dân vận Tỉnh ủy', role: 'deputy' },
    { name: 'Lê Văn Thắng', position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', role: 'deputy' },
    { name: 'Phạm Quang Huy', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy', role: 'standing', followsUnitIds: [ids.tanhung!] },
    { name: 'Đặng Thị Minh Nguyệt', position: 'Giám đốc Sở Nội vụ', role: 'member', followsUnitIds: [ids.sonoivu!] },
    { name: 'Vũ Đức Long', position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'member', followsUnitIds: [ids.phohien!] },
    { name: 'Hoàng Văn Tùng', position: 'Chủ tịch Liên đoàn Lao động tỉnh', role: 'member', followsUnitIds: [ids.hunglong!] },
    { name: 'Bùi Thị Thanh Hương', position: 'Trưởng phòng Dân vận chính quyền, Ban Dân vận Tỉnh ủy', role: 'secretary' },
  ];
  const { id } = await createCommittee(ctx, { unitId: ids.province!, members: province, establishedOn: at('01-15') });
  if (past('07-10')) {
    // Kiện toàn: the deputy from the People's Committee moves to other work; his successor joins on the same day.
    const c = Number(id);
    const leaving = (await committeesOfUnit(ctx, ids.province!)).items[0]?.members.find((m) => m.name === 'Lê Văn Thắng');
    if (leaving) await removeMember(ctx, c, Number(leaving.id), { on: at('07-10'), reason: 'Điều động nhận nhiệm vụ khác' });
    await addMember(ctx, c, { name: 'Ngô Minh Đức', position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', role: 'deputy', on: at('07-10'), reason: 'Kiện toàn Ban Chỉ đạo' });
  }
  await createCommittee(ctx, {
    unitId: ids.tanhung!,
    establishedOn: at('02-01'),
    members: [
      { name: 'Nguyễn Văn Hòa', position: 'Bí thư Đảng ủy xã', role: 'head' },
      { name: 'Trịnh Thị Nga', position: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', role: 'deputy' },
      { name: 'Phạm Văn Khải', position: 'Phó Chủ tịch Ủy ban nhân dân xã', role: 'deputy', followsUnitIds: [ids['thon-dong']!, ids['thon-tay']!] },
      { name: 'Trần Văn Lực', position: 'Bí thư Chi bộ thôn Trung', role: 'member', followsUnitIds: [ids['thon-trung']!, ids['thon-bac']!] },
      { name: 'Lương Thị Hạnh', position: 'Công chức Văn phòng - Thống kê', role: 'secretary' },
    ],
  });
}

const TASKS: [title: string, mmdd: string, owner: string, assignee: string | null, doneMmdd: string | null][] = [
  ['Ban hành Kế hoạch tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm {y}', '02-28', 'Ban Dân vận Tỉnh ủy', null, '02-25'],
  ['Kiện toàn Ban Chỉ đạo, sửa đổi, bổ sung Quy chế hoạt động của Ban Chỉ đạo', '03-31', 'Thường trực Ban Chỉ đạo', null, '03-20'],
  ['Ban hành Hướng dẫn tự kiểm tra, báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm', '05-31', 'Thường trực Ban Chỉ đạo', null, '05-25'],
  ['Tập huấn nghiệp vụ cho cán bộ làm công tác thực hiện dân chủ ở cơ sở', '06-30', 'Đồng chí Đặng Thị Minh Nguyệt', 'sonoivu', '06-18'],
  ['Sơ kết 6 tháng thực hiện dân chủ ở cơ sở; hội nghị giao ban quý II', '07-15', 'Thường trực Ban Chỉ đạo', null, '07-10'],
  ['Kiểm tra việc thực hiện dân chủ ở cơ sở tại Xã Tân Hưng', '08-31', 'Đồng chí Phạm Quang Huy', 'tanhung', '08-20'],
  ['Đánh giá, nhân rộng các mô hình "Dân vận khéo" tiêu biểu', '10-31', 'Ban Dân vận Tỉnh ủy', null, '10-15'],
  ['Giám sát việc tổ chức hội nghị người lao động, đối thoại tại doanh nghiệp', '11-30', 'Đồng chí Hoàng Văn Tùng', 'hunglong', null],
  ['Tổng kết công tác năm {y}; đánh giá, phân loại Ban Chỉ đạo cấp xã', '12-20', 'Thường trực Ban Chỉ đạo', null, null],
  ['Xây dựng Chương trình công tác năm {y1}', '12-31', 'Thường trực Ban Chỉ đạo', null, null],
];

const titleOf = (t: string, year: number) => t.replace('{y1}', String(year + 1)).replace('{y}', String(year));

async function seedProgramme(ctx: Ctx, ids: Ids, year: number, at: (mmdd: string) => string, past: (mmdd: string) => boolean): Promise<void> {
  const tasks: TaskInput[] = TASKS.map(([title, mmdd, ownerName, assignee]) => ({
    title: titleOf(title, year),
    dueOn: `${year}-${mmdd}`,
    ownerName,
    ...(assignee ? { assigneeUnitId: ids[assignee]! } : {}),
  }));
  const { id } = await createProgramme(ctx, { unitId: ids.province!, year, number: '01', issuedOn: at('01-20'), tasks });
  const { tasks: stored } = await programmeDetail(ctx, Number(id));
  for (const [title, , , , doneMmdd] of TASKS) {
    const t = stored.find((x) => x.title === titleOf(title, year));
    if (t && doneMmdd && past(doneMmdd)) await markTaskDone(ctx, Number(t.id), { on: `${year}-${doneMmdd}` });
  }
}

const MODELS: [by: string, unit: string, input: Omit<RegisterModelInput, 'unitId' | 'startedOn'>, start: string, evaluations: [mmdd: string, rating: 'excellent' | 'good', commended: boolean][]][] = [
  ['canbo.tanhung', 'tanhung', { name: 'Mô hình "Đường hoa nông thôn mới" thôn Đông', field: 'culture_society', description: 'Nhân dân góp công, góp đất trồng 2,5 km đường hoa.' }, '02-10', [['05-20', 'good', false], ['11-10', 'excellent', true]]],
  ['canbo.phohien', 'phohien', { name: 'Tổ dân phố tự quản về an ninh, trật tự', field: 'defence_security', description: 'Tổ tự quản trực đêm, camera giám sát do nhân dân đóng góp.' }, '03-01', [['06-15', 'excellent', true]]],
  ['congdoan.hunglong', 'hunglong', { name: 'Đối thoại định kỳ hằng tháng giữa Ban Giám đốc và người lao động', field: 'economy', description: 'Mỗi tháng một buổi đối thoại, kiến nghị được trả lời trong 7 ngày.' }, '04-01', [['09-25', 'good', false]]],
  ['canbo.tanhung', 'tanhung', { name: 'Công khai thông tin thôn qua nhóm Zalo và bảng tin điện tử', field: 'party_government', description: 'Thông tin công khai được gửi đến từng hộ.' }, '08-15', []],
];

async function seedModels(demo: DemoContext, at: (mmdd: string) => string, past: (mmdd: string) => boolean): Promise<void> {
  const steering = await demo.actAs('bcd.tinh');
  for (const [by, unit, input, start, evaluations] of MODELS) {
    if (!past(start)) continue;
    const ctx = (await demo.actAs(by)) ?? demo.ctx;
    const { id } = await registerModel(ctx, { ...input, unitId: demo.units[unit]!, startedOn: at(start) });
    for (const [mmdd, rating, commended] of evaluations) {
      if (!past(mmdd) || !steering) continue;
      await evaluateModel(steering, Number(id), { rating, evaluation: commended ? 'Mô hình tiêu biểu, có sức lan tỏa.' : 'Mô hình hiệu quả, cần nhân rộng.', evaluatedOn: at(mmdd), commended });
    }
  }
}

async function seed(demo: DemoContext): Promise<void> {
  const ctx = (await demo.actAs('bcd.tinh')) ?? demo.ctx;
  const today = todayVn(ctx.now);
  const year = Number(today.slice(0, 4));
  const past = (mmdd: string) => `${year}-${mmdd}` <= today;
  // A date of this year, not after today.
  const at = (mmdd: string) => (past(mmdd) ? `${year}-${mmdd}` : today);
  await seedCommittees(ctx, demo.units, at, past);
  await seedProgramme(ctx, demo.units, year, at, past);
  await seedModels(demo, at, past);
}

export const steeringDemo: DemoSeeding = { seed };
