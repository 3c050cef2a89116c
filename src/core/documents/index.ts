/**
 * Official documents: the Decree 30/2020 data model, and its DOCX, XLSX and PDF renderers.
 *
 *   const docx = await renderDocx(doc);            // Decree 30/2020 Appendix I layout
 *   const pdf = await renderPdf(docx);             // LibreOffice headless; DocumentError PDF_UNAVAILABLE if absent
 *   const xlsx = await renderXlsx({ sheets });     // one sheet per indicator group
 */
export { DocumentError, placeName } from './official.ts';
export type {
  CellAlign,
  DocumentErrorCode,
  DocumentSection,
  DocumentTable,
  Issuer,
  LegalDate,
  OfficialDocument,
  Signer,
} from './official.ts';
export { renderDocx } from './docx.ts';
export { renderXlsx } from './xlsx.ts';
export type { ColumnKind, Sheet, SheetColumn, Workbook } from './xlsx.ts';
export { renderPdf, isPdfAvailable } from './pdf.ts';
export type { PdfOptions } from './pdf.ts';
