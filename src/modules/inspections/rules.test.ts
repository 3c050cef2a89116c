import { describe, expect, it } from 'vitest';
import { checkBelow, checkConclusion, checkHeld, checkMembers, inspectionStatus, inspectionsSentence } from './rules.ts';

const province = { path: '/1/', name: 'Tỉnh Hưng Yên' };

describe('inspection rules', () => {
  it('a committee inspects units strictly below its own', () => {
    expect(checkBelow(province, { path: '/1/2/', name: 'Xã A' }, 'Đơn vị')).toBeNull();
    expect(checkBelow(province, { path: '/1/2/7/', name: 'Thôn B' }, 'Đơn vị')).toBeNull();
    expect(checkBelow(province, province, 'Đơn vị')?.code).toBe('UNIT_NOT_BELOW');
    expect(checkBelow({ path: '/1/2/', name: 'Xã A' }, { path: '/1/3/', name: 'Xã C' }, 'Đơn vị')?.status).toBe(422);
    // '/1/2/' is not an ancestor of '/1/23/'
    expect(checkBelow({ path: '/1/2/', name: 'Xã A' }, { path: '/1/23/', name: 'Xã D' }, 'Đơn vị')?.code).toBe('UNIT_NOT_BELOW');
  });

  it('held once, not in the future; today itself is allowed', () => {
    expect(checkHeld({ heldOn: null }, '2026-11-23', '2026-11-23')).toBeNull();
    expect(checkHeld({ heldOn: null }, '2026-11-24', '2026-11-23')?.code).toBe('INSPECTION_IN_FUTURE');
    expect(checkHeld({ heldOn: '2026-10-01' }, '2026-11-01', '2026-11-23')?.status).toBe(409);
  });

  it('a conclusion after the inspection, once, between the inspection and today', () => {
    const held = { heldOn: '2026-10-01', conclusion: null };
    expect(checkConclusion(held, { text: 'Tốt', on: '2026-10-01' }, '2026-11-23')).toBeNull();
    expect(checkConclusion(held, { text: 'Tốt', on: '2026-11-23' }, '2026-11-23')).toBeNull();
    expect(checkConclusion({ heldOn: null, conclusion: null }, { text: 'Tốt', on: '2026-10-01' }, '2026-11-23')?.code).toBe('NOT_HELD');
    expect(checkConclusion({ ...held, conclusion: 'x' }, { text: 'Tốt', on: '2026-10-01' }, '2026-11-23')?.code).toBe('ALREADY_CONCLUDED');
    expect(checkConclusion(held, { text: ' ', on: '2026-10-01' }, '2026-11-23')?.code).toBe('EMPTY_CONCLUSION');
    expect(checkConclusion(held, { text: 'Tốt', on: '2026-09-30' }, '2026-11-23')?.code).toBe('CONCLUSION_BEFORE_HELD');
    expect(checkConclusion(held, { text: 'Tốt', on: '2026-11-24' }, '2026-11-23')?.code).toBe('CONCLUSION_IN_FUTURE');
  });

  it('members named, status from the record, the report sentence only when there were inspections', () => {
    expect(checkMembers(['A', 'B'])).toBeNull();
    expect(checkMembers(['A', ' '])?.status).toBe(400);
    expect(inspectionStatus({ held_on: null, conclusion: null })).toBe('planned');
    expect(inspectionStatus({ held_on: '2026-01-01', conclusion: null })).toBe('held');
    expect(inspectionStatus({ held_on: '2026-01-01', conclusion: 'x' })).toBe('concluded');
    expect(inspectionsSentence([])).toBeNull();
    expect(inspectionsSentence(['Xã Tân Hưng', 'Phường Phố Hiến', 'Xã Tân Hưng'])).toBe('Ban Chỉ đạo đã tổ chức kiểm tra tại 2 đơn vị: Xã Tân Hưng, Phường Phố Hiến.');
  });
});
