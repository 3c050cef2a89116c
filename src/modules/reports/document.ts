// The six-month / annual report as an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the narrative
// sections written by people, and the computed indicator tables with the children breakdown. Figures are written
// the Vietnamese way with src/core/format.ts (861/866 (99,4%), 1.949).
import type { OfficialDocument, DocumentSection, Sheet, Issuer, Signer } from '../../core/documents/index.ts';
import { formatDate, formatInt, formatPercent, formatShare, percent } from '../../core/format.ts';
import type { UnitRow } from '../units/store.ts';
import type { Indicators, Share } from './indicators.ts';
import { INDICATOR_BY_KEY } from './indicators.ts';
import { periodKindOf } from './period.ts';
import type { IndicatorReport } from './service.ts';

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
const PLACE_PREFIX = /^(tỉnh|thành phố|tp\.?|xã|phường|thị trấn|đặc khu|quận|huyện|thị xã)\s+/i;

/** "Tỉnh Hưng Yên" → "Hưng Yên" (the place name of the place-date line, Decree 30 App. I §II.4.a). */
export function placeName(unitName: string): string {
  return unitName.replace(PLACE_PREFIX, '').trim();
}

const GOV_KINDS = new Set(['commune', 'district', 'province']);

/** Issuer, signer, symbol and place of a report of `unit` (`ancestors` ordered from the root). */
export function issuerOf(unit: UnitRow, ancestors: UnitRow[], kind: IssuerKind) {
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

export function periodTitle(from: string, to: string): string {
  const p = periodKindOf(from, to);
  if (p.kind === 'first_half') return `6 tháng đầu năm ${p.year}`;
  if (p.kind === 'year') return `năm ${p.year}`;
  return `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
}

const shareText = (s: Share) => formatShare(s.held, s.units);

/** Summary rows: [STT, indicator, result] — every figure formatted the Vietnamese way. */
export function summaryRows(i: Indicators): string[][] {
  const L = (k: keyof Indicators) => INDICATOR_BY_KEY[k].label.vi;
  const rows: [string, string][] = [
    [L('staffConferences'), `${shareText(i.staffConferences)} cơ quan, đơn vị`],
    [L('workerConferences'), `${shareText(i.workerConferences)} doanh nghiệp`],
    [L('dialogues'), `${shareText(i.dialogues)} doanh nghiệp`],
    [L('villageMeetings'), `${formatInt(i.villageMeetings.held)} hội nghị`],
    ['Ý kiến nêu tại hội nghị, đối thoại', formatInt(i.opinions.raised)],
    ['Ý kiến được giải quyết', `${formatShare(i.opinions.resolved, i.opinions.raised)}`],
    ['Cuộc kiểm tra, giám sát của Ban TTND, Ban GSĐTCĐ', formatInt(i.oversight.activities)],
    ['Cuộc giám sát phát hiện dấu hiệu vi phạm', formatInt(i.oversight.withViolations)],
    ['Kiến nghị của Ban TTND, Ban GSĐTCĐ / được trả lời đúng hạn', `${formatInt(i.oversight.recommendations)} / ${formatInt(i.oversight.answeredOnTime)}`],
    ['Đơn thư tiếp nhận', formatInt(i.cases.received)],
    ['Đơn thư đã giải quyết', formatInt(i.cases.resolved)],
    ['Đơn thư giải quyết đúng hạn', formatInt(i.cases.resolvedOnTime)],
    ['Đơn thư quá hạn giải quyết', formatInt(i.cases.overdue)],
    ['Việc Nhân dân bàn và quyết định đã biểu quyết', formatInt(i.decisions.held)],
    ['Việc được thông qua', formatShare(i.decisions.passed, i.decisions.held)],
    ['Thông tin được công khai', formatInt(i.disclosures.published)],
    ['Việc lấy ý kiến Nhân dân / ý kiến nhận được', `${formatInt(i.consultations.opened)} / ${formatInt(i.consultations.opinions)}`],
    ['Mô hình "Dân vận khéo" đăng ký / được khen thưởng', `${formatInt(i.models.registered)} / ${formatInt(i.models.commended)}`],
  ];
  return rows.map(([label, value], n) => [String(n + 1), label, value]);
}

/** Sentences of the results section written from the figures (the people's narrative follows them). */
export function resultSentences(i: Indicators): string[] {
  const out: string[] = [];
  const sc = i.staffConferences;
  if (sc.units) out.push(`${formatInt(sc.held)}/${formatInt(sc.units)} cơ quan, đơn vị (đạt ${formatPercent(sc.rate)}) tổ chức hội nghị cán bộ, công chức, viên chức.`);
  const wc = i.workerConferences;
  const dl = i.dialogues;
  if (wc.units)
    out.push(
      `${formatInt(wc.held)}/${formatInt(wc.units)} doanh nghiệp (đạt ${formatPercent(wc.rate)}) tổ chức hội nghị người lao động; ${formatInt(dl.held)}/${formatInt(dl.units)} doanh nghiệp (đạt ${formatPercent(dl.rate)}) tổ chức đối thoại tại nơi làm việc.`,
    );
  if (i.opinions.raised)
    out.push(`Tại các hội nghị, đối thoại có ${formatInt(i.opinions.raised)} ý kiến được nêu, ${formatInt(i.opinions.resolved)} ý kiến được giải quyết (đạt ${formatPercent(i.opinions.rate)}).`);
  out.push(
    `Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng thực hiện ${formatInt(i.oversight.activities)} cuộc giám sát, phát hiện ${formatInt(i.oversight.withViolations)} cuộc có dấu hiệu vi phạm.`,
  );
  out.push(
    `Tiếp nhận ${formatInt(i.cases.received)} đơn thư, đã giải quyết ${formatInt(i.cases.resolved)} đơn, trong đó ${formatInt(i.cases.resolvedOnTime)} đơn đúng hạn; ${formatInt(i.cases.overdue)} đơn quá hạn giải quyết.`,
  );
  out.push(
    `Nhân dân bàn và quyết định ${formatInt(i.decisions.held)} việc, ${formatInt(i.decisions.passed)} việc được thông qua; công khai ${formatInt(i.disclosures.published)} nội dung thông tin.`,
  );
  return out;
}

function childRows(r: IndicatorReport): string[][] {
  return r.children.map((c, n) => {
    const i = c.indicators;
    return [
      String(n + 1),
      c.name,
      i.staffConferences.units ? shareText(i.staffConferences) : '—',
      i.workerConferences.units ? shareText(i.workerConferences) : '—',
      i.dialogues.units ? shareText(i.dialogues) : '—',
      `${formatInt(i.oversight.activities)} / ${formatInt(i.oversight.withViolations)}`,
      `${formatInt(i.cases.received)} / ${formatInt(i.cases.overdue)}`,
      `${formatInt(i.decisions.held)} / ${formatInt(i.decisions.passed)}`,
    ];
  });
}

const paragraphsOf = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function buildReportDocument(
  r: IndicatorReport,
  ancestors: UnitRow[],
  draft: ReportDraftContent,
  opts: { issuedOn: string; issuer: IssuerKind },
): OfficialDocument {
  const who = issuerOf(r.unit, ancestors, opts.issuer);
  const sections: DocumentSection[] = [];
  for (const s of NARRATIVE_SECTIONS) {
    const written = paragraphsOf(draft.sections[s.key]);
    if (s.key === 'results') {
      sections.push({ heading: s.heading.vi, paragraphs: [...resultSentences(r.indicators), ...written] });
      sections.push({
        heading: '1. Tổng hợp chỉ tiêu',
        paragraphs: [],
        table: { caption: 'Bảng 1. Tổng hợp chỉ tiêu thực hiện dân chủ ở cơ sở', columns: ['TT', 'Chỉ tiêu', 'Kết quả'], rows: summaryRows(r.indicators), widths: [6, 60, 34], align: ['center', 'left', 'right'] },
      });
      if (r.children.length) {
        sections.push({
          heading: '2. Kết quả theo đơn vị trực thuộc',
          paragraphs: [],
          table: {
            caption: 'Bảng 2. Kết quả theo đơn vị trực thuộc',
            columns: ['TT', 'Đơn vị', 'Hội nghị CBCCVC', 'Hội nghị NLĐ', 'Đối thoại', 'Giám sát / vi phạm', 'Đơn thư / quá hạn', 'Biểu quyết / thông qua'],
            rows: childRows(r),
            widths: [5, 19, 14, 14, 14, 11, 11, 12],
            align: ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
          },
          paragraphsAfterTable: ['Ghi chú: tỷ lệ trong ngoặc là số đơn vị đã tổ chức trên tổng số đơn vị, làm tròn một chữ số thập phân.'],
        });
      }
    } else {
      sections.push({ heading: s.heading.vi, paragraphs: written.length ? written : ['…'] });
    }
  }
  return {
    issuer: who.issuer,
    number: draft.number ?? undefined,
    symbol: who.symbol,
    place: who.place,
    date: opts.issuedOn,
    kind: 'BÁO CÁO',
    title: `Kết quả thực hiện dân chủ ở cơ sở ${periodTitle(r.from, r.to)}`,
    sections,
    recipients: r.unit.kind === 'province' ? ['Ban Chỉ đạo Trung ương', 'Thường trực Tỉnh ủy', 'Lưu: VT'] : ['Cấp trên trực tiếp', 'Ban Chỉ đạo cấp trên', 'Lưu: VT'],
    signer: { ...who.signer, name: draft.signerName?.trim() || ' ' },
  };
}

// ---- XLSX: one sheet per indicator group ------------------------------------------------------------------

export function buildWorkbookSheets(r: IndicatorReport): Sheet[] {
  const title = `${r.unit.name} — ${periodTitle(r.from, r.to)}`;
  const rows = [...r.children.map((c) => ({ name: c.name, i: c.indicators })), { name: 'Tổng cộng', i: r.indicators }];
  const i = r.indicators;
  const summary: Sheet = {
    name: 'Tổng hợp',
    title: `Tổng hợp chỉ tiêu — ${title}`,
    columns: [
      { header: 'Chỉ tiêu', key: 'label', kind: 'text', width: 60 },
      { header: 'Số lượng', key: 'n', kind: 'int' },
      { header: 'Trên tổng số', key: 'of', kind: 'int' },
      { header: 'Tỷ lệ', key: 'rate', kind: 'percent' },
    ],
    rows: [
      { label: INDICATOR_BY_KEY.staffConferences.label.vi, n: i.staffConferences.held, of: i.staffConferences.units, rate: i.staffConferences.rate },
      { label: INDICATOR_BY_KEY.workerConferences.label.vi, n: i.workerConferences.held, of: i.workerConferences.units, rate: i.workerConferences.rate },
      { label: INDICATOR_BY_KEY.dialogues.label.vi, n: i.dialogues.held, of: i.dialogues.units, rate: i.dialogues.rate },
      { label: 'Ý kiến được giải quyết / ý kiến nêu', n: i.opinions.resolved, of: i.opinions.raised, rate: i.opinions.rate },
      { label: 'Cuộc giám sát', n: i.oversight.activities },
      { label: 'Cuộc giám sát có dấu hiệu vi phạm', n: i.oversight.withViolations, of: i.oversight.activities, rate: percent(i.oversight.withViolations, i.oversight.activities) },
      { label: 'Đơn thư tiếp nhận', n: i.cases.received },
      { label: 'Đơn thư đã giải quyết', n: i.cases.resolved, of: i.cases.received, rate: percent(i.cases.resolved, i.cases.received) },
      { label: 'Đơn thư giải quyết đúng hạn', n: i.cases.resolvedOnTime },
      { label: 'Đơn thư quá hạn', n: i.cases.overdue },
      { label: 'Việc được thông qua / đã biểu quyết', n: i.decisions.passed, of: i.decisions.held, rate: percent(i.decisions.passed, i.decisions.held) },
      { label: 'Thông tin được công khai', n: i.disclosures.published },
      { label: 'Mô hình "Dân vận khéo" đăng ký', n: i.models.registered },
      { label: 'Mô hình "Dân vận khéo" được khen thưởng', n: i.models.commended, of: i.models.registered, rate: percent(i.models.commended, i.models.registered) },
    ],
  };
  return [
    summary,
    {
      name: 'Hội nghị, đối thoại',
      title: `Hội nghị, đối thoại — ${title}`,
      columns: [
        { header: 'Đơn vị', key: 'name', kind: 'text' },
        { header: 'Số cơ quan', key: 'agencies', kind: 'int' },
        { header: 'Tổ chức HN CBCCVC', key: 'staff', kind: 'int' },
        { header: 'Tỷ lệ HN CBCCVC', key: 'staffRate', kind: 'percent' },
        { header: 'Số doanh nghiệp', key: 'enterprises', kind: 'int' },
        { header: 'Tổ chức HN NLĐ', key: 'worker', kind: 'int' },
        { header: 'Tỷ lệ HN NLĐ', key: 'workerRate', kind: 'percent' },
        { header: 'Tổ chức đối thoại', key: 'dialogue', kind: 'int' },
        { header: 'Tỷ lệ đối thoại', key: 'dialogueRate', kind: 'percent' },
        { header: 'Ý kiến nêu', key: 'raised', kind: 'int' },
        { header: 'Ý kiến được giải quyết', key: 'resolved', kind: 'int' },
      ],
      rows: rows.map(({ name, i: x }) => ({
        name,
        agencies: x.staffConferences.units,
        staff: x.staffConferences.held,
        staffRate: x.staffConferences.rate,
        enterprises: x.workerConferences.units,
        worker: x.workerConferences.held,
        workerRate: x.workerConferences.rate,
        dialogue: x.dialogues.held,
        dialogueRate: x.dialogues.rate,
        raised: x.opinions.raised,
        resolved: x.opinions.resolved,
      })),
    },
    {
      name: 'Kiểm tra, giám sát',
      title: `Kiểm tra, giám sát — ${title}`,
      columns: [
        { header: 'Đơn vị', key: 'name', kind: 'text' },
        { header: 'Cuộc giám sát', key: 'activities', kind: 'int' },
        { header: 'Có dấu hiệu vi phạm', key: 'violations', kind: 'int' },
        { header: 'Kiến nghị', key: 'recs', kind: 'int' },
        { header: 'Trả lời đúng hạn', key: 'onTime', kind: 'int' },
      ],
      rows: rows.map(({ name, i: x }) => ({
        name,
        activities: x.oversight.activities,
        violations: x.oversight.withViolations,
        recs: x.oversight.recommendations,
        onTime: x.oversight.answeredOnTime,
      })),
    },
    {
      name: 'Đơn thư',
      title: `Đơn thư — ${title}`,
      columns: [
        { header: 'Đơn vị', key: 'name', kind: 'text' },
        { header: 'Tiếp nhận', key: 'received', kind: 'int' },
        { header: 'Đã giải quyết', key: 'resolved', kind: 'int' },
        { header: 'Đúng hạn', key: 'onTime', kind: 'int' },
        { header: 'Quá hạn', key: 'overdue', kind: 'int' },
      ],
      rows: rows.map(({ name, i: x }) => ({ name, received: x.cases.received, resolved: x.cases.resolved, onTime: x.cases.resolvedOnTime, overdue: x.cases.overdue })),
    },
    {
      name: 'Dân bàn, công khai',
      title: `Dân bàn và quyết định, công khai, lấy ý kiến — ${title}`,
      columns: [
        { header: 'Đơn vị', key: 'name', kind: 'text' },
        { header: 'Việc đã biểu quyết', key: 'held', kind: 'int' },
        { header: 'Được thông qua', key: 'passed', kind: 'int' },
        { header: 'Thông tin công khai', key: 'published', kind: 'int' },
        { header: 'Việc lấy ý kiến', key: 'opened', kind: 'int' },
        { header: 'Ý kiến nhận được', key: 'opinions', kind: 'int' },
      ],
      rows: rows.map(({ name, i: x }) => ({
        name,
        held: x.decisions.held,
        passed: x.decisions.passed,
        published: x.disclosures.published,
        opened: x.consultations.opened,
        opinions: x.consultations.opinions,
      })),
    },
  ];
}
