// Demo disclosures of Xã Tân Hưng and its villages for `npm start`: ~20 realistic items over the last months,
// with postings at the commune office and village cultural houses, loudspeaker broadcasts and a few public
// questions with answers. Dates are relative to the seeding time so the portal always looks current.
import type { Ctx } from '../../core/context.ts';
import { directory } from '../../core/directory.ts';
import { todayVn } from '../../core/dates.ts';
import { addDays } from '../../core/calendar/index.ts';
import type { PostingInput } from './commands/postings.ts';
import { publishDisclosure } from './commands/publish.ts';
import { answerQuestion, askQuestion } from './commands/questions.ts';

interface DemoItem {
  daysAgo: number;
  unit: string;
  category: string;
  title: string;
  body: string;
  channels: string[];
  /** The decision was taken this many days before publication. */
  decidedBefore?: number;
  postings?: (Omit<PostingInput, 'placeUnitId'> & { placeUnit?: string })[];
  question?: [string, string];
}

const UBND = 'Bảng tin trụ sở UBND xã Tân Hưng';
const LOA = 'Đài truyền thanh xã Tân Hưng';

const ITEMS: DemoItem[] = [
  { daysAgo: 300, unit: 'tanhung', category: 'democracy_regulation', title: 'Quy chế thực hiện dân chủ ở xã Tân Hưng', body: 'Quy chế thực hiện dân chủ ở xã Tân Hưng ban hành kèm theo Quyết định số 112/QĐ-UBND của UBND xã, gồm 5 chương, 28 điều: những nội dung công khai, Nhân dân bàn và quyết định, tham gia ý kiến, kiểm tra, giám sát.', channels: ['notice_board'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }] },
  { daysAgo: 290, unit: 'tanhung', category: 'administrative_procedures', title: 'Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã', body: 'Danh mục 96 thủ tục hành chính: hộ tịch (đăng ký khai sinh, kết hôn, khai tử), chứng thực bản sao, bảo trợ xã hội, đất đai, người có công. Thời hạn giải quyết, lệ phí và thành phần hồ sơ được niêm yết tại Bộ phận một cửa.', channels: ['notice_board'], postings: [{ channel: 'notice_board', place: 'Bộ phận tiếp nhận và trả kết quả (một cửa) UBND xã' }] },
  { daysAgo: 240, unit: 'tanhung', category: 'socio_economic_plan', title: 'Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã Tân Hưng', body: 'Chỉ tiêu chủ yếu năm 2026: tốc độ tăng giá trị sản xuất 8,5%; thu nhập bình quân 78 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 1,2%; 100% thôn đạt chuẩn nông thôn mới nâng cao.', channels: ['notice_board', 'loudspeaker', 'village_head'], decidedBefore: 4, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 230, unit: 'tanhung', category: 'budget', title: 'Công khai dự toán ngân sách xã Tân Hưng năm 2026', body: 'Dự toán thu ngân sách nhà nước trên địa bàn: 18.126 triệu đồng; thu ngân sách xã được hưởng: 12.450 triệu đồng. Dự toán chi: chi đầu tư phát triển 5.200 triệu đồng, chi thường xuyên 7.250 triệu đồng (sự nghiệp giáo dục, y tế, văn hóa, quản lý nhà nước).', channels: ['notice_board', 'village_head'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'notice_board', place: 'Nhà văn hóa thôn Đông', placeUnit: 'thon-dong' }], question: ['Khoản chi sự nghiệp văn hóa năm nay dùng cho những việc gì?', 'Chi sự nghiệp văn hóa 410 triệu đồng: tu sửa nhà văn hóa thôn Bắc, tổ chức hội làng, duy trì đài truyền thanh xã.'] },
  { daysAgo: 200, unit: 'tanhung', category: 'fees', title: 'Mức thu phí, lệ phí do UBND xã trực tiếp thu năm 2026', body: 'Lệ phí chứng thực bản sao: 2.000 đồng/trang; lệ phí đăng ký kết hôn: miễn; phí sử dụng chợ Tân Hưng: 5.000 đồng/ngày/điểm kinh doanh.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 2, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 170, unit: 'tanhung', category: 'investment_land', title: 'Kế hoạch sử dụng đất năm 2026 xã Tân Hưng', body: 'Chuyển mục đích 3,2 ha đất trồng lúa sang đất giao thông và thủy lợi; quy hoạch 1,5 ha đất ở tại thôn Trung; mở rộng khuôn viên trường mầm non Tân Hưng 0,4 ha.', channels: ['notice_board', 'village_meeting'], decidedBefore: 5, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'village_meeting', place: 'Hội nghị thôn Trung' }], question: ['Thửa ruộng của gia đình tôi ở xứ đồng Cửa Đình có nằm trong diện chuyển mục đích không?', 'Danh sách thửa đất trong diện chuyển mục đích được niêm yết tại nhà văn hóa thôn Trung; gia đình có thể liên hệ công chức địa chính xã vào sáng thứ Ba hằng tuần để tra cứu.'] },
  { daysAgo: 150, unit: 'thon-dong', category: 'funds_contributions', title: 'Huy động đóng góp làm đường bê tông trục chính thôn Đông', body: 'Theo kết quả họp thôn, mỗi hộ đóng góp 1.500.000 đồng; hộ nghèo, hộ chính sách được miễn. Tổng dự toán công trình 1.260 triệu đồng, ngân sách xã hỗ trợ 60%.', channels: ['notice_board', 'village_meeting', 'social_network'], decidedBefore: 2, postings: [{ channel: 'notice_board', place: 'Nhà văn hóa thôn Đông', placeUnit: 'thon-dong' }], question: ['Hộ gia đình có người khuyết tật có được giảm mức đóng góp không?', 'Có. Hộ có người khuyết tật nặng được giảm 50% mức đóng góp theo biên bản họp thôn ngày 12/6.'] },
  { daysAgo: 130, unit: 'tanhung', category: 'social_policies', title: 'Danh sách hộ được hỗ trợ xây dựng nhà ở năm 2026', body: 'Danh sách 12 hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở được hỗ trợ 40 triệu đồng/hộ theo Chương trình mục tiêu quốc gia giảm nghèo bền vững. Tiêu chí và quy trình bình xét kèm theo.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 120, unit: 'tanhung', category: 'budget', title: 'Tình hình thực hiện dự toán ngân sách xã 6 tháng đầu năm 2026', body: 'Thu ngân sách 6 tháng đạt 9.420 triệu đồng (52% dự toán); chi 5.980 triệu đồng (48% dự toán). Thuyết minh các khoản thu, chi chủ yếu kèm theo.', channels: ['notice_board'], decidedBefore: 4, postings: [{ channel: 'notice_board', place: UBND }] },
  { daysAgo: 100, unit: 'tanhung', category: 'public_assets', title: 'Thanh lý tài sản công: xe ô tô công vụ cũ của UBND xã', body: 'UBND xã thanh lý 01 xe ô tô 7 chỗ (sản xuất năm 2009) theo hình thức đấu giá. Giá khởi điểm 95 triệu đồng. Thời gian, địa điểm đấu giá niêm yết kèm theo.', channels: ['notice_board'], decidedBefore: 9, postings: [{ channel: 'notice_board', place: UBND }] },
  { daysAgo: 90, unit: 'thon-tay', category: 'investment_land', title: 'Tiến độ xây dựng nhà văn hóa thôn Tây', body: 'Công trình khởi công ngày 15/5/2026, tổng mức đầu tư 1.850 triệu đồng; đến nay hoàn thành 70% khối lượng, dự kiến bàn giao trước Tết Nguyên đán.', channels: ['notice_board'], postings: [{ channel: 'notice_board', place: 'Nhà văn hóa thôn Tây (cũ)', placeUnit: 'thon-tay' }] },
  { daysAgo: 75, unit: 'tanhung', category: 'military_service', title: 'Danh sách công dân đủ điều kiện gọi nhập ngũ năm 2027', body: 'Danh sách 46 công dân đủ điều kiện gọi nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm 2027; danh sách tạm hoãn, miễn gọi nhập ngũ kèm theo.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 60, unit: 'tanhung', category: 'inspection_results', title: 'Kết luận kiểm tra việc quản lý quỹ đất công ích', body: 'Đoàn kiểm tra của UBND xã kết luận: 2 hộ sử dụng đất công ích quá thời hạn hợp đồng; đã yêu cầu ký lại hợp đồng và nộp bổ sung 18 triệu đồng.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 9, postings: [{ channel: 'notice_board', place: UBND }] },
  { daysAgo: 45, unit: 'tanhung', category: 'consultation_results', title: 'Kết quả lấy ý kiến Nhân dân về dự thảo quy hoạch xây dựng xã', body: 'Đã nhận 214 ý kiến; 168 ý kiến đồng ý, 46 ý kiến đề nghị điều chỉnh vị trí bãi đỗ xe và tuyến đường liên thôn. UBND xã tiếp thu 31 ý kiến, giải trình 15 ý kiến.', channels: ['notice_board', 'loudspeaker', 'website'], decidedBefore: 4, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 30, unit: 'tanhung', category: 'disaster_support', title: 'Hỗ trợ các hộ bị thiệt hại do cơn bão số 3', body: 'Hỗ trợ 38 hộ có nhà bị tốc mái, 12 hộ bị thiệt hại hoa màu; tổng kinh phí 326 triệu đồng từ ngân sách và nguồn quyên góp của Mặt trận Tổ quốc xã.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 2, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
  { daysAgo: 25, unit: 'thon-trung', category: 'vote_results', title: 'Kết quả biểu quyết quy ước thôn Trung (sửa đổi)', body: 'Số hộ trong thôn: 52; số hộ tham gia: 47; số hộ đồng ý: 44 (84,6% tổng số hộ). Quy ước sửa đổi được thông qua và trình UBND xã công nhận.', channels: ['notice_board', 'village_meeting'], postings: [{ channel: 'notice_board', place: 'Nhà văn hóa thôn Trung', placeUnit: 'thon-trung' }] },
  { daysAgo: 20, unit: 'tanhung', category: 'budget', title: 'Tình hình thực hiện dự toán ngân sách xã 9 tháng năm 2026', body: 'Thu ngân sách 9 tháng đạt 13.980 triệu đồng (77% dự toán); chi 9.150 triệu đồng (73% dự toán).', channels: ['notice_board'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }] },
  { daysAgo: 12, unit: 'thon-bac', category: 'funds_contributions', title: 'Báo cáo thu, chi quỹ khuyến học thôn Bắc năm học 2025-2026', body: 'Tổng thu 42.500.000 đồng; đã chi khen thưởng 68 học sinh giỏi và hỗ trợ 9 học sinh có hoàn cảnh khó khăn: 39.800.000 đồng; tồn quỹ 2.700.000 đồng.', channels: ['notice_board', 'village_meeting'], postings: [{ channel: 'notice_board', place: 'Nhà văn hóa thôn Bắc', placeUnit: 'thon-bac' }] },
  { daysAgo: 6, unit: 'tanhung', category: 'investment_land', title: 'Phương án bồi thường, hỗ trợ giải phóng mặt bằng đường liên xã Tân Hưng - Hùng Cường', body: 'Thu hồi 2,15 ha đất của 64 hộ tại thôn Đông và thôn Trung. Đơn giá bồi thường đất nông nghiệp 135.000 đồng/m²; hỗ trợ chuyển đổi nghề 3 lần giá đất. Ý kiến phản hồi gửi UBND xã trong 20 ngày kể từ ngày niêm yết.', channels: ['notice_board', 'village_head', 'village_meeting'], decidedBefore: 3, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'notice_board', place: 'Nhà văn hóa thôn Đông', placeUnit: 'thon-dong' }] },
  { daysAgo: 2, unit: 'tanhung', category: 'social_policies', title: 'Danh sách đề nghị cấp thẻ bảo hiểm y tế cho người cao tuổi năm 2027', body: 'Danh sách 73 người từ đủ 75 tuổi trở lên chưa có thẻ bảo hiểm y tế đề nghị cấp thẻ. Ý kiến về danh sách gửi công chức văn hóa - xã hội trước ngày niêm yết hết hạn.', channels: ['notice_board', 'loudspeaker'], decidedBefore: 1, postings: [{ channel: 'notice_board', place: UBND }, { channel: 'loudspeaker', place: LOA, days: 3 }] },
];

export async function seedDisclosuresDemo(base: Ctx, ids: Record<string, number>): Promise<number> {
  const user = async (username: string) => {
    const login = await directory().findLogin(base.db, username);
    return login ? directory().loadActor(base.db, login.userId) : null;
  };
  const official = await user('canbo.tanhung');
  const resident = await user('dan.dong');
  if (!official) return 0;
  const today = todayVn(base.now);
  let n = 0;
  for (const it of ITEMS) {
    const day = addDays(today, -it.daysAgo);
    const at = new Date(`${day}T02:00:00Z`); // 09:00 in Vietnam
    const ctx: Ctx = { ...base, actor: official, now: at };
    const r = await publishDisclosure(ctx, {
      unitId: ids[it.unit]!,
      category: it.category,
      title: it.title,
      body: it.body,
      channels: it.channels,
      decidedOn: it.decidedBefore ? addDays(day, -it.decidedBefore) : null,
      postings: it.postings?.map(({ placeUnit, ...p }) => ({ ...p, placeUnitId: placeUnit ? ids[placeUnit]! : null })),
    });
    n++;
    if (it.question && resident) {
      const asked = new Date(at.getTime() + 2 * 86_400_000);
      const q = await askQuestion({ ...base, actor: resident, now: asked }, String(r.id), it.question[0]);
      await answerQuestion({ ...base, actor: official, now: new Date(asked.getTime() + 86_400_000) }, String(r.id), q.id, it.question[1]);
    }
  }
  return n;
}
