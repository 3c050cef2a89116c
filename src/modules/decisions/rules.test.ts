import { describe, expect, it } from 'vitest';
import {
  COUNTING_COMMITTEE_MAX,
  COUNTING_COMMITTEE_MIN,
  DECISION_ACTIONS,
  DECISION_STATUSES,
  MATTERS,
  MAX_COUNT,
  RECOGNITION_WORKING_DAYS,
  RuleInputError,
  SUBMISSION_WORKING_DAYS,
  allowedActions,
  canMeetingDecide,
  canPublishBreakdown,
  communeWideContributionPassed,
  formatCountVi,
  isCountingCommitteeSizeValid,
  isMatterPassed,
  isMeetingValid,
  isMethodAllowed,
  isOnlineVotingAllowed,
  isOnlineVotingPermittedForMatter,
  isPassed,
  isProceduralChoicePassed,
  meetingNextStep,
  passingThreshold,
  recognitionAuthority,
  requiresRecognition,
  ruleForMatter,
  tallyDecision,
  transition,
  type DecisionAction,
  type DecisionResult,
  type DecisionStatus,
  type Matter,
  type PassingRule,
  type RuleResult,
  type TallyInput,
} from './rules.ts';

const TWO_THIRDS_MATTERS: Matter[] = ['contribution', 'contribution_management'];
const HALF_MATTERS: Matter[] = ['convention', 'village_head', 'board_member', 'other'];

/** Reference implementations in BigInt, written straight from the wording of the law. */
const ref = {
  // "từ hai phần ba tổng số … trở lên": agree / eligible ≥ 2/3, with at least one agreeing household.
  twoThirds: (eligible: number, agree: number) => agree >= 1 && 3n * BigInt(agree) >= 2n * BigInt(eligible),
  // "trên 50% tổng số": agree / eligible > 1/2.
  moreThanHalf: (eligible: number, agree: number) => 2n * BigInt(agree) > BigInt(eligible),
};

function expectRuleError(fn: () => unknown, code: string): RuleInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    const err = e as RuleInputError;
    expect(err.code).toBe(code);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/[ăâđêôơưáàảãạếềểễệ]/i); // Vietnamese text
    return err;
  }
  throw new Error(`expected RuleInputError ${code}`);
}

function unwrap(r: RuleResult<DecisionResult>): DecisionResult {
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Builds a ballot list from counts per option. */
function ballotsOf(counts: Record<string, number>): string[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const out = new Array<string>(total);
  let i = 0;
  for (const [o, n] of Object.entries(counts)) {
    out.fill(o, i, i + n);
    i += n;
  }
  return out;
}

const YES_NO = ['Tán thành', 'Không tán thành'];

function question(matter: Matter, eligible: number, yes: number, no = 0, options = YES_NO): DecisionResult {
  return unwrap(
    tallyDecision({ matter, kind: 'question', options, eligible, ballots: ballotsOf({ [options[0]]: yes, [options[1]]: no }) }),
  );
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

  it('matches the api.md formulas (⌈2/3 × n⌉, ⌊n/2⌋ + 1) for every n from 1 to 3000', () => {
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

describe('meetings', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, false],
    [1, 1, true],
    [2, 1, false], // exactly half
    [2, 2, true],
    [3, 2, true],
    [37, 18, false],
    [37, 19, true],
    [120, 60, false],
    [120, 61, true],
    [119, 59, false],
    [119, 60, true],
    [121, 60, false],
    [121, 61, true],
    [28_000_000, 14_000_000, false],
    [28_000_000, 14_000_001, true],
  ])('%i households, %i represented → valid %s', (eligible, represented, expected) => {
    expect(isMeetingValid(eligible, represented)).toBe(expected);
  });

  it('rejects represented > eligible and invalid counts', () => {
    expectRuleError(() => isMeetingValid(10, 11), 'COUNT_EXCEEDS_ELIGIBLE');
    expectRuleError(() => isMeetingValid(-1, 0), 'INVALID_COUNT');
    expectRuleError(() => isMeetingValid(10, 2.5), 'INVALID_COUNT');
  });

  it.each<[Matter, number, number, boolean]>([
    ['convention', 120, 61, true],
    ['convention', 120, 60, false],
    ['other', 37, 19, true],
    // A valid meeting (more than half) that cannot reach two thirds goes to ballots — Law Art. 19 cl. 1 b.
    ['contribution', 120, 70, false],
    ['contribution', 120, 79, false],
    ['contribution', 120, 80, true],
    ['contribution_management', 37, 24, false],
    ['contribution_management', 37, 25, true],
    ['contribution', 0, 0, false],
  ])('%s with %i households and %i represented: can decide %s', (matter, eligible, represented, expected) => {
    expect(canMeetingDecide(matter, eligible, represented)).toBe(expected);
    expect(meetingNextStep(matter, eligible, represented)).toBe(expected ? 'vote_at_meeting' : 'continue_by_ballot');
  });
});

describe('online voting', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 1, true],
    [2, 1, false],
    [120, 60, false],
    [120, 61, true],
    [37, 19, true],
    [37, 18, false],
    [28_000_000, 14_000_001, true],
  ])('%i households, %i chose online → allowed %s', (eligible, choosing, expected) => {
    expect(isOnlineVotingAllowed(eligible, choosing)).toBe(expected);
  });

  it('rejects more choosers than households', () => {
    expectRuleError(() => isOnlineVotingAllowed(10, 11), 'COUNT_EXCEEDS_ELIGIBLE');
  });

  it('is permitted only for "other" matters (Law Art. 17 cl. 2)', () => {
    for (const m of MATTERS) expect(isOnlineVotingPermittedForMatter(m)).toBe(m === 'other');
  });
});

describe('isMethodAllowed', () => {
  const online = { eligible: 120, householdsChoosingOnline: 61 };
  it.each<[Matter, 'meeting' | 'ballot' | 'online', Parameters<typeof isMethodAllowed>[2], boolean]>([
    ['convention', 'meeting', {}, true],
    ['village_head', 'meeting', {}, true],
    ['convention', 'ballot', {}, false],
    ['village_head', 'ballot', {}, false],
    ['board_member', 'ballot', {}, false],
    ['convention', 'ballot', { meetingLackedHouseholds: true }, true],
    ['village_head', 'ballot', { communeWide: true }, false],
    ['contribution', 'ballot', {}, false],
    ['contribution', 'ballot', { communeWide: true }, true],
    ['contribution_management', 'ballot', { meetingLackedHouseholds: true }, true],
    ['other', 'ballot', {}, true],
    ['other', 'online', {}, false],
    ['other', 'online', { online }, true],
    ['other', 'online', { online: { eligible: 120, householdsChoosingOnline: 60 } }, false],
    ['contribution', 'online', { online }, false],
    ['convention', 'online', { online }, false],
    ['village_head', 'online', { online }, false],
  ])('%s by %s %j → %s', (matter, method, ctx, expected) => {
    expect(isMethodAllowed(matter, method, ctx)).toBe(expected);
  });
});

describe('procedural choices inside a meeting — more than half of those PRESENT', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 1, true],
    [1, 0, false],
    [2, 1, false],
    [3, 2, true],
    [61, 31, true],
    [61, 30, false],
    [120, 61, true],
    [120, 60, false],
    [28_000_000, 14_000_001, true],
  ])('%i present, %i agree → %s', (present, agree, expected) => {
    expect(isProceduralChoicePassed(present, agree)).toBe(expected);
  });

  it('counts against those present, not all households: 31 of 61 present passes although 31 < 61 of 120', () => {
    expect(isProceduralChoicePassed(61, 31)).toBe(true);
    expect(isMatterPassed('other', 120, 31)).toBe(false);
  });

  it('rejects agree > present', () => {
    expectRuleError(() => isProceduralChoicePassed(5, 6), 'COUNT_EXCEEDS_TOTAL');
  });

  it.each<[number, boolean]>([
    [0, false],
    [2, false],
    [3, true],
    [4, true],
    [5, true],
    [6, false],
    [3.5, false],
    [Number.NaN, false],
    [-3, false],
  ])('counting committee of %s → %s', (n, expected) => {
    expect(isCountingCommitteeSizeValid(n)).toBe(expected);
  });

  it('exports the 3–5 bounds', () => {
    expect([COUNTING_COMMITTEE_MIN, COUNTING_COMMITTEE_MAX]).toEqual([3, 5]);
  });
});

describe('communeWideContributionPassed — at least two thirds of villages', () => {
  const v = (yes: number, no: number) => [...Array<boolean>(yes).fill(true), ...Array<boolean>(no).fill(false)];
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, true],
    [0, 1, false],
    [2, 1, true], // exactly two thirds
    [1, 2, false], // one third
    [1, 1, false],
    [8, 4, true],
    [7, 5, false],
    [25, 12, true],
    [24, 13, false],
    [80, 40, true],
    [79, 41, false],
  ])('%i approve, %i reject → %s', (yes, no, expected) => {
    expect(communeWideContributionPassed(v(yes, no))).toBe(expected);
    expect(communeWideContributionPassed(v(yes, no).reverse())).toBe(expected);
  });

  it('rejects a non-array', () => {
    expectRuleError(() => communeWideContributionPassed('yes' as unknown as boolean[]), 'INVALID_COUNT');
  });
});

describe('canPublishBreakdown — spec §3 privacy rule', () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [6, true],
    [28_000_000, true],
    [4.9, false],
    [5.5, false],
    [Number.NaN, false],
    [-5, false],
  ])('group of %s → %s', (n, expected) => {
    expect(canPublishBreakdown(n)).toBe(expected);
  });
});

describe('tallyDecision — questions', () => {
  it.each<[Matter, number, number, number, boolean, number]>([
    ['contribution', 120, 80, 40, true, 80],
    ['contribution', 120, 79, 41, false, 80],
    ['contribution', 120, 79, 0, false, 80],
    ['contribution', 37, 25, 12, true, 25],
    ['contribution', 37, 24, 13, false, 25],
    ['contribution_management', 3, 2, 1, true, 2],
    ['contribution_management', 3, 1, 2, false, 2],
    ['convention', 120, 61, 0, true, 61],
    ['convention', 120, 60, 60, false, 61],
    ['other', 120, 59, 0, false, 61], // 59 yes of 59 voting in 120 fails
    ['other', 37, 19, 0, true, 19],
    ['other', 37, 18, 19, false, 19],
    ['village_head', 1, 1, 0, true, 1],
    ['village_head', 1, 0, 1, false, 1],
    ['board_member', 2, 1, 1, false, 2],
    ['other', 28_000_000, 14_000_001, 0, true, 14_000_001],
    ['other', 28_000_000, 14_000_000, 0, false, 14_000_001],
    ['contribution', 28_000_000, 18_666_666, 1, false, 18_666_667],
  ])('%s: %i eligible, %i yes, %i no → passed %s (threshold %i)', (matter, eligible, yes, no, passed, threshold) => {
    const r = question(matter, eligible, yes, no);
    expect(r.eligibleHouseholds).toBe(eligible);
    expect(r.participatingHouseholds).toBe(yes + no);
    expect(r.counts).toEqual({ [YES_NO[0]]: yes, [YES_NO[1]]: no });
    expect(r.threshold).toBe(threshold);
    expect(r.passed).toBe(passed);
    expect(r.outcome).toBe(passed ? 'passed' : 'failed');
    expect(r.winningOption).toBe(passed ? YES_NO[0] : null);
    expect(r.tiedOptions).toEqual([]);
    expect(r.rule).toBe(ruleForMatter(matter));
  }, 30_000);

  it('59 yes of 59 voting in 120 fails, with an explicit Vietnamese summary', () => {
    const r = question('other', 120, 59, 0);
    expect(r.passed).toBe(false);
    expect(r.summary).toBe(
      'Không được thông qua: 59/120 hộ gia đình tán thành, chưa đạt 61 hộ cần thiết (trên 50% tổng số hộ gia đình); 59 hộ tham gia biểu quyết.',
    );
  });

  it('80/120 contribution passes with a summary naming the two-thirds rule', () => {
    expect(question('contribution', 120, 80, 40).summary).toBe(
      'Được thông qua: 80/120 hộ gia đình tán thành, đạt mức cần thiết 80 hộ (từ hai phần ba tổng số hộ gia đình trở lên); 120 hộ tham gia biểu quyết.',
    );
  });

  it('formats large numbers the Vietnamese way in the summary', () => {
    expect(question('other', 2_000_000, 1_000_001, 0).summary).toContain('1.000.001/2.000.000 hộ gia đình');
  });

  it('the first option means "agree", whatever its wording, and other options do not count towards it', () => {
    const options = ['Đồng ý', 'Không đồng ý', 'Ý kiến khác'];
    const r = unwrap(
      tallyDecision({
        matter: 'other',
        kind: 'question',
        options,
        eligible: 10,
        ballots: ballotsOf({ 'Đồng ý': 5, 'Không đồng ý': 1, 'Ý kiến khác': 4 }),
      }),
    );
    expect(r.counts).toEqual({ 'Đồng ý': 5, 'Không đồng ý': 1, 'Ý kiến khác': 4 });
    expect(r.passed).toBe(false); // 5 of 10 is exactly half
  });

  it('with 0 eligible households nothing passes', () => {
    const r = unwrap(tallyDecision({ matter: 'contribution', kind: 'question', options: YES_NO, eligible: 0, ballots: [] }));
    expect(r).toMatchObject({ eligibleHouseholds: 0, participatingHouseholds: 0, passed: false, outcome: 'failed', threshold: 1 });
    expect(r.counts).toEqual({ [YES_NO[0]]: 0, [YES_NO[1]]: 0 });
    expect(r.summary).toContain('không có hộ gia đình nào');
  });

  it('with nobody voting it fails and reports zero participation', () => {
    const r = question('contribution', 120, 0, 0);
    expect(r).toMatchObject({ participatingHouseholds: 0, passed: false, outcome: 'failed' });
  });

  it('matches ballots written in decomposed Unicode (NFD) or with spaces to the option', () => {
    const r = unwrap(
      tallyDecision({
        matter: 'other',
        kind: 'question',
        options: ['Đồng ý', 'Không đồng ý'],
        eligible: 3,
        ballots: ['Đồng ý'.normalize('NFD'), ' Đồng ý ', 'Không đồng ý'],
      }),
    );
    expect(r.counts).toEqual({ 'Đồng ý': 2, 'Không đồng ý': 1 });
    expect(r.passed).toBe(true);
  });

  it('counts an option named "__proto__" like any other', () => {
    const r = unwrap(
      tallyDecision({ matter: 'other', kind: 'election', options: ['__proto__', 'b'], eligible: 3, ballots: ['__proto__', '__proto__', 'b'] }),
    );
    expect(Object.keys(r.counts)).toEqual(['__proto__', 'b']);
    expect(r.counts['__proto__']).toBe(2);
    expect(JSON.parse(JSON.stringify(r.counts))).toEqual(r.counts);
    expect(r.winningOption).toBe('__proto__');
  });
});

describe('tallyDecision — elections (winner needs more than half of ALL households)', () => {
  const election = (matter: Matter, eligible: number, counts: Record<string, number>, options = Object.keys(counts)) =>
    unwrap(tallyDecision({ matter, kind: 'election', options, eligible, ballots: ballotsOf(counts) }));

  it.each<[string, Matter, number, Record<string, number>, string, string | null, string[]]>([
    ['1 candidate, majority', 'village_head', 120, { An: 61 }, 'passed', 'An', []],
    ['1 candidate, exactly half', 'village_head', 120, { An: 60 }, 'no_majority', null, []],
    ['2 candidates, clear winner', 'village_head', 120, { An: 70, Bình: 50 }, 'passed', 'An', []],
    ['2 candidates, winner at threshold', 'village_head', 120, { An: 59, Bình: 61 }, 'passed', 'Bình', []],
    ['2 candidates, 60–60 tie', 'village_head', 120, { An: 60, Bình: 60 }, 'tie', null, ['An', 'Bình']],
    ['2 candidates, tie with abstentions', 'village_head', 120, { An: 40, Bình: 40 }, 'tie', null, ['An', 'Bình']],
    ['2 candidates, leader below threshold', 'village_head', 120, { An: 60, Bình: 59 }, 'no_majority', null, []],
    ['2 of 3 households, 1–1', 'village_head', 3, { An: 1, Bình: 1 }, 'tie', null, ['An', 'Bình']],
    ['3 candidates, winner', 'board_member', 37, { An: 19, Bình: 10, Chi: 8 }, 'passed', 'An', []],
    ['3 candidates, no majority', 'board_member', 37, { An: 18, Bình: 10, Chi: 9 }, 'no_majority', null, []],
    ['3 candidates, tie for first', 'board_member', 37, { An: 12, Bình: 12, Chi: 11 }, 'tie', null, ['An', 'Bình']],
    ['3 candidates, three-way tie', 'board_member', 36, { An: 12, Bình: 12, Chi: 12 }, 'tie', null, ['An', 'Bình', 'Chi']],
    ['5 candidates, winner', 'village_head', 121, { A: 61, B: 20, C: 20, D: 10, E: 10 }, 'passed', 'A', []],
    ['5 candidates, spread', 'village_head', 121, { A: 30, B: 29, C: 25, D: 20, E: 17 }, 'no_majority', null, []],
    ['5 candidates, tie of 2 below', 'village_head', 119, { A: 30, B: 30, C: 25, D: 20, E: 14 }, 'tie', null, ['A', 'B']],
    ['5 candidates, nobody voted', 'village_head', 119, { A: 0, B: 0, C: 0, D: 0, E: 0 }, 'no_majority', null, []],
    ['contribution levels, two thirds', 'contribution', 120, { 'Mức 1': 80, 'Mức 2': 40 }, 'passed', 'Mức 1', []],
    ['contribution levels, 79 of 120', 'contribution', 120, { 'Mức 1': 79, 'Mức 2': 41 }, 'no_majority', null, []],
    ['large election', 'village_head', 28_000_000, { A: 14_000_001, B: 1 }, 'passed', 'A', []],
    ['large tie', 'village_head', 28_000_000, { A: 7_000_000, B: 7_000_000 }, 'tie', null, ['A', 'B']],
  ])('%s', (_name, matter, eligible, counts, outcome, winner, tied) => {
    const r = election(matter, eligible, counts);
    expect(r.outcome).toBe(outcome);
    expect(r.passed).toBe(outcome === 'passed');
    expect(r.winningOption).toBe(winner);
    expect(r.tiedOptions).toEqual(tied);
    expect(r.counts).toEqual(counts);
    expect(r.participatingHouseholds).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(r.threshold).toBe(passingThreshold(ruleForMatter(matter), eligible));
  }, 30_000);

  it('never resolves a tie silently: the summary names both and asks the commune to decide on re-election', () => {
    const r = election('village_head', 120, { 'Nguyễn Văn An': 60, 'Trần Thị Bình': 60 });
    expect(r.summary).toBe(
      'Không xác định được người trúng cử: “Nguyễn Văn An” và “Trần Thị Bình” cùng đạt 60/120 hộ gia đình, chưa đạt 61 hộ cần thiết (trên 50% tổng số hộ gia đình); kết quả hòa được báo cáo, không tự phân định; 120 hộ tham gia biểu quyết. Báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại.',
    );
  });

  it('summarises a win and a no-majority', () => {
    expect(election('village_head', 120, { An: 70, Bình: 50 }).summary).toBe(
      'Trúng cử: “An” với 70/120 hộ gia đình tán thành, đạt mức cần thiết 61 hộ (trên 50% tổng số hộ gia đình); 120 hộ tham gia biểu quyết.',
    );
    expect(election('board_member', 37, { An: 18, Bình: 10, Chi: 9 }).summary).toBe(
      'Không xác định được người trúng cử: cao nhất là “An” với 18/37 hộ gia đình, chưa đạt 19 hộ cần thiết (trên 50% tổng số hộ gia đình); 37 hộ tham gia biểu quyết.',
    );
    expect(election('other', 10, { A: 0, B: 0 }).summary).toContain('chưa có phiếu tán thành nào');
    expect(election('contribution', 120, { 'Mức 1': 80, 'Mức 2': 40 }).summary).toMatch(/^Phương án được chọn: “Mức 1”/);
  });

  it('exhaustively: a winner exists iff the top count reaches the threshold, and is unique', () => {
    const options = ['A', 'B', 'C'];
    for (let eligible = 0; eligible <= 14; eligible++) {
      for (let a = 0; a <= eligible; a++) {
        for (let b = 0; a + b <= eligible; b++) {
          for (let c = 0; a + b + c <= eligible; c++) {
            const counts = { A: a, B: b, C: c };
            const r = election('village_head', eligible, counts, options);
            const top = Math.max(a, b, c);
            const leaders = options.filter((o) => counts[o as keyof typeof counts] === top);
            const wins = eligible > 0 && ref.moreThanHalf(eligible, top);
            expect(r.passed).toBe(wins);
            if (wins) {
              expect(leaders).toHaveLength(1);
              expect(r.winningOption).toBe(leaders[0]);
            } else if (top > 0 && leaders.length > 1) {
              expect(r.outcome).toBe('tie');
              expect(r.tiedOptions).toEqual(leaders);
            } else {
              expect(r.outcome).toBe('no_majority');
            }
          }
        }
      }
    }
  });
});

describe('tallyDecision — invalid input returns typed errors', () => {
  const good: TallyInput = { matter: 'other', kind: 'question', options: YES_NO, eligible: 10, ballots: [] };
  it.each<[string, Partial<Record<keyof TallyInput, unknown>>, string]>([
    ['negative eligible', { eligible: -1 }, 'INVALID_COUNT'],
    ['fractional eligible', { eligible: 10.5 }, 'INVALID_COUNT'],
    ['NaN eligible', { eligible: Number.NaN }, 'INVALID_COUNT'],
    ['string eligible', { eligible: '10' }, 'INVALID_COUNT'],
    ['more ballots than households', { eligible: 2, ballots: [YES_NO[0], YES_NO[0], YES_NO[1]] }, 'COUNT_EXCEEDS_ELIGIBLE'],
    ['ballots with 0 eligible', { eligible: 0, ballots: [YES_NO[0]] }, 'COUNT_EXCEEDS_ELIGIBLE'],
    ['unknown option', { ballots: ['Có lẽ'] }, 'UNKNOWN_OPTION'],
    ['non-string ballot', { ballots: [1] }, 'UNKNOWN_OPTION'],
    ['ballots not a list', { ballots: 'Tán thành' }, 'INVALID_BALLOTS'],
    ['unknown matter', { matter: 'tax' }, 'UNKNOWN_MATTER'],
    ['unknown kind', { kind: 'poll' }, 'INVALID_KIND'],
    ['question with one option', { options: ['Tán thành'] }, 'INVALID_OPTIONS'],
    ['election with no candidate', { kind: 'election', options: [] }, 'INVALID_OPTIONS'],
    ['duplicate options', { options: ['Đồng ý', 'Đồng ý'.normalize('NFD')] }, 'INVALID_OPTIONS'],
    ['empty option', { options: ['Đồng ý', '  '] }, 'INVALID_OPTIONS'],
    ['options not a list', { options: 'Đồng ý' }, 'INVALID_OPTIONS'],
  ])('%s', (_name, patch, code) => {
    const r = tallyDecision({ ...good, ...patch } as TallyInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.status).toBe(400);
    expect(r.error.message.length).toBeGreaterThan(10);
  });

  it('gives Vietnamese messages', () => {
    const r = tallyDecision({ ...good, ballots: ['Có lẽ'] });
    expect(!r.ok && r.error.message).toBe('Lựa chọn "Có lẽ" không có trong danh sách phương án biểu quyết.');
    const r2 = tallyDecision({ ...good, eligible: 1, ballots: YES_NO });
    expect(!r2.ok && r2.error.message).toBe('Số phiếu biểu quyết (2) không được lớn hơn tổng số hộ gia đình (1).');
  });

  it('does not throw on a null input', () => {
    const r = tallyDecision(null as unknown as TallyInput);
    expect(r.ok).toBe(false);
  });
});

describe('recognition', () => {
  it('convention and village head by the commune People’s Committee, board members by the commune Fatherland Front', () => {
    expect(recognitionAuthority('convention')).toBe('commune_people_committee');
    expect(recognitionAuthority('village_head')).toBe('commune_people_committee');
    expect(recognitionAuthority('board_member')).toBe('commune_fatherland_front');
    for (const m of ['contribution', 'contribution_management', 'other'] as Matter[]) {
      expect(recognitionAuthority(m)).toBeNull();
      expect(requiresRecognition(m)).toBe(false);
    }
  });

  it('deadlines are 5 working days', () => {
    expect(RECOGNITION_WORKING_DAYS).toBe(5);
    expect(SUBMISSION_WORKING_DAYS).toBe(5);
  });
});

describe('decision state machine', () => {
  const expected: Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>> = {
    draft: { open: 'open', cancel: 'cancelled' },
    open: { close: 'closed', cancel: 'cancelled' },
    closed: { recognise: 'recognised', refuse: 'refused' },
    recognised: {},
    refused: {},
    cancelled: {},
  };

  it('allows exactly the listed transitions (every status × action)', () => {
    for (const s of DECISION_STATUSES) {
      for (const a of DECISION_ACTIONS) {
        const r = transition(s, a);
        const next = expected[s][a];
        if (next) {
          expect(r).toEqual({ ok: true, value: next });
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.code).toBe('INVALID_TRANSITION');
            expect(r.error.status).toBe(422);
          }
        }
      }
    }
  });

  it('explains a refused transition in Vietnamese', () => {
    const r = transition('closed', 'open');
    expect(!r.ok && r.error.message).toBe('Không thể mở biểu quyết khi nội dung biểu quyết đang ở trạng thái "Đã kết thúc biểu quyết".');
  });

  it('refuses recognition of matters that take effect when voted, and of decisions that did not pass', () => {
    const r1 = transition('closed', 'recognise', { matter: 'contribution', passed: true });
    expect(!r1.ok && r1.error.code).toBe('RECOGNITION_NOT_REQUIRED');
    const r2 = transition('closed', 'refuse', { matter: 'village_head', passed: false });
    expect(!r2.ok && r2.error.code).toBe('DECISION_NOT_PASSED');
    expect(transition('closed', 'recognise', { matter: 'convention', passed: true })).toEqual({ ok: true, value: 'recognised' });
    expect(transition('closed', 'refuse', { matter: 'board_member', passed: true })).toEqual({ ok: true, value: 'refused' });
  });

  it('lists allowed actions', () => {
    expect(allowedActions('draft')).toEqual(['open', 'cancel']);
    expect(allowedActions('closed', { matter: 'village_head', passed: true })).toEqual(['recognise', 'refuse']);
    expect(allowedActions('closed', { matter: 'other', passed: true })).toEqual([]);
    expect(allowedActions('cancelled')).toEqual([]);
  });

  it('rejects unknown statuses and actions', () => {
    const r1 = transition('archived' as DecisionStatus, 'open');
    expect(!r1.ok && r1.error.code).toBe('UNKNOWN_STATUS');
    const r2 = transition('draft', 'publish' as DecisionAction);
    expect(!r2.ok && r2.error.code).toBe('UNKNOWN_ACTION');
  });
});

describe('formatCountVi', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1949, '1.949'],
    [28_000_000, '28.000.000'],
    [-1234, '-1.234'],
  ])('%i → %s', (n, s) => {
    expect(formatCountVi(n)).toBe(s);
  });
});
