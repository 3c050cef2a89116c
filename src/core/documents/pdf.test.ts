import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatShare } from '../format.ts';
import { renderDocx } from './docx.ts';
import { DocumentError } from './official.ts';
import type { OfficialDocument } from './official.ts';
import { PDF_UNAVAILABLE_MESSAGE, isPdfAvailable, renderPdf, resetPdfCacheForTests } from './pdf.ts';

const available = await isPdfAvailable();
if (!available) {
  console.warn(
    '\n⚠⚠⚠ LibreOffice (soffice) is NOT installed: the DOCX → PDF conversion tests are SKIPPED. ' +
      'Install libreoffice-writer-nogui and fonts-liberation2 to run them. ⚠⚠⚠\n',
  );
}
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

const doc: OfficialDocument = {
  issuer: { parent: 'UBND TỈNH NINH BÌNH', name: 'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH' },
  number: 12,
  symbol: 'BC-UBND',
  place: 'Hòa Bình',
  date: '2026-11-23',
  kind: 'BÁO CÁO',
  title: 'Kết quả thực hiện dân chủ ở cơ sở năm 2026',
  sections: [{ heading: 'I. KẾT QUẢ', paragraphs: [`Có ${formatShare(861, 866)} đơn vị tổ chức hội nghị.`] }],
  recipients: ['UBND tỉnh', 'Lưu: VT, VP'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
};

describe.skipIf(!available)('renderPdf (LibreOffice)', () => {
  it('converts the DOCX to a PDF with the title text', async () => {
    const pdf = await renderPdf(await renderDocx(doc));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPdftotext) {
      const dir = await mkdtemp(join(tmpdir(), 'coso-pdf-test-'));
      try {
        await writeFile(join(dir, 'a.pdf'), pdf);
        const text = spawnSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).stdout;
        expect(text).toContain('Kết quả thực hiện dân chủ ở cơ sở năm 2026');
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('861/866 (99,4%)');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } else {
      console.warn('pdftotext not installed: the PDF text is not checked.');
    }
  });

  it('runs conversions in parallel without profile clashes', async () => {
    const docx = await renderDocx(doc);
    const pdfs = await Promise.all([renderPdf(docx), renderPdf(docx), renderPdf(docx)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses input that is not a DOCX', async () => {
    await expect(renderPdf(Buffer.from('not a docx'))).rejects.toSatisfy(
      (e: unknown) => e instanceof DocumentError && e.code === 'INVALID_DOCUMENT',
    );
  });

  it('kills LibreOffice after the timeout and reports PDF_FAILED', async () => {
    const docx = await renderDocx(doc);
    await expect(renderPdf(docx, { timeoutMs: 50 })).rejects.toSatisfy(
      (e: unknown) => e instanceof DocumentError && e.code === 'PDF_FAILED' && e.message.includes('quá thời gian'),
    );
  });
});

describe('renderPdf without LibreOffice', () => {
  const saved = process.env.COSO_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.COSO_SOFFICE;
    else process.env.COSO_SOFFICE = saved;
    resetPdfCacheForTests();
  });

  it('throws PDF_UNAVAILABLE with a Vietnamese message', async () => {
    process.env.COSO_SOFFICE = '/nonexistent/soffice';
    resetPdfCacheForTests();
    expect(await isPdfAvailable()).toBe(false);
    await expect(renderPdf(Buffer.from('x'))).rejects.toSatisfy(
      (e: unknown) => e instanceof DocumentError && e.code === 'PDF_UNAVAILABLE' && e.message === PDF_UNAVAILABLE_MESSAGE,
    );
  });
});
