import { describe, expect, it } from 'vitest';
import { answerDaysFrom, legalDateRefusal, receivedState, receivingUnitRefusal, submissionRefusal } from './intake.ts';

describe('receiving a case', () => {
  it('communes, wards, provinces, agencies and enterprises receive cases; villages and the country do not', () => {
    for (const kind of ['commune', 'province', 'agency', 'enterprise']) expect(receivingUnitRefusal(kind)).toBeNull();
    for (const kind of ['village', 'country']) expect(receivingUnitRefusal(kind)).toMatchObject({ code: 'UNIT_CANNOT_RECEIVE', status: 422 });
  });

  it("a unit's answer clock is a whole number of working days from 1 to 60, else the default applies", () => {
    expect(answerDaysFrom({ casesAnswerWorkingDays: 5 })).toBe(5);
    expect(answerDaysFrom({ casesAnswerWorkingDays: 60 })).toBe(60);
    for (const v of [0, 61, 2.5, '5', null]) expect(answerDaysFrom({ casesAnswerWorkingDays: v })).toBeNull();
    expect(answerDaysFrom({})).toBeNull();
  });

  it('a date given by a user is within the calendar years and not after today', () => {
    expect(legalDateRefusal('2026-11-23', '2026-11-23', 'Ngày nhận đơn')).toBeNull();
    expect(legalDateRefusal('2026-11-24', '2026-11-23', 'Ngày nhận đơn')).toMatchObject({ code: 'DATE_IN_FUTURE', status: 422, message: 'Ngày nhận đơn không được sau ngày hôm nay.' });
    expect(legalDateRefusal('1899-12-31', '2026-11-23', 'Ngày thực hiện')).toMatchObject({ code: 'DATE_OUT_OF_RANGE', status: 400 });
  });

  it('a submission needs a subject, a content and a name; only complaints have a second instance', () => {
    const ok = { type: 'complaint' as const, subject: 'Tiêu đề', content: 'Nội dung', senderName: 'Trần Văn Dân' };
    expect(submissionRefusal(ok)).toBeNull();
    expect(submissionRefusal({ ...ok, instance: 2 })).toBeNull();
    for (const bad of [{ subject: '' }, { content: '' }, { senderName: '' }, { type: 'feedback' as const, instance: 2 as const }]) {
      expect(submissionRefusal({ ...ok, ...bad })).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    }
  });

  it('a received case starts afresh under the rules in force on its receipt day (also at the unit it is transferred to)', () => {
    const s = receivedState({ type: 'complaint', remoteArea: true, instance: 2 }, '2026-07-01', null);
    expect(s).toEqual({
      type: 'complaint',
      status: 'received',
      rulesId: '2026-07-01',
      receivedOn: '2026-07-01',
      acceptedOn: null,
      remoteArea: true,
      instance: 2,
      complexity: 'normal',
      extensions: 0,
      processExtended: false,
      answerDays: undefined,
    });
    expect(receivedState({ type: 'feedback', remoteArea: false, instance: 1 }, '2026-06-30', 5)).toMatchObject({ rulesId: '2012-07-01', answerDays: 5 });
  });
});
