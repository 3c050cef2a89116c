import { describe, expect, it } from 'vitest';
import { MAX_COUNT, RuleInputError } from '../decisions/rules.ts';
import {
  CONFERENCE_LEGAL_BASIS,
  CONVENINGS_BEFORE_WRITTEN_POLL,
  DELEGATE_CONFERENCE_MIN_STAFF,
  OPTIONAL_STAFF_CONFERENCE_MAX_STAFF,
  conferenceNextStep,
  conferenceQuorum,
  isConferenceValid,
  isResolutionPassed,
  isStaffConferenceOptional,
  mayConveneDelegates,
  resolutionThreshold,
} from './rules.ts';

function expectRuleError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).code).toBe(code);
    expect((e as RuleInputError).status).toBe(400);
    return;
  }
  throw new Error(`expected RuleInputError ${code}`);
}

describe('isConferenceValid — at least two thirds of all staff / workers or of delegates called', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, false],
    [1, 1, true],
    [2, 1, false],
    [2, 2, true],
    [3, 1, false], // one third
    [3, 2, true], // exactly two thirds
    [37, 24, false],
    [37, 25, true],
    [119, 79, false],
    [119, 80, true],
    [120, 79, false],
    [120, 80, true],
    [121, 80, false],
    [121, 81, true],
    [866, 577, false],
    [866, 578, true],
    [28_000_000, 18_666_666, false],
    [28_000_000, 18_666_667, true],
  ])('%i called, %i present → %s', (total, present, expected) => {
    expect(isConferenceValid(total, present)).toBe(expected);
  });

  it('agrees with 3·present ≥ 2·total (present ≥ 1) for every total ≤ 300', () => {
    for (let total = 0; total <= 300; total++) {
      for (let present = 0; present <= total; present++) {
        const expected = present >= 1 && 3n * BigInt(present) >= 2n * BigInt(total);
        expect(isConferenceValid(total, present)).toBe(expected);
      }
    }
  });

  it('quorum is ⌈2·total/3⌉, at least 1, exact at the largest count', () => {
    expect(conferenceQuorum(0)).toBe(1);
    expect(conferenceQuorum(3)).toBe(2);
    expect(conferenceQuorum(120)).toBe(80);
    expect(conferenceQuorum(MAX_COUNT)).toBe(Number((2n * BigInt(MAX_COUNT) + 2n) / 3n));
  });

  it('rejects invalid counts', () => {
    expectRuleError(() => isConferenceValid(10, 11), 'COUNT_EXCEEDS_TOTAL');
    expectRuleError(() => isConferenceValid(-1, 0), 'INVALID_COUNT');
    expectRuleError(() => isConferenceValid(10, 6.5), 'INVALID_COUNT');
    expectRuleError(() => isConferenceValid(Number.NaN, 0), 'INVALID_COUNT');
  });
});

describe('isResolutionPassed — more than half of those ATTENDING', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, false],
    [1, 1, true],
    [2, 1, false], // exactly half
    [2, 2, true],
    [3, 2, true],
    [37, 18, false],
    [37, 19, true],
    [80, 40, false],
    [80, 41, true],
    [119, 59, false],
    [119, 60, true],
    [120, 60, false],
    [120, 61, true],
    [121, 61, true],
    [28_000_000, 14_000_000, false],
    [28_000_000, 14_000_001, true],
  ])('%i present, %i agree → %s', (present, agree, expected) => {
    expect(isResolutionPassed(present, agree)).toBe(expected);
  });

  it('counts against those present, not all staff: 41 of 80 present out of 120 passes', () => {
    expect(isConferenceValid(120, 80)).toBe(true);
    expect(isResolutionPassed(80, 41)).toBe(true);
  });

  it('threshold is ⌊present/2⌋ + 1 and matches the predicate for every present ≤ 300', () => {
    for (let present = 0; present <= 300; present++) {
      const t = resolutionThreshold(present);
      expect(t).toBe(Math.floor(present / 2) + 1);
      for (let agree = 0; agree <= present; agree++) {
        expect(isResolutionPassed(present, agree)).toBe(agree >= t);
      }
    }
  });

  it('rejects agree > present', () => {
    expectRuleError(() => isResolutionPassed(5, 6), 'COUNT_EXCEEDS_TOTAL');
    expectRuleError(() => isResolutionPassed(5, -1), 'INVALID_COUNT');
  });
});

describe('composition of the conference', () => {
  it.each<[number, boolean, boolean]>([
    [0, false, false],
    [99, false, false],
    [99, true, true],
    [100, false, true],
    [866, false, true],
  ])('%i staff (dispersed %s) → may convene delegates %s', (staff, dispersed, expected) => {
    expect(mayConveneDelegates(staff, dispersed)).toBe(expected);
  });

  it.each<[number, boolean]>([
    [0, true],
    [7, true],
    [8, false],
    [100, false],
  ])('%i staff → conference optional %s', (staff, expected) => {
    expect(isStaffConferenceOptional(staff)).toBe(expected);
  });

  it('exports the legal constants', () => {
    expect(DELEGATE_CONFERENCE_MIN_STAFF).toBe(100);
    expect(OPTIONAL_STAFF_CONFERENCE_MAX_STAFF).toBe(7);
    expect(CONVENINGS_BEFORE_WRITTEN_POLL).toBe(2);
    expect(CONFERENCE_LEGAL_BASIS.staff_conference).toContain('Điều 51');
    expect(CONFERENCE_LEGAL_BASIS.worker_conference).toContain('Điều 69');
  });
});

describe('conferenceNextStep — written poll after a second convening without quorum (Art. 50 cl. 2, Art. 68 cl. 2)', () => {
  it.each<[number, number, number, string]>([
    [120, 80, 1, 'hold_conference'],
    [120, 79, 1, 'convene_again'],
    [120, 79, 2, 'written_poll'],
    [120, 80, 2, 'hold_conference'],
    [120, 0, 3, 'written_poll'],
  ])('%i called, %i present, attempt %i → %s', (total, present, attempt, expected) => {
    expect(conferenceNextStep(total, present, attempt)).toBe(expected);
  });

  it('rejects attempt 0', () => {
    expectRuleError(() => conferenceNextStep(10, 10, 0), 'INVALID_COUNT');
  });
});
