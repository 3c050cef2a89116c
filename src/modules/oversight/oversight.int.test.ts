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

describe(`oversight: what each user may do (${TEST_ENGINE})`, () => {
  it('the board records, the commune answers its open recommendations, the steering committee only reads', async () => {
    const commune = await p.unitId('HY-TANHUNG');
    const board = await p.login('ttnd.tanhung');
    const official = await p.login('canbo.tanhung');
    const steering = await p.login('bcd.tinh');
    const r = await p.req('POST', '/api/v1/oversight/activities', {
      token: board,
      body: {
        unitId: String(commune),
        board: 'inspection',
        subject: 'Kiểm tra việc công khai thu chi quỹ',
        heldOn: '2026-09-01',
        findings: [{ text: 'Chưa niêm yết quyết toán quý III', violation: true }],
        recommendations: [
          { to: 'UBND xã Tân Hưng', text: 'Niêm yết quyết toán quý III' },
          { to: 'UBND xã Tân Hưng', text: 'Báo cáo Ban kết quả' },
        ],
      },
    });
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;

    const asBoard = await p.req('GET', `/api/v1/oversight/activities?unitId=${commune}`, { token: board });
    expect(asBoard.statusCode).toBe(200);
    expect(asBoard.json().can).toEqual({ record: true, answer: false });
    expect(asBoard.json().items.find((a: { id: string }) => a.id === id)).toMatchObject({ board: 'inspection', hasViolation: true, recommendations: 2 });
    const detailForBoard = (await p.req('GET', `/api/v1/oversight/activities/${id}`, { token: board })).json();
    expect(detailForBoard.can).toEqual({ record: true, answer: false });
    expect(detailForBoard.recommendations.map((x: { can: unknown }) => x.can)).toEqual([{ answer: false }, { answer: false }]);

    const recs = detailForBoard.recommendations as { id: string }[];
    const ans = await p.req('POST', `/api/v1/oversight/recommendations/${recs[0]!.id}/answer`, { token: official, body: { answer: 'Đã niêm yết.', answeredOn: '2026-09-10' } });
    expect(ans.statusCode).toBe(200);
    const asOfficial = await p.req('GET', `/api/v1/oversight/recommendations?unitId=${commune}`, { token: official });
    expect(asOfficial.statusCode).toBe(200);
    expect(asOfficial.json().can).toEqual({ record: false, answer: true });
    const mine = (id: string) => asOfficial.json().items.find((x: { id: string }) => x.id === id);
    expect(mine(recs[0]!.id)).toMatchObject({ state: 'answered_on_time', can: { answer: false } });
    expect(mine(recs[1]!.id)).toMatchObject({ answer: null, can: { answer: true } });
    expect((await p.req('GET', `/api/v1/oversight/activities/${id}`, { token: official })).json().can).toEqual({ record: false, answer: true });

    const asSteering = await p.req('GET', `/api/v1/oversight/recommendations?unitId=${commune}`, { token: steering });
    expect(asSteering.statusCode).toBe(200);
    expect(asSteering.json().can).toEqual({ record: false, answer: false });
    expect(asSteering.json().items.every((x: { can: { answer: boolean } }) => !x.can.answer)).toBe(true);

    // No board works at a village: nothing to record there, even for the commune's board.
    const village = await p.unitId('HY-TANHUNG-DONG');
    expect((await p.req('GET', `/api/v1/oversight/activities?unitId=${village}`, { token: board })).json().can).toEqual({ record: false, answer: false });
    expect((await p.req('GET', `/api/v1/oversight/activities?unitId=${commune}`, { token: await p.login('dan.dong') })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/oversight/activities?unitId=${commune}`)).statusCode).toBe(401);
  });

  it('records a board with its term and members and lists it', async () => {
    const admin = await p.login('admin');
    const commune = String(await p.unitId('HY-TANHUNG'));
    const before = await tableCounts(p.db);
    const bad = await p.req('POST', '/api/v1/oversight/boards', {
      token: admin,
      body: { unitId: commune, board: 'inspection', termStart: '2026-01-01', termEnd: '2025-12-31', members: [{ name: 'Đỗ Văn Sơn' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('TERM_END_BEFORE_START');
    expect(await tableCounts(p.db)).toEqual(before);
    const r = await p.req('POST', '/api/v1/oversight/boards', {
      token: admin,
      body: { unitId: commune, board: 'inspection', termStart: '2026-01-01', members: [{ name: 'Đỗ Văn Sơn', role: 'Trưởng ban' }, { name: 'Lê Thị Hoa' }] },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().id).toMatch(/^\d+$/);
    const list = await p.req('GET', `/api/v1/oversight/boards?unitId=${commune}`, { token: await p.login('canbo.tanhung') });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual({
      id: r.json().id,
      board: 'inspection',
      boardLabel: 'Ban Thanh tra nhân dân',
      termStart: '2026-01-01',
      termEnd: null,
      members: [{ name: 'Đỗ Văn Sơn', role: 'Trưởng ban' }, { name: 'Lê Thị Hoa' }],
    });
  });
});
