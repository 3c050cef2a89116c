// The steering committee's reviews, briefings and training, recorded as conferences: stored with their tasks for the
// next period, counted under `steering.*`, written in the report notes; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { conferencesModule, listNextTasks } from './index.ts';

let p: TestPlatform;
let hy: number;
beforeAll(async () => {
  p = await testPlatform();
  hy = await p.unitId('HY');
});
afterAll(async () => p?.close());

async function counter(unitId: number, key: string, day?: string): Promise<number> {
  const r = day
    ? await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counters WHERE unit_id = ${unitId} AND key = ${key} AND day = ${day}`.execute(p.db)
    : await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counters WHERE unit_id = ${unitId} AND key = ${key}`.execute(p.db);
  return Number(r.rows[0]?.n ?? 0);
}

describe(`steering meetings and training (${TEST_ENGINE})`, () => {
  it('records a six-month review with its tasks for the next period, returned by the answer and the detail', async () => {
    const token = await p.login('bcd.tinh');
    const before = await counter(hy, 'steering.reviews', '2026-07-08');
    const r = await p.req('POST', '/api/v1/conferences', {
      token,
      body: {
        unitId: String(hy),
        kind: 'steering_review',
        reviewKind: 'six_month',
        heldOn: '2026-07-08',
        participants: 90,
        nextTasks: [
          { title: 'Kiểm tra 02 xã về thực hiện dân chủ ở cơ sở', dueOn: '2026-09-30', ownerName: 'Thường trực Ban Chỉ đạo' },
          { title: 'Tập huấn cho trưởng thôn' },
        ],
      },
    });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body).toMatchObject({ valid: null, counted: true });
    expect(body.nextTasks).toMatchObject([
      { title: 'Kiểm tra 02 xã về thực hiện dân chủ ở cơ sở', dueOn: '2026-09-30', ownerName: 'Thường trực Ban Chỉ đạo' },
      { title: 'Tập huấn cho trưởng thôn', dueOn: null, ownerName: null },
    ]);
    expect(await counter(hy, 'steering.reviews', '2026-07-08')).toBe(before + 1);

    const one = await p.req('GET', `/api/v1/conferences/${body.id}`, { token });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ kind: 'steering_review', reviewKind: 'six_month', reviewKindLabel: 'Sơ kết 6 tháng', quarter: null, participants: { present: 90 } });
    expect(one.json().nextTasks.map((t: { seq: number; title: string }) => [t.seq, t.title])).toEqual([
      [1, 'Kiểm tra 02 xã về thực hiện dân chủ ở cơ sở'],
      [2, 'Tập huấn cho trưởng thôn'],
    ]);
    // Other modules (the steering programme) read them through the module's index.
    const tasks = await listNextTasks(p.db, { unitId: hy, from: '2026-07-08', to: '2026-07-08' });
    expect(tasks.map((t) => t.title)).toEqual(['Kiểm tra 02 xã về thực hiện dân chủ ở cơ sở', 'Tập huấn cho trưởng thôn']);
    expect(tasks[0]).toMatchObject({ conferenceId: body.id, reviewHeldOn: '2026-07-08' });

    // …and join the committee's programme of their year: a task without a date is due at the end of the next period.
    const list = await p.req('GET', `/api/v1/steering/programmes?unitId=${hy}`, { token });
    const y2026 = list.json().items.find((x: { year: number }) => x.year === 2026);
    const prog = await p.req('GET', `/api/v1/steering/programmes/${y2026.id}`, { token });
    const fromReview = prog.json().tasks.filter((t: { source: string | null }) => t.source === `conference:${body.id}`);
    expect(fromReview.map((t: { title: string; dueOn: string; ownerName: string | null }) => [t.title, t.dueOn, t.ownerName])).toEqual([
      ['Kiểm tra 02 xã về thực hiện dân chủ ở cơ sở', '2026-09-30', 'Thường trực Ban Chỉ đạo'],
      ['Tập huấn cho trưởng thôn', '2026-12-31', ''],
    ]);
  });

  it('records an annual and a multi-year review', async () => {
    const token = await p.login('bcd.tinh');
    const a = await p.req('POST', '/api/v1/conferences', { token, body: { unitId: String(hy), kind: 'steering_review', reviewKind: 'annual', heldOn: '2026-01-09' } });
    expect(a.statusCode).toBe(201);
    const m = await p.req('POST', '/api/v1/conferences', {
      token,
      body: { unitId: String(hy), kind: 'steering_review', reviewKind: 'multi_year', heldOn: '2026-05-06', title: 'Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW' },
    });
    expect(m.statusCode).toBe(201);
    const list = await p.req('GET', `/api/v1/conferences?unitId=${hy}&kind=steering_review&from=2026-05-06&to=2026-05-06`, { token });
    expect(list.json().items.find((c: { id: string }) => c.id === m.json().id)).toMatchObject({
      reviewKind: 'multi_year',
      kindLabel: 'Hội nghị sơ kết, tổng kết của Ban Chỉ đạo',
      title: 'Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW',
    });
  });

  it('derives a briefing’s quarter from its date, or takes the one given', async () => {
    const token = await p.login('bcd.tinh');
    const before = await counter(hy, 'steering.briefings');
    const q2 = await p.req('POST', '/api/v1/conferences', { token, body: { unitId: String(hy), kind: 'steering_briefing', heldOn: '2026-05-29', participants: 25 } });
    const q4 = await p.req('POST', '/api/v1/conferences', { token, body: { unitId: String(hy), kind: 'steering_briefing', heldOn: '2026-10-02', quarter: 3 } });
    expect([q2.statusCode, q4.statusCode]).toEqual([201, 201]);
    expect((await p.req('GET', `/api/v1/conferences/${q2.json().id}`, { token })).json()).toMatchObject({ quarter: 2, kind: 'steering_briefing' });
    expect((await p.req('GET', `/api/v1/conferences/${q4.json().id}`, { token })).json()).toMatchObject({ quarter: 3 });
    expect(await counter(hy, 'steering.briefings')).toBe(before + 2);
  });

  it('records a training by a commune official, counting the sessions and the participants', async () => {
    const token = await p.login('canbo.tanhung');
    const commune = await p.unitId('HY-TANHUNG');
    const [t0, n0] = [await counter(commune, 'steering.trainings'), await counter(commune, 'steering.training_participants')];
    const r = await p.req('POST', '/api/v1/conferences', {
      token,
      body: { unitId: String(commune), kind: 'training', heldOn: '2026-08-12', participants: 64, audience: 'trưởng thôn, bí thư chi bộ', participantNames: ['Nguyễn Văn A', 'Trần Thị B'] },
    });
    expect(r.statusCode).toBe(201);
    expect(await counter(commune, 'steering.trainings')).toBe(t0 + 1);
    expect(await counter(commune, 'steering.training_participants')).toBe(n0 + 64);
    // A training is no conference of the staff: it moves none of the conference counters.
    expect(await counter(commune, 'conferences.training')).toBe(0);
    const one = (await p.req('GET', `/api/v1/conferences/${r.json().id}`, { token })).json();
    expect(one).toMatchObject({ audience: 'trưởng thôn, bí thư chi bộ', participantNames: ['Nguyễn Văn A', 'Trần Thị B'], participants: { present: 64 }, valid: null });
  });

  it('refuses bad input with 4xx, a Vietnamese message and nothing written', async () => {
    const steering = await p.login('bcd.tinh');
    const official = await p.login('canbo.tanhung');
    const commune = String(await p.unitId('HY-TANHUNG'));
    const village = String(await p.unitId('HY-TANHUNG-DONG'));
    const before = await tableCounts(p.db);
    const cases: [string, unknown, number, string][] = [
      [steering, { unitId: String(hy), kind: 'training', heldOn: '2026-04-01' }, 400, 'TRAINING_PARTICIPANTS_REQUIRED'],
      [steering, { unitId: String(hy), kind: 'training', heldOn: '2026-04-01', participants: 0 }, 400, 'TRAINING_PARTICIPANTS_REQUIRED'],
      [steering, { unitId: String(hy), kind: 'steering_review', heldOn: '2026-04-01' }, 400, 'REVIEW_KIND_REQUIRED'],
      [steering, { unitId: String(hy), kind: 'steering_review', reviewKind: 'multi_year', heldOn: '2026-04-01' }, 400, 'TITLE_REQUIRED'],
      [steering, { unitId: String(hy), kind: 'steering_meeting', heldOn: '2026-04-01' }, 400, 'VALIDATION_ERROR'],
      [steering, { unitId: String(hy), kind: 'steering_review', reviewKind: 'quarterly', heldOn: '2026-04-01' }, 400, 'VALIDATION_ERROR'],
      [steering, { unitId: String(hy), kind: 'steering_briefing', heldOn: '2026-04-01', quarter: 5 }, 400, 'VALIDATION_ERROR'],
      [steering, { unitId: String(hy), kind: 'steering_briefing', heldOn: '2026-04-01', nextTasks: [{ title: 'A' }] }, 400, 'FIELD_NOT_FOR_KIND'],
      [steering, { unitId: String(hy), kind: 'steering_review', reviewKind: 'annual', heldOn: '2026-04-01', nextTasks: [{ title: 'A', dueOn: '2026-03-01' }] }, 422, 'TASK_DUE_BEFORE_REVIEW'],
      [steering, { unitId: String(hy), kind: 'steering_review', reviewKind: 'annual', heldOn: '2026-04-01', nextTasks: [{ title: '' }] }, 400, 'VALIDATION_ERROR'],
      [steering, { unitId: String(hy), kind: 'steering_briefing', heldOn: '2026-12-20' }, 422, 'CONFERENCE_IN_FUTURE'],
      [steering, { unitId: village, kind: 'steering_briefing', heldOn: '2026-04-01' }, 422, 'KIND_NOT_FOR_UNIT'],
      [official, { unitId: commune, kind: 'steering_review', reviewKind: 'annual', heldOn: '2026-04-01' }, 403, 'FORBIDDEN'],
      [official, { unitId: String(hy), kind: 'training', heldOn: '2026-04-01', participants: 10 }, 403, 'FORBIDDEN'],
      [steering, { unitId: String(hy), kind: 'staff_conference', heldOn: '2026-04-01', reviewKind: 'annual' }, 403, 'FORBIDDEN'],
    ];
    for (const [token, body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/conferences', { token, body });
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code, JSON.stringify(body)).toBe(code);
      expect(r.json().error.message).toMatch(/[àáảãạăâđêôơưẠ-ỹ]/i);
    }
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('writes the committee’s meetings and the tasks set at its reviews into the report notes', async () => {
    const notes = conferencesModule.reportNotes!;
    const unit = { id: hy, path: `/1/${hy}/`, kind: 'province', name: 'Tỉnh Hưng Yên' };
    const ctx = await p.ctxAs('bcd.tinh');
    const h1 = await notes(ctx, { unit: { ...unit, path: (await p.db.selectFrom('units').select('path').where('id', '=', hy).executeTakeFirstOrThrow()).path }, from: '2026-01-01', to: '2026-06-30' });
    const leadership = h1.find((n) => n.part === 'leadership')!.paragraphs.join(' ');
    // The demo's annual review of 2025 and its multi-year review, its trainings of the first half.
    expect(leadership).toContain('Hội nghị tổng kết năm 2025 ngày 20/01/2026');
    expect(leadership).toContain('Hội nghị sơ kết 05 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị ngày 20/05/2026');
    expect(leadership).toMatch(/Tổ chức \d+ hội nghị giao ban \(quý I và quý II\)\./);
    expect(leadership).toMatch(/lớp tập huấn .*lượt người tham gia\./);
    // The tasks the annual review of January set were all due within the half-year: none is "for the next period".
    expect(h1.find((n) => n.part === 'nextTasks')).toBeUndefined();
    const july = await notes(ctx, { unit: { ...unit, path: (await p.db.selectFrom('units').select('path').where('id', '=', hy).executeTakeFirstOrThrow()).path }, from: '2026-07-01', to: '2026-07-31' });
    const tasks = july.find((n) => n.part === 'nextTasks')!.paragraphs;
    expect(tasks).toContain('Đánh giá, phân loại Ban Chỉ đạo cấp xã năm 2026 (thời hạn: 15/12/2026; phụ trách: Thường trực Ban Chỉ đạo).');
    // A reader without rights on the unit gets nothing.
    expect(await notes(await p.ctxAs('dan.dong'), { unit, from: '2026-01-01', to: '2026-06-30' })).toEqual([]);
  });
});
