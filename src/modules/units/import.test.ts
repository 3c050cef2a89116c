// Pure parts of `coso import`: headers, kinds, CSV reading, the error report, argument parsing, and the progress
// bar it shares with `coso generate`.
import { describe, expect, it } from 'vitest';
import { foldKey, kindOf } from './import/columns.ts';
import { parseCsvText } from './import/read.ts';
import { errorReportCsv, errorTable } from './import/report.ts';
import { parseImportArgs } from './import/cli.ts';
import { formatDuration, ProgressBar, renderProgress } from '../../core/progress.ts';

describe('import: headers and kinds', () => {
  it('folds Vietnamese headers to column keys', () => {
    expect(foldKey('Mã cấp trên')).toBe('ma_cap_tren');
    expect(foldKey('  Điện thoại ')).toBe('dien_thoai');
    expect(foldKey('ĐẠI DIỆN')).toBe('dai_dien');
    expect(foldKey('Tên hộ (gia đình)')).toBe('ten_ho_gia_dinh');
  });

  it.each([
    ['tinh', 'province'],
    ['Tỉnh', 'province'],
    ['xã', 'commune'],
    ['Phường', 'commune'],
    ['đặc khu', 'commune'],
    ['thôn', 'village'],
    ['Tổ dân phố', 'village'],
    ['to_dan_pho', 'village'],
    ['cơ quan', 'agency'],
    ['doanh nghiệp', 'enterprise'],
    ['enterprise', 'enterprise'],
    ['hộ', 'household'],
    ['Hộ gia đình', 'household'],
  ])('kind %s → %s', (v, k) => expect(kindOf(v)).toBe(k));

  it('refuses unknown kinds', () => expect(kindOf('làng xã')).toBeUndefined());
});

describe('import: CSV', () => {
  it('reads BOM, quoted commas, doubled quotes and multi-line fields with the right row numbers', () => {
    const p = parseCsvText('\uFEFFLoại,Mã,Tên\r\nthon,A,"Thôn ""Đông"", xóm 1"\r\n\r\nthon,B,"Thôn\r\nTây"\r\nthon,C,Thôn Bắc\r\n');
    expect(p.errors).toEqual([]);
    expect(p.columns).toEqual(['loai', 'ma', 'ten']);
    expect(p.rows).toEqual([
      { row: 2, values: { loai: 'thon', ma: 'A', ten: 'Thôn "Đông", xóm 1' } },
      { row: 4, values: { loai: 'thon', ma: 'B', ten: 'Thôn\nTây' } },
      { row: 6, values: { loai: 'thon', ma: 'C', ten: 'Thôn Bắc' } },
    ]);
  });

  it('detects semicolons and tabs, ignores unknown columns, reports a repeated column', () => {
    expect(parseCsvText('loai;ma;ten\nxa;X;Xã Một\n').rows[0]!.values).toEqual({ loai: 'xa', ma: 'X', ten: 'Xã Một' });
    expect(parseCsvText('loai\tma\tten\nxa\tX\tXã Hai\n').rows[0]!.values.ten).toBe('Xã Hai');
    const p = parseCsvText('loai,ma,ghi chú,ma\nxa,X,abc,Y\n');
    expect(p.ignoredColumns).toEqual(['ghi chú']);
    expect(p.errors).toEqual([expect.objectContaining({ row: 1, column: 'ma', message: 'Cột "ma" bị lặp lại.' })]);
  });

  it('explains an unreadable file and a missing header', () => {
    expect(parseCsvText('loai,ma\n"thon,A\n').errors[0]!.message).toMatch(/Tệp CSV không đọc được/);
    expect(parseCsvText('').errors[0]!.message).toBe('Tệp không có dữ liệu.');
    expect(parseCsvText('a,b\n1,2\n').errors[0]!.message).toMatch(/Không nhận ra dòng tiêu đề/);
  });
});

describe('import: report and arguments', () => {
  const errors = [
    { row: 3, column: 'dien_thoai', value: '09x', message: 'Số điện thoại không hợp lệ, kiểm tra lại.' },
    { row: 0, column: '', value: '', message: 'Tệp không có dữ liệu.' },
  ];
  it('writes the error report as CSV with BOM, quoting what needs it', () => {
    expect(errorReportCsv(errors)).toBe('\uFEFFdong,cot,gia_tri,loi\r\n3,dien_thoai,09x,"Số điện thoại không hợp lệ, kiểm tra lại."\r\n0,,,Tệp không có dữ liệu.\r\n');
  });
  it('prints a table with Vietnamese column labels', () => {
    const t = errorTable(errors);
    expect(t.split('\n')[0]).toMatch(/Dòng │ Cột\s+│ Giá trị │ Lỗi/);
    expect(t).toContain('điện thoại');
    expect(errorTable(Array(60).fill(errors[0]), 50)).toContain('… và 10 lỗi khác.');
  });
  it('parses the command line', () => {
    expect(parseImportArgs(['a.csv', '--dry-run', '--report', 'r.csv'])).toEqual({ file: 'a.csv', dryRun: true, report: 'r.csv', user: 'admin' });
    expect(parseImportArgs(['--user=canbo', 'a.xlsx'])).toEqual({ file: 'a.xlsx', dryRun: false, report: null, user: 'canbo' });
    expect(parseImportArgs([])).toBe('Thiếu tên tệp cần nhập.');
    expect(parseImportArgs(['a.csv', 'b.csv'])).toBe('Chỉ nhập một tệp mỗi lần (thừa "b.csv").');
    expect(parseImportArgs(['a.csv', '--xoa'])).toBe('Tùy chọn không hợp lệ: --xoa');
    expect(parseImportArgs(['a.csv', '--report'])).toBe('Thiếu tên tệp sau --report.');
  });
});

describe('progress bar', () => {
  it('formats durations in Vietnamese', () => {
    expect(formatDuration(400)).toBe('< 1 giây');
    expect(formatDuration(12_300)).toBe('12 giây');
    expect(formatDuration(65_000)).toBe('1 phút 05 giây');
    expect(formatDuration(3_720_000)).toBe('1 giờ 02 phút');
  });

  it('renders percent, count, rate and time left', () => {
    const line = renderProgress({ label: 'Nhập', unit: 'dòng', done: 2500, total: 10_000, elapsedMs: 1000 }, 10);
    expect(line).toBe('Nhập [███░░░░░░░]  25% · 2.500/10.000 dòng · 2.500 dòng/s · còn 3 giây');
    expect(renderProgress({ label: 'Nhập', unit: 'dòng', done: 10, total: 10, elapsedMs: 2000 }, 0)).toBe('Nhập 100% · 10/10 dòng · 5 dòng/s · xong sau 2 giây');
  });

  it('on a terminal redraws one line in place; elsewhere prints plain lines every 10%', () => {
    let t = 0;
    const tty: string[] = [];
    const bar = new ProgressBar({ label: 'Nhập', total: 100, stream: { isTTY: true, columns: 100, write: (s: string) => tty.push(s) }, now: () => t, redrawMs: 100 });
    for (let i = 1; i <= 100; i++) {
      t += 10;
      bar.update(i);
    }
    bar.finish();
    expect(tty.every((s) => s.startsWith('\r'))).toBe(true);
    expect(tty.length).toBeLessThan(20);
    expect(tty[tty.length - 1]).toMatch(/100% .* xong sau .*\n$/);

    const plain: string[] = [];
    t = 0;
    const log = new ProgressBar({ label: 'Nhập', total: 1000, stream: { write: (s: string) => plain.push(s) }, now: () => t });
    for (let i = 1; i <= 1000; i++) {
      t += 1;
      log.update(i);
    }
    log.finish();
    expect(plain.every((s) => !s.includes('\r') && s.endsWith('\n'))).toBe(true);
    expect(plain.length).toBe(11); // 0–9 tenths, then the final line
    expect(plain[plain.length - 1]).toMatch(/^Nhập 100% · 1\.000\/1\.000 dòng/);
  });
});
