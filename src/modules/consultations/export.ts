// The synthesis as an official report (DOCX, Decree 30/2020) and as a workbook (XLSX). Figures are formatted the
// Vietnamese way (1.949; 85,7%; dd/mm/yyyy). Never a phone number; opinions are listed without names.
import { placeName, renderDocx, renderXlsx, type OfficialDocument } from '../../core/documents/index.ts';
import { formatDate, formatInt, formatPercent, percent } from '../../core/format.ts';
import { KIND_LABELS, OPINION_SOURCES, RESPONSE_LABELS, SOURCE_LABELS, STANCES, STANCE_LABELS, type Tally } from './rules.ts';
import type { ConsultationRow, GroupRow, GroupWithCounts, OpinionRow } from './store.ts';

/** The formats of the export and their content types. */
export const EXPORT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface SynthesisData {
  consultation: ConsultationRow;
  /** The commune (issuer) and its province. */
  commune: { name: string };
  province: { name: string } | null;
  /** Name of the consultation's unit and of its villages (for the scope line and the opinions sheet). */
  unitName: string;
  villageNames: Map<number, string>;
  tally: Tally;
  groups: GroupWithCounts[];
  opinions: OpinionRow[];
  /** Date of the report ('YYYY-MM-DD'). */
  date: string;
}

/** "Xã Tân Hưng" → "Ủy ban nhân dân xã Tân Hưng". */
function committeeName(communeName: string): string {
  const m = /^(xã|phường|thị trấn|đặc khu)\s+(.+)$/i.exec(communeName.trim());
  return m ? `Ủy ban nhân dân ${m[1]!.toLocaleLowerCase('vi')} ${m[2]}` : `Ủy ban nhân dân ${communeName}`;
}

function reportTitle(title: string): string {
  return `Tổng hợp, tiếp thu, giải trình ý kiến của Nhân dân về ${title.replace(/^[Dd]ự thảo\s+/, 'dự thảo ')}`;
}

function responseText(g: GroupRow): string {
  if (!g.response_kind || !g.response_text) return 'Chưa có nội dung tiếp thu, giải trình';
  return `${RESPONSE_LABELS[g.response_kind].vi}: ${g.response_text}`;
}

function synthesisDocument(d: SynthesisData): OfficialDocument {
  const c = d.consultation;
  const t = d.tally;
  const scope =
    c.village_ids.length > 0 ? `${c.village_ids.map((v) => d.villageNames.get(v) ?? '').filter(Boolean).join(', ')} (${d.unitName})` : d.unitName;
  const accepted = d.groups.filter((g) => g.response_kind === 'accepted').length;
  const explained = d.groups.filter((g) => g.response_kind === 'explained').length;
  return {
    issuer: { ...(d.province ? { parent: `UBND ${d.province.name}` } : {}), name: committeeName(d.commune.name) },
    symbol: 'BC-UBND',
    place: placeName(d.commune.name),
    date: d.date,
    kind: 'Báo cáo',
    title: reportTitle(c.title),
    bases: [
      'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;',
      ...(c.kind === 'convention' ? ['Căn cứ Nghị định số 61/2023/NĐ-CP ngày 16 tháng 8 năm 2023 của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư;'] : []),
    ],
    sections: [
      {
        heading: 'I. TỔ CHỨC LẤY Ý KIẾN',
        paragraphs: [
          `Nội dung lấy ý kiến: ${c.title} (${KIND_LABELS[c.kind].vi.toLocaleLowerCase('vi')}).`,
          `Phạm vi: ${scope}. Thời gian lấy ý kiến: từ ngày ${formatDate(c.opens_on)} đến ngày ${formatDate(c.closed_on ?? c.closes_on)}.`,
          `Tổng số ý kiến nhận được: ${formatInt(t.total)} ý kiến, trong đó ${OPINION_SOURCES.filter((s) => t.bySource[s].count > 0)
            .map((s) => `${SOURCE_LABELS[s].vi.toLocaleLowerCase('vi')}: ${formatInt(t.bySource[s].count)} (${formatPercent(t.bySource[s].percent)})`)
            .join('; ') || 'không có'}.`,
        ],
      },
      {
        heading: 'II. KẾT QUẢ TỔNG HỢP Ý KIẾN',
        paragraphs: [`Các ý kiến được tổng hợp theo quan điểm đối với dự thảo như sau:`],
        table: {
          caption: 'Bảng 1. Ý kiến theo quan điểm',
          columns: ['Quan điểm', 'Số ý kiến', 'Tỷ lệ'],
          rows: [
            ...STANCES.map((s) => [STANCE_LABELS[s].vi, formatInt(t.byStance[s].count), formatPercent(t.byStance[s].percent)]),
            ['Tổng cộng', formatInt(t.total), t.total > 0 ? '100%' : formatPercent(null)],
          ],
        },
        paragraphsAfterTable: [`Các ý kiến có nội dung tương tự được xếp thành ${formatInt(d.groups.length)} nhóm.`],
      },
      {
        heading: 'III. TIẾP THU, GIẢI TRÌNH Ý KIẾN',
        paragraphs: [
          `Ủy ban nhân dân đã nghiên cứu, tiếp thu ${formatInt(accepted)} nhóm ý kiến và giải trình ${formatInt(explained)} nhóm ý kiến như sau:`,
        ],
        table: {
          caption: 'Bảng 2. Nhóm ý kiến và nội dung tiếp thu, giải trình',
          columns: ['STT', 'Nhóm ý kiến', 'Số ý kiến', 'Nội dung tiếp thu, giải trình'],
          rows: d.groups.map((g, i) => [String(i + 1), g.label, formatInt(g.size), responseText(g)]),
          widths: [6, 30, 10, 54],
          align: ['center', 'left', 'right', 'left'],
        },
        paragraphsAfterTable: [
          'Kết quả tổng hợp ý kiến và nội dung tiếp thu, giải trình được công khai đến Nhân dân theo khoản 3 Điều 28 Luật Thực hiện dân chủ ở cơ sở.',
        ],
      },
    ],
    recipients: ['Thường trực Hội đồng nhân dân xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Lưu: VT'],
    signer: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: '' },
  };
}

export async function synthesisDocx(d: SynthesisData): Promise<Buffer> {
  return renderDocx(synthesisDocument(d));
}

export async function synthesisXlsx(d: SynthesisData): Promise<Buffer> {
  const t = d.tally;
  const groupLabel = new Map(d.groups.map((g) => [g.id, g.label]));
  return renderXlsx({
    sheets: [
      {
        name: 'Nhóm ý kiến',
        title: reportTitle(d.consultation.title),
        columns: [
          { header: 'STT', key: 'stt', kind: 'int' },
          { header: 'Nhóm ý kiến', key: 'label' },
          { header: 'Số ý kiến', key: 'size', kind: 'int' },
          { header: 'Tỷ lệ', key: 'share', kind: 'percent' },
          { header: 'Đồng ý', key: 'agree', kind: 'int' },
          { header: 'Không đồng ý', key: 'disagree', kind: 'int' },
          { header: 'Ý kiến khác', key: 'other', kind: 'int' },
          { header: 'Tiếp thu / giải trình', key: 'kind' },
          { header: 'Nội dung tiếp thu, giải trình', key: 'response', width: 60 },
        ],
        rows: d.groups.map((g, i) => ({
          stt: i + 1,
          label: g.label,
          size: g.size,
          share: percent(g.size, t.total),
          agree: g.stances.agree,
          disagree: g.stances.disagree,
          other: g.stances.other,
          kind: g.response_kind ? RESPONSE_LABELS[g.response_kind].vi : 'Chưa có',
          response: g.response_text ?? '',
        })),
      },
      {
        name: 'Ý kiến',
        title: 'Danh sách ý kiến (không ghi tên người góp ý)',
        columns: [
          { header: 'STT', key: 'stt', kind: 'int' },
          { header: 'Ngày', key: 'date', kind: 'date' },
          { header: 'Hình thức', key: 'source' },
          { header: 'Thôn, tổ dân phố', key: 'village' },
          { header: 'Quan điểm', key: 'stance' },
          { header: 'Nhóm', key: 'group' },
          { header: 'Nội dung ý kiến', key: 'body', width: 70 },
        ],
        rows: d.opinions.map((o, i) => ({
          stt: i + 1,
          date: o.created_at,
          source: SOURCE_LABELS[o.source].vi,
          village: o.village_id ? (d.villageNames.get(o.village_id) ?? '') : '',
          stance: STANCE_LABELS[o.stance].vi,
          group: o.group_id ? (groupLabel.get(o.group_id) ?? '') : '',
          body: o.body,
        })),
      },
      {
        name: 'Thống kê',
        title: 'Số ý kiến theo quan điểm và theo hình thức',
        columns: [
          { header: 'Tiêu chí', key: 'what' },
          { header: 'Số ý kiến', key: 'n', kind: 'int' },
          { header: 'Tỷ lệ', key: 'p', kind: 'percent' },
        ],
        rows: [
          ...STANCES.map((s) => ({ what: `Quan điểm: ${STANCE_LABELS[s].vi}`, n: t.byStance[s].count, p: t.byStance[s].percent })),
          ...OPINION_SOURCES.map((s) => ({ what: `Hình thức: ${SOURCE_LABELS[s].vi}`, n: t.bySource[s].count, p: t.bySource[s].percent })),
          { what: 'Tổng số ý kiến', n: t.total, p: t.total > 0 ? 100 : null },
        ],
      },
    ],
  });
}
