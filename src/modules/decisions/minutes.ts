// Minutes of a decision (biên bản), as a Decree 30/2020 document for src/core/documents (pure: the content only).
// Contents follow Law 10/2022 Art. 20 cl. 2 (the community's decision: a) time; b) total households, representatives
// present, households without a representative; c) content; d) form; đ) result; e) decision; g) signatures) and the
// minutes of counting of Decree 59/2023 (Mẫu số 02 at a meeting, Mẫu số 04 for household ballots, Mẫu số 03 for the
// decision sent to the commune).
import { placeName, type OfficialDocument } from '../../core/documents/index.ts';
import { formatInt, formatLegalDate, formatShare } from '../../core/format.ts';
import {
  CHANNEL_LABELS,
  MATTER_LABELS,
  METHOD_LABELS,
  RECOGNITION_AUTHORITY_LABELS,
  rulePhraseVi,
  type BallotChannel,
  type DecisionMethod,
  type Matter,
  type MeetingRecord,
  type RecognitionAuthority,
  type StoredResult,
} from './rules.ts';

/** What the minutes need of a closed decision. */
export interface MinutesDecision {
  id: number;
  unit_name: string;
  title: string;
  description: string | null;
  matter: string;
  kind: string;
  method: string;
  initial_method: string;
  secret: boolean;
  opened_on: string;
  result: unknown;
  meeting: unknown;
  recognition_authority: string | null;
  submitted_on: string | null;
  recognition_due_on: string | null;
}

/** Law Art. 20 cl. 2 b: all households, those represented at the meeting, those who voted, by channel. */
function attendance(d: MinutesDecision, r: StoredResult, meeting: MeetingRecord | null): string[] {
  const eligible = r.eligibleHouseholds;
  const lines = [`Tổng số hộ gia đình trong ${d.unit_name} (chốt khi mở biểu quyết): ${formatInt(eligible)} hộ.`];
  if (meeting) {
    lines.push(
      `Số đại diện hộ gia đình có mặt tại cuộc họp: ${formatShare(meeting.represented, eligible)}; số hộ gia đình không có người đại diện tham dự: ${formatInt(meeting.absent)} hộ.`,
      meeting.valid ? 'Cuộc họp có trên 50% tổng số hộ gia đình có đại diện tham dự.' : 'Cuộc họp không có trên 50% tổng số hộ gia đình có đại diện tham dự.',
    );
  }
  lines.push(
    `Số hộ gia đình tham gia biểu quyết: ${formatShare(r.participatingHouseholds, eligible)}; số hộ gia đình không tham gia biểu quyết: ${formatInt(eligible - r.participatingHouseholds)} hộ.`,
  );
  const channels = Object.entries(r.channels ?? {})
    .map(([c, n]) => `${CHANNEL_LABELS[c as BallotChannel] ?? c}: ${formatInt(n)} hộ`)
    .join('; ');
  if (channels) lines.push(`Theo hình thức ghi nhận phiếu: ${channels}.`);
  return lines;
}

/** Law Art. 20 cl. 2 e: what the community decided, and where it is sent for recognition (Art. 21 cl. 2). */
function decisionParagraphs(d: MinutesDecision, r: StoredResult): string[] {
  const decided = r.passed
    ? d.kind === 'election'
      ? `Cộng đồng dân cư ${d.unit_name} quyết định: ${r.winningOption} trúng cử.`
      : `Cộng đồng dân cư ${d.unit_name} quyết định thông qua nội dung: ${d.title}.`
    : `Nội dung "${d.title}" không được cộng đồng dân cư ${d.unit_name} thông qua.`;
  const authority = d.recognition_authority as RecognitionAuthority | null;
  if (!authority || !r.passed) return [decided];
  return [
    decided,
    `Quyết định được gửi ${RECOGNITION_AUTHORITY_LABELS[authority]} ngày ${formatLegalDate(d.submitted_on ?? r.closedOn)} để xem xét, ban hành quyết định công nhận chậm nhất ngày ${formatLegalDate(d.recognition_due_on ?? r.closedOn)} (05 ngày làm việc, Luật 10/2022/QH15, Điều 21 khoản 2).`,
  ];
}

/** Law Art. 20 cl. 2 c–d: the content, the form (a meeting continued by ballot says so) and the passing rule. */
function contentParagraphs(d: MinutesDecision, r: StoredResult): string[] {
  const form =
    d.initial_method === 'meeting' && d.method === 'ballot'
      ? `${METHOD_LABELS.meeting}; cuộc họp không có đủ đại diện hộ gia đình tham dự nên tiếp tục ${METHOD_LABELS.ballot.toLowerCase()} (Luật 10/2022/QH15, Điều 19 khoản 1 điểm b)`
      : METHOD_LABELS[d.method as DecisionMethod];
  return [
    `Nội dung: ${d.title} (${MATTER_LABELS[d.matter as Matter]}).`,
    ...(d.description ? [d.description] : []),
    `Hình thức: ${form}${d.secret ? '; bỏ phiếu kín' : ''}.`,
    `Tỷ lệ thông qua: ${rulePhraseVi(r.rule)} tán thành, tức ít nhất ${formatInt(r.threshold)}/${formatInt(r.eligibleHouseholds)} hộ (Luật 10/2022/QH15, Điều 21 khoản 1).`,
  ];
}

/** The minutes of a closed decision; `ancestors` are the units above its village (the commune heads the document). */
export function minutesDocument(d: MinutesDecision, ancestors: readonly { kind: string; name: string }[]): OfficialDocument {
  const r = d.result as StoredResult;
  const meeting = d.meeting as MeetingRecord | null;
  const commune = ancestors.find((a) => a.kind === 'commune');
  const byMeeting = d.method === 'meeting' || (meeting !== null && meeting.nextStep === 'vote_at_meeting');
  const kindTitle = byMeeting ? 'Cuộc họp cộng đồng dân cư' : d.method === 'online' ? 'Biểu quyết trực tuyến' : 'Lấy ý kiến hộ gia đình bằng phiếu';
  const held = meeting ? `; họp ngày ${formatLegalDate(meeting.heldOn)}${meeting.place ? ` tại ${meeting.place}` : ''}` : '';
  const rows = Object.entries(r.counts).map(([o, n], i) => [String(i + 1), o, formatInt(n), formatShare(n, r.eligibleHouseholds).replace(/^.*\(/, '').replace(/\)$/, '')]);
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
          `Thời gian bàn và quyết định: từ ngày ${formatLegalDate(d.opened_on)} đến ngày ${formatLegalDate(r.closedOn)}${held}.`,
          ...(meeting?.chair ? [`Chủ trì: ${meeting.chair}.`] : []),
          ...(meeting?.secretary ? [`Thư ký: ${meeting.secretary}.`] : []),
          ...attendance(d, r, meeting),
        ],
      },
      { heading: 'II. NỘI DUNG VÀ HÌNH THỨC QUYẾT ĐỊNH', paragraphs: contentParagraphs(d, r) },
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
      { heading: 'IV. QUYẾT ĐỊNH CỦA CỘNG ĐỒNG DÂN CƯ', paragraphs: decisionParagraphs(d, r) },
    ],
    recipients: ['UBND xã', 'Ban Thường trực UBMTTQ Việt Nam xã', 'Niêm yết tại nhà văn hóa', `Lưu: ${d.unit_name}`],
    signer: { position: byMeeting ? 'CHỦ TRÌ' : 'TRƯỞNG THÔN', name: meeting?.chair ?? '' },
    extraSigners: [{ position: 'THƯ KÝ', name: meeting?.secretary ?? '' }],
  };
}
