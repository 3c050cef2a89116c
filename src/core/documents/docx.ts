/**
 * DOCX rendering of an OfficialDocument in the format of Decree 30/2020/NĐ-CP, Appendix I
 * (sections cited as "PL I §…", all in Part I), with the `docx` package — no hand-written XML.
 * The parts of the page are built in docx/: header.ts (ô 1–5a, 9a), body.ts and tables.ts (ô 6), signature.ts
 * (ô 7, 9b), on the blocks and measurements of blocks.ts and measure.ts.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { DocumentError, numberLine, validateOfficialDocument } from './official.ts';
import type { OfficialDocument } from './official.ts';
import { FONT, MARGIN, PAGE, S } from './docx/blocks.ts';
import { contentBlock } from './docx/body.ts';
import { addresseeBlock, headerBlock, titleBlock } from './docx/header.ts';
import { halfPt, twip } from './docx/measure.ts';
import { signatureBlock } from './docx/signature.ts';

export { textWidthPt } from './docx/measure.ts';

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
