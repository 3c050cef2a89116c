// Meetings, household ballots, online voting and the majorities inside a meeting (Law 10/2022 Art. 17–19,
// Decree 59/2023 Art. 3–5, Decree 61/2023 Art. 10).
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../../core/refusal.ts';
import { MATTERS, isMatterPassed, type Matter } from './matters.ts';
import {
  COUNTING_COMMITTEE_MAX,
  COUNTING_COMMITTEE_MIN,
  canMeetingDecide,
  communeWideContributionPassed,
  isCountingCommitteeSizeValid,
  isMeetingValid,
  isMethodAllowed,
  isOnlineVotingAllowed,
  isOnlineVotingPermittedForMatter,
  isProceduralChoicePassed,
  meetingNextStep,
  methodRefusal,
} from './methods.ts';

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

describe('methodRefusal — why a method may not be used (422 METHOD_NOT_ALLOWED)', () => {
  it('is null when the method is allowed', () => {
    expect(methodRefusal('convention', 'meeting')).toBeNull();
    expect(methodRefusal('other', 'online', { online: { eligible: 120, householdsChoosingOnline: 61 } })).toBeNull();
  });
  it('sends matters of Art. 15 cl. 1–5 to the meeting (Art. 17 cl. 2, Art. 19 cl. 1)', () => {
    const r = methodRefusal('convention', 'ballot');
    expect(r).toMatchObject({ code: 'METHOD_NOT_ALLOWED', status: 422 });
    expect(r?.message).toContain('phải được quyết định tại cuộc họp cộng đồng dân cư');
    expect(r?.message).toContain('Hương ước, quy ước của cộng đồng dân cư');
  });
  it('online: only for other self-managed matters, and only when more than half of the households chose it', () => {
    expect(methodRefusal('contribution', 'online', { online: { eligible: 120, householdsChoosingOnline: 100 } })?.message).toContain(
      'Biểu quyết trực tuyến chỉ áp dụng cho các công việc tự quản khác',
    );
    expect(methodRefusal('other', 'online', { online: { eligible: 120, householdsChoosingOnline: 60 } })?.message).toContain(
      'Chỉ tổ chức biểu quyết trực tuyến khi có trên 50% tổng số hộ gia đình lựa chọn hình thức này',
    );
  });
});

describe('count checks name the households of the village', () => {
  it('a count above all households is COUNT_EXCEEDS_ELIGIBLE, with both figures the Vietnamese way', () => {
    const e = expectRuleError(() => isOnlineVotingAllowed(1200, 1201), 'COUNT_EXCEEDS_ELIGIBLE');
    expect(e.message).toBe('Số hộ gia đình chọn biểu quyết trực tuyến (1.201) không được lớn hơn tổng số hộ gia đình (1.200).');
    expect(e.field).toBe('householdsChoosingOnline');
  });
});
