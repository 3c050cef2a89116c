import { describe, expect, it } from 'vitest';
import { boardsAt, checkActivity, checkAnswer, checkBoardAtUnit, checkTerm, recommendationDueOn, recommendationState } from './rules.ts';

describe('oversight rules', () => {
  it('recommendations are due 15 calendar days after they are sent (Art. 40, 45)', () => {
    expect(recommendationDueOn('2026-03-10')).toBe('2026-03-25');
    expect(recommendationDueOn('2026-12-20')).toBe('2027-01-04');
  });
  it('states', () => {
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: null }, '2026-03-25')).toBe('open');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: null }, '2026-03-26')).toBe('overdue');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: '2026-03-25' }, '2026-04-01')).toBe('answered_on_time');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: '2026-03-26' }, '2026-04-01')).toBe('answered_late');
  });
});

describe('where the boards work (Art. 35–45, 59, 77)', () => {
  it('the inspection board in communes, agencies and enterprises; the investment board in communes only', () => {
    expect(boardsAt('commune')).toEqual(['inspection', 'investment']);
    expect(boardsAt('agency')).toEqual(['inspection']);
    expect(boardsAt('enterprise')).toEqual(['inspection']);
    expect(boardsAt('village')).toEqual([]);
    expect(checkBoardAtUnit('investment', { kind: 'commune', name: 'Xã Tân Hưng' })).toBeNull();
    const r = checkBoardAtUnit('investment', { kind: 'agency', name: 'Sở Nội vụ' });
    expect(r).toMatchObject({ code: 'BOARD_NOT_FOR_UNIT', status: 422 });
    expect(r!.message).toContain('Sở Nội vụ');
  });
});

describe('checkActivity — an activity as recorded', () => {
  const today = '2026-10-20';
  it('trims findings and recommendations, dates recommendations 15 days after the activity unless set', () => {
    const r = checkActivity(
      {
        heldOn: '2026-10-01',
        findings: [
          { text: ' Mác bê tông thấp ', violation: true },
          { text: 'Đúng tiến độ', violation: false },
        ],
        recommendations: [{ to: ' UBND xã ', text: ' Kiểm định ' }, { to: 'UBND xã', text: 'Công khai', dueOn: '2026-10-05' }],
      },
      today,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        findings: [
          { text: 'Mác bê tông thấp', violation: true },
          { text: 'Đúng tiến độ', violation: false },
        ],
        recommendations: [
          { to: 'UBND xã', text: 'Kiểm định', sentOn: '2026-10-01', dueOn: '2026-10-16' },
          { to: 'UBND xã', text: 'Công khai', sentOn: '2026-10-01', dueOn: '2026-10-05' },
        ],
        hasViolation: true,
      },
    });
    expect(checkActivity({ heldOn: today, findings: [] }, today)).toEqual({ ok: true, value: { findings: [], recommendations: [], hasViolation: false } });
  });

  it('refuses an activity not yet held, empty texts and a due date before the activity', () => {
    const code = (r: ReturnType<typeof checkActivity>) => (r.ok ? null : [r.refusal.code, r.refusal.status]);
    expect(code(checkActivity({ heldOn: '2026-10-21', findings: [] }, today))).toEqual(['ACTIVITY_IN_FUTURE', 422]);
    expect(code(checkActivity({ heldOn: '2026-10-01', findings: [{ text: '  ', violation: false }] }, today))).toEqual(['EMPTY_FINDING', 400]);
    expect(code(checkActivity({ heldOn: '2026-10-01', findings: [], recommendations: [{ to: 'UBND', text: 'A', dueOn: '2026-09-30' }] }, today))).toEqual(['DUE_BEFORE_SENT', 400]);
    expect(code(checkActivity({ heldOn: '2026-10-01', findings: [], recommendations: [{ to: ' ', text: 'A' }] }, today))).toEqual(['EMPTY_RECOMMENDATION', 400]);
    expect(code(checkActivity({ heldOn: '2026-10-01', findings: [], recommendations: [{ to: 'UBND', text: 'A', dueOn: '2026-10-01' }] }, today))).toBeNull();
  });
});

describe('checkAnswer — the authority answers once, between sending and today', () => {
  const sent = { sentOn: '2026-10-01', answeredOn: null };
  it.each<[{ sentOn: string; answeredOn: string | null }, string, string, string | null, number | null]>([
    [sent, 'Đã xử lý', '2026-10-10', null, null],
    [sent, 'Đã xử lý', '2026-10-01', null, null],
    [{ sentOn: '2026-10-01', answeredOn: '2026-10-05' }, 'Lần hai', '2026-10-10', 'ALREADY_ANSWERED', 409],
    [sent, 'Đã xử lý', '2026-10-21', 'ANSWER_IN_FUTURE', 422],
    [sent, 'Đã xử lý', '2026-09-30', 'ANSWER_BEFORE_SENT', 400],
    [sent, '   ', '2026-10-10', 'EMPTY_ANSWER', 400],
  ])('%o, "%s" on %s → %s', (rec, text, answeredOn, code, status) => {
    const r = checkAnswer(rec, { text, answeredOn }, '2026-10-20');
    expect(r?.code ?? null).toBe(code);
    expect(r?.status ?? null).toBe(status);
  });
});

describe('checkTerm', () => {
  it('a term ends no earlier than it starts', () => {
    expect(checkTerm('2026-01-01', undefined)).toBeNull();
    expect(checkTerm('2026-01-01', '2026-01-01')).toBeNull();
    expect(checkTerm('2026-01-01', '2025-12-31')).toMatchObject({ code: 'TERM_END_BEFORE_START', status: 400 });
  });
});

describe('checkRecommendations (the one rule for every source)', () => {
  it('defaults the due date to 15 days after, refuses a due date before and empty ones', async () => {
    const { checkRecommendations } = await import('./rules.ts');
    expect(checkRecommendations([{ to: 'UBND', text: 'A' }], '2026-04-16', 'ngày kiểm tra')).toEqual({
      ok: true,
      value: [{ to: 'UBND', text: 'A', sentOn: '2026-04-16', dueOn: '2026-05-01' }],
    });
    expect(checkRecommendations([{ to: 'UBND', text: 'A', dueOn: '2026-04-16' }], '2026-04-16', 'ngày kiểm tra').ok).toBe(true);
    const before = checkRecommendations([{ to: 'UBND', text: 'A', dueOn: '2026-04-15' }], '2026-04-16', 'ngày kiểm tra');
    expect(before.ok ? null : before.refusal.message).toBe('Hạn trả lời kiến nghị (2026-04-15) không được trước ngày kiểm tra (2026-04-16).');
    const empty = checkRecommendations([{ to: ' ', text: 'A' }], '2026-04-16', 'ngày kiểm tra');
    expect(empty.ok ? null : empty.refusal.code).toBe('EMPTY_RECOMMENDATION');
  });
});
