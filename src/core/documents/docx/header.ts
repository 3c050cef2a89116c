// The head of a document: issuer, number, national title, motto, place and date (ô 1–4), kind and summary (ô 5a),
// and the addressees (ô 9a) — Decree 30/2020, Appendix I.
import { AlignmentType, LineRuleType, Paragraph, Table, TableRow } from 'docx';
import { ND30, addresseeLines, numberLine, placeDateLine } from '../official.ts';
import type { OfficialDocument } from '../official.ts';
import { HEADER_LEFT_MM, HEADER_RIGHT_MM, S, TEXT_WIDTH_MM, centredRule, layoutCell, layoutTable, para, ruleUnder, run, up } from './blocks.ts';
import { MM_PER_PT, ptTwip, textWidthPt, twip } from './measure.ts';

/** Ô 1–4: issuer and number on the left, national title, motto and place-date on the right. */
export function headerBlock(doc: OfficialDocument): Table {
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
export function titleBlock(doc: OfficialDocument): Paragraph[] {
  const title = doc.title.trim();
  return [
    para(up(doc.kind), { size: S.kind, bold: true, align: 'center', before: 18, keepNext: true }),
    para(title, { size: S.title, bold: true, align: 'center', keepNext: true }),
    centredRule(ruleUnder(title, S.title, true, TEXT_WIDTH_MM, ND30.shortRuleRatio), TEXT_WIDTH_MM),
    new Paragraph({ spacing: { before: 0, after: 0, line: ptTwip(10), lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

/** Ô 9a: "Kính gửi" — 13–14, regular (PL I §II.9.d). */
export function addresseeBlock(addressees: readonly string[]): Paragraph[] {
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
