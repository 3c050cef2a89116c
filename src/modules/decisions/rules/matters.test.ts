// Matters and passing rules (Law 10/2022 Art. 15, Art. 21 cl. 1): thresholds against ALL households, exact integers.
import { describe, expect, it } from 'vitest';
import { MAX_COUNT } from '../../../core/counting.ts';
import { RefusalError } from '../../../core/refusal.ts';
import { MATTERS, defaultKind, isMatterPassed, isPassed, passingThreshold, ruleForMatter, type Matter, type PassingRule } from './matters.ts';

const TWO_THIRDS_MATTERS: Matter[] = ['contribution', 'contribution_management'];
const HALF_MATTERS: Matter[] = ['convention', 'village_head', 'board_member', 'other'];

/** Reference implementations in BigInt, written straight from the wording of the law. */
const ref = {
  // "từ hai phần ba tổng số … trở lên": agree / eligible ≥ 2/3, with at least one agreeing household.
  twoThirds: (eligible: number, agree: number) => agree >= 1 && 3n * BigInt(agree) >= 2n * BigInt(eligible),
  // "trên 50% tổng số": agree / eligible > 1/2.
  moreThanHalf: (eligible: number, agree: number) => 2n * BigInt(agree) > BigInt(eligible),
};

function expectRuleError(fn: () => unknown, code: string): RefusalError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RefusalError);
    const err = e as RefusalError;
    expect(err.code).toBe(code);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/[ăâđêôơưáàảãạếềểễệ]/i); // Vietnamese text
    return err;
  }
  throw new Error(`expected a RefusalError ${code}`);
}

describe('matters and rules', () => {
  it('maps each matter of Art. 15 to its passing rule', () => {
    expect(MATTERS).toEqual(['contribution', 'contribution_management', 'convention', 'village_head', 'board_member', 'other']);
    for (const m of TWO_THIRDS_MATTERS) expect(ruleForMatter(m)).toBe('two_thirds');
    for (const m of HALF_MATTERS) expect(ruleForMatter(m)).toBe('more_than_half');
  });

  it('rejects an unknown matter with a typed error', () => {
    expectRuleError(() => ruleForMatter('referendum' as Matter), 'UNKNOWN_MATTER');
  });
});

describe('passingThreshold', () => {
  it.each<[PassingRule, number, number]>([
    ['two_thirds', 0, 1],
    ['two_thirds', 1, 1],
    ['two_thirds', 2, 2],
    ['two_thirds', 3, 2],
    ['two_thirds', 4, 3],
    ['two_thirds', 5, 4],
    ['two_thirds', 6, 4],
    ['two_thirds', 37, 25],
    ['two_thirds', 119, 80],
    ['two_thirds', 120, 80],
    ['two_thirds', 121, 81],
    ['two_thirds', 28_000_000, 18_666_667],
    ['two_thirds', 27_999_999, 18_666_666],
    ['more_than_half', 0, 1],
    ['more_than_half', 1, 1],
    ['more_than_half', 2, 2],
    ['more_than_half', 3, 2],
    ['more_than_half', 4, 3],
    ['more_than_half', 37, 19],
    ['more_than_half', 119, 60],
    ['more_than_half', 120, 61],
    ['more_than_half', 121, 61],
    ['more_than_half', 28_000_000, 14_000_001],
    ['more_than_half', 28_000_001, 14_000_001],
  ])('%s of %i households needs %i', (rule, eligible, expected) => {
    expect(passingThreshold(rule, eligible)).toBe(expected);
  });

  it('matches the formulas ⌈2/3 × n⌉ and ⌊n/2⌋ + 1 for every n from 1 to 3000', () => {
    for (let n = 1; n <= 3000; n++) {
      expect(passingThreshold('two_thirds', n)).toBe(Number((2n * BigInt(n) + 2n) / 3n));
      expect(passingThreshold('more_than_half', n)).toBe(Number(BigInt(n) / 2n + 1n));
    }
  });

  it('is exact at the largest accepted count', () => {
    const n = MAX_COUNT;
    expect(passingThreshold('two_thirds', n)).toBe(Number((2n * BigInt(n) + 2n) / 3n));
    expect(passingThreshold('more_than_half', n)).toBe(Number(BigInt(n) / 2n + 1n));
  });

  it.each<[unknown]>([[-1], [1.5], [Number.NaN], [Infinity], ['120'], [null], [undefined], [MAX_COUNT + 1]])(
    'rejects eligible = %s',
    (bad) => {
      expectRuleError(() => passingThreshold('two_thirds', bad as number), 'INVALID_COUNT');
    },
  );

  it('rejects an unknown rule', () => {
    expectRuleError(() => passingThreshold('unanimity' as PassingRule, 10), 'UNKNOWN_RULE');
  });
});

describe('isPassed — counted against ALL eligible households', () => {
  it.each<[Matter, number, number, boolean]>([
    // two thirds (Art. 15 cl. 1–2)
    ['contribution', 120, 80, true],
    ['contribution', 120, 79, false],
    ['contribution_management', 120, 80, true],
    ['contribution_management', 120, 79, false],
    ['contribution', 37, 25, true],
    ['contribution', 37, 24, false],
    ['contribution', 3, 2, true], // exactly two thirds
    ['contribution', 3, 1, false], // one third
    ['contribution', 119, 80, true],
    ['contribution', 119, 79, false],
    ['contribution', 121, 81, true],
    ['contribution', 121, 80, false],
    ['contribution', 1, 1, true],
    ['contribution', 1, 0, false],
    ['contribution', 2, 1, false],
    ['contribution', 2, 2, true],
    ['contribution', 0, 0, false],
    ['contribution', 28_000_000, 18_666_667, true],
    ['contribution', 28_000_000, 18_666_666, false],
    // more than half (Art. 15 cl. 3–6)
    ['convention', 120, 61, true],
    ['convention', 120, 60, false], // exactly half
    ['village_head', 120, 59, false],
    ['board_member', 37, 19, true],
    ['other', 37, 18, false],
    ['other', 119, 60, true],
    ['other', 119, 59, false],
    ['other', 121, 61, true],
    ['other', 121, 60, false],
    ['other', 2, 1, false], // exactly half
    ['other', 2, 2, true],
    ['other', 1, 1, true],
    ['other', 1, 0, false],
    ['other', 0, 0, false],
    ['other', 28_000_000, 14_000_000, false],
    ['other', 28_000_000, 14_000_001, true],
  ])('%s: %i eligible, %i agree → %s', (matter, eligible, agree, expected) => {
    expect(isMatterPassed(matter, eligible, agree)).toBe(expected);
  });

  it('agrees with the BigInt reference for every (eligible, agree) with eligible ≤ 300', () => {
    for (let e = 0; e <= 300; e++) {
      for (let a = 0; a <= e; a++) {
        expect(isPassed('two_thirds', e, a)).toBe(ref.twoThirds(e, a));
        expect(isPassed('more_than_half', e, a)).toBe(ref.moreThanHalf(e, a));
      }
    }
  });

  it('has no float error around two thirds and one half of 28 million and of huge counts', () => {
    for (const e of [28_000_000, 28_000_001, 28_000_002, 2 ** 50, 2 ** 50 + 1, MAX_COUNT - 1, MAX_COUNT]) {
      const t2 = passingThreshold('two_thirds', e);
      const t1 = passingThreshold('more_than_half', e);
      for (const a of [t2 - 1, t2, t2 + 1]) expect(isPassed('two_thirds', e, a)).toBe(ref.twoThirds(e, a));
      for (const a of [t1 - 1, t1, t1 + 1]) expect(isPassed('more_than_half', e, a)).toBe(ref.moreThanHalf(e, a));
    }
  });

  it('rejects agree > eligible and negative / fractional agree', () => {
    expectRuleError(() => isPassed('two_thirds', 10, 11), 'COUNT_EXCEEDS_ELIGIBLE');
    expectRuleError(() => isPassed('two_thirds', 10, -1), 'INVALID_COUNT');
    expectRuleError(() => isPassed('more_than_half', 10, 5.5), 'INVALID_COUNT');
  });
});

describe('defaultKind', () => {
  it('elects people for Art. 15 cl. 4–5, asks a question otherwise', () => {
    expect(MATTERS.map(defaultKind)).toEqual(['question', 'question', 'question', 'election', 'election', 'question']);
  });
});
