// Pure rules of the report: its period, its title, who issues and signs it (Decree 30/2020/NĐ-CP, Appendix I), its
// narrative sections and its file name.
import { addDays, monthEnd, monthStart } from '../../core/calendar/index.ts';
import { todayVn } from '../../core/dates.ts';
import { placeName, type Issuer, type Signer } from '../../core/documents/index.ts';
import { formatDate } from '../../core/format.ts';
import { badRequest } from '../../core/refusal.ts';

export interface UnitOfReport {
  id: number;
  kind: string;
  name: string;
  path: string;
}

// ---- periods --------------------------------------------------------------------------------------------------

/** Longest period accepted (ten years). */
export const MAX_PERIOD_DAYS = 3660;

/** The period asked, defaulting to this year so far (or the whole year of `from`). */
export function resolvePeriod(now: Date, from?: string, to?: string): { from: string; to: string } {
  const today = todayVn(now);
  const f = from ?? `${today.slice(0, 4)}-01-01`;
  const t = to ?? (from ? `${f.slice(0, 4)}-12-31` : today);
  if (t < f) throw badRequest('INVALID_PERIOD', 'Ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.');
  if (addDays(f, MAX_PERIOD_DAYS) < t) throw badRequest('PERIOD_TOO_LONG', 'Kỳ báo cáo dài quá 10 năm.');
  return { from: f, to: t };
}

export type PeriodKind = 'first_half' | 'year' | 'custom';

/** Six-month and annual periods of a year. */
export function reportPeriod(kind: 'first_half' | 'year', year: number): { from: string; to: string } {
  return kind === 'first_half' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** What a period is called in a report title. */
export function periodKindOf(from: string, to: string): { kind: PeriodKind; year: number } {
  const year = Number(from.slice(0, 4));
  if (from === `${year}-01-01` && to === `${year}-06-30`) return { kind: 'first_half', year };
  if (from === `${year}-01-01` && to === `${year}-12-31`) return { kind: 'year', year };
  return { kind: 'custom', year };
}

export function periodTitle(from: string, to: string): string {
  const p = periodKindOf(from, to);
  if (p.kind === 'first_half') return `6 tháng đầu năm ${p.year}`;
  if (p.kind === 'year') return `năm ${p.year}`;
  return `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
}

/** Months of a period as 'YYYY-MM-01' (for trends). */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(from); m <= to; m = addDays(monthEnd(m), 1)) out.push(m);
  return out;
}

// ---- the document ---------------------------------------------------------------------------------------------

/** Narrative sections of a report, in document order. */
export const NARRATIVE_SECTIONS = [
  { key: 'situation', heading: { vi: 'I. ĐẶC ĐIỂM TÌNH HÌNH', en: 'I. Situation' } },
  { key: 'leadership', heading: { vi: 'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', en: 'II. Leadership and direction' } },
  { key: 'results', heading: { vi: 'III. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ', en: 'III. Results' } },
  { key: 'limitations', heading: { vi: 'IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', en: 'IV. Shortcomings and causes' } },
  { key: 'tasks', heading: { vi: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', en: 'V. Tasks for the next period' } },
  { key: 'proposals', heading: { vi: 'VI. ĐỀ XUẤT, KIẾN NGHỊ', en: 'VI. Proposals' } },
] as const;

export type NarrativeKey = (typeof NARRATIVE_SECTIONS)[number]['key'];
export const NARRATIVE_KEYS: readonly NarrativeKey[] = NARRATIVE_SECTIONS.map((s) => s.key);

export type IssuerKind = 'committee' | 'steering';

export interface ReportDraftContent {
  number: string | null;
  sections: Partial<Record<NarrativeKey, string>>;
  signerName?: string;
}

const up = (s: string) => s.toLocaleUpperCase('vi');
const GOV_KINDS = new Set(['commune', 'district', 'province']);

/** Issuer, signer, symbol and place of a report of `unit` (`ancestors` ordered from the root). */
export function issuerOf(unit: UnitOfReport, ancestors: readonly UnitOfReport[], kind: IssuerKind) {
  const govs = [...ancestors, unit].filter((u) => GOV_KINDS.has(u.kind));
  const gov = govs.at(-1) ?? null;
  const upperGov = govs.at(-2) ?? null;
  const place = placeName(gov?.name ?? unit.name);
  let issuer: Issuer;
  let signer: Omit<Signer, 'name'>;
  let symbol: string;
  if (kind === 'steering' || unit.kind === 'country') {
    issuer = { parent: gov ? `UBND ${up(gov.name)}` : undefined, name: 'BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ' };
    signer = { authority: 'TM. BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN' };
    symbol = 'BC-BCĐ';
  } else if (unit.kind === 'province' || unit.kind === 'commune' || unit.kind === 'district') {
    issuer = { parent: upperGov ? `UBND ${up(upperGov.name)}` : undefined, name: `ỦY BAN NHÂN DÂN ${up(unit.name)}` };
    signer = { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' };
    symbol = 'BC-UBND';
  } else {
    issuer = { parent: gov ? `UBND ${up(gov.name)}` : undefined, name: up(unit.name) };
    signer = { position: unit.kind === 'village' ? 'TRƯỞNG THÔN' : 'THỦ TRƯỞNG ĐƠN VỊ' };
    symbol = 'BC';
  }
  return { issuer, signer, symbol, place };
}

export type DocumentFormat = 'docx' | 'xlsx' | 'pdf';

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** ASCII file name of a report, e.g. "bao-cao-dan-chu-co-so-tinh-hung-yen-2026-01-01-2026-06-30.docx". */
export function reportFileName(unitName: string, from: string, to: string, format: DocumentFormat): string {
  const slug = unitName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `bao-cao-dan-chu-co-so-${slug}-${from}-${to}.${format}`;
}
