/**
 * XLSX export of report indicators with exceljs: one sheet per indicator group, a bold frozen header
 * row, Vietnamese number display and column widths.
 */
import ExcelJS from 'exceljs';
import { vietnamDateParts } from '../format.ts';
import type { DateInput } from '../format.ts';

export type ColumnKind = 'int' | 'percent' | 'text' | 'date';

export interface SheetColumn {
  header: string;
  key: string;
  /** Width in Excel characters; by default from the longest header or value (8–60). */
  width?: number;
  /**
   * - 'int': numbers shown with Vietnamese thousands separators (1.949);
   * - 'percent': percent points as returned by `percent()` (99.4 → shown "99,4%"/"99.4%", stored as 0.994);
   *   null/undefined (share of nothing) is shown as "—";
   * - 'date': 'YYYY-MM-DD', ISO timestamp or Date, shown dd/mm/yyyy (Vietnam calendar date);
   * - 'text' (default).
   */
  kind?: ColumnKind;
}

export interface Sheet {
  name: string;
  /** A title line above the table, e.g. "Hội nghị cán bộ, công chức, viên chức 6 tháng đầu năm 2026". */
  title?: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
}

export interface Workbook {
  sheets: Sheet[];
}

/**
 * Excel writes thousands and decimal separators from the reader's regional settings; a format code
 * cannot choose them. For whole numbers we can still force the Vietnamese dot by writing it as a
 * literal between digit placeholders, with conditions so that the code stays right when a value is
 * edited between 0 and 10^9 (LibreOffice reads the same codes). Other values (negative, ≥ 10^9) get a
 * literal-dot code sized to their own magnitude. Decimals (percentages) cannot be forced this way:
 * they use the standard code "0.0%", which shows "99,4%" under Vietnamese regional settings.
 */
export const INT_FORMAT = '[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0';
export const PERCENT_FORMAT = '0.0%';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A single-section code with literal dots for a whole number of this magnitude, e.g. 1234567890 → "#\.###\.###\.##0". */
export function intFormatFor(value: number): string {
  if (value >= 0 && value < 1e9) return INT_FORMAT;
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.abs(Math.round(value))))) + 1);
  const groups = Math.ceil(digits / 3);
  if (groups <= 1) return '0';
  return '#' + '\\.###'.repeat(groups - 2) + '\\.##0';
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let base = raw.replace(FORBIDDEN_IN_SHEET_NAME, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
    if (!base) base = `Trang ${i + 1}`;
    base = base.slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  return null;
}

/** An Excel date for a Vietnam calendar date (exceljs writes Dates as UTC serials). */
function excelDate(v: unknown): Date | null {
  if (!(typeof v === 'string' || v instanceof Date)) return null;
  try {
    const p = vietnamDateParts(v as DateInput);
    return new Date(Date.UTC(p.year, p.month - 1, p.day));
  } catch {
    return null;
  }
}

function displayLength(v: unknown, kind: ColumnKind): number {
  if (v === null || v === undefined) return 1;
  if (kind === 'date') return 10;
  if (kind === 'percent') return 6;
  if (kind === 'int') {
    const n = toNumber(v);
    return n === null ? String(v).length : Math.round(Math.abs(n)).toString().length * 1.35 + 1;
  }
  return Math.max(...String(v).split('\n').map((l) => l.length));
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function addSheet(wb: ExcelJS.Workbook, sheet: Sheet, name: string): void {
  const headerRow = sheet.title?.trim() ? 2 : 1;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    properties: { defaultRowHeight: 18 },
  });
  const cols = sheet.columns;

  cols.forEach((c, i) => {
    const kind = c.kind ?? 'text';
    const longest = Math.max(c.header.length, ...sheet.rows.map((r) => displayLength(r[c.key], kind)));
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? Math.min(60, Math.max(8, Math.ceil(longest) + 2));
    col.key = c.key;
  });

  if (headerRow === 2) {
    const t = ws.getCell(1, 1);
    t.value = sheet.title!.trim();
    t.font = { bold: true, size: 13 };
    t.alignment = { vertical: 'middle', horizontal: 'left' };
    if (cols.length > 1) ws.mergeCells(1, 1, 1, cols.length);
    ws.getRow(1).height = 24;
  }

  const header = ws.getRow(headerRow);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
    cell.border = BOX;
  });
  header.commit();

  sheet.rows.forEach((r, j) => {
    const row = ws.getRow(headerRow + 1 + j);
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = r[c.key];
      const kind = c.kind ?? 'text';
      cell.border = BOX;
      cell.alignment = { vertical: 'top', wrapText: kind === 'text' };
      if (v === null || v === undefined || v === '') {
        if (kind === 'percent') {
          cell.value = '—';
          cell.alignment = { vertical: 'top', horizontal: 'right' };
        }
        return;
      }
      const n = toNumber(v);
      if (kind === 'int' && n !== null) {
        cell.value = n;
        cell.numFmt = intFormatFor(n);
      } else if (kind === 'percent' && n !== null) {
        cell.value = n / 100;
        cell.numFmt = PERCENT_FORMAT;
      } else if (kind === 'date' && excelDate(v)) {
        cell.value = excelDate(v);
        cell.numFmt = DATE_FORMAT;
        cell.alignment = { vertical: 'top', horizontal: 'center' };
      } else {
        cell.value = typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : (v as string | number | boolean | Date);
      }
    });
    row.commit();
  });

  if (cols.length > 0 && sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + sheet.rows.length, column: cols.length } };
  }
  ws.pageSetup = { paperSize: 9, orientation: cols.length > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
}

/** Renders a workbook: one sheet per indicator group. */
export async function renderXlsx(book: Workbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cơ Sở';
  wb.created = new Date();
  const sheets = book.sheets.length > 0 ? book.sheets : [{ name: 'Trống', columns: [], rows: [] }];
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((s, i) => addSheet(wb, s, names[i]));
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
