import { describe, expect, it } from 'vitest';
import {
  MAX_COUNT,
  TWO_THIRDS,
  atLeastFraction,
  atLeastFractionCount,
  ceilDiv,
  countChecks,
  floorDiv,
  isValidCount,
  moreThanHalf,
  moreThanHalfCount,
} from './counting.ts';
import { RefusalError } from './refusal.ts';

describe('integer thresholds', () => {
  it('more than half: exactly half is not more than half', () => {
    expect(moreThanHalf(50, 100)).toBe(false);
    expect(moreThanHalf(51, 100)).toBe(true);
    expect(moreThanHalf(3, 5)).toBe(true);
    expect(moreThanHalf(2, 5)).toBe(false);
    expect(moreThanHalf(0, 0)).toBe(false);
    expect(moreThanHalfCount(100)).toBe(51);
    expect(moreThanHalfCount(101)).toBe(51);
    expect(moreThanHalfCount(0)).toBe(1);
  });

  it('at least two thirds: exactly two thirds passes, one less does not', () => {
    expect(atLeastFraction(80, 120, TWO_THIRDS)).toBe(true);
    expect(atLeastFraction(79, 120, TWO_THIRDS)).toBe(false);
    expect(atLeastFraction(2, 3, TWO_THIRDS)).toBe(true);
    expect(atLeastFractionCount(120, TWO_THIRDS)).toBe(80);
    expect(atLeastFractionCount(121, TWO_THIRDS)).toBe(81);
    expect(atLeastFractionCount(28_000_000, TWO_THIRDS)).toBe(18_666_667);
  });

  it('division without floating point at the largest count', () => {
    expect(floorDiv(7, 2)).toBe(3);
    expect(ceilDiv(7, 2)).toBe(4);
    expect(ceilDiv(6, 2)).toBe(3);
    expect(ceilDiv(0, 3)).toBe(0);
    expect(Number.isSafeInteger(3 * MAX_COUNT)).toBe(true);
    expect(BigInt(atLeastFractionCount(MAX_COUNT, TWO_THIRDS))).toBe((2n * BigInt(MAX_COUNT) + 2n) / 3n);
  });

  it('valid counts are non-negative safe integers up to MAX_COUNT', () => {
    for (const ok of [0, 1, MAX_COUNT]) expect(isValidCount(ok)).toBe(true);
    for (const bad of [-1, 1.5, NaN, Infinity, MAX_COUNT + 1, '3', null, undefined]) expect(isValidCount(bad)).toBe(false);
  });
});

describe('count checks speak of the module’s fields in Vietnamese', () => {
  const { assertCount, assertPart } = countChecks({ eligible: 'Tổng số hộ gia đình', agree: 'Số phiếu tán thành' }, { eligible: 'COUNT_EXCEEDS_ELIGIBLE' });
  const refusalOf = (f: () => void) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(RefusalError);
      return (e as RefusalError).refusal;
    }
    throw new Error('not refused');
  };

  it('a count that is not a count: 400 INVALID_COUNT naming the field', () => {
    expect(refusalOf(() => assertCount('eligible', -1))).toEqual({
      code: 'INVALID_COUNT',
      status: 400,
      field: 'eligible',
      message: 'Tổng số hộ gia đình phải là số nguyên không âm (nhận được: -1).',
    });
    expect(refusalOf(() => assertCount('other', 'abc')).message).toBe('Trường "other" phải là số nguyên không âm (nhận được: "abc").');
  });

  it('a part larger than its total: 400 with the code of that total, figures written the Vietnamese way', () => {
    const r = refusalOf(() => assertPart('agree', 1_950, 'eligible', 1_949));
    expect(r).toMatchObject({ code: 'COUNT_EXCEEDS_ELIGIBLE', status: 400, field: 'agree' });
    expect(r.message).toBe('Số phiếu tán thành (1.950) không được lớn hơn tổng số hộ gia đình (1.949).');
    expect(refusalOf(() => assertPart('agree', 2, 'present', 1)).code).toBe('COUNT_EXCEEDS_TOTAL');
    expect(() => assertPart('agree', 1_949, 'eligible', 1_949)).not.toThrow();
  });
});
