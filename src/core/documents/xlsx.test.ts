import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { percent } from '../format.ts';
import { DATE_FORMAT, INT_FORMAT, PERCENT_FORMAT, intFormatFor, renderXlsx, sheetNames } from './xlsx.ts';
import type { Workbook } from './xlsx.ts';

const book: Workbook = {
  sheets: [
    {
      name: 'Hội nghị CBCCVC',
      title: 'Hội nghị cán bộ, công chức, viên chức 6 tháng đầu năm 2026',
      columns: [
        { header: 'Đơn vị', key: 'unit', kind: 'text', width: 30 },
        { header: 'Số đơn vị', key: 'total', kind: 'int' },
        { header: 'Đã tổ chức', key: 'held', kind: 'int' },
        { header: 'Tỷ lệ', key: 'share', kind: 'percent' },
        { header: 'Ngày báo cáo', key: 'date', kind: 'date' },
      ],
      rows: [
        { unit: 'Tỉnh Ninh Bình', total: 866, held: 861, share: percent(861, 866), date: '2026-06-30' },
        { unit: 'Xã Hòa Bình', total: 1949, held: 1_234_567, share: percent(2, 3), date: '2026-06-29T18:00:00Z' },
        { unit: 'Xã Trống', total: 0, held: 0, share: percent(0, 0), date: null },
      ],
    },
    {
      name: 'Đối thoại/doanh nghiệp',
      columns: [
        { header: 'Doanh nghiệp', key: 'name' },
        { header: 'Ý kiến được giải quyết', key: 'resolved', kind: 'int' },
      ],
      rows: [{ name: 'Công ty A', resolved: 1_400 }],
    },
  ],
};

describe('renderXlsx', () => {
  it('writes one sheet per group with headers, values and Vietnamese formats', async () => {
    const buf = await renderXlsx(book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hội nghị CBCCVC', 'Đối thoại doanh nghiệp']);

    const ws = wb.getWorksheet('Hội nghị CBCCVC')!;
    expect(ws.getCell('A1').value).toBe('Hội nghị cán bộ, công chức, viên chức 6 tháng đầu năm 2026');
    expect(ws.getRow(2).values).toEqual([undefined, 'Đơn vị', 'Số đơn vị', 'Đã tổ chức', 'Tỷ lệ', 'Ngày báo cáo']);
    expect(ws.getCell('B2').font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(1).width).toBe(30);

    expect(ws.getCell('A3').value).toBe('Tỉnh Ninh Bình');
    expect(ws.getCell('C3').value).toBe(861);
    // exceljs drops the backslashes of format codes when it reads them back; the file has them (below)
    expect(ws.getCell('C3').numFmt).toBe(INT_FORMAT.replace(/\\/g, ''));
    expect(ws.getCell('D3').value).toBeCloseTo(0.994, 10);
    expect(ws.getCell('D3').numFmt).toBe(PERCENT_FORMAT);
    expect(ws.getCell('D4').value).toBeCloseTo(0.667, 10);
    expect(ws.getCell('D5').value).toBe('—');
    expect(ws.getCell('C4').value).toBe(1_234_567);
    const date = ws.getCell('E3').value as Date;
    expect(date.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(ws.getCell('E3').numFmt).toBe(DATE_FORMAT);
    expect((ws.getCell('E4').value as Date).toISOString()).toBe('2026-06-30T00:00:00.000Z'); // 01:00 in Hà Nội

    const ws2 = wb.getWorksheet('Đối thoại doanh nghiệp')!;
    expect(ws2.getRow(1).values).toEqual([undefined, 'Doanh nghiệp', 'Ý kiến được giải quyết']);
    expect(ws2.getCell('B2').value).toBe(1400);
    expect(ws2.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('stores the escaped format codes in the file', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(book));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('formatCode="[&gt;=1000000]#\\.###\\.##0;[&gt;=1000]#\\.##0;0"');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
  });

  it('an empty book still opens', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx({ sheets: [] })) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
  });
});

describe('format codes', () => {
  it('literal Vietnamese thousands dots sized to the value', () => {
    expect(intFormatFor(1949)).toBe(INT_FORMAT);
    expect(intFormatFor(1_234_567_890)).toBe('#\\.###\\.###\\.##0');
    expect(intFormatFor(-1949)).toBe('#\\.##0');
    expect(intFormatFor(-5)).toBe('0');
    expect(intFormatFor(18_126_000_000_000)).toBe('#\\.###\\.###\\.###\\.##0');
  });
});

describe('sheetNames', () => {
  it('removes forbidden characters, truncates to 31 and de-duplicates', () => {
    expect(sheetNames(['a/b', 'A B', 'x'.repeat(40), 'x'.repeat(40), ''])).toEqual([
      'a b',
      'A B (2)',
      'x'.repeat(31),
      'x'.repeat(27) + ' (2)',
      'Trang 5',
    ]);
  });
});
