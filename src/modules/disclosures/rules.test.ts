import { describe, expect, it } from 'vitest';
import { Calendar } from '../../core/calendar/index.ts';
import { percent } from '../../core/format.ts';
import { ALL_CATEGORIES, MEDIA, COMMUNE_CATEGORIES, categoriesFor, disclosureKindOf } from './categories.ts';
import {
  ALL_CATEGORIES_MARK,
  COMMUNE_MIN_POSTING_DAYS,
  askerCheck,
  categoryFor,
  cleanText,
  complianceFor,
  complianceLabel,
  configuredPostingDays,
  decidedOnCheck,
  disclosureDueOn,
  disclosureMedia,
  disclosurePostingDays,
  isOnTime,
  isPostedOn,
  loudspeakerWarnings,
  noticeBoardCheck,
  periodCheck,
  placeCheck,
  postedOnCheck,
  postingDaysSettingCheck,
  postingPeriodDays,
  postingUntil,
  readCheck,
  subscriptionCheck,
} from './rules.ts';
import { categoryByCode } from './categories.ts';
import { RefusalError, type Refusal, type Ruled } from '../../core/refusal.ts';

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

const codeOf = (r: Refusal | null) => r && [r.status, r.code];
const ruled = <T>(r: Ruled<T>) => (r.ok ? r.value : [r.refusal.status, r.refusal.code]);

describe('categories and media per kind of unit', () => {
  it('a category exists and belongs to the kind of unit', () => {
    expect(ruled(categoryFor('commune', 'budget'))).toMatchObject({ code: 'budget', mandatory: true });
    expect(ruled(categoryFor('commune', 'khong_co'))).toEqual([400, 'INVALID_CATEGORY']);
    expect(ruled(categoryFor('commune', 'agency_budget'))).toEqual([422, 'CATEGORY_NOT_ALLOWED']);
  });
  it('every disclosure is also on the portal; a medium must apply to the kind (loudspeakers are the commune’s)', () => {
    expect(ruled(disclosureMedia('commune', ['notice_board', 'notice_board']))).toEqual(['website', 'notice_board']);
    expect(ruled(disclosureMedia('commune', []))).toEqual([400, 'VALIDATION_ERROR']);
    expect(ruled(disclosureMedia('agency', ['loudspeaker']))).toEqual([422, 'CHANNEL_NOT_ALLOWED']);
    expect(ruled(disclosureMedia('commune', ['fax']))).toEqual([400, 'INVALID_CHANNEL']);
  });
  it('mandatory commune information is posted on the notice board (Art. 13 cl. 2); others need not be', () => {
    const budget = categoryByCode('budget');
    expect(codeOf(noticeBoardCheck('commune', budget, ['website']))).toEqual([422, 'NOTICE_BOARD_REQUIRED']);
    expect(noticeBoardCheck('commune', budget, ['website', 'notice_board'])).toBeNull();
    expect(noticeBoardCheck('commune', categoryByCode('other'), ['website'])).toBeNull();
    expect(noticeBoardCheck('agency', categoryByCode('agency_budget'), ['website'])).toBeNull();
  });
  it('reminds to broadcast what Art. 11 cl. 7–12 lists, unless it is broadcast', () => {
    const fees = categoryByCode('fees')!;
    expect(loudspeakerWarnings('commune', fees, ['notice_board'])).toHaveLength(1);
    expect(loudspeakerWarnings('commune', fees, ['notice_board', 'loudspeaker'])).toEqual([]);
    expect(loudspeakerWarnings('commune', categoryByCode('budget')!, ['notice_board'])).toEqual([]);
  });
});

describe('posting periods', () => {
  it('a disclosure is posted at least the unit’s minimum; permanent categories stay posted', () => {
    expect(ruled(disclosurePostingDays(30, 30, 'annual'))).toBe(30);
    expect(ruled(disclosurePostingDays(29, 30, 'annual'))).toEqual([422, 'POSTING_TOO_SHORT']);
    expect(ruled(disclosurePostingDays(45, 30, 'permanent'))).toBeNull();
    expect(ruled(disclosurePostingDays(null, 30, 'annual'))).toBeNull();
  });
  it('a broadcast runs at least 3 days (Art. 13 cl. 3); a notice-board posting at least the disclosure’s period', () => {
    expect(ruled(postingPeriodDays('loudspeaker', undefined, 30))).toBe(3);
    expect(ruled(postingPeriodDays('loudspeaker', 2, 30))).toEqual([422, 'BROADCAST_TOO_SHORT']);
    expect(ruled(postingPeriodDays('notice_board', undefined, 30))).toBe(30);
    expect(ruled(postingPeriodDays('notice_board', 20, 30))).toEqual([422, 'POSTING_TOO_SHORT']);
    expect(ruled(postingPeriodDays('notice_board', 40, null))).toBeNull();
    expect(ruled(postingPeriodDays('village_meeting', 1, 30))).toBe(1);
  });
  it('a unit sets its period on the commune, from 1 to 3.650 days; a missing or broken setting is no setting', () => {
    expect(postingDaysSettingCheck('commune', 45)).toBeNull();
    expect(postingDaysSettingCheck('commune', null)).toBeNull();
    expect(codeOf(postingDaysSettingCheck('village', 45))).toEqual([422, 'SET_ON_COMMUNE']);
    expect(postingDaysSettingCheck('agency', 3651)!.message).toContain('3.650');
    expect(configuredPostingDays({ postingDays: 45 })).toBe(45);
    expect(configuredPostingDays({ postingDays: 0 })).toBeNull();
    expect(configuredPostingDays({ postingDays: '45' })).toBeNull();
    expect(configuredPostingDays(undefined)).toBeNull();
  });
  it('dates: no decision or posting after today; on time up to the due day; periods run forward', () => {
    expect(codeOf(decidedOnCheck('2026-11-24', '2026-11-23'))).toEqual([422, 'DECIDED_IN_FUTURE']);
    expect(decidedOnCheck('2026-11-23', '2026-11-23')).toBeNull();
    expect(decidedOnCheck(null, '2026-11-23')).toBeNull();
    expect(codeOf(postedOnCheck('2026-11-24', '2026-11-23'))).toEqual([422, 'POSTED_IN_FUTURE']);
    expect(isOnTime('2026-11-27', '2026-11-27')).toBe(true);
    expect(isOnTime('2026-11-28', '2026-11-27')).toBe(false);
    expect(isOnTime('2030-01-01', null)).toBe(true);
    expect(codeOf(periodCheck({ from: '2026-12-31', to: '2026-10-01' }))).toEqual([400, 'INVALID_PERIOD']);
  });
  it('a posting is made in the unit, below it, or in the commune of a village', () => {
    expect(placeCheck('/1/2/3/', '/1/2/3/', null)).toBeNull();
    expect(placeCheck('/1/2/4/', '/1/2/3/', '/1/2/')).toBeNull();
    expect(codeOf(placeCheck('/1/9/', '/1/2/3/', '/1/2/'))).toEqual([422, 'PLACE_OUTSIDE_UNIT']);
  });
});

describe('who reads, asks and subscribes', () => {
  const resident = { grants: [{ unitPath: '/1/2/3/' }] };
  it('commune information is public; an agency’s is read inside it only (Art. 46, 64)', () => {
    expect(readCheck({ isPublic: true, path: '/1/2/' }, null)).toBeNull();
    expect(readCheck({ isPublic: false, path: '/1/2/7/' }, { grants: [{ unitPath: '/1/2/7/' }] })).toBeNull();
    expect(codeOf(readCheck({ isPublic: false, path: '/1/2/7/' }, resident))).toEqual([403, 'FORBIDDEN']);
    expect(readCheck({ isPublic: false, path: '/1/2/7/' }, null)!.message).toContain('đăng nhập');
  });
  it('the people of the place ask: a role in the commune, below or above it', () => {
    expect(askerCheck(resident, '/1/2/')).toBeNull();
    expect(askerCheck({ grants: [{ unitPath: '/1/' }] }, '/1/2/')).toBeNull();
    expect(codeOf(askerCheck({ grants: [{ unitPath: '/1/5/' }] }, '/1/2/'))).toEqual([403, 'FORBIDDEN']);
  });
  it('subscriptions: "all" alone, or categories of the unit’s list', () => {
    expect(subscriptionCheck('commune', [ALL_CATEGORIES_MARK])).toBeNull();
    expect(subscriptionCheck('commune', ['budget', 'fees'])).toBeNull();
    expect(codeOf(subscriptionCheck('commune', [ALL_CATEGORIES_MARK, 'budget']))).toEqual([400, 'VALIDATION_ERROR']);
    expect(codeOf(subscriptionCheck('commune', ['agency_budget']))).toEqual([422, 'CATEGORY_NOT_ALLOWED']);
  });
  it('text fields are NFC, trimmed, required and bounded (400 otherwise)', () => {
    expect(cleanText('  Nga\u0300y  ', 'title', 10)).toBe('Ngày');
    expect(() => cleanText('   ', 'title', 10)).toThrow(RefusalError);
    const tooLong = () => cleanText('x'.repeat(5001), 'answer', 5000);
    expect(tooLong).toThrow('Trường "answer" dài quá 5.000 ký tự.');
    expect(() => cleanText('x'.repeat(5000), 'answer', 5000)).not.toThrow();
  });
});
