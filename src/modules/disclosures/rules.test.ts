import { describe, expect, it } from 'vitest';
import { Calendar } from '../../core/calendar/index.ts';
import { percent } from '../../core/format.ts';
import { ALL_CATEGORIES, MEDIA, COMMUNE_CATEGORIES, categoriesFor, disclosureKindOf } from './categories.ts';
import { complianceFor, complianceLabel, disclosureDueOn, isPostedOn, postingUntil, COMMUNE_MIN_POSTING_DAYS } from './rules.ts';

const cal = new Calendar();

describe('categories as data', () => {
  it('codes are unique, every category has a Vietnamese name with diacritics and a legal basis', () => {
    const codes = ALL_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of ALL_CATEGORIES) {
      expect(c.legalBasis).toMatch(/Luật 10\/2022\/QH15, Điều \d+/);
      expect(c.vi.normalize('NFC')).toBe(c.vi);
    }
    expect(new Set(MEDIA.map((c) => c.code)).size).toBe(MEDIA.length);
  });
  it('communes have the 13 mandatory items of Art. 11 cl. 1–13; villages use the commune list', () => {
    expect(COMMUNE_CATEGORIES.filter((c) => c.mandatory)).toHaveLength(13);
    expect(categoriesFor('agency').filter((c) => c.mandatory)).toHaveLength(11);
    expect(categoriesFor('enterprise').filter((c) => c.mandatory)).toHaveLength(7);
    expect(disclosureKindOf('village')).toBe('commune');
    expect(disclosureKindOf('province')).toBeNull();
  });
});

describe('deadlines and posting periods', () => {
  it('communes: 5 working days from the decision (Art. 12 cl. 3), skipping weekends and holidays', () => {
    expect(disclosureDueOn(cal, 'commune', '2026-11-20')).toBe('2026-11-27'); // Fri → next Fri
    // decided Tue 28/04/2026: 30/4 and 1/5 are holidays, then the weekend
    expect(disclosureDueOn(cal, 'commune', '2026-04-28')).toBe('2026-05-07');
    expect(disclosureDueOn(cal, 'agency', '2026-11-20')).toBe('2026-11-27');
    // enterprises: 15 days (Art. 65 cl. 2), moved off a day off: 21/11 + 15 = 06/12 (Sunday) → 07/12
    expect(disclosureDueOn(cal, 'enterprise', '2026-11-21')).toBe('2026-12-07');
  });
  it('posting 30 consecutive days from the posting day (posting day not counted); permanent = null', () => {
    expect(COMMUNE_MIN_POSTING_DAYS).toBe(30);
    expect(postingUntil('2026-12-01', 30)).toBe('2026-12-31');
    expect(postingUntil('2026-12-01', null)).toBeNull();
    expect(isPostedOn({ postedFrom: '2026-12-01', postedUntil: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(isPostedOn({ postedFrom: '2026-12-01', postedUntil: '2026-12-31' }, '2027-01-01')).toBe(false);
    expect(isPostedOn({ postedFrom: '2026-12-01', postedUntil: null }, '2030-01-01')).toBe(true);
  });
});

describe('complianceFor', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const d = (category: string, publishedOn: string, decidedOn: string | null = null) => ({ category, publishedOn, decidedOn, kind: 'commune' as const });

  it('classifies mandatory categories as on time, late, missing or not due and computes the share', () => {
    const r = complianceFor(
      COMMUNE_CATEGORIES,
      [
        d('budget', '2026-01-10', '2026-01-05'), // due 12/01: on time
        d('socio_economic_plan', '2026-03-20', '2026-03-02'), // due 09/03: late
        d('democracy_regulation', '2025-05-01'), // permanent, published before: counts
        d('fees', '2026-07-05'), // after the period: not counted
        d('investment_land', '2026-02-01', '2026-01-29'),
        d('other', '2026-02-01'), // not mandatory: ignored
      ],
      period,
      cal,
    );
    const s = Object.fromEntries(r.items.map((i) => [i.category, i.status]));
    expect(s).toMatchObject({
      budget: 'on_time',
      socio_economic_plan: 'late',
      democracy_regulation: 'on_time',
      fees: 'missing',
      investment_land: 'on_time',
      social_policies: 'not_due',
      administrative_procedures: 'missing',
    });
    expect(s.other).toBeUndefined();
    // required: annual/quarterly/permanent (1,2,4,5,6,9,12,13 = 8) + on_decision with a disclosure (investment_land) = 9
    expect(r.required).toBe(9);
    expect([r.onTime, r.late, r.missing]).toEqual([3, 1, 5]);
    expect(r.share).toBe(44.4);
    expect(complianceLabel(r)).toBe('4/9 nội dung, 44,4%');
  });

  it('counts a decision taken in the period and disclosed after it (late) in that period', () => {
    const r = complianceFor(COMMUNE_CATEGORIES, [d('budget', '2026-07-20', '2026-06-29')], period, cal);
    expect(r.items.find((i) => i.category === 'budget')!.status).toBe('late');
  });

  it('shares are rounded to one decimal half-up in integers: 12/14 → 85,7%; 861/866 → 99,4%', () => {
    expect(percent(12, 14)).toBe(85.7);
    expect(percent(861, 866)).toBe(99.4);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(0, 0)).toBeNull();
    expect(complianceLabel({ disclosed: 12, required: 14, share: 85.7 })).toBe('12/14 nội dung, 85,7%');
  });
});
