// The building blocks of a Decree 30/2020 document: page geometry (Appendix I, Part I, §I.1–3), runs and paragraphs
// in the Decree's font, centred rules, and the borderless layout tables that place the header and signature parts.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBorderOptions } from 'docx';
import { ND30 } from '../official.ts';
import { MM_PER_PT, halfPt, ptTwip, textWidthPt, twip } from './measure.ts';

export const PAGE = ND30.pageMm;
export const MARGIN = ND30.marginMm;
export const TEXT_WIDTH_MM = PAGE.width - MARGIN.left - MARGIN.right; // 165 mm
/** Header table: issuer on the left (ô 2, 3), national title on the right (ô 1, 4). */
export const HEADER_LEFT_MM = 73; // "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" at 12 pt bold is ≈ 70 mm
export const HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM; // 92 mm: "CỘNG HÒA … VIỆT NAM" at 12 pt bold is ≈ 88 mm
/** Signature area: "Nơi nhận" on the left (ô 9b), signer on the right (ô 7a–7c). */
export const SIGN_LEFT_MM = 75;
export const SIGN_RIGHT_MM = TEXT_WIDTH_MM - SIGN_LEFT_MM;

export const FONT = ND30.font;
export const S = ND30.size;
const BODY_LINE = Math.round(240 * ND30.lineSpacing); // 240ths of a line, lineRule auto

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPt(style.size),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    language: { value: 'vi-VN' },
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface ParaOptions extends RunStyle {
  align?: keyof typeof ALIGN;
  before?: number; // pt
  after?: number; // pt
  firstLine?: boolean;
  indentLeftMm?: number;
  hangingMm?: number;
  keepNext?: boolean;
  /** Keep the lines of the paragraph on one page (default true; body text may break across pages). */
  keepLines?: boolean;
  line?: number; // 240ths
}

export function para(text: string, o: ParaOptions): Paragraph {
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    spacing: { before: ptTwip(o.before ?? 0), after: ptTwip(o.after ?? 0), line: o.line ?? 240, lineRule: LineRuleType.AUTO },
    indent: {
      ...(o.firstLine ? { firstLine: twip(ND30.firstLineIndentMm) } : {}),
      ...(o.indentLeftMm !== undefined ? { left: twip(o.indentLeftMm) } : {}),
      ...(o.hangingMm !== undefined ? { hanging: twip(o.hangingMm) } : {}),
    },
    keepNext: o.keepNext ?? false,
    keepLines: o.keepLines ?? true,
    children: [run(text, o)],
  });
}

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

/**
 * A horizontal rule `lengthMm` long, centred in a box `boxMm` wide: an empty paragraph with a bottom
 * border, narrowed by equal left and right indents.
 */
export function centredRule(lengthMm: number, boxMm: number): Paragraph {
  const side = Math.max(0, (boxMm - lengthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // A 4 pt high empty line: the rule sits about 3–4 pt under the text above, as in the Decree's samples.
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: twip(side), right: twip(side) },
    border: { bottom: RULE },
    children: [new TextRun({ text: '', font: FONT, size: 2 })],
  });
}

/** Length of a rule that is `ratio` of the (first) line of `text`, wrapped in `boxMm`. */
export function ruleUnder(text: string, sizePt: number, bold: boolean, boxMm: number, ratio: number): number {
  const lineMm = Math.min(textWidthPt(text, sizePt, bold) * MM_PER_PT, boxMm);
  return lineMm * ratio;
}

const NO_BORDERS = TableBorders.NONE;
const CELL_NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

export function layoutTable(columnsMm: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: twip(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

export function layoutCell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: twip(widthMm), type: WidthType.DXA },
    margins: CELL_NO_MARGIN,
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

export const up = (s: string): string => s.trim().toLocaleUpperCase('vi');

export const body = (text: string, extra: Partial<ParaOptions> = {}): Paragraph =>
  para(text, {
    size: S.body,
    align: 'justify',
    firstLine: true,
    after: ND30.paragraphSpacingPt,
    line: BODY_LINE,
    keepLines: false,
    ...extra,
  });
