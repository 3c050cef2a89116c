import { describe, expect, it } from 'vitest';
import { cleanFilename, contentDisposition, detectType } from './attachments.ts';

const PDF = new TextEncoder().encode('%PDF-1.7 ...');
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

describe('attachment types', () => {
  it('accepts whitelisted types by declared type or by file name for octet-stream', () => {
    expect(detectType('application/pdf', 'a.pdf', PDF)).toBe('application/pdf');
    expect(detectType('application/octet-stream', 'Báo cáo.PDF', PDF)).toBe('application/pdf');
    expect(detectType('application/octet-stream', 'bang.xlsx', ZIP)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
  it('refuses other types, mismatched names and content', () => {
    expect(() => detectType('application/octet-stream', 'a.exe', PDF)).toThrow(/không được chấp nhận/);
    expect(() => detectType('image/png', 'a.pdf', PDF)).toThrow(/không khớp/);
    expect(() => detectType('application/pdf', 'a.pdf', ZIP)).toThrow(/không đúng định dạng/);
    expect(() => detectType('text/html', 'a.html', PDF)).toThrow();
  });
  it('cleans file names and writes RFC 5987 Content-Disposition', () => {
    expect(cleanFilename('C:\\tmp\\../Dự toán "2027".pdf')).toBe('Dự toán 2027.pdf');
    expect(contentDisposition('Dự toán.pdf', false)).toBe(`attachment; filename="Du toan.pdf"; filename*=UTF-8''D%E1%BB%B1%20to%C3%A1n.pdf`);
    expect(contentDisposition("Đơn (1)'.pdf", true)).toBe(`inline; filename="Don (1)'.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%281%29%27.pdf`);
  });
});
