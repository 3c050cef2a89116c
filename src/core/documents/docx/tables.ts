// Data tables in the content of a document: single-line borders, column widths and alignment guessed from the
// values when the document does not give them, the header row repeated on each page.
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { IBorderOptions } from 'docx';
import type { CellAlign, DocumentTable } from '../official.ts';
import { S, TEXT_WIDTH_MM, para } from './blocks.ts';
import { ptTwip, twip } from './measure.ts';

const NUMERIC = /^[-−+]?\d[\d.,/\s]*(%|\s*\(\s*[\d.,]+\s*%\s*\))?$/;

function defaultAlign(table: DocumentTable): CellAlign[] {
  return table.columns.map((_, c) => {
    const values = table.rows.map((r) => (r[c] ?? '').trim()).filter((v) => v !== '' && v !== '—' && v !== '-');
    return values.length > 0 && values.every((v) => NUMERIC.test(v)) ? 'center' : 'left';
  });
}

function defaultWeights(table: DocumentTable): number[] {
  return table.columns.map((h, c) => {
    const longestWord = Math.max(...[h, ...table.rows.map((r) => r[c] ?? '')].flatMap((v) => v.split(/\s+/)).map((w) => w.length), 1);
    const longest = Math.max(h.length * 0.6, ...table.rows.map((r) => (r[c] ?? '').length), 1);
    return Math.max(Math.min(longest, 45), longestWord + 1, 4);
  });
}

/** A data table with single-line borders; the header row repeats on each page. */
export function dataTable(table: DocumentTable): Table {
  const weights = table.widths ?? defaultWeights(table);
  const total = weights.reduce((a, b) => a + b, 0);
  const widthsMm = weights.map((w) => (w / total) * TEXT_WIDTH_MM);
  const align = table.align ?? defaultAlign(table);
  const cellMargins = { top: ptTwip(2), bottom: ptTwip(2), left: twip(1.5), right: twip(1.5) };
  const cell = (text: string, c: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: twip(widthsMm[c]), type: WidthType.DXA },
      margins: cellMargins,
      verticalAlign: VerticalAlignTable.CENTER,
      children: text
        .split('\n')
        .map((line) => para(line, { size: S.table, bold: header, align: header ? 'center' : (align[c] ?? 'left') })),
    });
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widthsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((h, c) => cell(h, c, true)) }),
      ...table.rows.map((r) => new TableRow({ cantSplit: true, children: table.columns.map((_, c) => cell(r[c] ?? '', c, false)) })),
    ],
  });
}
