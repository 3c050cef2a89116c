import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../core/refusal.ts';
import { isSteeringKind, meetingName, meetingValues, nextPeriodDueOn, quarterLabel, quarterOf, reviewedYear, tasksByProgrammeYear } from './meetings.ts';
import { meetingSentences } from './notes.ts';

const refusalOf = (r: ReturnType<typeof meetingValues>) => (r.ok ? null : r.refusal);

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('%s is in quarter %i', (d, q) => expect(quarterOf(d)).toBe(q));
  it('refuses what is not a date', () => expect(() => quarterOf('2026-13-01')).toThrow(RangeError));
  it('names the quarters in Roman numerals', () => expect([1, 2, 3, 4].map(quarterLabel)).toEqual(['quý I', 'quý II', 'quý III', 'quý IV']));
});

describe('meetingValues', () => {
  it('a review needs its kind; a multi-year review also a title', () => {
    expect(refusalOf(meetingValues('steering_review', '2026-07-15', 100, {}))).toMatchObject({ code: 'REVIEW_KIND_REQUIRED', status: 400 });
    expect(refusalOf(meetingValues('steering_review', '2026-07-15', 100, { reviewKind: 'multi_year', title: '  ' }))).toMatchObject({ code: 'TITLE_REQUIRED', status: 400 });
    const r = meetingValues('steering_review', '2026-07-15', null, { reviewKind: 'multi_year', title: 'Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW' });
    expect(r.ok && r.value).toMatchObject({ reviewKind: 'multi_year', quarter: null, nextTasks: [] });
  });

  it('keeps the tasks of a review, trimmed, due on or after the review', () => {
    const r = meetingValues('steering_review', '2026-07-15', null, {
      reviewKind: 'six_month',
      nextTasks: [{ title: ' Kiểm tra 02 xã ', dueOn: '2026-07-15', ownerName: ' Thường trực ' }, { title: 'Tập huấn' }],
    });
    expect(r.ok && r.value.nextTasks).toEqual([
      { title: 'Kiểm tra 02 xã', dueOn: '2026-07-15', ownerName: 'Thường trực' },
      { title: 'Tập huấn', dueOn: null, ownerName: null },
    ]);
    expect(refusalOf(meetingValues('steering_review', '2026-07-15', null, { reviewKind: 'annual', nextTasks: [{ title: 'A', dueOn: '2026-07-14' }] }))).toMatchObject({
      code: 'TASK_DUE_BEFORE_REVIEW',
      status: 422,
    });
    expect(refusalOf(meetingValues('steering_review', '2026-07-15', null, { reviewKind: 'annual', nextTasks: [{ title: '   ' }] }))).toMatchObject({ code: 'TASK_TITLE_REQUIRED' });
  });

  it("a briefing's quarter is the one given, else its date's", () => {
    const own = meetingValues('steering_briefing', '2026-01-05', null, {});
    expect(own.ok && own.value.quarter).toBe(1);
    const given = meetingValues('steering_briefing', '2026-01-05', null, { quarter: 4 });
    expect(given.ok && given.value.quarter).toBe(4);
    expect(refusalOf(meetingValues('steering_briefing', '2026-01-05', null, { quarter: 5 }))).toMatchObject({ code: 'QUARTER_INVALID' });
    expect(refusalOf(meetingValues('steering_briefing', '2026-01-05', null, { quarter: 0 }))).toMatchObject({ code: 'QUARTER_INVALID' });
  });

  it('a training needs at least one participant, and no longer a list than its count', () => {
    expect(refusalOf(meetingValues('training', '2026-04-22', null, {}))).toMatchObject({ code: 'TRAINING_PARTICIPANTS_REQUIRED', status: 400 });
    expect(refusalOf(meetingValues('training', '2026-04-22', 0, {}))).toMatchObject({ code: 'TRAINING_PARTICIPANTS_REQUIRED' });
    expect(refusalOf(meetingValues('training', '2026-04-22', 1, { participantNames: ['A', 'B'] }))).toMatchObject({ code: 'PARTICIPANT_LIST_EXCEEDS_COUNT' });
    const ok = meetingValues('training', '2026-04-22', 2, { participantNames: [' A ', '', 'B'], audience: ' cán bộ xã ' });
    expect(ok.ok && ok.value).toMatchObject({ audience: 'cán bộ xã', participantNames: ['A', 'B'] });
  });

  it("refuses a field of another kind, and on the other conferences", () => {
    expect(refusalOf(meetingValues('training', '2026-04-22', 5, { reviewKind: 'annual' }))).toMatchObject({ code: 'FIELD_NOT_FOR_KIND', field: 'reviewKind' });
    expect(refusalOf(meetingValues('steering_briefing', '2026-04-22', 5, { nextTasks: [{ title: 'A' }] }))).toMatchObject({ code: 'FIELD_NOT_FOR_KIND', field: 'nextTasks' });
    expect(refusalOf(meetingValues('steering_review', '2026-04-22', 5, { reviewKind: 'annual', quarter: 2 }))).toMatchObject({ field: 'quarter' });
    expect(refusalOf(meetingValues('staff_conference', '2026-04-22', 5, { audience: 'x' }))).toMatchObject({ field: 'audience' });
    expect(refusalOf(meetingValues('dialogue', '2026-04-22', 5, { participantNames: ['x'] }))).toMatchObject({ field: 'participantNames' });
    const none = meetingValues('staff_conference', '2026-04-22', 5, { nextTasks: [] });
    expect(none.ok && none.value).toEqual({ reviewKind: null, quarter: null, audience: null, participantNames: [], nextTasks: [] });
  });

  it('tells the committee kinds apart', () => {
    expect(['steering_review', 'steering_briefing', 'training'].every((k) => isSteeringKind(k as never))).toBe(true);
    expect(isSteeringKind('staff_conference')).toBe(false);
  });
});

describe('names and sentences', () => {
  it('an annual review in the first half reviews the year before', () => {
    expect(reviewedYear('annual', '2026-01-20')).toBe(2025);
    expect(reviewedYear('annual', '2026-12-20')).toBe(2026);
    expect(reviewedYear('six_month', '2026-07-15')).toBe(2026);
    expect(meetingName({ kind: 'steering_review', reviewKind: 'annual', quarter: null, title: null, heldOn: '2026-01-20' })).toBe('Hội nghị tổng kết năm 2025');
    expect(meetingName({ kind: 'steering_review', reviewKind: 'six_month', quarter: null, title: null, heldOn: '2026-07-15' })).toBe('Hội nghị sơ kết 6 tháng đầu năm 2026');
    expect(meetingName({ kind: 'steering_briefing', reviewKind: null, quarter: 4, title: null, heldOn: '2027-01-05' })).toBe('Hội nghị giao ban quý IV');
  });

  const m = (kind: 'steering_review' | 'steering_briefing' | 'training', held_on: string, extra: Partial<Parameters<typeof meetingSentences>[0][number]> = {}) => ({
    id: 1,
    kind,
    title: null,
    held_on,
    review_kind: null,
    quarter: null,
    audience: null,
    participants_present: null,
    ...extra,
  });

  it('writes the reviews, briefings and trainings of the period, and nothing of a kind not held', () => {
    expect(meetingSentences([])).toEqual([]);
    const s = meetingSentences([
      m('steering_review', '2026-01-20', { review_kind: 'annual' }),
      m('steering_briefing', '2026-03-27', { quarter: 1 }),
      m('training', '2026-04-22', { participants_present: 180, audience: 'cán bộ cấp xã' }),
      m('steering_review', '2026-05-20', { review_kind: 'multi_year', title: 'Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW' }),
      m('steering_briefing', '2026-06-24', { quarter: 2 }),
      m('steering_review', '2026-07-15', { review_kind: 'six_month' }),
      m('training', '2026-09-17', { participants_present: 170 }),
    ]);
    expect(s).toEqual([
      'Tổ chức Hội nghị tổng kết năm 2025 ngày 20/01/2026; Hội nghị sơ kết 05 năm thực hiện Kết luận số 120-KL/TW ngày 20/05/2026; Hội nghị sơ kết 6 tháng đầu năm 2026 ngày 15/07/2026.',
      'Tổ chức 2 hội nghị giao ban (quý I và quý II).',
      'Tổ chức 2 lớp tập huấn cho cán bộ cấp xã với 350 lượt người tham gia.',
    ]);
    expect(meetingSentences([m('steering_briefing', '2026-09-25', { quarter: 3 })])).toEqual(['Tổ chức hội nghị giao ban quý III ngày 25/09/2026.']);
  });
});

describe('tasks set at a review join the programme of their year', () => {
  it('dates a task without a date at the end of the next period', () => {
    expect(nextPeriodDueOn('six_month', '2026-07-15')).toBe('2026-12-31');
    expect(nextPeriodDueOn('multi_year', '2026-05-20')).toBe('2026-12-31');
    // An annual review held in January reviews the year before: its tasks are for this year; held in December, for the next.
    expect(nextPeriodDueOn('annual', '2026-01-20')).toBe('2026-12-31');
    expect(nextPeriodDueOn('annual', '2026-06-30')).toBe('2026-12-31');
    expect(nextPeriodDueOn('annual', '2026-12-18')).toBe('2027-12-31');
  });
  it('groups the tasks by the year of their due date', () => {
    const g = tasksByProgrammeYear('annual', '2026-12-18', [
      { title: 'a', dueOn: '2026-12-30' },
      { title: 'b', dueOn: null },
      { title: 'c', dueOn: '2027-03-31' },
    ]);
    expect([...g.entries()].map(([y, ts]) => [y, ts.map((t) => `${t.title}:${t.dueOn}`)])).toEqual([
      [2026, ['a:2026-12-30']],
      [2027, ['b:2027-12-31', 'c:2027-03-31']],
    ]);
  });
});
