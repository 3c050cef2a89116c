import { describe, expect, it } from 'vitest';
import {
  loggedVisitorName,
  receptionLegalSource,
  scheduleEntryRefusal,
  scheduleWindow,
  sessionDateRefusal,
  shortfallMessage,
  unitReceptionRequirement,
} from './reception.ts';

describe('citizen reception', () => {
  it("a unit's setting may ask for more reception days than the law", () => {
    expect(unitReceptionRequirement('commune', {})).toEqual({ period: 'week', days: 1 });
    expect(unitReceptionRequirement('commune', { receptionChairDays: 2 })).toEqual({ period: 'week', days: 2 });
    expect(unitReceptionRequirement('agency', {})).toEqual({ period: 'month', days: 1 });
    expect(receptionLegalSource('commune')).toContain('Điều 15 khoản 2 điểm d');
    expect(receptionLegalSource('province')).toContain('Điều 12 khoản 5');
  });

  it('says which week or month falls short, with Vietnamese dates', () => {
    expect(shortfallMessage('week', { period: '2026-12-07', scheduled: 0, required: 1 })).toBe('Tuần từ 07/12/2026: lãnh đạo mới có 0/1 ngày tiếp công dân theo lịch.');
    expect(shortfallMessage('month', { period: '2026-12-01', scheduled: 1, required: 2 })).toBe('Tháng 12/2026: lãnh đạo mới có 1/2 ngày tiếp công dân theo lịch.');
  });

  it('the published schedule covers four weeks by default, at most 400 days, never backwards', () => {
    expect(scheduleWindow('2026-11-23')).toEqual({ ok: true, value: { from: '2026-11-23', to: '2026-12-20' } });
    expect(scheduleWindow('2026-11-23', '2026-12-01', '2026-12-31')).toEqual({ ok: true, value: { from: '2026-12-01', to: '2026-12-31' } });
    expect(scheduleWindow('2026-11-23', '2026-12-01', '2026-11-30')).toMatchObject({ ok: false, refusal: { code: 'VALIDATION_ERROR', status: 400 } });
    expect(scheduleWindow('2026-11-23', '2026-01-01', '2027-02-06')).toMatchObject({ ok: false, refusal: { message: 'Khoảng thời gian tối đa là 400 ngày.' } });
    expect(scheduleWindow('2026-11-23', '2026-01-01', '2027-02-05').ok).toBe(true);
  });

  it('a schedule entry ends after it starts and names its leader and place', () => {
    const e = { startsAt: '07:30', endsAt: '11:00', leaderName: 'A', leaderTitle: 'B', place: 'C' };
    expect(scheduleEntryRefusal(e)).toBeNull();
    expect(scheduleEntryRefusal({ ...e, endsAt: '07:30' })).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    expect(scheduleEntryRefusal({ ...e, place: '' })).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
  });

  it('a reception is logged once held', () => {
    expect(sessionDateRefusal('2026-11-23', '2026-11-23')).toBeNull();
    expect(sessionDateRefusal('2026-11-24', '2026-11-23')).toMatchObject({ code: 'DATE_IN_FUTURE', status: 422 });
  });

  it('the session log never records who came to denounce', () => {
    expect(loggedVisitorName('denunciation', 'Lương Bí Mật', 'Lương Bí Mật')).toBeNull();
    expect(loggedVisitorName('feedback', '  Mai Văn Toàn ', 'Khác')).toBe('Mai Văn Toàn');
    expect(loggedVisitorName('feedback', ' ', 'Người Gửi')).toBe('Người Gửi');
    expect(loggedVisitorName(null)).toBeNull();
  });
});
