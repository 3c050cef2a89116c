// The six-month / annual report as an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the narrative
// sections written by people, and what the figures say — sentences, the summary table, the table by child unit —
// each written by the indicators of the modules (core/indicators.ts `report`), in the order of the module list.
import type { DocumentSection, OfficialDocument } from '../../../core/documents/index.ts';
import type { IndicatorDefinition } from '../../../core/indicators.ts';
import { issuerOf, NARRATIVE_SECTIONS, periodTitle, type IssuerKind, type ReportDraftContent, type UnitOfReport } from '../rules.ts';

/** The figures of a unit and of each of its children for a period. */
export interface IndicatorReport {
  unit: UnitOfReport;
  from: string;
  to: string;
  indicators: Record<string, unknown>;
  children: { unitId: string; name: string; kind: string; indicators: Record<string, unknown> }[];
}

const lookup = (values: Record<string, unknown>) => (key: string) => values[key];

/** Sentences of the results section written from the figures (the people's narrative follows them). */
export function resultSentences(defs: readonly IndicatorDefinition[], values: Record<string, unknown>): string[] {
  return defs.flatMap((d) => d.report?.sentences?.(values[d.key], lookup(values)) ?? []);
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
    heading: '2. Kết quả theo đơn vị trực thuộc',
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

function resultsSections(defs: readonly IndicatorDefinition[], r: IndicatorReport, heading: string, written: string[]): DocumentSection[] {
  const out: DocumentSection[] = [
    { heading, paragraphs: [...resultSentences(defs, r.indicators), ...written] },
    {
      heading: '1. Tổng hợp chỉ tiêu',
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

export function buildReportDocument(
  defs: readonly IndicatorDefinition[],
  r: IndicatorReport,
  ancestors: readonly UnitOfReport[],
  draft: ReportDraftContent,
  opts: { issuedOn: string; issuer: IssuerKind },
): OfficialDocument {
  const who = issuerOf(r.unit, ancestors, opts.issuer);
  const sections: DocumentSection[] = NARRATIVE_SECTIONS.flatMap((s) => {
    const written = paragraphsOf(draft.sections[s.key]);
    if (s.key === 'results') return resultsSections(defs, r, s.heading.vi, written);
    return [{ heading: s.heading.vi, paragraphs: written.length ? written : ['…'] }];
  });
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
