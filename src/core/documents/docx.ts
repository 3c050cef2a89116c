/**
 * DOCX rendering of an OfficialDocument in the format of Decree 30/2020/NĐ-CP, Appendix I
 * (sections cited as "PL I §…", all in Part I), with the `docx` package — no hand-written XML.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { IBorderOptions } from 'docx';
import {
  DocumentError,
  ND30,
  addresseeLines,
  numberLine,
  placeDateLine,
  recipientLines,
  validateOfficialDocument,
} from './official.ts';
import type { CellAlign, DocumentTable, OfficialDocument, Signer } from './official.ts';

// ---------------------------------------------------------------------------------------------
// Units and text measurement

const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const halfPt = (pt: number): number => Math.round(pt * 2);
const ptTwip = (pt: number): number => Math.round(pt * 20);

/**
 * Advance widths (1/1000 em) of printable ASCII in Liberation Serif Regular and Bold, which are
 * metric-compatible with Times New Roman. Used to size the rules under the motto, the issuer's name
 * and the summary to the length the Decree asks for. Vietnamese letters are measured by their base
 * letter (diacritics do not change the advance width noticeably).
 */
// prettier-ignore
const WIDTH_REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const WIDTH_BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const table = bold ? WIDTH_BOLD : WIDTH_REGULAR;
  const base = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  let units = 0;
  for (const ch of base) {
    const code = ch.codePointAt(0) ?? 32;
    units += code >= 32 && code < 127 ? table[code - 32] : 500;
  }
  return (units * sizePt) / 1000;
}

const MM_PER_PT = 25.4 / 72;

// ---------------------------------------------------------------------------------------------
// Page geometry (PL I §I.1–3)

const PAGE = ND30.pageMm;
const MARGIN = ND30.marginMm;
const TEXT_WIDTH_MM = PAGE.width - MARGIN.left - MARGIN.right; // 165 mm
/** Header table: issuer on the left (ô 2, 3), national title on the right (ô 1, 4). */
const HEADER_LEFT_MM = 73; // "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" at 12 pt bold is ≈ 70 mm
const HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM; // 92 mm: "CỘNG HÒA … VIỆT NAM" at 12 pt bold is ≈ 88 mm
/** Signature area: "Nơi nhận" on the left (ô 9b), signer on the right (ô 7a–7c). */
const SIGN_LEFT_MM = 75;
const SIGN_RIGHT_MM = TEXT_WIDTH_MM - SIGN_LEFT_MM;

const FONT = ND30.font;
const S = ND30.size;
const BODY_LINE = Math.round(240 * ND30.lineSpacing); // 240ths of a line, lineRule auto

// ---------------------------------------------------------------------------------------------
// Building blocks

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, style: RunStyle): TextRun {
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

function para(text: string, o: ParaOptions): Paragraph {
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
function centredRule(lengthMm: number, boxMm: number): Paragraph {
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
function ruleUnder(text: string, sizePt: number, bold: boolean, boxMm: number, ratio: number): number {
  const lineMm = Math.min(textWidthPt(text, sizePt, bold) * MM_PER_PT, boxMm);
  return lineMm * ratio;
}

const NO_BORDERS = TableBorders.NONE;
const CELL_NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

function layoutTable(columnsMm: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: twip(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

function layoutCell(widthMm: number, children: Paragraph[]): TableCell {
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

const up = (s: string): string => s.trim().toLocaleUpperCase('vi');

// ---------------------------------------------------------------------------------------------
// Parts of the document

/** Ô 1–4: issuer and number on the left, national title, motto and place-date on the right. */
function headerBlock(doc: OfficialDocument): Table {
  const left: Paragraph[] = [];
  // PL I §II.2.b: parent in upper case, regular; issuer in upper case, bold; both 12–13, single spacing.
  if (doc.issuer.parent?.trim()) left.push(para(up(doc.issuer.parent), { size: S.issuer, align: 'center' }));
  const issuerName = up(doc.issuer.name);
  left.push(para(issuerName, { size: S.issuer, bold: true, align: 'center' }));
  // PL I §II.2.b: a solid rule 1/3–1/2 of the name's line, centred under it.
  left.push(centredRule(ruleUnder(issuerName, S.issuer, true, HEADER_LEFT_MM, ND30.shortRuleRatio), HEADER_LEFT_MM));

  const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const right: Paragraph[] = [
    // PL I §II.1.a: upper case, 12–13, bold, top right of the first page.
    para(nationalTitle, { size: S.nationalTitle, bold: true, align: 'center' }),
    // PL I §II.1.b: 13–14, bold, centred under the national title, single spacing.
    para(motto, { size: S.motto, bold: true, align: 'center' }),
    // PL I §II.1.b: a solid rule as long as the motto line.
    centredRule(textWidthPt(motto, S.motto, true) * MM_PER_PT, HEADER_RIGHT_MM),
  ];

  // PL I §II.3.c and §II.4.c: number and place-date on the same line, the latter italic, centred
  // under the national title.
  const numberPara = para(numberLine(doc.number, doc.symbol), { size: S.number, align: 'center', before: 6 });
  const placeDatePara = para(placeDateLine(doc), { size: S.placeDate, italics: true, align: 'center', before: 6 });

  return layoutTable(
    [HEADER_LEFT_MM, HEADER_RIGHT_MM],
    [
      new TableRow({ cantSplit: true, children: [layoutCell(HEADER_LEFT_MM, left), layoutCell(HEADER_RIGHT_MM, right)] }),
      new TableRow({ cantSplit: true, children: [layoutCell(HEADER_LEFT_MM, [numberPara]), layoutCell(HEADER_RIGHT_MM, [placeDatePara])] }),
    ],
  );
}

/** Ô 5a: kind (upper case, bold) and summary (bold), centred, with a short rule under (PL I §II.5.b). */
function titleBlock(doc: OfficialDocument): Paragraph[] {
  const title = doc.title.trim();
  return [
    para(up(doc.kind), { size: S.kind, bold: true, align: 'center', before: 18, keepNext: true }),
    para(title, { size: S.title, bold: true, align: 'center', keepNext: true }),
    centredRule(ruleUnder(title, S.title, true, TEXT_WIDTH_MM, ND30.shortRuleRatio), TEXT_WIDTH_MM),
    new Paragraph({ spacing: { before: 0, after: 0, line: ptTwip(10), lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

/** Ô 9a: "Kính gửi" — 13–14, regular (PL I §II.9.d). */
function addresseeBlock(addressees: readonly string[]): Paragraph[] {
  const lines = addresseeLines(addressees);
  if (lines.length === 0) return [];
  if (lines.length === 1) return [para(lines[0], { size: S.addressee, align: 'center', after: 6 })];
  // Several recipients: dashes aligned under the colon of "Kính gửi:".
  const label = lines[0];
  const labelMm = textWidthPt(label + ' ', S.addressee) * MM_PER_PT;
  const startMm = 30;
  return lines.slice(1).map((line, i) => {
    const last = i === lines.length - 2;
    const children = i === 0 ? [run(label + ' ', { size: S.addressee }), run(line, { size: S.addressee })] : [run(line, { size: S.addressee })];
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 0, after: last ? ptTwip(6) : 0 },
      // The first line starts at the label; the following dashes line up under the first one.
      indent: i === 0 ? { left: twip(startMm + labelMm), hanging: twip(labelMm) } : { left: twip(startMm + labelMm) },
      children,
    });
  });
}

const body = (text: string, extra: Partial<ParaOptions> = {}): Paragraph =>
  para(text, {
    size: S.body,
    align: 'justify',
    firstLine: true,
    after: ND30.paragraphSpacingPt,
    line: BODY_LINE,
    keepLines: false,
    ...extra,
  });

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
function dataTable(table: DocumentTable): Table {
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

/** Ô 6: the content (PL I §II.6). */
function contentBlock(doc: OfficialDocument): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  // PL I §II.6.a: legal bases in italics, each on its own line, ";" after each, "." after the last.
  (doc.bases ?? []).forEach((b, i, all) => {
    const text = b.trim().replace(/[;.]+$/, '') + (i === all.length - 1 ? '.' : ';');
    out.push(body(text, { italics: true }));
  });
  for (const section of doc.sections) {
    // Appendix I, Part I, Mục V item 6b: headings of parts and items are bold, same size as the body.
    if (section.heading?.trim()) out.push(body(section.heading.trim(), { bold: true, keepNext: true }));
    for (const p of section.paragraphs) out.push(body(p));
    if (section.table) {
      if (section.table.caption?.trim()) {
        out.push(para(section.table.caption.trim(), { size: S.body, bold: true, align: 'center', after: 6, keepNext: true }));
      }
      out.push(dataTable(section.table));
      out.push(new Paragraph({ spacing: { before: 0, after: ptTwip(6) }, children: [] }));
    }
    for (const p of section.paragraphsAfterTable ?? []) out.push(body(p));
  }
  return out;
}

/** Ô 7a–7c: authority and position in upper case, bold; room for the signature; name in bold (PL I §II.7.đ). */
function signerParagraphs(signer: Signer): Paragraph[] {
  const out: Paragraph[] = [];
  if (signer.authority?.trim()) out.push(para(up(signer.authority), { size: S.signer, bold: true, align: 'center', keepNext: true }));
  out.push(para(up(signer.position), { size: S.signer, bold: true, align: 'center', keepNext: true }));
  // Room for the handwritten signature and the seal (ô 7c, 8): about 25 mm.
  out.push(para(signer.name.trim(), { size: S.signer, bold: true, align: 'center', before: 72 }));
  return out;
}

/** Ô 9b: "Nơi nhận:" bold italic 12, entries regular 11, flush left (PL I §II.9.d). */
function recipientParagraphs(recipients: readonly string[]): Paragraph[] {
  const lines = recipientLines(recipients);
  if (lines.length === 0) return [];
  return [
    para('Nơi nhận:', { size: S.recipientsLabel, bold: true, italics: true, align: 'left', keepNext: true }),
    ...lines.map((l) => para(l, { size: S.recipients, align: 'left', keepNext: true })),
  ];
}

/** A little room between the content and the signature area. */
const signatureGap = (): Paragraph =>
  new Paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: ptTwip(8), lineRule: LineRuleType.EXACT }, children: [] });

function signatureBlock(doc: OfficialDocument): Array<Paragraph | Table> {
  const recipients = recipientParagraphs(doc.recipients ?? []);
  const extra = doc.extraSigners ?? [];
  if (extra.length === 0) {
    if (!doc.signer && recipients.length === 0) return [];
    // "Nơi nhận" on the same level as the signer's authority line (PL I §II.9.d).
    return [
      signatureGap(),
      layoutTable(
        [SIGN_LEFT_MM, SIGN_RIGHT_MM],
        [
          new TableRow({
            cantSplit: true,
            children: [layoutCell(SIGN_LEFT_MM, recipients), layoutCell(SIGN_RIGHT_MM, doc.signer ? signerParagraphs(doc.signer) : [])],
          }),
        ],
      ),
    ];
  }
  // Several signers side by side (e.g. minutes: secretary on the left, chair on the right).
  const signers = doc.signer ? [...extra, doc.signer] : extra;
  const colMm = TEXT_WIDTH_MM / signers.length;
  const tables: Array<Paragraph | Table> = [
    signatureGap(),
    layoutTable(
      signers.map(() => colMm),
      [new TableRow({ cantSplit: true, children: signers.map((s) => layoutCell(colMm, signerParagraphs(s))) })],
    ),
  ];
  if (recipients.length > 0) {
    tables.push(
      layoutTable([SIGN_LEFT_MM, SIGN_RIGHT_MM], [
        new TableRow({
          cantSplit: true,
          children: [layoutCell(SIGN_LEFT_MM, [new Paragraph({ spacing: { before: ptTwip(12) }, children: [] }), ...recipients]), layoutCell(SIGN_RIGHT_MM, [])],
        }),
      ]),
    );
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------

/** Renders an administrative document as DOCX (Decree 30/2020, Appendix I). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const problems = validateOfficialDocument(doc);
  if (problems.length > 0) throw new DocumentError('INVALID_DOCUMENT', problems.join(' '));

  const document = new Document({
    creator: 'Cơ Sở',
    title: `${doc.kind.trim()} ${doc.title.trim()}`,
    description: numberLine(doc.number, doc.symbol),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPt(S.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          // PL I §I.7: no page number on the first page.
          titlePage: true,
          page: {
            // PL I §I.1–2: A4 portrait.
            size: { width: twip(PAGE.width), height: twip(PAGE.height), orientation: PageOrientation.PORTRAIT },
            // PL I §I.3: margins.
            margin: {
              top: twip(MARGIN.top),
              bottom: twip(MARGIN.bottom),
              left: twip(MARGIN.left),
              right: twip(MARGIN.right),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: {
          // PL I §I.7: Arabic page numbers, 13–14, upright, centred in the top margin.
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPt(S.pageNumber) })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          headerBlock(doc),
          ...titleBlock(doc),
          ...addresseeBlock(doc.addressees ?? []),
          ...contentBlock(doc),
          ...signatureBlock(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
