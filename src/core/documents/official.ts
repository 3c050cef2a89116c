/**
 * Data model of an administrative document (văn bản hành chính) and the presentation rules of
 * Decree 30/2020/NĐ-CP, Appendix I ("Thể thức, kỹ thuật trình bày văn bản hành chính"), which every
 * renderer (DOCX, and PDF through it) follows. Section references below are to Appendix I, Part I.
 *
 * The model carries text only; figures are formatted by the caller with `src/core/format.ts`
 * (e.g. formatShare(861, 866) → "861/866 (99,4%)").
 */
import type { DateInput } from '../format.ts';
import { formatPlaceDate } from '../format.ts';

/** The date of issue: 'YYYY-MM-DD' (calendar date), an ISO timestamp or a Date (rendered in Vietnam time). */
export type LegalDate = DateInput;

export interface Issuer {
  /** Directly superior body, e.g. "UBND TỈNH NINH BÌNH" (§II.2: upper case, regular, 12–13). */
  parent?: string;
  /** The issuing body, e.g. "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" (§II.2: upper case, bold, 12–13, short rule under). */
  name: string;
}

export interface Signer {
  /** Signing authority, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (§II.7.b, ô 7a). */
  authority?: string;
  /** Position, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯ KÝ" (§II.7.c). */
  position: string;
  /** Full name, e.g. "Nguyễn Văn A" (no academic titles, §II.7.c). */
  name: string;
}

export type CellAlign = 'left' | 'center' | 'right';

export interface DocumentTable {
  columns: string[];
  rows: string[][];
  /** Relative column widths (any unit); by default derived from the longest text of each column. */
  widths?: number[];
  /** Alignment per column; by default the first column is left, columns of numbers are right-aligned. */
  align?: CellAlign[];
  /** A caption written above the table, e.g. "Bảng 1. Kết quả tổ chức hội nghị". */
  caption?: string;
}

export interface DocumentSection {
  /** e.g. "I. KẾT QUẢ THỰC HIỆN" or "1. Công tác chỉ đạo" (bold, Appendix I, Part I, §V item 6b). */
  heading?: string;
  paragraphs: string[];
  table?: DocumentTable;
  /** Paragraphs after the table. */
  paragraphsAfterTable?: string[];
}

export interface OfficialDocument {
  issuer: Issuer;
  /** Registration number; left blank for the records office (văn thư) to fill when absent. */
  number?: string | number;
  /** Symbol: abbreviation of the kind and of the issuer, e.g. "BC-UBND" (§II.3.b). */
  symbol: string;
  /** Place name for the place-date line, e.g. "Hòa Bình" (§II.4.a). */
  place: string;
  date: LegalDate;
  /** Document kind, e.g. "BÁO CÁO", "BIÊN BẢN" (§II.5). */
  kind: string;
  /** Summary (trích yếu), e.g. "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026". */
  title: string;
  /** "Kính gửi:" recipients for reports sent to a superior body (§II.9.b, ô 9a). */
  addressees?: string[];
  /** Legal bases ("Căn cứ …"), italic, one per line (§II.6.a). */
  bases?: string[];
  sections: DocumentSection[];
  /** "Nơi nhận:" entries, e.g. ["Như trên", "UBND tỉnh", "Lưu: VT, VP"] (§II.9.d, ô 9b). */
  recipients?: string[];
  signer?: Signer;
  /**
   * Further signers shown side by side with `signer` (e.g. minutes signed by the secretary and the
   * chair): they are placed to the left of `signer`, in the order given.
   */
  extraSigners?: Signer[];
}

/**
 * Numbers of Decree 30/2020, Appendix I, used by the renderers. Sizes are in points; where the
 * Decree gives a range, the value chosen is the one of the illustration column ("Cỡ chữ") of the
 * table in Part I, Mục V, unless noted.
 */
export const ND30 = {
  /** Part I, §I.1: A4, 210 × 297 mm, portrait (§I.2). */
  pageMm: { width: 210, height: 297 },
  /**
   * Part I, §I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We take the lower bound of
   * each range, which leaves the widest text area (165 mm) for tables of figures.
   */
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Part I, §I.4: Times New Roman, Unicode (TCVN 6909:2001), black. */
  font: 'Times New Roman',
  size: {
    /** §II.1.a: Quốc hiệu, upper case, bold, 12–13 (Mục V example: 12). */
    nationalTitle: 12,
    /** §II.1.b: Tiêu ngữ, bold, 13–14 (Mục V example: 13). */
    motto: 13,
    /** §II.2.b: issuer and its parent, upper case, 12–13 (Mục V example: 12). */
    issuer: 12,
    /** §II.3.c: "Số:" and symbol, 13. */
    number: 13,
    /** §II.4.c: place-date, italic, 13–14 (Mục V example: 13). */
    placeDate: 13,
    /** §II.5.b: kind (upper case, bold) and summary (bold), 13–14 (Mục V example: 14). */
    kind: 14,
    title: 14,
    /** §II.9.d: "Kính gửi", 13–14. */
    addressee: 14,
    /** §II.6.e: body, 13–14 (Mục V example: 14). */
    body: 14,
    /** Tables of figures: Appendix I sets no size; 12 keeps wide tables readable. */
    table: 12,
    /** §II.7.đ: authority, position (upper case, bold) and signer's name (bold), 13–14 (Mục V example: 14). */
    signer: 14,
    /** §II.9.d: "Nơi nhận:" bold italic 12; entries regular 11. */
    recipientsLabel: 12,
    recipients: 11,
    /** Part I, §I.7: page numbers 13–14, centred in the top margin, not on the first page. */
    pageNumber: 14,
  },
  /** §II.6.e: first-line indent 1 cm or 1.27 cm. */
  firstLineIndentMm: 12.7,
  /** §II.6.e: at least 6 pt between paragraphs. */
  paragraphSpacingPt: 6,
  /** §II.6.e: line spacing from single to 1.5 lines. */
  lineSpacing: 1.2,
  /** §II.2.b and §II.5.b: rules under the issuer's name and under the summary are 1/3–1/2 of the text line. */
  shortRuleRatio: 0.4,
} as const;

/**
 * "Số: 15/BC-UBND" — §II.3.c: numbers below 10 get a leading zero; the symbol is upper case with
 * "/" between number and symbol. Without a number the space is left blank for the records office.
 */
export function numberLine(number: string | number | undefined, symbol: string): string {
  const sym = symbol.trim().toLocaleUpperCase('vi');
  let num = number === undefined ? '' : String(number).trim();
  if (/^\d$/.test(num)) num = '0' + num;
  if (!num) num = '\u00a0'.repeat(7);
  return `Số: ${num}/${sym}`;
}

/** The place-date line, e.g. "Hòa Bình, ngày 05 tháng 02 năm 2026" (§II.4.b–c). */
export function placeDateLine(doc: Pick<OfficialDocument, 'place' | 'date'>): string {
  return formatPlaceDate(doc.place, doc.date);
}

/**
 * "Nơi nhận" entries with the punctuation of §II.9.d: each starts with "- ", ends with ";", the last
 * ("Lưu: VT, …") with ".". Any punctuation the caller put at the end is replaced.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, '')).filter((r) => r.length > 0);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

/** "Kính gửi" lines (§II.9.d, ô 9a): one recipient on the same line, several as a dashed list. */
export function addresseeLines(addressees: readonly string[]): string[] {
  const clean = addressees.map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, '')).filter((r) => r.length > 0);
  if (clean.length === 0) return [];
  if (clean.length === 1) return [`Kính gửi: ${clean[0]}.`];
  return ['Kính gửi:', ...clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`)];
}

export type DocumentErrorCode = 'INVALID_DOCUMENT' | 'PDF_UNAVAILABLE' | 'PDF_FAILED';

/**
 * An error of document generation, with a stable `code` for the HTTP layer and a Vietnamese message
 * that can be shown to the user.
 */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentError';
    this.code = code;
  }
}

/** Checks what a renderer cannot guess; returns Vietnamese messages (empty when valid). */
export function validateOfficialDocument(doc: OfficialDocument): string[] {
  const problems: string[] = [];
  if (!doc.issuer?.name?.trim()) problems.push('Thiếu tên cơ quan, tổ chức ban hành văn bản.');
  if (!doc.symbol?.trim()) problems.push('Thiếu ký hiệu văn bản.');
  if (!doc.place?.trim()) problems.push('Thiếu địa danh.');
  try {
    placeDateLine(doc);
  } catch {
    problems.push(`Ngày ban hành không hợp lệ: ${String(doc.date)}.`);
  }
  if (!doc.kind?.trim()) problems.push('Thiếu tên loại văn bản.');
  if (!doc.title?.trim()) problems.push('Thiếu trích yếu nội dung văn bản.');
  if (!Array.isArray(doc.sections)) problems.push('Thiếu nội dung văn bản.');
  (doc.sections ?? []).forEach((s, i) => {
    if (!s.table) return;
    const n = s.table.columns.length;
    if (n === 0) problems.push(`Mục ${i + 1}: bảng không có cột.`);
    s.table.rows.forEach((r, j) => {
      if (r.length !== n) problems.push(`Mục ${i + 1}: dòng ${j + 1} của bảng có ${r.length} ô, cần ${n} ô.`);
    });
    if (s.table.widths && s.table.widths.length !== n) problems.push(`Mục ${i + 1}: số độ rộng cột khác số cột.`);
  });
  return problems;
}

const PLACE_PREFIX = /^(tỉnh|thành phố|tp\.?|xã|phường|thị trấn|đặc khu|quận|huyện|thị xã|thôn|tổ dân phố)\s+/i;

/**
 * The place name of the place-date line ("Tân Hưng, ngày … tháng … năm …", Decree 30/2020 Appendix I §II.4.a):
 * the unit's name without its administrative prefix — "Xã Tân Hưng" → "Tân Hưng", "Tỉnh Hưng Yên" → "Hưng Yên".
 */
export function placeName(unitName: string): string {
  return unitName.replace(PLACE_PREFIX, '').trim() || unitName;
}
