import { describe, expect, it } from 'vitest';
import { Calendar, addDays, isWeekend } from '../../../core/calendar/index.ts';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TYPES,
  COMPLEXITIES,
  allowedActions,
  applyAction,
  computeDueDates,
  counterDeltas,
  nextDue,
  receptionRequirement,
  receptionShortfalls,
  rulesFor,
  warningFor,
  type CaseState,
  type CaseType,
} from './index.ts';

const cal = new Calendar();

function state(type: CaseType, receivedOn: string, over: Partial<CaseState> = {}): CaseState {
  return {
    type,
    status: 'received',
    rulesId: rulesFor(receivedOn).id,
    receivedOn,
    acceptedOn: null,
    remoteArea: false,
    instance: 1,
    complexity: 'normal',
    extensions: 0,
    processExtended: false,
    ...over,
  };
}

function act(s: CaseState, action: (typeof CASE_ACTIONS)[number], on: string, extra: Record<string, string> = {}) {
  const r = applyAction(s, { action, on, ...extra });
  if (!r.ok) throw new Error(`${r.refusal.code}: ${r.refusal.message}`);
  return r.value;
}

describe('rule versions', () => {
  it('keeps the rules in force on the receipt date (NĐ 155/2026 from 01/07/2026)', () => {
    expect(rulesFor('2020-01-01').id).toBe('2012-07-01');
    expect(rulesFor('2026-06-30').id).toBe('2012-07-01');
    expect(rulesFor('2026-07-01').id).toBe('2026-07-01');
    expect(rulesFor('2030-01-01').id).toBe('2026-07-01');
    expect(rulesFor('2001-01-01').id).toBe('2012-07-01');
  });

  it('complaint acceptance: 10 working days before 01/07/2026, 07 from that day', () => {
    // 30/06/2026 (Tue) + 10 working days = 14/07/2026; 01/07/2026 (Wed) + 7 = 10/07/2026.
    expect(computeDueDates(cal, state('complaint', '2026-06-30'))).toEqual({ accept: '2026-07-14' });
    expect(computeDueDates(cal, state('complaint', '2026-07-01'))).toEqual({ accept: '2026-07-10' });
  });
});

describe('clocks', () => {
  it('complaint first instance: 30 / 45 complex, remote 45 / 60 calendar days from acceptance', () => {
    const s = act(state('complaint', '2026-09-07'), 'accept', '2026-09-10');
    expect(computeDueDates(cal, s)).toEqual({ resolve: '2026-10-12' }); // 10/10 is a Saturday → Monday 12/10
    const complex = act(s, 'extend', '2026-10-01', { note: 'Phải xác minh nhiều nơi', complexity: 'complex' });
    expect(computeDueDates(cal, complex)).toEqual({ resolve: '2026-10-26' }); // +45 = 25/10 Sunday → 26/10
    const remote = { ...s, remoteArea: true };
    expect(computeDueDates(cal, remote).resolve).toBe('2026-10-26'); // +45
    expect(computeDueDates(cal, { ...remote, extensions: 1 }).resolve).toBe('2026-11-09'); // +60
  });

  it('complaint second instance: 45 / 60, remote 60 / 70', () => {
    const s = { ...act(state('complaint', '2026-09-07', { instance: 2 }), 'accept', '2026-09-10') };
    expect(computeDueDates(cal, s).resolve).toBe('2026-10-26'); // +45
    expect(computeDueDates(cal, { ...s, extensions: 1 }).resolve).toBe('2026-11-09'); // +60
    expect(computeDueDates(cal, { ...s, remoteArea: true }).resolve).toBe('2026-11-09'); // +60
    expect(computeDueDates(cal, { ...s, remoteArea: true, extensions: 1 }).resolve).toBe('2026-11-19'); // +70
  });

  it('denunciation: 7 working days to process, 10 when extended, 30 days to resolve, +30 per extension', () => {
    const s = state('denunciation', '2026-11-20'); // Friday
    expect(computeDueDates(cal, s)).toEqual({ accept: '2026-12-01' });
    const ext = act(s, 'extend', '2026-11-23', { note: 'Xác minh tại nhiều địa điểm' });
    expect(computeDueDates(cal, ext)).toEqual({ accept: '2026-12-04' });
    expect(applyAction(ext, { action: 'extend', on: '2026-11-24', note: 'lần nữa' })).toMatchObject({ ok: false, refusal: { code: 'EXTENSION_LIMIT' } });
    const acc = act(s, 'accept', '2026-11-25');
    expect(computeDueDates(cal, acc)).toEqual({ resolve: '2026-12-25' });
    const once = act(acc, 'extend', '2026-12-20', { note: 'Phức tạp', complexity: 'complex' });
    expect(computeDueDates(cal, once).resolve).toBe('2027-01-25'); // 24/01/2027 is a Sunday
  });

  it('feedback and petitions: 10 working days (configurable per unit)', () => {
    expect(computeDueDates(cal, state('feedback', '2026-11-23'))).toEqual({ resolve: '2026-12-07' });
    expect(computeDueDates(cal, state('petition', '2026-11-23', { answerDays: 5 }))).toEqual({ resolve: '2026-11-30' });
  });

  it('a calendar-day deadline landing on Tết moves past Tết and its compensatory days', () => {
    // Accepted 07/01/2027: +30 = 06/02/2027 (mùng 1 Tết Đinh Mùi); days off run to 11/02 → 12/02/2027.
    const s = act(state('denunciation', '2027-01-04'), 'accept', '2027-01-07');
    expect(computeDueDates(cal, s).resolve).toBe('2027-02-12');
  });

  it('a deadline on 30/4 – 1/5 moves to the next working day', () => {
    // 2027: 30/4 Fri, 1/5 Sat, compensatory Mon 3/5 → Tue 04/05/2027.
    const s = act(state('complaint', '2027-03-25'), 'accept', '2027-03-31');
    expect(computeDueDates(cal, s).resolve).toBe('2027-05-04');
  });

  it('working-day clocks skip the whole of Tết', () => {
    // Denunciation received Thu 04/02/2027: working days 5–11/02 are off → 12, 15, 16, 17, 18, 19, 22.
    expect(computeDueDates(cal, state('denunciation', '2027-02-04')).accept).toBe('2027-02-22');
  });

  it('an official schedule overrides the default (a swapped working Saturday counts)', () => {
    const official = new Calendar(
      new Map([[2026, { year: 2026, days: [...cal.holidays(2026), { date: '2026-11-24', name: 'Nghỉ đặc biệt' }], workingDays: [{ date: '2026-11-28', name: 'Làm bù' }] }]]),
    );
    // Feedback received Mon 23/11/2026: 24/11 off, Sat 28/11 working → 25, 26, 27, 28, 30, 1, 2, 3, 4, 7.
    expect(computeDueDates(official, state('feedback', '2026-11-23')).resolve).toBe('2026-12-07');
    expect(computeDueDates(official, state('feedback', '2026-11-23', { answerDays: 5 })).resolve).toBe('2026-11-30');
  });

  it('due dates never fall on a day off (exhaustive over two years, all types and clocks)', () => {
    for (let d = '2026-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
      for (const type of CASE_TYPES) {
        const r = state(type, d);
        const due = nextDue(computeDueDates(cal, r))!;
        expect(cal.isWorkingDay(due), `${type} ${d} → ${due}`).toBe(true);
        expect(due > d).toBe(true);
        if (type === 'complaint' || type === 'denunciation') {
          const a = act(r, 'accept', d);
          const res = computeDueDates(cal, a).resolve!;
          expect(cal.isWorkingDay(res) && !isWeekend(res) || cal.isWorkingDay(res)).toBe(true);
          expect(res >= addDays(d, 30)).toBe(true);
        }
      }
    }
  });
});

describe('state machines', () => {
  it('closed cases accept no action; open ones only their type’s actions', () => {
    for (const type of CASE_TYPES) {
      for (const status of CASE_STATUSES) {
        const allowed = allowedActions(type, status);
        if (status !== 'received' && status !== 'accepted') expect(allowed).toEqual([]);
        for (const action of CASE_ACTIONS) {
          const r = applyAction(state(type, '2026-11-02', { status, acceptedOn: status === 'accepted' ? '2026-11-03' : null }), {
            action,
            on: '2026-11-10',
            note: 'Lý do',
            publicAnswer: 'Trả lời',
            complexity: 'complex',
          });
          expect(r.ok, `${type}/${status}/${action}`).toBe(allowed.includes(action));
        }
      }
    }
  });

  it('complaint: received → accepted → resolved; extension once only', () => {
    let s = act(state('complaint', '2026-11-02'), 'accept', '2026-11-05');
    expect(s.status).toBe('accepted');
    s = act(s, 'extend', '2026-11-20', { note: 'Phức tạp' });
    expect(s.extensions).toBe(1);
    expect(applyAction(s, { action: 'extend', on: '2026-11-21', note: 'x' })).toMatchObject({ ok: false, refusal: { code: 'EXTENSION_LIMIT' } });
    expect(applyAction(s, { action: 'resolve', on: '2026-11-25' })).toMatchObject({ ok: false, refusal: { code: 'ANSWER_REQUIRED' } });
    expect(act(s, 'resolve', '2026-11-25', { publicAnswer: 'Quyết định giải quyết số 12/QĐ-UBND' }).status).toBe('resolved');
  });

  it('denunciation extensions: once when complex, twice when especially complex, never when normal', () => {
    const acc = act(state('denunciation', '2026-11-02'), 'accept', '2026-11-05');
    expect(applyAction(acc, { action: 'extend', on: '2026-11-10', note: 'x', complexity: 'normal' })).toMatchObject({ ok: false, refusal: { code: 'NOT_COMPLEX' } });
    const once = act(acc, 'extend', '2026-11-10', { note: 'x', complexity: 'complex' });
    expect(applyAction(once, { action: 'extend', on: '2026-11-11', note: 'x', complexity: 'complex' })).toMatchObject({ ok: false, refusal: { code: 'EXTENSION_LIMIT' } });
    const twice = act(once, 'extend', '2026-11-11', { note: 'x', complexity: 'especially_complex' });
    expect(twice.extensions).toBe(2);
    expect(computeDueDates(cal, twice).resolve).toBe('2027-02-03'); // 05/11/2026 + 90 days = 03/02/2027 (Wednesday)
    expect(applyAction(twice, { action: 'extend', on: '2026-11-12', note: 'x', complexity: 'especially_complex' })).toMatchObject({ ok: false, refusal: { code: 'EXTENSION_LIMIT' } });
  });

  it('refusal and extension need a reason; actions cannot predate receipt', () => {
    expect(applyAction(state('complaint', '2026-11-02'), { action: 'refuse', on: '2026-11-03' })).toMatchObject({ ok: false, refusal: { code: 'REASON_REQUIRED' } });
    expect(applyAction(state('complaint', '2026-11-02'), { action: 'accept', on: '2026-11-01' })).toMatchObject({ ok: false, refusal: { code: 'DATE_BEFORE_RECEIPT' } });
    expect(COMPLEXITIES).toContain('especially_complex');
  });
});

describe('warnings', () => {
  it('due soon within 3 working days (the due day itself included), overdue the day after', () => {
    expect(warningFor(cal, '2026-11-27', '2026-11-23')).toBeNull(); // Mon → Fri: 4 working days ahead
    expect(warningFor(cal, '2026-11-26', '2026-11-23')).toBe('due_soon');
    expect(warningFor(cal, '2026-11-23', '2026-11-23')).toBe('due_soon'); // last day: still on time
    expect(warningFor(cal, '2026-11-23', '2026-11-24')).toBe('overdue');
    expect(warningFor(cal, null, '2026-11-24')).toBeNull();
  });
});

describe('counter deltas', () => {
  it('due set, moved on extension, removed on refusal/transfer, closed_by_due keyed on the due date', () => {
    expect(counterDeltas(null, '2026-12-01', 'accepted', '2026-11-02')).toEqual([{ key: 'cases.due', day: '2026-12-01', delta: 1 }]);
    expect(counterDeltas('2026-12-01', '2026-12-31', 'accepted', '2026-11-20')).toEqual([
      { key: 'cases.due', day: '2026-12-01', delta: -1 },
      { key: 'cases.due', day: '2026-12-31', delta: 1 },
    ]);
    expect(counterDeltas('2026-12-01', null, 'transferred', '2026-11-20')).toEqual([{ key: 'cases.due', day: '2026-12-01', delta: -1 }]);
    expect(counterDeltas(null, null, 'refused', '2026-11-20')).toEqual([]);
    expect(counterDeltas('2026-12-01', null, 'resolved', '2026-12-01')).toEqual([
      { key: 'cases.resolved', day: '2026-12-01', delta: 1 },
      { key: 'cases.closed_by_due', day: '2026-12-01', delta: 1 },
    ]);
    expect(counterDeltas('2026-12-01', null, 'resolved', '2026-12-02')).toEqual([{ key: 'cases.resolved', day: '2026-12-02', delta: 1 }]);
  });
});

describe('reception frequency (Luật Tiếp công dân Điều 12, 15)', () => {
  it('commune chair: at least one day every week', () => {
    const req = receptionRequirement('commune')!;
    expect(req).toEqual({ period: 'week', days: 1 });
    const short = receptionShortfalls(req, ['2026-11-02', '2026-11-16'], '2026-11-02', '2026-11-29');
    expect(short).toEqual([
      { period: '2026-11-09', scheduled: 0, required: 1 },
      { period: '2026-11-23', scheduled: 0, required: 1 },
    ]);
    expect(receptionShortfalls(req, ['2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26'], '2026-11-01', '2026-11-30')).toEqual([]);
  });
  it('province chair: at least one day a month (configurable)', () => {
    const req = receptionRequirement('province')!;
    expect(receptionShortfalls(req, ['2026-11-10'], '2026-11-01', '2026-12-31')).toEqual([{ period: '2026-12-01', scheduled: 0, required: 1 }]);
    expect(receptionShortfalls(receptionRequirement('province', { days: 2 })!, ['2026-11-10'], '2026-11-01', '2026-11-30')).toHaveLength(1);
  });
});
