// Demo content of consultations for `npm start`: an open consultation on the draft convention (hương ước) of
// Thôn Đông with about thirty opinions, and a finished consultation on the commune's draft land-use plan with
// its groups and responses. Dates are relative to the seeding day.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import * as commands from './commands.ts';
import { addDays } from './rules.ts';
import * as store from './store.ts';
import type { Stance } from './tables.ts';

const CONVENTION_DRAFT = `DỰ THẢO HƯƠNG ƯỚC THÔN ĐÔNG, XÃ TÂN HƯNG

Chương I. QUY ĐỊNH CHUNG
Điều 1. Hương ước này quy định những việc nên làm, không nên làm trong đời sống cộng đồng thôn Đông, phù hợp với pháp luật và thuần phong mỹ tục.

Chương II. NỘI DUNG CỤ THỂ
Điều 2. Giữ gìn vệ sinh môi trường: các hộ gia đình thu gom rác thải sinh hoạt, đổ rác đúng giờ, đúng nơi quy định; không đổ rác, xả nước thải ra đường làng, kênh mương.
Điều 3. Việc cưới: tổ chức trang trọng, tiết kiệm, không phô trương, không kéo dài quá một ngày.
Điều 4. Việc tang: tổ chức chu đáo, tiết kiệm; không rải vàng mã trên đường; hạn chế sử dụng loa đài sau 22 giờ.
Điều 5. An ninh trật tự: các hộ tham gia tự quản; không tụ tập gây mất trật tự sau 23 giờ.
Điều 6. Đóng góp xây dựng: các hộ tham gia đóng góp theo mức được Nhân dân bàn và quyết định.

Chương III. KHEN THƯỞNG, XỬ LÝ VI PHẠM
Điều 7. Hộ gia đình thực hiện tốt được biểu dương tại hội nghị thôn cuối năm; vi phạm bị nhắc nhở, phê bình tại cuộc họp thôn.`;

const CONVENTION_OPINIONS: [Stance, string][] = [
  ['agree', 'Đồng ý với dự thảo, đề nghị quy định cụ thể giờ đổ rác buổi tối từ 18 giờ đến 20 giờ.'],
  ['agree', 'Nhất trí. Cần quy định rõ giờ đổ rác và điểm tập kết rác của thôn.'],
  ['other', 'Đề nghị bổ sung điểm tập kết rác ở cuối xóm, giờ thu gom rác nên cố định.'],
  ['agree', 'Đồng ý Điều 2 về vệ sinh môi trường, nên có tổ tự quản thu gom rác thải.'],
  ['disagree', 'Không nên bắt đổ rác đúng giờ vì nhiều hộ đi làm về muộn, đề nghị linh hoạt giờ đổ rác.'],
  ['other', 'Cần xử lý các hộ xả nước thải ra kênh mương, làm ô nhiễm môi trường.'],
  ['agree', 'Nước thải chăn nuôi xả ra kênh mương gây ô nhiễm, đề nghị quy định chặt chẽ hơn.'],
  ['agree', 'Việc cưới tổ chức tiết kiệm là đúng, không nên kéo dài nhiều ngày.'],
  ['agree', 'Đồng ý đám cưới tổ chức trong một ngày, tiết kiệm, không phô trương.'],
  ['other', 'Việc cưới nên hạn chế mổ lợn, cỗ bàn linh đình, tránh lãng phí.'],
  ['disagree', 'Đám cưới ở quê thường hai ngày, quy định một ngày là khó thực hiện.'],
  ['agree', 'Việc tang không rải vàng mã trên đường là rất cần thiết.'],
  ['agree', 'Đồng ý hạn chế loa đài trong đám tang sau 22 giờ để người dân nghỉ ngơi.'],
  ['other', 'Đám tang nên hạn chế thời gian để lâu, loa đài to ảnh hưởng người già, trẻ nhỏ.'],
  ['agree', 'Không rải vàng mã, hạn chế loa đài trong việc tang, đề nghị giữ nguyên Điều 4.'],
  ['agree', 'Đồng ý quy định về an ninh trật tự, không tụ tập sau 23 giờ.'],
  ['other', 'Cần thành lập tổ an ninh tự quản, tuần tra ban đêm để giữ an ninh trật tự.'],
  ['agree', 'Thanh niên tụ tập uống rượu khuya gây mất trật tự, đề nghị quy định cụ thể.'],
  ['other', 'Đóng góp xây dựng cần công khai thu chi để các hộ biết.'],
  ['agree', 'Mức đóng góp xây dựng đường làng phải được công khai, minh bạch.'],
  ['disagree', 'Hộ nghèo, hộ chính sách nên được miễn giảm đóng góp xây dựng.'],
  ['other', 'Đề nghị miễn giảm đóng góp cho hộ nghèo, hộ có người khuyết tật.'],
  ['agree', 'Khen thưởng hộ thực hiện tốt hương ước là cần thiết, nên có phần thưởng cụ thể.'],
  ['other', 'Xử lý vi phạm chỉ phê bình là nhẹ, nên có hình thức khác như thông báo trên loa.'],
  ['agree', 'Đồng ý toàn bộ dự thảo hương ước.'],
  ['agree', 'Nhất trí với dự thảo, không có ý kiến bổ sung.'],
  ['other', 'Nên bổ sung quy định nuôi chó phải rọ mõm, xích giữ khi ra đường.'],
  ['other', 'Chó thả rông trên đường làng nguy hiểm cho trẻ em, đề nghị bổ sung quy định.'],
  ['agree', 'Đề nghị giữ gìn vệ sinh đường làng, mỗi tháng tổng vệ sinh một lần.'],
  ['agree', 'Tổ chức tổng vệ sinh đường làng ngõ xóm hằng tháng vào sáng Chủ nhật.'],
];

const LAND_USE_OPINIONS: [Stance, string][] = [
  ['agree', 'Đồng ý mở rộng đường liên thôn, bê tông hóa đường giao thông nội đồng.'],
  ['agree', 'Cần bê tông hóa đường giao thông nội đồng để vận chuyển lúa thuận lợi.'],
  ['other', 'Mở rộng đường liên thôn ra 5 mét, có rãnh thoát nước hai bên.'],
  ['agree', 'Đường giao thông nội đồng xuống cấp, đề nghị ưu tiên bê tông hóa.'],
  ['agree', 'Bố trí quỹ đất xây nhà văn hóa thôn Bắc là cần thiết.'],
  ['other', 'Đất xây nhà văn hóa thôn Bắc nên gần trường học, thuận tiện sinh hoạt.'],
  ['agree', 'Nhà văn hóa thôn Bắc đã xuống cấp, đồng ý bố trí đất xây mới.'],
  ['disagree', 'Giá đền bù giải phóng mặt bằng còn thấp so với giá thị trường.'],
  ['disagree', 'Đề nghị nâng giá đền bù giải phóng mặt bằng cho các hộ bị thu hồi đất.'],
  ['other', 'Cần công khai phương án đền bù, hỗ trợ chuyển đổi nghề cho hộ bị thu hồi đất.'],
  ['agree', 'Đồng ý quy hoạch khu xử lý rác thải tập trung của xã.'],
  ['other', 'Khu xử lý rác thải cần xa khu dân cư, có biện pháp chống ô nhiễm.'],
  ['disagree', 'Không đồng ý đặt khu xử lý rác thải gần cánh đồng lúa thôn Tây.'],
  ['agree', 'Nhất trí với dự thảo kế hoạch sử dụng đất.'],
  ['other', 'Đề nghị dành đất xây sân thể thao cho thanh thiếu niên.'],
];

/** Response text for a group of the finished demo consultation, by the words of its label. */
function demoResponse(label: string): { kind: 'accepted' | 'explained'; text: string } {
  const l = label.toLocaleLowerCase('vi');
  if (/đền bù|giải phóng|thu hồi/.test(l)) {
    return { kind: 'explained', text: 'Giá đền bù áp dụng theo bảng giá đất do Ủy ban nhân dân tỉnh ban hành; Ủy ban nhân dân xã sẽ công khai phương án bồi thường, hỗ trợ của từng hộ trước khi thu hồi đất.' };
  }
  if (/rác|xử lý/.test(l)) {
    return { kind: 'explained', text: 'Vị trí khu xử lý rác thải đã được đánh giá tác động môi trường, cách khu dân cư trên 500 m; ý kiến về biện pháp chống ô nhiễm được chuyển chủ đầu tư thực hiện.' };
  }
  return { kind: 'accepted', text: 'Tiếp thu: Ủy ban nhân dân xã đã điều chỉnh dự thảo kế hoạch sử dụng đất theo ý kiến của Nhân dân và bố trí vốn thực hiện trong năm 2027.' };
}

export async function seedConsultationsDemo(ctx: Ctx, ids: Record<string, number>): Promise<void> {
  const today = todayVn(ctx.now);
  const at = (days: number): Ctx => ({ ...ctx, now: new Date(ctx.now.getTime() + days * 86_400_000) });
  const dong = ids['thon-dong']!;
  const commune = ids.tanhung!;

  // 1. Open: the draft convention of Thôn Đông (posted 5 days ago, 35 days ≥ 30, Decree 61/2023 Art. 9 cl. 1).
  const conv = await commands.openConsultation(at(-5), {
    unitId: dong,
    kind: 'convention',
    title: 'Dự thảo hương ước thôn Đông',
    draft: CONVENTION_DRAFT,
    opensOn: addDays(today, -5),
    closesOn: addDays(today, 30),
  });
  // ten residents gave their opinion online (representatives of households 2–11; the first is dan.dong's)
  const reps = await ctx.db
    .selectFrom('household_representatives as r')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .select(['r.person_id'])
    .where('h.unit_id', '=', dong)
    .where('r.to_date', 'is', null)
    .orderBy('h.id')
    .offset(1)
    .limit(10)
    .execute();
  await inTransaction(at(-3), async (tx) => {
    const rows = await store.insertOpinions(
      tx.db,
      reps.map((r, i) => ({
        consultationId: conv.id,
        personId: r.person_id,
        villageId: dong,
        source: 'online' as const,
        stance: CONVENTION_OPINIONS[i]![0],
        body: CONVENTION_OPINIONS[i]![1],
        authorName: null,
        sourceNote: null,
        enteredBy: tx.actor!.userId,
        at: tx.now,
      })),
    );
    await audit(tx, { action: 'consultation.opinion_give', targetType: 'consultation', targetId: conv.id, unitId: dong, data: { demo: true, count: rows.length, source: 'online' } });
    await bumpCounter(tx, { unitId: dong, key: commands.COUNTER_OPINIONS, day: todayVn(tx.now), delta: rows.length });
  });
  const rest = CONVENTION_OPINIONS.slice(reps.length);
  const half = Math.ceil(rest.length / 2);
  await commands.enterOpinions(at(-2), conv.id, {
    source: 'meeting',
    sourceNote: `Hội nghị thôn Đông ngày ${formatVi(addDays(today, -2))}`,
    opinions: rest.slice(0, half).map(([stance, body]) => ({ stance, body, villageId: dong })),
  });
  await commands.enterOpinions(at(-1), conv.id, {
    source: 'paper_form',
    sourceNote: 'Phiếu góp ý gửi qua hòm thư thôn',
    opinions: rest.slice(half).map(([stance, body]) => ({ stance, body, villageId: dong })),
  });

  // 2. Finished: the commune's draft land-use plan (opened 80 days ago for 30 days), grouped and answered.
  const land = await commands.openConsultation(at(-80), {
    unitId: commune,
    kind: 'land_use_plan',
    title: 'Dự thảo kế hoạch sử dụng đất năm 2027 xã Tân Hưng',
    draft:
      'Dự thảo kế hoạch sử dụng đất năm 2027: mở rộng đường liên thôn, bê tông hóa giao thông nội đồng; bố trí quỹ đất xây nhà văn hóa thôn Bắc; thu hồi đất xây khu xử lý rác thải tập trung; bồi thường, hỗ trợ, tái định cư cho các hộ bị thu hồi đất.',
    opensOn: addDays(today, -80),
    closesOn: addDays(today, -50),
  });
  const villages = [ids['thon-dong']!, ids['thon-tay']!, ids['thon-trung']!, ids['thon-bac']!];
  await commands.enterOpinions(at(-70), land.id, {
    source: 'meeting',
    sourceNote: 'Hội nghị đối thoại giữa UBND xã với Nhân dân',
    opinions: LAND_USE_OPINIONS.map(([stance, body], i) => ({ stance, body, villageId: villages[i % villages.length]! })),
  });
  const later = at(-48);
  await commands.synthesise(later, land.id);
  for (const g of await store.listGroups(ctx.db, land.id)) {
    await commands.respond(at(-45), land.id, g.key, demoResponse(g.label));
  }
  await commands.finish(at(-44), land.id);
}

function formatVi(d: string): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}
