import { describe, expect, it } from 'vitest';
import { todayVn } from '../../core/dates.ts';
import { answersSentence, documentName, leadershipParagraphs } from './notes.ts';
import { checkRequest, checkReturn, checkSubmission, expectsSubmission, isOnTime, recipientStatus, remindable, resolveRecipients, type RecipientStatus } from './rules.ts';

describe('a request', () => {
  const base = { kind: 'self_inspection' as const, title: 'Hướng dẫn tự kiểm tra', issuedOn: '2026-06-10', dueOn: '2026-07-05', period: { from: '2026-01-01', to: '2026-06-30' } };
  it.each<[object, string | null, number | null]>([
    [{}, null, null],
    [{ dueOn: '2026-06-10' }, null, null],
    [{ dueOn: '2026-06-09' }, 'DUE_BEFORE_ISSUE', 422],
    [{ issuedOn: '2026-06-11' }, 'ISSUED_IN_FUTURE', 422],
    [{ title: '  ' }, 'EMPTY_TITLE', 400],
    [{ dueOn: undefined }, 'DUE_DATE_REQUIRED', 400],
    [{ kind: 'period_report', period: null }, 'PERIOD_REQUIRED', 400],
    [{ period: { from: '2026-07-01', to: '2026-06-30' } }, 'PERIOD_REVERSED', 400],
    [{ kind: 'guidance', dueOn: undefined, period: null }, null, null],
    [{ kind: 'guidance', dueOn: '2026-06-01', period: null }, 'DUE_BEFORE_ISSUE', 422],
  ])('%o → %s', (change, code, status) => {
    const r = checkRequest({ ...base, ...change }, '2026-06-10');
    expect(r?.code ?? null).toBe(code);
    expect(r?.status ?? null).toBe(status);
  });

  it('asks a submission back exactly when it has a due date', () => {
    expect(expectsSubmission('2026-07-05')).toBe(true);
    expect(expectsSubmission(null)).toBe(false);
    expect(expectsSubmission(undefined)).toBe(false);
  });
});

describe('recipients', () => {
  const province = { id: 1, path: '/1/' };
  const communeA = { id: 2, path: '/1/2/' };
  const communeB = { id: 3, path: '/1/3/' };
  const other = { id: 9, path: '/9/' };
  it('units of the kinds below the committee and the units named, once each, in id order', () => {
    expect(resolveRecipients(province, [communeB, communeA], [{ id: 2, unit: communeA }])).toEqual({ ok: true, value: [2, 3] });
    expect(resolveRecipients(province, [], [{ id: 3, unit: communeB }])).toEqual({ ok: true, value: [3] });
  });
  it('the committee’s own unit found by kind is left out', () => {
    expect(resolveRecipients(communeA, [communeA, { id: 4, path: '/1/2/4/' }], [])).toEqual({ ok: true, value: [4] });
  });
  it('a unit outside the tree, the committee’s own unit named, or an unknown id is refused', () => {
    for (const named of [{ id: 9, unit: other }, { id: 1, unit: province }, { id: 77, unit: undefined }]) {
      const r = resolveRecipients(province, [communeA], [named]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.refusal).toMatchObject({ code: 'RECIPIENT_OUTSIDE_TREE', status: 422 });
    }
    // a sibling whose path shares a prefix with the committee is outside (/1/2/ vs /1/20/ would be a false match on ids, not on paths)
    expect(resolveRecipients(communeA, [], [{ id: 20, unit: { id: 20, path: '/1/20/' } }]).ok).toBe(false);
  });
  it('no recipient at all is refused', () => {
    const r = resolveRecipients(province, [province], []);
    expect(r.ok ? null : r.refusal.code).toBe('NO_RECIPIENTS');
  });
});

describe('on time, by the legal date in Vietnam', () => {
  it('on the due day is on time, the day after is late; no due date is never late', () => {
    expect(isOnTime('2026-07-05', '2026-07-05')).toBe(true);
    expect(isOnTime('2026-07-04', '2026-07-05')).toBe(true);
    expect(isOnTime('2026-07-06', '2026-07-05')).toBe(false);
    expect(isOnTime('2030-01-01', null)).toBe(true);
  });
  it('across midnight UTC+7: 23:59 on the due day in Hà Nội is on time, 00:00 the next day is late', () => {
    // 2026-07-05 23:59 in Vietnam = 16:59 UTC; 2026-07-06 00:00 in Vietnam = 17:00 UTC on the 5th.
    expect(isOnTime(todayVn(new Date('2026-07-05T16:59:59Z')), '2026-07-05')).toBe(true);
    expect(isOnTime(todayVn(new Date('2026-07-05T17:00:00Z')), '2026-07-05')).toBe(false);
    // 17:00 UTC on the 4th is already 00:00 on the 5th in Vietnam: late for a report due on the 4th
    expect(isOnTime(todayVn(new Date('2026-07-04T17:00:00Z')), '2026-07-04')).toBe(false);
  });
});

describe('status of an addressed unit', () => {
  const due = '2026-07-05';
  it.each<[Parameters<typeof recipientStatus>[0], string, RecipientStatus]>([
    [{ expected: false, state: 'waiting', onTime: null, dueOn: null }, '2026-08-01', 'not_required'],
    [{ expected: true, state: 'waiting', onTime: null, dueOn: due }, '2026-07-05', 'not_yet_due'],
    [{ expected: true, state: 'waiting', onTime: null, dueOn: due }, '2026-07-06', 'missing'],
    [{ expected: true, state: 'submitted', onTime: true, dueOn: due }, '2026-08-01', 'on_time'],
    [{ expected: true, state: 'submitted', onTime: false, dueOn: due }, '2026-08-01', 'late'],
    [{ expected: true, state: 'returned', onTime: true, dueOn: due }, '2026-08-01', 'returned'],
  ])('%o on %s → %s', (r, today, status) => expect(recipientStatus(r, today)).toBe(status));
});

describe('submitting, returning, reminding', () => {
  it('a unit not asked → 403, guidance asking nothing → 422, a second submission → 409, after a return → allowed', () => {
    expect(checkSubmission(undefined)).toMatchObject({ code: 'NOT_A_RECIPIENT', status: 403 });
    expect(checkSubmission({ expected: false, state: 'waiting' })).toMatchObject({ code: 'NOTHING_ASKED', status: 422 });
    expect(checkSubmission({ expected: true, state: 'submitted' })).toMatchObject({ code: 'ALREADY_SUBMITTED', status: 409 });
    expect(checkSubmission({ expected: true, state: 'returned' })).toBeNull();
    expect(checkSubmission({ expected: true, state: 'waiting' })).toBeNull();
  });
  it('a return needs a reason, the latest submission, not already returned', () => {
    expect(checkReturn({ returnedOn: null, isLatest: true }, 'Thiếu số liệu')).toBeNull();
    expect(checkReturn({ returnedOn: null, isLatest: true }, ' ')).toMatchObject({ code: 'REASON_REQUIRED', status: 400 });
    expect(checkReturn({ returnedOn: '2026-07-06', isLatest: true }, 'x')).toMatchObject({ code: 'ALREADY_RETURNED', status: 409 });
    expect(checkReturn({ returnedOn: null, isLatest: false }, 'x')).toMatchObject({ code: 'NOT_LATEST', status: 409 });
  });
  const rows = [
    { unitId: 1, status: 'on_time' as const },
    { unitId: 2, status: 'missing' as const },
    { unitId: 3, status: 'returned' as const },
    { unitId: 4, status: 'not_yet_due' as const },
  ];
  it('by default every missing or returned unit; named units must still owe their report', () => {
    expect(remindable(rows, undefined)).toEqual({ ok: true, value: [2, 3] });
    expect(remindable(rows, [4, 2, 4])).toEqual({ ok: true, value: [2, 4] });
    const done = remindable(rows, [1]);
    expect(done.ok ? null : done.refusal.code).toBe('NOTHING_OWED');
    const stranger = remindable(rows, [8]);
    expect(stranger.ok ? null : stranger.refusal.code).toBe('NOT_A_RECIPIENT');
    const none = remindable([{ unitId: 1, status: 'on_time' }], undefined);
    expect(none.ok ? null : none.refusal.code).toBe('NOTHING_TO_REMIND');
  });
});

describe('the report’s leadership paragraphs', () => {
  const mid = { title: 'Hướng dẫn tự kiểm tra, báo cáo kết quả 6 tháng đầu năm 2026', number: '05/HD-BCĐ', issuedOn: '2026-06-10', dueOn: '2026-07-05', expected: 4, submitted: 3, onTime: 2, late: 1 };
  it('names a document by type, number, date and subject', () => {
    expect(documentName(mid)).toBe('Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026 về tự kiểm tra, báo cáo kết quả 6 tháng đầu năm 2026');
    expect(documentName({ title: 'Công văn về việc báo cáo năm', number: null, issuedOn: '2026-11-16' })).toBe('Công văn ngày 16/11/2026 về việc báo cáo năm');
    expect(documentName({ title: 'Báo cáo năm', number: '1/BCĐ', issuedOn: '2026-11-16' })).toBe('văn bản số 1/BCĐ ngày 16/11/2026 về báo cáo năm');
  });
  it('says how the units answered, only when a report was asked', () => {
    expect(answersSentence(mid, '2026-12-31')).toBe('Thực hiện Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026, 3/4 đơn vị đã gửi báo cáo (2 đúng hạn, 1 chậm); 1 đơn vị chưa gửi báo cáo.');
    expect(answersSentence({ ...mid, submitted: 4, onTime: 4, late: 0 }, '2026-12-31')).toBe('Thực hiện Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026, 4/4 đơn vị đã gửi báo cáo, đúng thời gian quy định.');
    expect(answersSentence(mid, '2026-07-01')).toBe('Thực hiện Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026, đến nay 3/4 đơn vị đã gửi báo cáo (hạn gửi 05/07/2026).');
    expect(answersSentence({ ...mid, dueOn: null, expected: 0 }, '2026-12-31')).toBeNull();
  });
  it('nothing when nothing was issued; one or several documents', () => {
    expect(leadershipParagraphs([], '2026-12-31')).toEqual([]);
    expect(leadershipParagraphs([mid], '2026-12-31')[0]).toBe('Ban Chỉ đạo đã ban hành Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026 về tự kiểm tra, báo cáo kết quả 6 tháng đầu năm 2026.');
    const two = leadershipParagraphs([{ ...mid, issuedOn: '2026-11-16', title: 'Công văn về báo cáo năm', number: '18/CV-BCĐ' }, mid], '2026-12-31');
    expect(two[0]).toMatch(/^Ban Chỉ đạo đã ban hành 2 văn bản chỉ đạo, hướng dẫn: Hướng dẫn số 05\/HD-BCĐ .*; Công văn số 18\/CV-BCĐ ngày 16\/11\/2026 về báo cáo năm\.$/);
  });
});
