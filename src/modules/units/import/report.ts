// `coso import`, reporting: the errors as a CSV file (row, column, value, message) and as a table for the terminal.
import { formatInt } from '../../../core/format.ts';
import { COLUMN_LABELS, type Column, type ImportError } from './columns.ts';

const csvCell = (s: string | number) => {
  const t = String(s);
  return /[",\n\r;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** The error report as CSV (UTF-8 with BOM so that Excel shows the diacritics). */
export function errorReportCsv(errors: readonly ImportError[]): string {
  const lines = ['dong,cot,gia_tri,loi', ...errors.map((e) => [e.row, e.column, e.value, e.message].map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A plain-text table of errors for the terminal (first `max`). */
export function errorTable(errors: readonly ImportError[], max = 50): string {
  const shown = errors.slice(0, max);
  const rows = [
    ['Dòng', 'Cột', 'Giá trị', 'Lỗi'],
    ...shown.map((e) => [
      e.row ? String(e.row) : '—',
      e.column ? (COLUMN_LABELS[e.column as Column] ?? e.column) : '—',
      e.value.length > 24 ? `${e.value.slice(0, 23)}…` : e.value,
      e.message,
    ]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => `${r[0]!.padStart(widths[0]!)} │ ${r[1]!.padEnd(widths[1]!)} │ ${r[2]!.padEnd(widths[2]!)} │ ${r[3]}`;
  const rule = `${'─'.repeat(widths[0]!)}─┼─${'─'.repeat(widths[1]!)}─┼─${'─'.repeat(widths[2]!)}─┼─${'─'.repeat(20)}`;
  const out = [fmt(rows[0]!), rule, ...rows.slice(1).map(fmt)];
  if (errors.length > max) out.push(`… và ${formatInt(errors.length - max)} lỗi khác.`);
  return out.join('\n');
}
