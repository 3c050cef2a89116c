// The content of a document (ô 6): legal bases, sections with their headings, paragraphs and tables.
import { Paragraph, Table } from 'docx';
import type { OfficialDocument } from '../official.ts';
import { S, body, para } from './blocks.ts';
import { ptTwip } from './measure.ts';
import { dataTable } from './tables.ts';

/** Ô 6: the content (PL I §II.6). */
export function contentBlock(doc: OfficialDocument): Array<Paragraph | Table> {
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
