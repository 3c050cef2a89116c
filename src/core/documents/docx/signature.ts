// The end of a document: the signer or signers (ô 7a–7c) and "Nơi nhận" (ô 9b) — Decree 30/2020, Appendix I.
import { LineRuleType, Paragraph, Table, TableRow } from 'docx';
import { recipientLines } from '../official.ts';
import type { OfficialDocument, Signer } from '../official.ts';
import { S, SIGN_LEFT_MM, SIGN_RIGHT_MM, TEXT_WIDTH_MM, layoutCell, layoutTable, para, up } from './blocks.ts';
import { ptTwip } from './measure.ts';

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

export function signatureBlock(doc: OfficialDocument): Array<Paragraph | Table> {
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
