// Minutes of a decision (biên bản), as a Decree 30/2020 document rendered to DOCX by src/core/documents.
// Contents follow Law 10/2022 Art. 20 cl. 2 (the community's decision: a) time; b) total households, representatives
// present, households without a representative; c) content; d) form; đ) result; e) decision; g) signatures) and the
// minutes of counting of Decree 59/2023 (Mẫu số 02 at a meeting, Mẫu số 04 for household ballots, Mẫu số 03 for the
// decision sent to the commune).
import type { Ctx } from '../../core/context.ts';
import { renderDocx, type OfficialDocument } from '../../core/documents/index.ts';
import { formatInt, formatLegalDate, formatShare } from '../../core/format.ts';
import { unprocessable } from '../../core/refusal.ts';
import { MATTER_LABELS, RECOGNITION_AUTHORITY_LABELS, rulePhraseVi, type Matter, type RecognitionAuthority } from './rules.ts';
import { CHANNEL_LABELS, METHOD_LABELS, type Channel, type MeetingRecord, type StoredResult } from './commands.ts';
import * as store from './store.ts';

type Row = NonNullable<Awaited<ReturnType<typeof store.findDecision>>>;

function placeName(name: string): string {
  // "Xã Tân Hưng" → "Tân Hưng" for the place-date line.
  return name.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Thôn|Tổ dân phố|Tỉnh|Thành phố)\s+/i, '');
}

export function minutesDocument(d: Row, ancestors: { kind: string; name: string }[]): OfficialDocument {
  const r = d.result as unknown as StoredResult;
  const meeting = d.meeting as unknown as MeetingRecord | null;
  const commune = ancestors.find((a) => a.kind === 'commune');
  const matter = d.matter as Matter;
  const eligible = r.eligibleHouseholds;
  const byMeeting = d.method === 'meeting' || (meeting !== null && meeting.nextStep === 'vote_at_meeting');
  const kindTitle = byMeeting ? 'Cuộc họp cộng đồng dân cư' : d.method === 'online' ? 'Biểu quyết trực tuyến' : 'Lấy ý kiến hộ gia đình bằng phiếu';
  const form =
    d.initial_method === 'meeting' && d.method === 'ballot'
      ? `${METHOD_LABELS.meeting}; cuộc họp không có đủ đại diện hộ gia đình tham dự nên tiếp tục ${METHOD_LABELS.ballot.toLowerCase()} (Luật 10/2022/QH15, Điều 19 khoản 1 điểm b)`
      : METHOD_LABELS[d.method as keyof typeof METHOD_LABELS];
  const channels = Object.entries(r.channels ?? {})
    .map(([c, n]) => `${CHANNEL_LABELS[c as Channel] ?? c}: ${formatInt(n)} hộ`)
    .join('; ');
  const authority = d.recognition_authority as RecognitionAuthority | null;
  const attendance = [
    `Tổng số hộ gia đình trong ${d.unit_name} (chốt khi mở biểu quyết): ${formatInt(eligible)} hộ.`,
  ];
  if (meeting) {
    attendance.push(
      `Số đại diện hộ gia đình có mặt tại cuộc họp: ${formatShare(meeting.represented, eligible)}; số hộ gia đình không có người đại diện tham dự: ${formatInt(meeting.absent)} hộ.`,
      meeting.valid
        ? 'Cuộc họp có trên 50% tổng số hộ gia đình có đại diện tham dự.'
        : 'Cuộc họp không có trên 50% tổng số hộ gia đình có đại diện tham dự.',
    );
  }
  attendance.push(
    `Số hộ gia đình tham gia biểu quyết: ${formatShare(r.participatingHouseholds, eligible)}; số hộ gia đình không tham gia biểu quyết: ${formatInt(eligible - r.participatingHouseholds)} hộ.`,
  );
  if (channels) attendance.push(`Theo hình thức ghi nhận phiếu: ${channels}.`);

  const rows = Object.entries(r.counts).map(([o, n], i) => [String(i + 1), o, formatInt(n), formatShare(n, eligible).replace(/^.*\(/, '').replace(/\)$/, '')]);
  const decisionText = r.passed
    ? d.kind === 'election'
      ? `Cộng đồng dân cư ${d.unit_name} quyết định: ${r.winningOption} trúng cử.`
      : `Cộng đồng dân cư ${d.unit_name} quyết định thông qua nội dung: ${d.title}.`
    : `Nội dung "${d.title}" không được cộng đồng dân cư ${d.unit_name} thông qua.`;
  const after = [decisionText];
  if (authority && r.passed) {
    after.push(
      `Quyết định được gửi ${RECOGNITION_AUTHORITY_LABELS[authority]} ngày ${formatLegalDate(d.submitted_on ?? r.closedOn)} để xem xét, ban hành quyết định công nhận chậm nhất ngày ${formatLegalDate(d.recognition_due_on ?? r.closedOn)} (05 ngày làm việc, Luật 10/2022/QH15, Điều 21 khoản 2).`,
    );
  }
  return {
    issuer: { parent: commune ? commune.name.toLocaleUpperCase('vi') : undefined, name: d.unit_name.toLocaleUpperCase('vi') },
    symbol: 'BB',
    place: placeName(commune?.name ?? d.unit_name),
    date: r.closedOn,
    kind: 'BIÊN BẢN',
    title: `${kindTitle} về việc ${d.title.charAt(0).toLocaleLowerCase('vi')}${d.title.slice(1)}`,
    bases: ['Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;', 'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ;'],
    sections: [
      {
        heading: 'I. THỜI GIAN, THÀNH PHẦN',
        paragraphs: [
          `Thời gian bàn và quyết định: từ ngày ${formatLegalDate(d.opened_on)} đến ngày ${formatLegalDate(r.closedOn)}${meeting ? `; họp ngày ${formatLegalDate(meeting.heldOn)}${meeting.place ? ` tại ${meeting.place}` : ''}` : ''}.`,
          ...(meeting?.chair ? [`Chủ trì: ${meeting.chair}.`] : []),
          ...(meeting?.secretary ? [`Thư ký: ${meeting.secretary}.`] : []),
          ...attendance,
        ],
      },
      {
        heading: 'II. NỘI DUNG VÀ HÌNH THỨC QUYẾT ĐỊNH',
        paragraphs: [
          `Nội dung: ${d.title} (${MATTER_LABELS[matter]}).`,
          ...(d.description ? [d.description] : []),
          `Hình thức: ${form}${d.secret ? '; bỏ phiếu kín' : ''}.`,
          `Tỷ lệ thông qua: ${rulePhraseVi(r.rule)} tán thành, tức ít nhất ${formatInt(r.threshold)}/${formatInt(eligible)} hộ (Luật 10/2022/QH15, Điều 21 khoản 1).`,
        ],
      },
      {
        heading: 'III. KẾT QUẢ BIỂU QUYẾT',
        paragraphs: [],
        table: {
          caption: 'Kết quả kiểm phiếu (tỷ lệ tính trên tổng số hộ gia đình)',
          columns: ['STT', 'Phương án', 'Số hộ tán thành', 'Tỷ lệ'],
          rows,
          align: ['center', 'left', 'right', 'right'],
        },
        paragraphsAfterTable: [r.summary],
      },
      { heading: 'IV. QUYẾT ĐỊNH CỦA CỘNG ĐỒNG DÂN CƯ', paragraphs: after },
    ],
    recipients: ['UBND xã', 'Ban Thường trực UBMTTQ Việt Nam xã', 'Niêm yết tại nhà văn hóa', `Lưu: ${d.unit_name}`],
    signer: { position: byMeeting ? 'CHỦ TRÌ' : 'TRƯỞNG THÔN', name: meeting?.chair ?? '' },
    extraSigners: [{ position: 'THƯ KÝ', name: meeting?.secretary ?? '' }],
  };
}

export async function minutesDocx(ctx: Ctx, id: number): Promise<{ filename: string; body: Buffer }> {
  const d = await store.getDecision(ctx.db, id);
  if (!d.result || !(d.status === 'closed' || d.status === 'recognised' || d.status === 'refused')) {
    throw unprocessable('RESULT_NOT_AVAILABLE', 'Biên bản chỉ được lập sau khi kết thúc biểu quyết.');
  }
  const ancestors = await store.ancestorNames(ctx.db, d.unit_path);
  const body = await renderDocx(minutesDocument(d, ancestors));
  return { filename: `bien-ban-bieu-quyet-${d.id}.docx`, body };
}
