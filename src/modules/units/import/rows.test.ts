// The row checks of `coso import` without a database: what the database knows is given as maps.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/context.ts';
import { installActions } from '../../../core/permissions.ts';
import { PERMISSIONS } from '../permissions.ts';
import type { RawRow } from './columns.ts';
import { checkHouseholds, checkUnits, classifyRows, householdVillageIds, referencedCodes, RowErrors } from './rows.ts';

installActions('units', PERMISSIONS);

const official: Actor = {
  userId: 1,
  username: 'canbo',
  name: 'Cán bộ',
  personId: 1,
  householdId: null,
  grants: [{ role: 'official', unitId: 5, unitPath: '/1/2/5/' }],
};
const existing = new Map([
  ['XA', { id: 5, kind: 'commune' as const, path: '/1/2/5/' }],
  ['THON-CU', { id: 9, kind: 'village' as const, path: '/1/2/5/9/' }],
  ['XA-KHAC', { id: 6, kind: 'commune' as const, path: '/1/2/6/' }],
]);
const rows = (...values: Record<string, string>[]): RawRow[] => values.map((v, i) => ({ row: i + 2, values: v }));

function check(raw: RawRow[], takenCodes = new Set<string>()) {
  const errors = new RowErrors();
  const classified = classifyRows(raw, errors);
  const { units, fileUnits } = checkUnits(classified, existing, official, errors);
  const households = checkHouseholds(classified, { existing, fileUnits, takenCodes, actor: official, errors });
  return { classified, units, households, errors: errors.list };
}

describe('import rows', () => {
  it('plans a village of the file and its households; a household row needs no "loai"', () => {
    const r = check(rows({ loai: 'thôn', ma: 'THON-MOI', ten: 'Thôn Mới', ma_cap_tren: 'XA' }, { ma_thon: 'THON-MOI', dai_dien: 'Lê Văn A', ma_ho: '1' }));
    expect(r.errors).toEqual([]);
    expect(r.units).toEqual([{ row: 2, kind: 'village', name: 'Thôn Mới', code: 'THON-MOI', parentCode: 'XA' }]);
    expect(r.households).toEqual([
      { row: 3, villageCode: 'THON-MOI', input: { name: 'Hộ Lê Văn A', code: '1', address: null, representative: { name: 'Lê Văn A', phone: null } } },
    ]);
  });

  it('names the codes to look up and the database villages whose household codes matter', () => {
    const r = check(rows({ loai: 'thon', ma: 'T', ten: 'T', ma_cap_tren: 'XA' }, { ma_cap_tren: 'THON-CU', dai_dien: 'B' }));
    expect(referencedCodes(r.classified)).toEqual(['T', 'XA', 'THON-CU']);
    expect(householdVillageIds(r.classified, existing)).toEqual([9]);
  });

  it('refuses a unit outside the actor’s units and households outside them (import.run, household.create)', () => {
    const r = check(rows({ loai: 'thon', ma: 'T2', ten: 'T2', ma_cap_tren: 'XA-KHAC' }, { ma_thon: 'XA-KHAC', dai_dien: 'C' }));
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'ma_cap_tren', 'Tài khoản nhập không có quyền tạo đơn vị ở đây.'],
      [3, 'ma_thon', 'Đơn vị "XA-KHAC" là xã, phường, đặc khu: chỉ thêm được hộ gia đình vào thôn, tổ dân phố.'],
    ]);
    expect(r.units).toEqual([]);
    expect(r.households).toEqual([]);
  });

  it('reports every problem of a row, with its column, and keeps the row out of the plan', () => {
    const r = check(rows({ ma_thon: 'THON-CU', dai_dien: '', ten_ho: 'Hộ X', dien_thoai: '09x', ma_ho: '7' }), new Set([`9\u00007`]));
    expect(r.errors.map((e) => [e.column, e.message])).toEqual([
      ['dai_dien', 'Thiếu họ tên người đại diện hộ.'],
      ['dien_thoai', 'Số điện thoại không hợp lệ (chỉ gồm chữ số, dấu cách, + ( ) . -; tối đa 20 ký tự).'],
      ['ma_ho', 'Mã hộ "7" đã có trong thôn "THON-CU" (trùng lặp).'],
    ]);
    expect(r.households).toEqual([]);
  });
});
