import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_LEVELS, EVALUATION_LEVELS, checkEvaluationDate, checkLevel, checkReplacement, levelLabel, normaliseCriteria, parseLevels } from './rules.ts';

describe('evaluation levels', () => {
  it('defaults to tốt, khá, trung bình, yếu', () => {
    expect(DEFAULT_EVALUATION_LEVELS.map((l) => [l.key, l.label])).toEqual([['tot', 'Tốt'], ['kha', 'Khá'], ['trung_binh', 'Trung bình'], ['yeu', 'Yếu']]);
    expect(EVALUATION_LEVELS).toEqual(DEFAULT_EVALUATION_LEVELS);
    expect(levelLabel('trung_binh')).toBe('Trung bình');
  });

  it('parses a configured list, and refuses a malformed one', () => {
    expect(parseLevels('xuat_sac=Xuất sắc, tot=Tốt ,yeu=Yếu')).toEqual([
      { key: 'xuat_sac', label: 'Xuất sắc' },
      { key: 'tot', label: 'Tốt' },
      { key: 'yeu', label: 'Yếu' },
    ]);
    expect(parseLevels(undefined)).toBeNull();
    expect(parseLevels('  ')).toBeNull();
    expect(parseLevels('tot=Tốt,tot=Khá')).toBeNull();
    expect(parseLevels('Tot=Tốt')).toBeNull();
    expect(parseLevels('tot=')).toBeNull();
  });

  it('refuses a level not in the list, naming the list', () => {
    expect(checkLevel('kha')).toBeNull();
    const r = checkLevel('xuat_sac');
    expect(r?.code).toBe('UNKNOWN_LEVEL');
    expect(r?.status).toBe(422);
    expect(r?.message).toContain('Tốt, Khá, Trung bình, Yếu');
    expect(checkLevel('xuat_sac', parseLevels('xuat_sac=Xuất sắc')!)).toBeNull();
  });
});

describe('one evaluation per unit per year', () => {
  it('a first is allowed; a second is 409 unless it replaces the current one with a reason', () => {
    expect(checkReplacement(undefined, {}, 2025)).toBeNull();
    expect(checkReplacement({ id: 7 }, {}, 2025)?.status).toBe(409);
    expect(checkReplacement({ id: 7 }, {}, 2025)?.code).toBe('ALREADY_EVALUATED');
    expect(checkReplacement({ id: 7 }, { replaces: 7, reason: 'Bổ sung hồ sơ' }, 2025)).toBeNull();
    expect(checkReplacement({ id: 7 }, { replaces: 7 }, 2025)?.code).toBe('REASON_REQUIRED');
    expect(checkReplacement({ id: 7 }, { replaces: 7, reason: '  ' }, 2025)?.status).toBe(400);
    expect(checkReplacement({ id: 7 }, { replaces: 6, reason: 'x' }, 2025)?.code).toBe('REPLACES_NOT_CURRENT');
    expect(checkReplacement(undefined, { replaces: 6, reason: 'x' }, 2025)?.code).toBe('REPLACES_NOT_CURRENT');
    expect(checkReplacement(undefined, { reason: 'x' }, 2025)?.code).toBe('REASON_WITHOUT_REPLACES');
  });

  it('dated not after today and not before the year', () => {
    expect(checkEvaluationDate(2025, '2025-12-20', '2026-11-23')).toBeNull();
    expect(checkEvaluationDate(2025, '2026-01-05', '2026-11-23')).toBeNull();
    expect(checkEvaluationDate(2026, '2026-11-23', '2026-11-23')).toBeNull();
    expect(checkEvaluationDate(2026, '2026-11-24', '2026-11-23')?.code).toBe('EVALUATION_IN_FUTURE');
    expect(checkEvaluationDate(2026, '2025-12-31', '2026-11-23')?.code).toBe('YEAR_NOT_STARTED');
  });

  it('criteria: a text is met, an object says so; none empty', () => {
    expect(normaliseCriteria([' A ', { text: 'B', met: false }])).toEqual([{ text: 'A', met: true }, { text: 'B', met: false }]);
    expect(normaliseCriteria([{ text: ' ', met: true }])).toMatchObject({ code: 'EMPTY_CRITERION', status: 400 });
  });
});
