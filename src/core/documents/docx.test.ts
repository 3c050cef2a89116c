import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatInt, formatShare } from '../format.ts';
import { renderDocx, textWidthPt } from './docx.ts';
import { DocumentError } from './official.ts';
import type { OfficialDocument } from './official.ts';

const sampleReport: OfficialDocument = {
  issuer: { parent: 'UBND tỉnh Ninh Bình', name: 'Ủy ban nhân dân xã Hòa Bình' },
  number: 5,
  symbol: 'BC-UBND',
  place: 'Hòa Bình',
  date: '2026-02-05',
  kind: 'Báo cáo',
  title: 'Kết quả thực hiện dân chủ ở cơ sở 6 tháng cuối năm 2025',
  addressees: ['Ủy ban nhân dân tỉnh Ninh Bình'],
  sections: [
    {
      heading: 'I. KẾT QUẢ THỰC HIỆN',
      paragraphs: [
        `Có ${formatShare(861, 866)} đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; trên ${formatInt(1400)} ý kiến được giải quyết.`,
      ],
      table: {
        caption: 'Bảng 1. Kết quả tổ chức hội nghị',
        columns: ['STT', 'Đơn vị', 'Số hội nghị', 'Tỷ lệ'],
        rows: [
          ['1', 'Thôn Đông', '12', formatShare(12, 12)],
          ['2', 'Thôn Trung Hòa', formatInt(1949), formatShare(861, 866)],
        ],
      },
    },
    { heading: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ', paragraphs: ['Tiếp tục triển khai Luật Thực hiện dân chủ ở cơ sở.'] },
  ],
  recipients: ['Như trên', 'Ban Chỉ đạo tỉnh', 'Lưu: VT, VP'],
  signer: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Văn An' },
};

async function documentXml(buffer: Buffer): Promise<{ doc: string; styles: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(buffer);
  const doc = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  return { doc, styles, zip };
}

/** The visible text of document.xml, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('renderDocx', () => {
  it('writes the Decree 30 parts of a report', async () => {
    const buf = await renderDocx(sampleReport);
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    const { doc } = await documentXml(buf);
    const texts = paragraphs(doc);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND TỈNH NINH BÌNH',
      'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH',
      'Số: 05/BC-UBND',
      'Hòa Bình, ngày 05 tháng 02 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện dân chủ ở cơ sở 6 tháng cuối năm 2025',
      'Kính gửi: Ủy ban nhân dân tỉnh Ninh Bình.',
      'I. KẾT QUẢ THỰC HIỆN',
      '861/866 (99,4%)',
      '1.949',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, VP.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]) {
      expect(texts, expected).toContain(expected);
    }
    expect(doc).toContain('Có 861/866 (99,4%) đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; trên 1.400 ý kiến được giải quyết.');
  });

  it('uses Times New Roman, A4 and the Decree 30 margins', async () => {
    const { doc, styles } = await documentXml(await renderDocx(sampleReport));
    expect(doc).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('Times New Roman');
    // A4 = 210 × 297 mm = 11906 × 16838 twips (±1 for rounding)
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(doc)![1];
    expect(Number(/w:w="(\d+)"/.exec(pgSz)![1])).toBeGreaterThanOrEqual(11905);
    expect(Number(/w:w="(\d+)"/.exec(pgSz)![1])).toBeLessThanOrEqual(11907);
    expect(Number(/w:h="(\d+)"/.exec(pgSz)![1])).toBeGreaterThanOrEqual(16837);
    expect(Number(/w:h="(\d+)"/.exec(pgSz)![1])).toBeLessThanOrEqual(16839);
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    const mm = (attr: string): number => (Number(new RegExp(`w:${attr}="(\\d+)"`).exec(pgMar)![1]) * 25.4) / 1440;
    expect(mm('top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('top')).toBeLessThanOrEqual(25.1);
    expect(mm('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('left')).toBeLessThanOrEqual(35.1);
    expect(mm('right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('right')).toBeLessThanOrEqual(20.1);
  });

  it('sets the sizes of Appendix I (half-points) and styles', async () => {
    const { doc } = await documentXml(await renderDocx(sampleReport));
    const runOf = (text: string): string => {
      const i = doc.indexOf(`>${text}</w:t>`);
      expect(i, text).toBeGreaterThan(0);
      const start = doc.lastIndexOf('<w:r>', i);
      return doc.slice(start, i);
    };
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/); // bold 12
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/); // bold 13
    expect(runOf('Hòa Bình, ngày 05 tháng 02 năm 2026')).toMatch(/<w:i\/>/); // italic
    expect(runOf('Số: 05/BC-UBND')).toContain('<w:sz w:val="26"/>'); // 13
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/); // bold italic 12
    expect(runOf('- Như trên;')).toContain('<w:sz w:val="22"/>'); // 11
    expect(runOf('Nguyễn Văn An')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/); // bold 14
    // body: justified, first-line indent 1.27 cm = 720 twips, 6 pt = 120 twips after
    expect(doc).toMatch(/<w:jc w:val="both"\/>/);
    expect(doc).toContain('w:firstLine="720"');
    expect(doc).toContain('w:after="120"');
    // no page number on the first page
    expect(doc).toContain('<w:titlePg/>');
  });

  it('draws the data table with borders and the header table without', async () => {
    const { doc } = await documentXml(await renderDocx(sampleReport));
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const header = tables.find((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!;
    expect(header).not.toMatch(/<w:tblBorders>[\s\S]*w:val="single"[\s\S]*<\/w:tblBorders>/);
    const data = tables.find((t) => t.includes('Thôn Trung Hòa'))!;
    expect(data).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
    expect(data).toContain('<w:tblHeader/>');
  });

  it('renders minutes with side-by-side signers and an unnumbered document', async () => {
    const minutes: OfficialDocument = {
      ...sampleReport,
      number: undefined,
      symbol: 'BB-UBND',
      kind: 'BIÊN BẢN',
      addressees: undefined,
      recipients: undefined,
      signer: { position: 'CHỦ TRÌ', name: 'Trần Văn Bình' },
      extraSigners: [{ position: 'THƯ KÝ', name: 'Lê Thị Cúc' }],
    };
    const { doc } = await documentXml(await renderDocx(minutes));
    const texts = paragraphs(doc);
    expect(texts.some((t) => /^Số: \u00a0+\/BB-UBND$/.test(t))).toBe(true);
    const secretary = doc.indexOf('THƯ KÝ');
    const chair = doc.indexOf('CHỦ TRÌ');
    expect(secretary).toBeGreaterThan(0);
    expect(chair).toBeGreaterThan(secretary); // secretary left, chair right, in one row
    const row = doc.slice(doc.lastIndexOf('<w:tr>', secretary), doc.indexOf('</w:tr>', secretary));
    expect(row).toContain('CHỦ TRÌ');
    expect(texts).not.toContain('Nơi nhận:');
  });

  it('rejects an invalid document with a typed error', async () => {
    await expect(renderDocx({ ...sampleReport, title: '' })).rejects.toSatisfy(
      (e: unknown) => e instanceof DocumentError && e.code === 'INVALID_DOCUMENT' && e.message.includes('trích yếu'),
    );
  });
});

describe('textWidthPt', () => {
  it('measures Times New Roman text (metric-compatible Liberation Serif)', () => {
    // 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' bold 12 pt ≈ 250 pt ≈ 88 mm
    expect(textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true)).toBeCloseTo(250.3, 0);
    expect(textWidthPt('Độc lập - Tự do - Hạnh phúc', 13, true)).toBeCloseTo(158.6, 0);
  });
});
