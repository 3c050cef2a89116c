import { describe, expect, it } from 'vitest';
import { MAX_COUNT } from '../../core/counting.ts';
import { RefusalError } from '../../core/refusal.ts';
import {
  CONFERENCE_KINDS,
  CONFERENCE_LEGAL_BASIS,
  KIND_UNITS,
  checkHeldOn,
  checkKindAtUnit,
  tallyConference,
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
    expect(e).toBeInstanceOf(RefusalError);
    expect((e as RefusalError).code).toBe(code);
    expect((e as RefusalError).status).toBe(400);
    return;
  }
  throw new Error(`expected RefusalError ${code}`);
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

describe('where each kind is held (Art. 50–51, 68–69, 73)', () => {
  it('staff conferences in agencies, worker conferences in enterprises, village meetings in villages', () => {
    expect(checkKindAtUnit('staff_conference', { kind: 'agency', name: 'Trường Tiểu học' })).toBeNull();
    expect(checkKindAtUnit('worker_conference', { kind: 'enterprise', name: 'Công ty' })).toBeNull();
    expect(checkKindAtUnit('village_meeting', { kind: 'village', name: 'Thôn Đông' })).toBeNull();
    expect(checkKindAtUnit('dialogue', { kind: 'commune', name: 'Xã Tân Hưng' })).toBeNull();
    const r = checkKindAtUnit('worker_conference', { kind: 'agency', name: 'Trường Tiểu học' });
    expect(r).toMatchObject({ code: 'KIND_NOT_FOR_UNIT', status: 422 });
    expect(r!.message).toContain('Trường Tiểu học');
    expect(checkKindAtUnit('staff_conference', { kind: 'village', name: 'Thôn Đông' })?.code).toBe('KIND_NOT_FOR_UNIT');
  });

  it('every kind is held somewhere', () => {
    for (const k of CONFERENCE_KINDS) expect(KIND_UNITS[k].length).toBeGreaterThan(0);
  });

  it('only conferences already held are recorded (today is allowed)', () => {
    expect(checkHeldOn('2026-05-01', '2026-05-01')).toBeNull();
    expect(checkHeldOn('2026-04-30', '2026-05-01')).toBeNull();
    expect(checkHeldOn('2026-05-02', '2026-05-01')).toMatchObject({ code: 'CONFERENCE_IN_FUTURE', status: 422 });
  });
});

describe('tallyConference — the numbers of a recorded conference', () => {
  const refusalOf = (r: ReturnType<typeof tallyConference>) => (r.ok ? null : r.refusal);

  it('a quorate staff conference: valid, held, resolutions against those present', () => {
    const r = tallyConference('staff_conference', {
      participants: { total: 30, present: 20 },
      opinionsRaised: 12,
      opinionsResolved: 9,
      resolutions: [
        { text: '  Quy chế chi tiêu nội bộ ', agree: 11 },
        { text: 'Quy chế dân chủ', agree: 10 },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        total: 30,
        present: 20,
        valid: true,
        nextStep: 'hold_conference',
        raised: 12,
        resolved: 9,
        resolutions: [
          { text: 'Quy chế chi tiêu nội bộ', agree: 11, passed: true, threshold: 11 },
          { text: 'Quy chế dân chủ', agree: 10, passed: false, threshold: 11 },
        ],
      },
    });
  });

  it('without its two-thirds quorum: not valid, convene again; resolutions refused (422)', () => {
    const r = tallyConference('worker_conference', { participants: { total: 30, present: 19 } });
    expect(r.ok && r.value).toMatchObject({ valid: false, nextStep: 'convene_again', raised: 0, resolved: 0 });
    const withResolution = tallyConference('worker_conference', { participants: { total: 30, present: 19 }, resolutions: [{ text: 'A', agree: 19 }] });
    expect(refusalOf(withResolution)).toMatchObject({ code: 'CONFERENCE_NOT_QUORATE', status: 422 });
  });

  it('dialogues and village meetings have no quorum in the law: validity unknown', () => {
    expect(tallyConference('dialogue', { participants: 45 })).toMatchObject({ ok: true, value: { total: null, present: 45, valid: null, nextStep: null } });
    expect(tallyConference('village_meeting', { participants: { total: 100, present: 10 } })).toMatchObject({ ok: true, value: { valid: null, nextStep: null } });
    expect(tallyConference('staff_conference', { participants: { present: 10 } })).toMatchObject({ ok: true, value: { total: null, valid: null } });
    expect(tallyConference('staff_conference', {})).toMatchObject({ ok: true, value: { total: null, present: null, valid: null, resolutions: [] } });
  });

  it('refuses resolved > raised, present > total and resolutions without the number present (400)', () => {
    const resolvedOver = refusalOf(tallyConference('dialogue', { opinionsRaised: 1_000, opinionsResolved: 1_001 }));
    expect(resolvedOver).toMatchObject({ code: 'OPINIONS_RESOLVED_EXCEED_RAISED', status: 400 });
    expect(resolvedOver!.message).toBe('Số ý kiến được giải quyết (1.001) không được lớn hơn số ý kiến nêu ra (1.000).');
    const presentOver = refusalOf(tallyConference('dialogue', { participants: { total: 10, present: 11 } }));
    expect(presentOver).toMatchObject({ code: 'COUNT_EXCEEDS_TOTAL', status: 400 });
    expect(presentOver!.message).toBe('Số người dự hội nghị (11) không được lớn hơn tổng số người (10).');
    expect(refusalOf(tallyConference('staff_conference', { resolutions: [{ text: 'A', agree: 1 }] }))).toMatchObject({ code: 'PRESENT_REQUIRED', status: 400 });
  });

  it('refuses more agreeing than present', () => {
    expectRuleError(() => tallyConference('dialogue', { participants: 5, resolutions: [{ text: 'A', agree: 6 }] }), 'COUNT_EXCEEDS_TOTAL');
  });
});
