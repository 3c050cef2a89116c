import { describe, expect, it } from 'vitest';
import { addDays, diffDays as daysBetween } from '../../core/calendar/index.ts';
import {
  MIN_CONSULTATION_DAYS,
  MIN_CONVENTION_DRAFT_DAYS,
  closeRefusal,
  effectiveStatus,
  finishRefusal,
  finishStateRefusal,
  minDaysFor,
  opinionRefusal,
  periodRefusal,
  publishRefusal,
  resolveSettings,
  synthesiseRefusal,
  tally,
} from './rules.ts';

describe('minimum periods', () => {
  it('are 20 days (Law 10/2022 Art. 28 cl. 2) and 30 for draft conventions (Decree 61/2023 Art. 9 cl. 1)', () => {
    expect(MIN_CONSULTATION_DAYS).toBe(20);
    expect(MIN_CONVENTION_DRAFT_DAYS).toBe(30);
    const s = resolveSettings([]);
    expect(minDaysFor('land_use_plan', s)).toBe(20);
    expect(minDaysFor('convention', s)).toBe(30);
  });

  it('take the nearest unit setting, ignoring invalid values', () => {
    const s = resolveSettings([{ consultations: { minDays: 'x' } }, { consultations: { minDays: 25, conventionMinDays: 40 } }, { consultations: { minDays: 22 } }]);
    expect(s).toEqual({ minDays: 25, conventionMinDays: 40 });
    // a convention is never consulted for less than the general minimum
    expect(minDaysFor('convention', { minDays: 35, conventionMinDays: 30 })).toBe(35);
  });

  it('count from the day after publication: 20 days from 01/11 ends on 21/11', () => {
    const base = { opensOn: '2026-11-01', today: '2026-11-01', minDays: 20, kind: 'other' as const };
    expect(periodRefusal({ ...base, closesOn: '2026-11-21' })).toBeNull();
    expect(periodRefusal({ ...base, closesOn: '2026-11-20' })?.code).toBe('PERIOD_TOO_SHORT');
    expect(periodRefusal({ ...base, closesOn: '2026-11-01' })?.code).toBe('INVALID_PERIOD');
    expect(periodRefusal({ ...base, closesOn: '2028-01-01' })?.code).toBe('PERIOD_TOO_LONG');
    expect(periodRefusal({ ...base, today: '2027-03-01', closesOn: '2027-01-01' })?.code).toBe('OPENS_TOO_EARLY');
    expect(periodRefusal({ ...base, minDays: 30, kind: 'convention', closesOn: '2026-11-30' })?.message).toContain('hương ước');
  });

  it('date helpers cross months and leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('state', () => {
  const c = { status: 'open' as const, opensOn: '2026-11-01', closesOn: '2026-11-25', minDays: 20 };
  it('accepts opinions from the opening day to the closing day included', () => {
    expect(opinionRefusal(c, '2026-10-31')?.code).toBe('CONSULTATION_NOT_OPEN');
    expect(opinionRefusal(c, '2026-11-01')).toBeNull();
    expect(opinionRefusal(c, '2026-11-25')).toBeNull();
    expect(opinionRefusal(c, '2026-11-26')?.code).toBe('CONSULTATION_CLOSED');
    expect(opinionRefusal({ ...c, status: 'closed' }, '2026-11-10')?.code).toBe('CONSULTATION_CLOSED');
    expect(effectiveStatus(c, '2026-11-26')).toBe('closed');
    expect(effectiveStatus(c, '2026-11-25')).toBe('open');
  });

  it('closes by hand only once the minimum has run', () => {
    expect(closeRefusal(c, '2026-11-20')?.code).toBe('MIN_PERIOD_NOT_REACHED');
    expect(closeRefusal(c, '2026-11-20')?.message).toContain('21/11/2026');
    expect(closeRefusal(c, '2026-11-21')).toBeNull();
    expect(closeRefusal({ ...c, status: 'closed' }, '2026-11-30')?.code).toBe('ALREADY_CLOSED');
  });

  it('synthesises after closing until responses begin; finishes only when every group is answered', () => {
    expect(synthesiseRefusal('open', 0)?.code).toBe('CONSULTATION_OPEN');
    expect(synthesiseRefusal('closed', 0)).toBeNull();
    expect(synthesiseRefusal('closed', 1)?.code).toBe('RESPONSES_STARTED');
    expect(finishRefusal('closed', [])?.code).toBe('NOT_SYNTHESISED');
    const r = finishRefusal('closed', [{ label: 'Giao thông', responded: true }, { label: 'Môi trường', responded: false }]);
    expect(r?.code).toBe('GROUPS_WITHOUT_RESPONSE');
    expect(r?.message).toContain('Môi trường');
    expect(finishRefusal('published', [{ label: 'Giao thông', responded: true }])).toBeNull();
  });

  it('refuses with 422 and the groups still without a response in the details', () => {
    const r = finishRefusal('closed', [{ label: 'Giao thông', responded: true }, { label: 'Môi trường', responded: false }]);
    expect(r).toMatchObject({ status: 422, details: { groups: ['Môi trường'] } });
    expect(closeRefusal(c, '2026-11-20')?.status).toBe(422);
  });

  it('publishes once, after the synthesis; finishing needs a closed, synthesised consultation', () => {
    expect(publishRefusal('open', 0)?.code).toBe('CONSULTATION_OPEN');
    expect(publishRefusal('closed', 0)?.code).toBe('NOT_SYNTHESISED');
    expect(publishRefusal('closed', 3)).toBeNull();
    expect(publishRefusal('published', 3)?.code).toBe('ALREADY_PUBLISHED');
    expect(publishRefusal('finished', 3)?.code).toBe('ALREADY_PUBLISHED');
    expect(finishStateRefusal('open', 3)?.code).toBe('CONSULTATION_OPEN');
    expect(finishStateRefusal('closed', 0)?.code).toBe('NOT_SYNTHESISED');
    expect(finishStateRefusal('closed', 3)).toBeNull();
    expect(finishStateRefusal('published', 3)).toBeNull();
    expect(finishStateRefusal('finished', 3)?.code).toBe('CONSULTATION_FINISHED');
  });
});

describe('tally', () => {
  it('counts by stance and source with one-decimal percentages (6/7 → 85.7)', () => {
    const t = tally([
      { stance: 'agree', source: 'online', n: 4 },
      { stance: 'agree', source: 'meeting', n: 2 },
      { stance: 'disagree', source: 'paper_form', n: 1 },
    ]);
    expect(t.total).toBe(7);
    expect(t.byStance.agree).toEqual({ count: 6, percent: 85.7 });
    expect(t.byStance.other).toEqual({ count: 0, percent: 0 });
    expect(t.bySource.online).toEqual({ count: 4, percent: 57.1 });
    expect(tally([]).byStance.agree.percent).toBeNull();
  });
});
