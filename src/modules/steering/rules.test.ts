import { describe, expect, it } from 'vitest';
import {
  MODEL_FIELD_LABELS,
  MODEL_FIELDS,
  MODEL_RATING_LABELS,
  MODEL_RATINGS,
  checkEvaluation,
  checkRegistration,
  checkAssignees,
  checkChangeDate,
  checkCommitteeUnit,
  checkDone,
  checkFollows,
  checkInitialHeads,
  checkNewHead,
  checkTasks,
  defaultCommitteeName,
  progress,
  taskStatus,
} from './rules.ts';

describe('"Dân vận khéo" models — registration', () => {
  it('a started, named model is registered; one not yet started or without a name is refused', () => {
    expect(checkRegistration({ name: 'Đường hoa', startedOn: '2026-03-01' }, '2026-03-01')).toBeNull();
    expect(checkRegistration({ name: 'Đường hoa', startedOn: '2026-03-02' }, '2026-03-01')).toMatchObject({ code: 'MODEL_IN_FUTURE', status: 422 });
    expect(checkRegistration({ name: '  ', startedOn: '2026-03-01' }, '2026-03-01')).toMatchObject({ code: 'EMPTY_NAME', status: 400 });
  });

  it('every field and rating has its label', () => {
    for (const f of MODEL_FIELDS) expect(MODEL_FIELD_LABELS[f]).toBeTruthy();
    for (const r of MODEL_RATINGS) expect(MODEL_RATING_LABELS[r]).toBeTruthy();
  });
});

describe('"Dân vận khéo" models — evaluation', () => {
  const model = { status: 'registered' as const, startedOn: '2026-03-01' };
  const today = '2026-10-01';
  it.each<[Parameters<typeof checkEvaluation>[0], Parameters<typeof checkEvaluation>[1], string | null, number | null]>([
    [model, { rating: 'excellent', evaluatedOn: today, commended: true }, null, null],
    [model, { rating: 'poor', evaluatedOn: '2026-03-01', commended: false }, null, null],
    [{ ...model, status: 'evaluated' }, { rating: 'good', evaluatedOn: today, commended: true }, null, null],
    [{ ...model, status: 'commended' }, { rating: 'good', evaluatedOn: today, commended: false }, 'ALREADY_COMMENDED', 409],
    [model, { rating: 'good', evaluatedOn: '2026-10-02', commended: false }, 'EVALUATION_IN_FUTURE', 422],
    [model, { rating: 'good', evaluatedOn: '2026-02-28', commended: false }, 'EVALUATION_BEFORE_START', 400],
    [model, { rating: 'poor', evaluatedOn: today, commended: true }, 'CANNOT_COMMEND', 422],
  ])('%o evaluated %o → %s', (m, e, code, status) => {
    const r = checkEvaluation(m, e, today);
    expect(r?.code ?? null).toBe(code);
    expect(r?.status ?? null).toBe(status);
  });
});


describe('programme tasks — status by the date in Vietnam', () => {
  it.each<[string, string | null, string, string]>([
    ['2026-06-30', null, '2026-06-29', 'open'],
    ['2026-06-30', null, '2026-06-30', 'open'], // the last day: still open
    ['2026-06-30', null, '2026-07-01', 'overdue'], // the day after
    ['2026-12-31', null, '2027-01-01', 'overdue'],
    ['2026-06-30', '2026-07-05', '2026-07-06', 'done'], // done late is done
    ['2026-06-30', '2026-06-01', '2026-06-15', 'done'],
  ])('due %s, done %s, today %s → %s', (dueOn, doneOn, today, status) => {
    expect(taskStatus({ dueOn, doneOn }, today)).toBe(status);
  });

  it('counts by status', () => {
    expect(progress(['open', 'done', 'overdue', 'done'])).toEqual({ tasks: 4, done: 2, overdue: 1, open: 1 });
    expect(progress([])).toEqual({ tasks: 0, done: 0, overdue: 0, open: 0 });
  });

  it('tasks fall due within the programme year and have a title', () => {
    expect(checkTasks(2026, [{ title: 'A', dueOn: '2026-01-01' }, { title: 'B', dueOn: '2026-12-31' }])).toBeNull();
    expect(checkTasks(2026, [{ title: 'A', dueOn: '2025-12-31' }])).toMatchObject({ code: 'TASK_OUTSIDE_YEAR', status: 422 });
    expect(checkTasks(2026, [{ title: 'A', dueOn: '2027-01-01' }])).toMatchObject({ code: 'TASK_OUTSIDE_YEAR' });
    expect(checkTasks(2026, [{ title: ' ', dueOn: '2026-05-01' }])).toMatchObject({ code: 'EMPTY_TITLE', status: 400 });
  });

  it('a task is marked done once, not in the future, not before its year', () => {
    expect(checkDone({ doneOn: null }, 2026, '2026-11-23', '2026-11-23')).toBeNull();
    expect(checkDone({ doneOn: null }, 2026, '2026-11-24', '2026-11-23')).toMatchObject({ code: 'DONE_IN_FUTURE' });
    expect(checkDone({ doneOn: null }, 2026, '2025-12-31', '2026-11-23')).toMatchObject({ code: 'DONE_BEFORE_YEAR' });
    expect(checkDone({ doneOn: null }, 2026, '2026-01-01', '2026-11-23')).toBeNull();
    expect(checkDone({ doneOn: '2026-05-01' }, 2026, '2026-11-23', '2026-11-23')).toMatchObject({ code: 'ALREADY_DONE', status: 409 });
  });
});

describe('steering committees', () => {
  it('exactly one head when set up; a second head only after the first leaves', () => {
    expect(checkInitialHeads(['head', 'deputy', 'member'])).toBeNull();
    expect(checkInitialHeads(['deputy', 'member'])).toMatchObject({ code: 'NO_HEAD', status: 422 });
    expect(checkInitialHeads(['head', 'head'])).toMatchObject({ code: 'TWO_HEADS', status: 422 });
    expect(checkNewHead(0)).toBeNull();
    expect(checkNewHead(1)).toMatchObject({ code: 'TWO_HEADS', status: 409 });
  });

  it('followed units are units below the committee\'s unit, never itself, its parent or a sibling', () => {
    const c = { path: '/1/10/', name: 'Tỉnh Hưng Yên' };
    const units = [
      { id: 10, path: '/1/10/' },
      { id: 20, path: '/1/10/20/' },
      { id: 30, path: '/1/10/20/30/' },
      { id: 11, path: '/1/11/' },
      { id: 100, path: '/1/100/' }, // a prefix of the string, not of the tree
      { id: 1, path: '/1/' },
    ];
    expect(checkFollows(c, [20, 30], units)).toBeNull();
    expect(checkFollows(c, [], units)).toBeNull();
    for (const id of [10, 11, 1]) expect(checkFollows(c, [id], units)).toMatchObject({ code: 'FOLLOWS_OUTSIDE_TREE', status: 422 });
    expect(checkFollows({ path: '/1/10/', name: 'X' }, [100], units)).toMatchObject({ code: 'FOLLOWS_OUTSIDE_TREE' });
    expect(checkFollows(c, [999], units)).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect(checkFollows(c, [11], units)?.message).toBe('Đơn vị được phân công theo dõi phải là đơn vị trực thuộc Tỉnh Hưng Yên.');
    // A task may go to the committee's own unit.
    expect(checkAssignees(c, [10, 30], units)).toBeNull();
    expect(checkAssignees(c, [11], units)).toMatchObject({ code: 'ASSIGNEE_OUTSIDE_TREE' });
  });

  it('a change takes effect between joining and today', () => {
    expect(checkChangeDate('2026-03-01', '2026-03-01', '2026-11-23')).toBeNull();
    expect(checkChangeDate('2026-11-23', '2026-03-01', '2026-11-23')).toBeNull();
    expect(checkChangeDate('2026-11-24', '2026-03-01', '2026-11-23')).toMatchObject({ code: 'CHANGE_IN_FUTURE' });
    expect(checkChangeDate('2026-02-28', '2026-03-01', '2026-11-23')).toMatchObject({ code: 'CHANGE_BEFORE_JOINING', status: 400 });
  });

  it('committees at province, commune, agency, enterprise; not in a village', () => {
    for (const k of ['province', 'district', 'commune', 'agency', 'enterprise']) expect(checkCommitteeUnit(k)).toBeNull();
    for (const k of ['village', 'country']) expect(checkCommitteeUnit(k)).toMatchObject({ code: 'COMMITTEE_UNIT_KIND' });
    expect(defaultCommitteeName('Tỉnh Hưng Yên')).toBe('Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Hưng Yên');
  });
});
