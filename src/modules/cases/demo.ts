// Demo content of cases for `npm start`: a dozen realistic cases in Xã Tân Hưng (some overdue on 23/11/2026), the
// chair's citizen-reception schedule and a logged reception session. All dates are on or before 01/11/2026 so the
// demo can be seeded at any later date; the cases closed are from the first half of the year (the six-month report
// has them), those still open from the autumn.
import { addDays } from '../../core/calendar/index.ts';
import type { Ctx } from '../../core/context.ts';
import { userIdByUsername } from '../units/index.ts';
import type { CaseActionInput } from './commands/act.ts';
import { applyCaseAction, type StepAction } from './commands/apply.ts';
import { assignCase } from './commands/assign.ts';
import { addScheduleEntry, logSession } from './commands/reception.ts';
import { submitCase, type SubmitInput } from './commands/submit.ts';

/** A step of a demo case: an action along its track, after assigning the handler named by `assignTo`. */
type Step = Omit<CaseActionInput, 'action' | 'userId' | 'toUnitId'> & { action: StepAction; assignTo?: string };

interface DemoCase {
  input: Omit<SubmitInput, 'unitId'>;
  steps?: Step[];
}

const DEMO: DemoCase[] = [
  {
    input: { type: 'feedback', receivedOn: '2026-03-05', subject: 'Đèn chiếu sáng đường trục thôn Đông hỏng nhiều tháng', content: 'Dãy đèn đường từ cổng làng đến nhà văn hóa thôn Đông không sáng từ tháng 12 năm trước, buổi tối đi lại nguy hiểm.', sender: { name: 'Nguyễn Văn Khải', phone: '0912301001' } },
    steps: [{ action: 'resolve', on: '2026-03-16', publicAnswer: 'UBND xã đã giao Ban quản lý công trình thay 12 bóng đèn; hoàn thành ngày 13/3/2026.' }],
  },
  {
    input: { type: 'feedback', receivedOn: '2026-10-20', subject: 'Rác thải tồn đọng tại điểm tập kết thôn Tây', content: 'Điểm tập kết rác cạnh kênh thôn Tây không được thu gom hơn hai tuần, bốc mùi và tràn xuống kênh.', sender: { name: 'Trần Thị Mến', phone: '0983202002' } },
  },
  {
    input: { type: 'petition', receivedOn: '2026-10-28', subject: 'Đề nghị nâng cấp nhà văn hóa thôn Trung', content: 'Mái nhà văn hóa thôn Trung bị dột, đề nghị xã hỗ trợ kinh phí sửa chữa trước mùa mưa.', sender: { name: 'Lê Văn Thịnh', address: 'Thôn Trung' } },
  },
  {
    input: { type: 'petition', receivedOn: '2026-10-30', subject: 'Kiến nghị lắp biển báo giảm tốc độ gần trường tiểu học', content: 'Xe tải chạy nhanh qua cổng Trường Tiểu học Tân Hưng giờ tan học; đề nghị lắp biển báo và gờ giảm tốc.', sender: { name: 'Phạm Thị Hồng Nhung', phone: '0904303003' } },
  },
  {
    input: { type: 'complaint', receivedOn: '2026-04-14', subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng', content: 'Tôi khiếu nại Quyết định xử phạt số 21/QĐ-XPHC vì công trình đã có giấy phép sửa chữa.', sender: { name: 'Hoàng Văn Tuấn', idNumber: '033085001234' } },
    steps: [
      { action: 'accept', on: '2026-04-17' },
      { action: 'resolve', on: '2026-05-15', publicAnswer: 'Khiếu nại đúng một phần; UBND xã sửa đổi Quyết định xử phạt số 21/QĐ-XPHC (Quyết định giải quyết khiếu nại số 35/QĐ-UBND ngày 15/5/2026).' },
    ],
  },
  {
    input: { type: 'complaint', receivedOn: '2026-10-12', subject: 'Khiếu nại việc tính tiền bồi thường đất nông nghiệp', content: 'Diện tích đất bị thu hồi của gia đình tôi bị đo thiếu 120 m², đề nghị đo đạc lại và tính lại tiền bồi thường.', sender: { name: 'Đỗ Thị Lan', phone: '0915304004' } },
    steps: [{ action: 'accept', on: '2026-10-16', assignTo: 'canbo.tanhung' }],
  },
  {
    input: { type: 'complaint', receivedOn: '2026-10-26', subject: 'Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất', content: 'Hồ sơ nộp từ tháng 6 đến nay chưa được giải quyết, không có văn bản trả lời lý do.', sender: { name: 'Vũ Đình Hải' } },
  },
  {
    input: { type: 'complaint', receivedOn: '2026-10-29', remoteArea: false, subject: 'Khiếu nại về việc không được xét hộ cận nghèo', content: 'Gia đình tôi đủ điều kiện nhưng không có tên trong danh sách hộ cận nghèo năm 2026.', sender: { name: 'Bùi Thị Hạnh', phone: '0978305005' } },
    steps: [{ action: 'accept', on: '2026-10-30' }],
  },
  {
    input: { type: 'denunciation', receivedOn: '2026-10-01', subject: 'Tố cáo cán bộ địa chính gây nhũng nhiễu khi làm thủ tục', content: 'Cán bộ địa chính yêu cầu nộp thêm tiền ngoài quy định khi làm thủ tục tách thửa.', sender: { name: 'Đặng Văn Bảo', phone: '0966306006', idNumber: '033080005678' } },
    steps: [
      { action: 'accept', on: '2026-10-08', assignTo: 'canbo.tanhung' },
      { action: 'extend', on: '2026-10-30', note: 'Vụ việc phức tạp: phải xác minh hồ sơ tại Chi nhánh Văn phòng đăng ký đất đai.', complexity: 'complex' },
    ],
  },
  {
    input: { type: 'denunciation', receivedOn: '2026-10-22', subject: 'Tố cáo việc thu tiền đóng góp trái quy định ở thôn Bắc', content: 'Ban phát triển thôn thu 500.000 đồng mỗi hộ làm đường mà không họp dân bàn.', sender: { name: 'Ngô Thị Thu', phone: '0947307007' } },
  },
  {
    input: { type: 'feedback', receivedOn: '2026-11-01', subject: 'Cống thoát nước bị tắc ở xóm 3 thôn Đông', content: 'Mưa to nước không thoát, ngập vào nhà dân.', sender: { name: 'Lý Văn Long' } },
  },
  {
    input: { type: 'petition', receivedOn: '2026-05-28', subject: 'Đề nghị công khai danh sách hộ được hỗ trợ xây nhà', content: 'Đề nghị niêm yết danh sách hộ được hỗ trợ xóa nhà tạm tại nhà văn hóa các thôn.', sender: { name: 'Đinh Thị Oanh' } },
    steps: [{ action: 'resolve', on: '2026-06-09', publicAnswer: 'Danh sách đã được niêm yết tại nhà văn hóa 4 thôn và trên cổng thông tin của xã từ ngày 08/6/2026.' }],
  },
  {
    input: { type: 'complaint', receivedOn: '2026-02-05', subject: 'Khiếu nại quyết định thu hồi đất năm 2024', content: 'Khiếu nại quyết định thu hồi đất ban hành tháng 3/2024.', sender: { name: 'Hồ Văn Sơn' } },
    steps: [{ action: 'refuse', on: '2026-02-10', note: 'Đã hết thời hiệu khiếu nại 90 ngày (Luật Khiếu nại Điều 9); hướng dẫn khởi kiện tại Tòa án.' }],
  },
];

/** Receptions of 2026 written in the reception book without opening a case (answered on the spot or guided). */
const RECEPTIONS: { heldOn: string; visitorName: string; visitorCount: number; topic: string; outcome: string }[] = [
  { heldOn: '2026-01-15', visitorName: 'Phạm Văn Đức', visitorCount: 2, topic: 'Hỏi về thủ tục chuyển mục đích sử dụng đất vườn', outcome: 'Hướng dẫn hồ sơ, nộp tại bộ phận một cửa.' },
  { heldOn: '2026-02-26', visitorName: 'Nguyễn Thị Hoa', visitorCount: 1, topic: 'Chế độ trợ cấp người cao tuổi', outcome: 'Giải thích chính sách; chuyển cán bộ LĐ-TB&XH rà soát.' },
  { heldOn: '2026-03-19', visitorName: 'Trần Văn Lâm', visitorCount: 6, topic: 'Tiến độ làm đường liên thôn Đông – Tây', outcome: 'Thông tin kế hoạch thi công, dự kiến khởi công tháng 5.' },
  { heldOn: '2026-04-16', visitorName: 'Lê Thị Thu', visitorCount: 1, topic: 'Tranh chấp lối đi chung giữa hai hộ ở thôn Trung', outcome: 'Chuyển tổ hòa giải thôn Trung.' },
  { heldOn: '2026-05-21', visitorName: 'Vũ Văn Bình', visitorCount: 4, topic: 'Mức thu đóng góp xây dựng nhà văn hóa thôn Bắc', outcome: 'Giải thích mức thu do hội nghị thôn quyết định; công khai biên bản.' },
  { heldOn: '2026-06-18', visitorName: 'Đỗ Văn Nam', visitorCount: 2, topic: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', outcome: 'Hướng dẫn bổ sung giấy tờ.' },
  { heldOn: '2026-07-16', visitorName: 'Hoàng Thị Lan', visitorCount: 3, topic: 'Ngập úng khu dân cư xóm 2 sau mưa lớn', outcome: 'Giao cán bộ địa chính – xây dựng khảo sát, nạo vét cống.' },
  { heldOn: '2026-08-20', visitorName: 'Bùi Văn Tiến', visitorCount: 1, topic: 'Xác nhận hộ nghèo để vay vốn', outcome: 'Đã xác nhận theo danh sách được phê duyệt.' },
  { heldOn: '2026-09-17', visitorName: 'Ngô Thị Mai', visitorCount: 5, topic: 'Ô nhiễm tiếng ồn xưởng mộc gần trường học', outcome: 'Kiểm tra, yêu cầu cơ sở không hoạt động giờ học.' },
];

export async function seedCasesDemo(ctx: Ctx, ids: Record<string, number>, log: (m: string) => void = () => {}): Promise<void> {
  const unitId = ids.tanhung;
  if (!unitId) return;
  for (const d of DEMO) {
    const s = await submitCase(ctx, { ...d.input, unitId, channel: d.input.type === 'complaint' ? 'post' : 'online' });
    for (const step of d.steps ?? []) {
      const { assignTo, ...action } = step;
      const uid = assignTo ? await userIdByUsername(ctx.db, assignTo) : null;
      if (uid) await assignCase(ctx, s.row.id, { userId: uid, on: step.on });
      await applyCaseAction(ctx, s.row.id, action);
    }
  }
  // The chair receives citizens every Thursday morning (Law on Citizen Reception 2013 Art. 15 cl. 2 d): eight weeks
  // from 05/11/2026, one of them missed so the schedule shows its warning.
  for (let i = 0; i < 8; i++) {
    const day = addDays('2026-11-05', i * 7);
    if (day === '2026-12-10') continue;
    await addScheduleEntry(ctx, { unitId, day, startsAt: '07:30', endsAt: '11:00', leaderName: 'Nguyễn Văn Hùng', leaderTitle: 'Chủ tịch UBND xã', isChair: true, place: 'Phòng tiếp công dân, trụ sở UBND xã Tân Hưng' });
  }
  await addScheduleEntry(ctx, { unitId, day: '2026-11-17', startsAt: '14:00', endsAt: '16:30', leaderName: 'Trần Thị Minh', leaderTitle: 'Phó Chủ tịch UBND xã', isChair: false, place: 'Phòng tiếp công dân, trụ sở UBND xã Tân Hưng' });
  await logSession(ctx, {
    unitId,
    heldOn: '2026-10-29',
    receiverName: 'Nguyễn Văn Hùng, Chủ tịch UBND xã',
    visitorName: 'Mai Văn Toàn',
    visitorCount: 3,
    topic: 'Ô nhiễm nước thải từ trại chăn nuôi lợn ở thôn Bắc',
    outcome: 'Giao cán bộ môi trường kiểm tra thực tế trong tuần.',
    openCase: { type: 'feedback', subject: 'Nước thải trại chăn nuôi gây ô nhiễm kênh thôn Bắc', content: 'Ba hộ dân phản ánh nước thải chưa xử lý chảy ra kênh tưới tiêu.', sender: { name: 'Mai Văn Toàn', phone: '0358308008' } },
  });
  // Receptions logged through the year, in both halves (the `reception` indicator of the six-month report).
  for (const r of RECEPTIONS) await logSession(ctx, { unitId, receiverName: 'Nguyễn Văn Hùng, Chủ tịch UBND xã', ...r });
  log('demo cases and reception schedule created');
}
