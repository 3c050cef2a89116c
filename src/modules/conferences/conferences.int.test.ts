import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

async function counter(unitId: number, key: string): Promise<number> {
  const r = await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counters WHERE unit_id = ${unitId} AND key = ${key}`.execute(p.db);
  return Number(r.rows[0]?.n ?? 0);
}
async function monthCounter(unitId: number, key: string): Promise<number> {
  const r = await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counter_months WHERE unit_id = ${unitId} AND key = ${key}`.execute(p.db);
  return Number(r.rows[0]?.n ?? 0);
}

describe(`conferences (${TEST_ENGINE})`, () => {
  it('records a valid staff conference with resolutions and bumps the counters in the same transaction', async () => {
    const token = await p.login('canbo.truong');
    const unitId = await p.unitId('HY-TANHUNG-THTH');
    const before = await counter(unitId, 'conferences.staff_conference');
    const r = await p.req('POST', '/api/v1/conferences', {
      token,
      body: {
        unitId: String(unitId),
        kind: 'staff_conference',
        heldOn: '2026-01-20',
        participants: { total: 30, present: 20 },
        opinionsRaised: 12,
        opinionsResolved: 9,
        minutes: 'Biên bản hội nghị cán bộ, công chức, viên chức năm 2026.',
        resolutions: [
          { text: 'Thông qua quy chế chi tiêu nội bộ', agree: 11 },
          { text: 'Thông qua quy chế dân chủ', agree: 10 },
        ],
      },
    });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body.id).toMatch(/^\d+$/);
    expect(body.valid).toBe(true);
    expect(body.counted).toBe(true);
    expect(body.resolutions.map((x: { passed: boolean }) => x.passed)).toEqual([true, false]);
    expect(await counter(unitId, 'conferences.staff_conference')).toBe(before + 1);
    expect(await monthCounter(unitId, 'conferences.staff_conference')).toBe(before + 1);

    const one = await p.req('GET', `/api/v1/conferences/${body.id}`, { token });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ kind: 'staff_conference', heldOn: '2026-01-20', participants: { total: 30, present: 20 }, opinionsRaised: 12 });
    expect(one.json().resolutions).toHaveLength(2);
  });

  it('keeps a conference without its two-thirds quorum but does not count it as held', async () => {
    const token = await p.login('canbo.truong');
    const unitId = await p.unitId('HY-TANHUNG-THTH');
    const before = await counter(unitId, 'conferences.staff_conference');
    const r = await p.req('POST', '/api/v1/conferences', {
      token,
      body: { unitId: String(unitId), kind: 'staff_conference', heldOn: '2026-02-10', participants: { total: 30, present: 19 } },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ valid: false, counted: false, nextStep: 'convene_again' });
    expect(await counter(unitId, 'conferences.staff_conference')).toBe(before);
  });

  it('records a worker conference and a dialogue for the enterprise (trade union)', async () => {
    const token = await p.login('congdoan.hunglong');
    const unitId = String(await p.unitId('HY-TANHUNG-MAYHL'));
    const w = await p.req('POST', '/api/v1/conferences', {
      token,
      body: { unitId, kind: 'worker_conference', heldOn: '2026-03-01', participants: { total: 300, present: 250 }, opinionsRaised: 40, opinionsResolved: 35 },
    });
    expect(w.statusCode).toBe(201);
    const d = await p.req('POST', '/api/v1/conferences', {
      token,
      body: { unitId, kind: 'dialogue', heldOn: '2026-06-15', participants: 45, opinionsRaised: 8, opinionsResolved: 8, onRequest: false },
    });
    expect(d.statusCode).toBe(201);
    const list = await p.req('GET', `/api/v1/conferences?unitId=${unitId}&kind=dialogue`, { token });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.some((c: { id: string }) => c.id === d.json().id)).toBe(true);
  });

  it('refuses bad input with 4xx, a Vietnamese message and no change', async () => {
    const token = await p.login('canbo.truong');
    const agency = String(await p.unitId('HY-TANHUNG-THTH'));
    const before = await tableCounts(p.db);
    const cases: [unknown, number, string][] = [
      [{ unitId: agency, kind: 'worker_conference', heldOn: '2026-01-01' }, 422, 'KIND_NOT_FOR_UNIT'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2030-01-01' }, 422, 'CONFERENCE_IN_FUTURE'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', opinionsRaised: 2, opinionsResolved: 3 }, 400, 'OPINIONS_RESOLVED_EXCEED_RAISED'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', participants: { total: 10, present: 11 } }, 400, 'COUNT_EXCEEDS_TOTAL'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-02-30' }, 400, 'VALIDATION_ERROR'],
      [{ unitId: agency, kind: 'meeting', heldOn: '2026-01-01' }, 400, 'VALIDATION_ERROR'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', extra: 1 }, 400, 'VALIDATION_ERROR'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', resolutions: [{ text: 'A', agree: 1 }] }, 400, 'PRESENT_REQUIRED'],
      [{ unitId: String(await p.unitId('HY-SNV')), kind: 'staff_conference', heldOn: '2026-01-01' }, 403, 'FORBIDDEN'],
      [{ unitId: '999999', kind: 'staff_conference', heldOn: '2026-01-01' }, 404, 'NOT_FOUND'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', attachmentIds: ['999999'] }, 422, 'ATTACHMENT_NOT_FOUND'],
      [{ unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01', attachmentIds: ['abc'] }, 400, 'VALIDATION_ERROR'],
    ];
    for (const [body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/conferences', { token, body });
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code).toBe(code);
      expect(r.json().error.message).toMatch(/[àáảãạăâđêôơưẠ-ỹ]/i);
    }
    const anon = await p.req('POST', '/api/v1/conferences', { body: { unitId: agency, kind: 'staff_conference', heldOn: '2026-01-01' } });
    expect(anon.statusCode).toBe(401);
    expect(await tableCounts(p.db)).toEqual(before);
  });
});

describe(`oversight (${TEST_ENGINE})`, () => {
  it('records an activity with a violation finding and recommendations due in 15 days; the commune answers', async () => {
    const board = await p.login('ttnd.tanhung');
    const commune = await p.unitId('HY-TANHUNG');
    const before = await counter(commune, 'oversight.with_violations');
    const r = await p.req('POST', '/api/v1/oversight/activities', {
      token: board,
      body: {
        unitId: String(commune),
        board: 'investment',
        subject: 'Giám sát công trình đường bê tông thôn Đông',
        heldOn: '2026-10-01',
        findings: [
          { text: 'Mác bê tông thấp hơn thiết kế', violation: true },
          { text: 'Tiến độ đúng kế hoạch', violation: false },
        ],
        recommendations: [{ to: 'UBND xã Tân Hưng', text: 'Kiểm định lại chất lượng bê tông' }, { to: 'UBND xã Tân Hưng', text: 'Công khai dự toán', dueOn: '2026-10-05' }],
      },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().recommendations).toEqual([{ dueOn: '2026-10-16' }, { dueOn: '2026-10-05' }]);
    expect(await counter(commune, 'oversight.with_violations')).toBe(before + 1);

    const detail = await p.req('GET', `/api/v1/oversight/activities/${r.json().id}`, { token: board });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().hasViolation).toBe(true);
    const recs = detail.json().recommendations;
    expect(recs.map((x: { state: string }) => x.state)).toEqual(['overdue', 'overdue']);

    const official = await p.login('canbo.tanhung');
    const overdue = await p.req('GET', `/api/v1/oversight/recommendations?unitId=${commune}&overdue=true`, { token: official });
    expect(overdue.json().items.length).toBeGreaterThanOrEqual(2);
    const ans = await p.req('POST', `/api/v1/oversight/recommendations/${recs[0].id}/answer`, {
      token: official,
      body: { answer: 'Đã thuê đơn vị kiểm định; kết quả gửi Ban trước 30/10.', answeredOn: '2026-10-10' },
    });
    expect(ans.statusCode).toBe(200);
    expect(ans.json()).toMatchObject({ onTime: true, answeredOn: '2026-10-10' });
    const again = await p.req('POST', `/api/v1/oversight/recommendations/${recs[0].id}/answer`, { token: official, body: { answer: 'Lần hai' } });
    expect(again.statusCode).toBe(409);
    expect(await counter(commune, 'oversight.recommendations_answered_on_time')).toBe(1);
    // The board may not answer its own recommendation.
    const byBoard = await p.req('POST', `/api/v1/oversight/recommendations/${recs[1].id}/answer`, { token: board, body: { answer: 'x' } });
    expect(byBoard.statusCode).toBe(403);
  });

  it('refuses an investment board outside a commune, bad dates and unknown fields, changing nothing', async () => {
    const admin = await p.login('admin');
    const before = await tableCounts(p.db);
    const agency = String(await p.unitId('HY-SNV'));
    const commune = String(await p.unitId('HY-TANHUNG'));
    const cases: [unknown, number, string][] = [
      [{ unitId: agency, board: 'investment', subject: 'X', heldOn: '2026-01-01', findings: [] }, 422, 'BOARD_NOT_FOR_UNIT'],
      [{ unitId: commune, board: 'inspection', subject: 'X', heldOn: '2027-01-01', findings: [] }, 422, 'ACTIVITY_IN_FUTURE'],
      [{ unitId: commune, board: 'inspection', subject: 'X', heldOn: '2026-05-01', findings: [], recommendations: [{ to: 'UBND', text: 'A', dueOn: '2026-04-01' }] }, 400, 'DUE_BEFORE_SENT'],
      [{ unitId: commune, board: 'inspection', subject: 'X', heldOn: '2026-05-01', findings: [{ text: 'A' }] }, 400, 'VALIDATION_ERROR'],
      [{ unitId: commune, board: 'other', subject: 'X', heldOn: '2026-05-01', findings: [] }, 400, 'VALIDATION_ERROR'],
    ];
    for (const [body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/oversight/activities', { token: admin, body });
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code).toBe(code);
    }
    expect(await tableCounts(p.db)).toEqual(before);
  });
});
