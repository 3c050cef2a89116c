// Texts of the consultations demo: the draft convention (hương ước) of Thôn Đông and the opinions residents gave on
// it, the opinions on the commune's draft land-use plan, and the responses written to their groups.
import type { Stance } from './tables.ts';

export const CONVENTION_DRAFT = `DỰ THẢO HƯƠNG ƯỚC THÔN ĐÔNG, XÃ TÂN HƯNG

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

export const CONVENTION_OPINIONS: [Stance, string][] = [
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

export const LAND_USE_DRAFT =
  'Dự thảo kế hoạch sử dụng đất năm 2027: mở rộng đường liên thôn, bê tông hóa giao thông nội đồng; bố trí quỹ đất xây nhà văn hóa thôn Bắc; thu hồi đất xây khu xử lý rác thải tập trung; bồi thường, hỗ trợ, tái định cư cho các hộ bị thu hồi đất.';

export const LAND_USE_OPINIONS: [Stance, string][] = [
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
export function demoResponse(label: string): { kind: 'accepted' | 'explained'; text: string } {
  const l = label.toLocaleLowerCase('vi');
  if (/đền bù|giải phóng|thu hồi/.test(l)) {
    return { kind: 'explained', text: 'Giá đền bù áp dụng theo bảng giá đất do Ủy ban nhân dân tỉnh ban hành; Ủy ban nhân dân xã sẽ công khai phương án bồi thường, hỗ trợ của từng hộ trước khi thu hồi đất.' };
  }
  if (/rác|xử lý/.test(l)) {
    return { kind: 'explained', text: 'Vị trí khu xử lý rác thải đã được đánh giá tác động môi trường, cách khu dân cư trên 500 m; ý kiến về biện pháp chống ô nhiễm được chuyển chủ đầu tư thực hiện.' };
  }
  return { kind: 'accepted', text: 'Tiếp thu: Ủy ban nhân dân xã đã điều chỉnh dự thảo kế hoạch sử dụng đất theo ý kiến của Nhân dân và bố trí vốn thực hiện trong năm 2027.' };
}
