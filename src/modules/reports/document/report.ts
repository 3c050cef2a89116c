// The six-month / annual report as an administrative document (Decree 30/2020/NĐ-CP, Appendix I), in the seeds'
// structure: I situation; II leadership and direction (the committee's records, then people's words); III results by
// sector (document/parts.ts), the summary table and the table by child unit; IV shortcomings; V tasks for the next
// period; VI proposals. The figures are written by the indicators of the modules (core/indicators.ts `report`).
import type { DocumentSection, OfficialDocument } from '../../../core/documents/index.ts';
import type { IndicatorDefinition } from '../../../core/indicators.ts';
import type { ReportNote } from '../../../core/module.ts';
import { NO_LEADERSHIP, NO_NEXT_TASKS, RESULT_PARTS, recordedAndWritten, sectorParagraphs, textsByPart, type PartTexts } from './parts.ts';
import { issuerOf, NARRATIVE_SECTIONS, periodTitle, type IssuerKind, type ReportDraftContent, type UnitOfReport } from '../rules.ts';

/** The figures of a unit and of each of its children for a period. */
export interface IndicatorReport {
  unit: UnitOfReport;
  from: string;
  to: string;
  indicators: Record<string, unknown>;
  children: { unitId: string; name: string; kind: string; indicators: Record<string, unknown> }[];
}

/** Summary rows: [STT, indicator, result] — every figure formatted the Vietnamese way. */
export function summaryRows(defs: readonly IndicatorDefinition[], values: Record<string, unknown>): string[][] {
  const rows = defs.flatMap((d) => d.report?.summary?.(values[d.key]) ?? []);
  return rows.map(([label, value], n) => [String(n + 1), label, value]);
}

function childTable(defs: readonly IndicatorDefinition[], r: IndicatorReport): DocumentSection | null {
  if (!r.children.length) return null;
  const columns = defs.flatMap((d) => (d.report?.childColumns ?? []).map((c) => ({ def: d, ...c })));
  return {
    heading: `${RESULT_PARTS.length + 2}. Kết quả theo đơn vị trực thuộc`,
    paragraphs: [],
    table: {
      caption: 'Bảng 2. Kết quả theo đơn vị trực thuộc',
      columns: ['TT', 'Đơn vị', ...columns.map((c) => c.header)],
      rows: r.children.map((ch, n) => [String(n + 1), ch.name, ...columns.map((c) => c.cell(ch.indicators[c.def.key]))]),
      widths: [5, 19, ...columns.map((c) => c.width)],
      align: ['center', 'left', ...columns.map(() => 'right' as const)],
    },
    paragraphsAfterTable: ['Ghi chú: tỷ lệ trong ngoặc là số đơn vị đã tổ chức trên tổng số đơn vị, làm tròn một chữ số thập phân.'],
  };
}

const paragraphsOf = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** III: the people's overview, each sector in the seeds' order, then the summary table and the table by child unit. */
function resultsSections(defs: readonly IndicatorDefinition[], r: IndicatorReport, texts: PartTexts, heading: string, written: string[]): DocumentSection[] {
  const out: DocumentSection[] = [
    { heading, paragraphs: written },
    ...RESULT_PARTS.map((sector) => ({ heading: sector.heading, paragraphs: sectorParagraphs(texts, sector) })),
    {
      heading: `${RESULT_PARTS.length + 1}. Tổng hợp chỉ tiêu`,
      paragraphs: [],
      table: {
        caption: 'Bảng 1. Tổng hợp chỉ tiêu thực hiện dân chủ ở cơ sở',
        columns: ['TT', 'Chỉ tiêu', 'Kết quả'],
        rows: summaryRows(defs, r.indicators),
        widths: [6, 60, 34],
        align: ['center', 'left', 'right'],
      },
    },
  ];
  const byChild = childTable(defs, r);
  if (byChild) out.push(byChild);
  return out;
}

/** The sections in the seeds' order (rules.ts NARRATIVE_SECTIONS): what the records say, then what people wrote. */
function sectionsOf(defs: readonly IndicatorDefinition[], r: IndicatorReport, draft: ReportDraftContent, texts: PartTexts): DocumentSection[] {
  return NARRATIVE_SECTIONS.flatMap((s): DocumentSection[] => {
    const written = paragraphsOf(draft.sections[s.key]);
    const heading = s.heading.vi;
    if (s.key === 'results') return resultsSections(defs, r, texts, heading, written);
    if (s.key === 'leadership') return [{ heading, paragraphs: recordedAndWritten(texts, 'leadership', written, NO_LEADERSHIP) }];
    if (s.key === 'tasks') return [{ heading, paragraphs: recordedAndWritten(texts, 'nextTasks', written, NO_NEXT_TASKS) }];
    return [{ heading, paragraphs: written.length ? written : ['…'] }];
  });
}

export function buildReportDocument(
  defs: readonly IndicatorDefinition[],
  r: IndicatorReport,
  ancestors: readonly UnitOfReport[],
  draft: ReportDraftContent,
  opts: { issuedOn: string; issuer: IssuerKind; notes?: readonly ReportNote[] },
): OfficialDocument {
  const who = issuerOf(r.unit, ancestors, opts.issuer);
  const sections = sectionsOf(defs, r, draft, textsByPart(defs, r.indicators, opts.notes));
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
