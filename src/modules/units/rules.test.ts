import { describe, expect, it } from 'vitest';
import {
  bulkSizeRefusal,
  holdsHouseholds,
  householdOf,
  householdUnitRefusal,
  MAX_BULK_HOUSEHOLDS,
  memberRefusal,
  normalUsername,
  parentAllowed,
  parentErrorVi,
  parentRefusal,
  passwordRefusal,
  pathIds,
  representativeDateRefusal,
  roleUnitRefusal,
  samePerson,
  unitNameRefusal,
  usernameRefusal,
} from './rules.ts';

describe('unit tree rules', () => {
  it('accepts the two-level government (province → commune → village)', () => {
    expect(parentAllowed('province', 'country')).toBe(true);
    expect(parentAllowed('province', null)).toBe(false);
    expect(parentAllowed('commune', 'province')).toBe(true);
    expect(parentAllowed('village', 'commune')).toBe(true);
  });
  it('accepts an extra intermediate level when a deployment has one', () => {
    expect(parentAllowed('district', 'province')).toBe(true);
    expect(parentAllowed('commune', 'district')).toBe(true);
  });
  it('refuses impossible placements', () => {
    expect(parentAllowed('village', 'province')).toBe(false);
    expect(parentAllowed('commune', null)).toBe(false);
    expect(parentAllowed('province', 'province')).toBe(false);
    expect(parentAllowed('village', 'village')).toBe(false);
    expect(parentAllowed('agency', 'village')).toBe(false);
    expect(parentAllowed('enterprise', null)).toBe(false);
  });
  it('attaches agencies and enterprises to a province or a commune', () => {
    for (const k of ['agency', 'enterprise'] as const) {
      expect(parentAllowed(k, 'province')).toBe(true);
      expect(parentAllowed(k, 'commune')).toBe(true);
    }
  });
  it('only villages hold households', () => {
    expect(holdsHouseholds('village')).toBe(true);
    expect(holdsHouseholds('commune')).toBe(false);
  });
  it('explains refusals in Vietnamese', () => {
    expect(parentErrorVi('village', 'province')).toBe('Đơn vị loại "thôn, tổ dân phố" không thể trực thuộc "tỉnh, thành phố".');
    expect(parentErrorVi('commune', null)).toContain('phải thuộc một đơn vị cấp trên');
  });
  it('reads ids from a materialised path', () => {
    expect(pathIds('/1/5/23/')).toEqual([1, 5, 23]);
    expect(pathIds('/')).toEqual([]);
  });
});

describe('unit tree refusals', () => {
  it('refuses a misplaced unit with 422 INVALID_PARENT, speaking of the country as "no parent"', () => {
    expect(parentRefusal('commune', 'province')).toBeNull();
    expect(parentRefusal('village', 'province')).toEqual({
      code: 'INVALID_PARENT',
      status: 422,
      message: 'Đơn vị loại "thôn, tổ dân phố" không thể trực thuộc "tỉnh, thành phố".',
    });
    expect(parentRefusal('commune', 'country')?.message).toBe('Đơn vị loại "xã, phường, đặc khu" phải thuộc một đơn vị cấp trên.');
  });
  it('adds households to villages only (422 NOT_A_VILLAGE), and wants a unit name (400)', () => {
    expect(householdUnitRefusal('village')).toBeNull();
    expect(householdUnitRefusal('commune')).toMatchObject({ code: 'NOT_A_VILLAGE', status: 422 });
    expect(unitNameRefusal(' Thôn Mới ')).toBeNull();
    expect(unitNameRefusal('   ')).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, message: 'Tên đơn vị không được để trống.' });
  });
});

describe('household rules', () => {
  it('trims a household and its representative; empty optional fields become null', () => {
    expect(householdOf({ name: ' Hộ ông Tư ', address: '  ', representative: { name: ' Nguyễn Văn Tư ', phone: ' 0912 ' } })).toEqual({
      ok: true,
      value: { name: 'Hộ ông Tư', address: null, code: null, representative: { name: 'Nguyễn Văn Tư', phone: '0912' } },
    });
  });
  it('refuses a household without name or representative (400), naming its place in a batch', () => {
    const noRep = householdOf({ name: 'Hộ A', representative: { name: '  ' } }, 499);
    expect(noRep).toEqual({
      ok: false,
      refusal: { code: 'VALIDATION_ERROR', status: 400, message: 'Tên người đại diện hộ không được để trống (hộ thứ 500).' },
    });
    const noName = householdOf({ name: '', representative: { name: 'B' } });
    expect(!noName.ok && noName.refusal.message).toBe('Tên hộ gia đình không được để trống.');
  });
  it('takes at most 10,000 households in one call (400 TOO_MANY_ITEMS)', () => {
    expect(bulkSizeRefusal(MAX_BULK_HOUSEHOLDS)).toBeNull();
    expect(bulkSizeRefusal(MAX_BULK_HOUSEHOLDS + 1)).toMatchObject({
      code: 'TOO_MANY_ITEMS',
      status: 400,
      message: 'Mỗi lần chỉ thêm tối đa 10.000 hộ gia đình.',
    });
  });
  it('keeps representatives in date order: a new one starts on or after the current one', () => {
    expect(representativeDateRefusal(null, '2026-01-01')).toBeNull();
    expect(representativeDateRefusal('2026-01-01', '2026-01-01')).toBeNull();
    expect(representativeDateRefusal('2026-03-01', '2026-02-28')).toMatchObject({ code: 'INVALID_DATE', status: 422 });
  });
  it('wants a representative chosen among the household members', () => {
    expect(memberRefusal(7, 7)).toBeNull();
    expect(memberRefusal(8, 7)).toMatchObject({ code: 'NOT_A_MEMBER', status: 422 });
    expect(memberRefusal(null, 7)).toMatchObject({ code: 'NOT_A_MEMBER' });
    expect(memberRefusal(undefined, 7)).toMatchObject({ code: 'NOT_A_MEMBER' });
  });
});

describe('account rules', () => {
  it('accepts usernames of 3–64 lower-case letters, digits, dots, hyphens and underscores', () => {
    expect(normalUsername('  CanBo.Moi ')).toBe('canbo.moi');
    expect(usernameRefusal('canbo.moi')).toBeNull();
    expect(usernameRefusal('ab')).toMatchObject({ code: 'INVALID_USERNAME', status: 400 });
    expect(usernameRefusal('cán.bộ')).toMatchObject({ code: 'INVALID_USERNAME' });
    expect(usernameRefusal('a'.repeat(65))).toMatchObject({ code: 'INVALID_USERNAME' });
  });
  it('wants passwords of at least 8 characters', () => {
    expect(passwordRefusal('12345678')).toBeNull();
    expect(passwordRefusal('1234567')).toEqual({ code: 'WEAK_PASSWORD', status: 400, message: 'Mật khẩu phải có ít nhất 8 ký tự.' });
  });
  it('grants the village head role on villages only', () => {
    expect(roleUnitRefusal('village_head', 'village')).toBeNull();
    expect(roleUnitRefusal('village_head', 'commune')).toMatchObject({ code: 'INVALID_ROLE_UNIT', status: 422 });
    expect(roleUnitRefusal('official', 'commune')).toBeNull();
  });
  it('takes a resident named like the household representative for that person (case and spaces aside)', () => {
    expect(samePerson(' Nguyễn Văn Tư', 'nguyễn văn tư ')).toBe(true);
    expect(samePerson('Nguyễn Văn Tư', 'Nguyễn Văn Tú')).toBe(false);
  });
});
