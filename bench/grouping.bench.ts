// Benchmark of opinion grouping (src/modules/consultations/grouping.ts).
// Run: npx tsx bench/grouping.bench.ts [sizes…]   (default 1000 10000 100000)
// Synthesises realistic Vietnamese opinions (topics × templates × variations, seeded PRNG), groups them and prints
// the time (wall and CPU), the growth per 10× (near-linear ≈ 10×) and how well the groups match the topics the
// opinions were generated from. Prints figures only; never asserts on timing.

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { prng } from '../src/core/random.ts';
import { foldVietnamese } from '../src/core/text.ts';
import { groupOpinions, type OpinionInput } from '../src/modules/consultations/grouping.ts';

interface Topic {
  name: string;
  /** Statements of the problem or the wish; `{p}` is replaced by a place. */
  claims: string[];
  /** Extra details that may be appended. */
  details: string[];
}

const TOPICS: Topic[] = [
  {
    name: 'road',
    claims: [
      'đề nghị làm đường bê tông cho {p}',
      'đường giao thông {p} xuống cấp nghiêm trọng, cần sửa chữa',
      'cần bê tông hóa đường liên thôn {p}',
      'mở rộng đường vào {p} để xe cứu thương đi lại được',
      'đường đất {p} mùa mưa lầy lội, đi lại rất khó khăn',
      'sớm làm đường giao thông nông thôn {p}',
    ],
    details: ['nhân dân sẵn sàng hiến đất làm đường', 'nhiều ổ gà, xe máy hay bị ngã', 'học sinh đi học vất vả', 'xin hỗ trợ xi măng'],
  },
  {
    name: 'budget',
    claims: [
      'đề nghị công khai ngân sách xã hằng quý',
      'thu chi ngân sách phải minh bạch, niêm yết tại nhà văn hóa {p}',
      'công khai các khoản đóng góp của nhân dân và việc sử dụng',
      'ngân sách năm nay chi cho hội họp quá nhiều',
      'cần báo cáo quyết toán ngân sách trước dân',
    ],
    details: ['dân có quyền được biết', 'kết quả thu chi chưa rõ ràng', 'đăng trên loa truyền thanh', 'niêm yết đủ 30 ngày'],
  },
  {
    name: 'school',
    claims: [
      'trường học {p} xuống cấp, lớp học bị dột',
      'xây thêm phòng học cho trường tiểu học',
      'trường mầm non {p} thiếu lớp học, trẻ phải học ghép',
      'đề nghị sửa chữa trường học và mua thêm bàn ghế',
      'cần có nhà vệ sinh sạch sẽ ở trường học',
    ],
    details: ['giáo viên thiếu', 'sân trường ngập nước', 'các cháu học trong điều kiện chật chội', 'phụ huynh rất lo lắng'],
  },
  {
    name: 'water',
    claims: [
      'nước sinh hoạt {p} bị nhiễm phèn, đề nghị có nước sạch',
      'kéo đường ống nước sạch về {p}',
      'giếng khoan ô nhiễm, bà con thiếu nước sạch',
      'trạm cấp nước hoạt động không ổn định',
    ],
    details: ['mùa khô thiếu nước trầm trọng', 'giá nước quá cao', 'trẻ em hay bị đau bụng', 'xin hỗ trợ bể lọc'],
  },
  {
    name: 'waste',
    claims: [
      'rác thải {p} không được thu gom thường xuyên',
      'bãi rác gần khu dân cư gây ô nhiễm môi trường',
      'cần bố trí xe thu gom rác hằng ngày',
      'xử lý rác thải sinh hoạt và chất thải chăn nuôi',
    ],
    details: ['mùi hôi bốc lên', 'ruồi muỗi nhiều', 'phí thu gom rác cao', 'người dân đổ rác bừa bãi'],
  },
  {
    name: 'land',
    claims: [
      'bồi thường giải phóng mặt bằng chưa thỏa đáng',
      'giá đền bù đất nông nghiệp quá thấp',
      'quy hoạch sử dụng đất cần công khai cho dân biết',
      'tái định cư cho các hộ bị thu hồi đất {p}',
      'cấp giấy chứng nhận quyền sử dụng đất còn chậm',
    ],
    details: ['hộ dân chưa nhận được tiền', 'khu tái định cư thiếu hạ tầng', 'đo đạc sai diện tích', 'thủ tục rườm rà'],
  },
  {
    name: 'light',
    claims: [
      'lắp đèn chiếu sáng đường {p}',
      'đường {p} buổi tối tối om, cần đèn đường',
      'điện chiếu sáng công cộng hay bị hỏng',
      'xây dựng tuyến đường điện thắp sáng khu dân cư',
    ],
    details: ['mất an ninh ban đêm', 'tai nạn giao thông ban đêm', 'bóng đèn cháy lâu không thay', 'dùng đèn năng lượng mặt trời'],
  },
  {
    name: 'security',
    claims: [
      'tình hình an ninh trật tự {p} phức tạp, trộm cắp nhiều',
      'tăng cường tuần tra, giữ gìn an ninh trật tự',
      'thanh niên tụ tập đua xe gây mất trật tự',
      'lắp camera an ninh ở các ngã ba',
    ],
    details: ['trộm chó, trộm gà', 'công an xã cần vào cuộc', 'tệ nạn ma túy', 'đánh nhau ban đêm'],
  },
  {
    name: 'health',
    claims: [
      'trạm y tế xã thiếu thuốc và bác sĩ',
      'nâng cấp trạm y tế, thêm giường bệnh',
      'khám chữa bệnh bảo hiểm y tế còn phiền hà',
      'tổ chức khám sức khỏe định kỳ cho người cao tuổi',
    ],
    details: ['người già phải lên huyện khám', 'thời gian chờ lâu', 'thẻ bảo hiểm y tế cấp chậm', 'cần tiêm chủng đầy đủ'],
  },
  {
    name: 'irrigation',
    claims: [
      'nạo vét kênh mương thủy lợi {p}',
      'kiên cố hóa kênh mương nội đồng',
      'trạm bơm tưới tiêu hư hỏng, ruộng thiếu nước',
      'đê bao {p} bị sạt lở, nguy cơ ngập úng',
    ],
    details: ['lúa chết khô', 'mùa lũ ngập úng', 'phí thủy lợi', 'cống tiêu nước bị tắc'],
  },
  {
    name: 'market',
    claims: [
      'chợ {p} xuống cấp, mái che bị dột',
      'quy hoạch lại chợ, sắp xếp các hộ kinh doanh',
      'xây chợ mới cho bà con buôn bán',
      'phí thuê ki ốt ở chợ quá cao',
    ],
    details: ['lấn chiếm lòng đường', 'vệ sinh an toàn thực phẩm', 'chợ tạm ven đường nguy hiểm', 'tiểu thương khó khăn'],
  },
  {
    name: 'culture',
    claims: [
      'xây nhà văn hóa {p} cho bà con sinh hoạt',
      'sửa chữa nhà văn hóa thôn, mua thêm loa đài',
      'làm sân thể thao cho thanh thiếu niên',
      'tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao',
    ],
    details: ['thiếu chỗ hội họp', 'cần khu vui chơi cho trẻ em', 'đoàn thanh niên muốn có sân bóng', 'hương ước cần sửa đổi'],
  },
];

const OPENERS = ['', '', 'Tôi đề nghị ', 'Kiến nghị: ', 'Ý kiến của tôi là ', 'Gia đình tôi mong ', 'Xin góp ý: ', 'Đề nghị UBND xã ', 'Chúng tôi kiến nghị '];
const CLOSERS = ['', '', '', '. Xin cảm ơn.', ', mong chính quyền quan tâm.', '. Rất mong được giải quyết sớm.', ', đề nghị xem xét.'];
const PLACES = ['thôn 1', 'thôn 2', 'thôn 3', 'thôn 5', 'thôn Đông', 'thôn Trung', 'xóm Bãi', 'tổ dân phố 4', 'khu phố Mới', 'bản Nà Phặc', 'ấp Tân Lợi', 'thôn Phú Mỹ'];
/** Opinions without a theme: stance, thanks, off-topic remarks. */
const NOISE = [
  'Tôi nhất trí với dự thảo',
  'Đồng ý',
  'Không có ý kiến gì thêm',
  'Cảm ơn chính quyền đã lấy ý kiến nhân dân',
  'Hoàn toàn nhất trí',
  'Đề nghị làm theo đúng quy định',
  'Tôi thấy như vậy là được rồi',
  'Cán bộ xã cần gần dân hơn',
  'Thủ tục hành chính cần đơn giản hơn',
  'Nên tổ chức họp thôn vào buổi tối để mọi người tham gia',
  'Mong năm sau kinh tế khá hơn',
  'Hỗ trợ vốn vay cho hộ nghèo phát triển chăn nuôi',
  'Đào tạo nghề cho lao động nông thôn',
  'Giá phân bón tăng cao, nông dân khó khăn',
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

/** Typing mistakes residents make: a dropped tone mark or a swapped letter. */
function typo(rnd: () => number, s: string): string {
  const words = s.split(' ');
  const i = Math.floor(rnd() * words.length);
  const w = words[i];
  if (w.length > 2) {
    words[i] = rnd() < 0.5 ? foldVietnamese(w) : w.slice(0, -2) + w.slice(-1) + w.slice(-2, -1);
  }
  return words.join(' ');
}

function synthesise(n: number, seed: number): { opinions: OpinionInput[]; truth: string[] } {
  const rnd = prng(seed);
  const opinions: OpinionInput[] = [];
  const truth: string[] = [];
  for (let i = 0; i < n; i++) {
    let text: string;
    let topic: string;
    if (rnd() < 0.1) {
      const k = Math.floor(rnd() * NOISE.length);
      text = NOISE[k];
      topic = `noise-${k}`; // each repeated remark is a topic of its own
    } else {
      // topics are not equally popular
      const t = TOPICS[Math.floor(Math.pow(rnd(), 1.6) * TOPICS.length)];
      topic = t.name;
      const place = pick(rnd, PLACES);
      text = pick(rnd, OPENERS) + pick(rnd, t.claims).replace('{p}', place);
      if (rnd() < 0.5) text += ', ' + pick(rnd, t.details);
      if (rnd() < 0.15) text += '; ngoài ra ' + pick(rnd, pick(rnd, TOPICS).details);
      text += pick(rnd, CLOSERS);
      text = text.charAt(0).toUpperCase() + text.slice(1);
    }
    if (rnd() < 0.05) text = typo(rnd, text);
    if (rnd() < 0.15) text = foldVietnamese(text); // typed without diacritics
    if (rnd() < 0.1) text = text.normalize('NFD'); // pasted from another keyboard
    opinions.push({ id: `y${i}`, text });
    truth.push(topic);
  }
  return { opinions, truth };
}

/** Purity: share of grouped (non-"other") opinions whose group's majority topic is their own topic. */
function purity(groups: ReturnType<typeof groupOpinions>, truthById: Map<string, string>): number {
  let agree = 0;
  let total = 0;
  for (const g of groups) {
    if (g.kind === 'other') continue;
    const counts = new Map<string, number>();
    for (const id of g.opinionIds) counts.set(truthById.get(id)!, (counts.get(truthById.get(id)!) ?? 0) + 1);
    agree += Math.max(...counts.values());
    total += g.opinionIds.length;
  }
  return total === 0 ? 0 : agree / total;
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const runs = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000];

// warm-up (JIT): the first runs are several times slower than the steady state
for (let i = 0; i < 3; i++) groupOpinions(synthesise(2_000, 7 + i).opinions);

const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const header = ['ý kiến', 'thời gian (ms)*', 'CPU (ms)*', '× mỗi 10× (thời gian / CPU)', 'µs / ý kiến', 'số nhóm', 'Ý kiến khác', 'độ thuần'];
const rows: string[][] = [header];
let previous: { n: number; ms: number; cpu: number } | null = null;
for (const n of runs) {
  const { opinions, truth } = synthesise(n, 2024);
  const truthById = new Map(opinions.map((o, i) => [o.id, truth[i]]));
  // best of a few runs: the figures least disturbed by other processes on the machine
  let ms = Infinity;
  let cpu = Infinity;
  let groups: ReturnType<typeof groupOpinions> = [];
  for (let r = 0; r < (n <= 10_000 ? 3 : 2); r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    groups = groupOpinions(opinions);
    ms = Math.min(ms, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  const other = groups.find((g) => g.kind === 'other')?.opinionIds.length ?? 0;
  // growth normalised to a 10× step, so that any list of sizes can be compared with "≈10× means linear"
  const per10 = (now: number, before: number): string =>
    fmt.format(Math.pow(now / before, 1 / Math.log10(n / previous!.n))) + '×';
  const growth = previous ? `${per10(ms, previous.ms)} / ${per10(cpu, previous.cpu)}` : '—';
  rows.push([
    fmt.format(n),
    fmt.format(ms),
    fmt.format(cpu),
    growth,
    fmt.format((ms / n) * 1000),
    String(groups.filter((g) => g.kind === 'theme').length),
    `${fmt.format((other / n) * 100)}%`,
    `${fmt.format(purity(groups, truthById) * 100)}%`,
  ]);
  previous = { n, ms, cpu };
  if (n === runs[runs.length - 1]) {
    console.log(`Nhóm lớn nhất (${fmt.format(n)} ý kiến):`);
    for (const g of groups.slice(0, 15)) console.log(`  ${String(g.opinionIds.length).padStart(7)}  ${g.label}`);
  }
}

const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(`\nGom nhóm ý kiến — Node ${process.version}, ${process.arch}, tải máy (1 phút): ${loadavg()[0].toFixed(1)}`);
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => cell.padStart(widths[c])).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log('* tốt nhất trong 3 lần chạy (2 lần với hơn 10.000 ý kiến). CPU: thời gian CPU của tiến trình, ít bị ảnh hưởng');
console.log('  bởi các tiến trình khác. Độ thuần: tỉ lệ ý kiến đã xếp nhóm thuộc chủ đề chiếm đa số trong nhóm của nó');
console.log('  (các ý kiến được sinh từ chủ đề đã biết).');
