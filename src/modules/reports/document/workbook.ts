// The report as a workbook: a summary sheet, then one sheet per group of indicators, each row a child unit and the
// last the total — written by the indicators of the modules, sheets in order of first use; last, the sentences of
// the results by sector, as in the document.
import type { Sheet, SheetColumn } from '../../../core/documents/index.ts';
import type { IndicatorDefinition, IndicatorSheetColumn } from '../../../core/indicators.ts';
import type { ReportNote } from '../../../core/module.ts';
import { periodTitle } from '../rules.ts';
import { resultRows, textsByPart } from './parts.ts';
import type { IndicatorReport } from './report.ts';

function summarySheet(defs: readonly IndicatorDefinition[], r: IndicatorReport, title: string): Sheet {
  return {
    name: 'Tổng hợp',
    title: `Tổng hợp chỉ tiêu — ${title}`,
    columns: [
      { header: 'Chỉ tiêu', key: 'label', kind: 'text', width: 60 },
      { header: 'Số lượng', key: 'n', kind: 'int' },
      { header: 'Trên tổng số', key: 'of', kind: 'int' },
      { header: 'Tỷ lệ', key: 'rate', kind: 'percent' },
    ],
    rows: defs.flatMap((d) => d.report?.sheetRows?.(r.indicators[d.key]) ?? []),
  };
}

interface GroupSheet {
  name: string;
  title: string;
  columns: { def: IndicatorDefinition; column: IndicatorSheetColumn<unknown> }[];
}

function groupSheets(defs: readonly IndicatorDefinition[]): GroupSheet[] {
  const sheets = new Map<string, GroupSheet>();
  for (const def of defs) {
    const s = def.report?.sheet;
    if (!s) continue;
    let sheet = sheets.get(s.name);
    if (!sheet) sheets.set(s.name, (sheet = { name: s.name, title: s.title, columns: [] }));
    sheet.columns.push(...s.columns.map((column) => ({ def, column })));
  }
  return [...sheets.values()];
}

/** The sentences of section III by sector, as the document writes them (so the workbook says the same). */
function resultsSheet(defs: readonly IndicatorDefinition[], r: IndicatorReport, notes: readonly ReportNote[], title: string): Sheet {
  return {
    name: 'Kết quả theo lĩnh vực',
    title: `Kết quả thực hiện dân chủ ở cơ sở theo lĩnh vực — ${title}`,
    columns: [
      { header: 'Lĩnh vực', key: 'sector', kind: 'text', width: 32 },
      { header: 'Kết quả', key: 'text', kind: 'text', width: 90 },
    ],
    rows: resultRows(textsByPart(defs, r.indicators, notes)),
  };
}

export function buildWorkbookSheets(defs: readonly IndicatorDefinition[], r: IndicatorReport, notes: readonly ReportNote[] = []): Sheet[] {
  const title = `${r.unit.name} — ${periodTitle(r.from, r.to)}`;
  const rows = [...r.children.map((c) => ({ name: c.name, values: c.indicators })), { name: 'Tổng cộng', values: r.indicators }];
  return [
    summarySheet(defs, r, title),
    ...groupSheets(defs).map((g) => ({
      name: g.name,
      title: `${g.title} — ${title}`,
      columns: [
        { header: 'Đơn vị', key: 'name', kind: 'text' } as SheetColumn,
        ...g.columns.map(({ column: c }) => ({ header: c.header, key: c.key, kind: c.kind, ...(c.width ? { width: c.width } : {}) }) as SheetColumn),
      ],
      rows: rows.map((row) => ({ name: row.name, ...Object.fromEntries(g.columns.map(({ def, column: c }) => [c.key, c.value(row.values[def.key])])) })),
    })),
    resultsSheet(defs, r, notes, title),
  ];
}
