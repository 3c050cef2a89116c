import { describe, expect, it } from 'vitest';
import { parentAllowed, pathIds, holdsHouseholds, parentErrorVi } from './rules.ts';

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
