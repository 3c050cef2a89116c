// `coso import`, reading: the rows of a CSV or XLSX file under their canonical columns (columns.ts), with the row
// numbers the user sees; problems of the file itself as import errors.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatInt } from '../../../core/format.ts';
import { columnOf, MAX_IMPORT_ROWS, type Column, type ImportError, type ParsedFile, type RawRow } from './columns.ts';

/** A file that yields no rows, with why (`row` 0: about the whole file). */
const unreadable = (value: string, message: string, row = 0): ParsedFile => ({
  rows: [],
  columns: [],
  ignoredColumns: [],
  errors: [{ row, column: '', value, message }],
});

interface TableRow {
  row: number;
  cells: string[];
  /** XLSX: cells typed as numbers (a phone typed as a number has lost its leading 0). */
  numeric?: boolean[];
}

function fromTable(table: TableRow[]): ParsedFile {
  const errors: ImportError[] = [];
  const headerIdx = table.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIdx < 0) {
    return unreadable('', 'Tệp không có dữ liệu.');
  }
  const header = table[headerIdx]!;
  const map: (Column | null)[] = [];
  const columns: Column[] = [];
  const ignoredColumns: string[] = [];
  header.cells.forEach((h, i) => {
    const col = columnOf(h) ?? null;
    if (col && columns.includes(col)) {
      errors.push({ row: header.row, column: col, value: h, message: `Cột "${h}" bị lặp lại.` });
      map[i] = null;
      return;
    }
    map[i] = col;
    if (col) columns.push(col);
    else if (h.trim()) ignoredColumns.push(h.trim());
  });
  if (!columns.includes('loai') && !columns.includes('ma_thon') && !columns.includes('dai_dien')) {
    errors.push({
      row: header.row,
      column: '',
      value: header.cells.join(', ').slice(0, 200),
      message: 'Không nhận ra dòng tiêu đề: cần cột "loai" (đơn vị) hoặc "ma_thon" và "dai_dien" (hộ gia đình).',
    });
  }
  const rows: RawRow[] = [];
  for (const r of table.slice(headerIdx + 1)) {
    if (!r.cells.some((c) => c.trim() !== '')) continue;
    const values: Record<string, string> = {};
    r.cells.forEach((c, i) => {
      const col = map[i];
      if (!col) return;
      let v = c.trim();
      if (col === 'dien_thoai' && r.numeric?.[i] && /^[1-9][0-9]{8}$/.test(v)) v = `0${v}`;
      values[col] = v;
    });
    rows.push({ row: r.row, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: 0, column: '', value: String(rows.length), message: `Tệp có quá nhiều dòng (tối đa ${formatInt(MAX_IMPORT_ROWS)}).` });
  }
  return { rows, columns, ignoredColumns, errors };
}

/** Parses CSV text (UTF-8, with or without BOM; comma, semicolon or tab separated; quoted fields). */
export function parseCsvText(text: string): ParsedFile {
  // CRLF → LF first: csv-parse counts CR and LF as two lines inside quoted fields, which shifts row numbers.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return unreadable('', `Tệp CSV không đọc được (dòng ${err.lines ?? '?'}): kiểm tra dấu ngoặc kép và dấu phân cách.`, err.lines ?? 0);
  }
  return fromTable(
    records.map(({ record, info }) => ({
      // info.lines is the last line of the record; a quoted field may span lines.
      row: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    })),
  );
}

/** Reads the first worksheet of an XLSX file. */
async function parseXlsxFile(file: string): Promise<ParsedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return unreadable('', 'Tệp Excel không đọc được (cần định dạng .xlsx).');
  }
  const ws = wb.worksheets[0];
  if (!ws) return unreadable('', 'Tệp Excel không có trang tính nào.');
  const table: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 1; c <= r.cellCount; c++) {
      const cell = r.getCell(c);
      cells.push(cell.text ?? '');
      numeric.push(typeof cell.value === 'number');
    }
    table.push({ row: rowNumber, cells, numeric });
  });
  return fromTable(table);
}

export async function readImportFile(file: string): Promise<ParsedFile> {
  const ext = path.extname(file).toLowerCase();
  if (!fs.existsSync(file)) {
    return unreadable(file, `Không tìm thấy tệp "${file}".`);
  }
  if (ext === '.xlsx') return parseXlsxFile(file);
  if (ext === '.csv' || ext === '.txt') return parseCsvText(fs.readFileSync(file, 'utf8'));
  return unreadable(file, 'Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx.');
}

