import { describe, expect, it } from 'vitest';
import { addresseeLines, numberLine, placeDateLine, recipientLines, validateOfficialDocument } from './official.ts';
import type { OfficialDocument } from './official.ts';

describe('numberLine (Decree 30/2020, Appendix I, §II.3.c)', () => {
  it('pads numbers below 10 and upper-cases the symbol', () => {
    expect(numberLine(5, 'bc-ubnd')).toBe('Số: 05/BC-UBND');
    expect(numberLine('15', 'BC-UBND')).toBe('Số: 15/BC-UBND');
    expect(numberLine(123, 'BB-UBND')).toBe('Số: 123/BB-UBND');
  });
  it('leaves room for the records office when there is no number', () => {
    expect(numberLine(undefined, 'BC-UBND')).toMatch(/^Số: \u00a0+\/BC-UBND$/);
  });
});

describe('placeDateLine', () => {
  it('uses the Decree 30 date form', () => {
    expect(placeDateLine({ place: 'Hòa Bình', date: '2026-02-05' })).toBe('Hòa Bình, ngày 05 tháng 02 năm 2026');
  });
});

describe('recipientLines / addresseeLines (§II.9)', () => {
  it('dashes, semicolons and a final full stop', () => {
    expect(recipientLines(['Như trên', '- UBND tỉnh;', 'Lưu: VT, VP.'])).toEqual(['- Như trên;', '- UBND tỉnh;', '- Lưu: VT, VP.']);
    expect(recipientLines([])).toEqual([]);
  });
  it('Kính gửi: one on the same line, several as a list', () => {
    expect(addresseeLines(['Ủy ban nhân dân tỉnh'])).toEqual(['Kính gửi: Ủy ban nhân dân tỉnh.']);
    expect(addresseeLines(['UBND tỉnh', 'Sở Nội vụ'])).toEqual(['Kính gửi:', '- UBND tỉnh;', '- Sở Nội vụ.']);
  });
});

describe('validateOfficialDocument', () => {
  const base: OfficialDocument = {
    issuer: { name: 'ỦY BAN NHÂN DÂN XÃ A' },
    symbol: 'BC-UBND',
    place: 'A',
    date: '2026-01-01',
    kind: 'BÁO CÁO',
    title: 'Về việc B',
    sections: [],
  };
  it('accepts a minimal document', () => {
    expect(validateOfficialDocument(base)).toEqual([]);
  });
  it('reports missing parts, bad dates and ragged tables in Vietnamese', () => {
    const problems = validateOfficialDocument({
      ...base,
      issuer: { name: ' ' },
      date: '2026-02-30',
      sections: [{ paragraphs: [], table: { columns: ['A', 'B'], rows: [['1']] } }],
    });
    expect(problems).toContain('Thiếu tên cơ quan, tổ chức ban hành văn bản.');
    expect(problems.some((p) => p.startsWith('Ngày ban hành không hợp lệ'))).toBe(true);
    expect(problems.some((p) => p.includes('dòng 1 của bảng có 1 ô, cần 2 ô'))).toBe(true);
  });
});
