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

describe(`inspections (${TEST_ENGINE})`, () => {
  it('the demo: two inspections in the province, one recommendation answered, one overdue on 03/12/2026', async () => {
    const bcd = await p.login('bcd.tinh');
    const province = await p.unitId('HY');
    const list = await p.req('GET', `/api/v1/steering/inspections?unitId=${province}`, { token: bcd });
    expect(list.statusCode).toBe(200);
    const held = list.json().items.filter((i: { status: string }) => i.status !== 'planned');
    expect(held.map((i: { inspectedUnitName: string }) => i.inspectedUnitName).sort()).toEqual(['Phường Phố Hiến', 'Xã Tân Hưng']);
    expect(list.json().can).toEqual({ record: true });
    const april = held.find((i: { inspectedUnitName: string }) => i.inspectedUnitName === 'Xã Tân Hưng');
    const detail = await p.req('GET', `/api/v1/steering/inspections/${april.id}`, { token: bcd });
    expect(detail.json().recommendations[0]).toMatchObject({ state: 'answered_on_time', answeredOn: '2026-05-08' });
    expect(detail.json().findings.some((f: { violation: boolean }) => f.violation)).toBe(true);
    p.clock.set('2026-12-03T03:00:00Z');
    try {
      const fresh = await p.newToken('bcd.tinh');
      const overdue = await p.req('GET', `/api/v1/oversight/recommendations?unitId=${province}&overdue=true&source=steering_inspection`, { token: fresh });
      expect(overdue.json().items.map((r: { unitName: string; dueOn: string }) => [r.unitName, r.dueOn])).toEqual([['Phường Phố Hiến', '2026-11-20']]);
    } finally {
      p.clock.set('2026-11-23T03:00:00Z');
    }
  });

  it('writes the report note of the committee’s inspections in a period, nothing when there were none', async () => {
    const { inspectionNotes } = await import('./queries.ts');
    const ctx = await p.ctxAs('bcd.tinh');
    const unit = { id: await p.unitId('HY'), path: '', kind: 'province', name: 'Tỉnh Hưng Yên' };
    const u = await p.db.selectFrom('units').select('path').where('id', '=', unit.id).executeTakeFirstOrThrow();
    unit.path = u.path;
    expect(await inspectionNotes(ctx, { unit, from: '2026-01-01', to: '2026-12-31' })).toEqual([
      { part: 'leadership', paragraphs: ['Ban Chỉ đạo đã tổ chức kiểm tra tại 2 đơn vị: Xã Tân Hưng, Phường Phố Hiến.'] },
    ]);
    expect(await inspectionNotes(ctx, { unit, from: '2026-01-01', to: '2026-06-30' })).toEqual([
      { part: 'leadership', paragraphs: ['Ban Chỉ đạo đã tổ chức kiểm tra tại 1 đơn vị: Xã Tân Hưng.'] },
    ]);
    expect(await inspectionNotes(ctx, { unit, from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
    expect(await inspectionNotes(await p.ctxAs('dan.dong'), { unit, from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
  });

  it('records an inspection; its recommendation is answered and overdue through the oversight routes like a board’s', async () => {
    const bcd = await p.login('bcd.tinh');
    const province = await p.unitId('HY');
    const commune = await p.unitId('HY-TANHUNG');
    const before = await counter(province, 'steering.inspections');
    const r = await p.req('POST', '/api/v1/steering/inspections', {
      token: bcd,
      body: {
        unitId: String(province),
        inspectedUnitId: String(commune),
        heldOn: '2026-11-02',
        findings: [{ text: 'Chưa niêm yết dự toán thu chi quỹ thôn Bắc', violation: true }],
        recommendations: [{ to: 'UBND xã Tân Hưng', text: 'Niêm yết dự toán' }, { to: 'UBND xã Tân Hưng', text: 'Báo cáo kết quả', dueOn: '2026-11-30' }],
        conclusion: 'Cơ bản thực hiện tốt.',
      },
    });
    expect(r.statusCode).toBe(201);
    expect(await counter(province, 'steering.inspections')).toBe(before + 1);
    const d = await p.req('GET', `/api/v1/steering/inspections/${r.json().id}`, { token: bcd });
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ status: 'concluded', hasViolation: true, conclusion: 'Cơ bản thực hiện tốt.', concludedOn: '2026-11-02' });
    // Without dueOn: 15 days after the inspection, the boards' rule (Law 10/2022 Art. 40 cl. 1 c) by analogy.
    const recs = d.json().recommendations;
    expect(recs.map((x: { dueOn: string; state: string }) => [x.dueOn, x.state])).toEqual([['2026-11-17', 'overdue'], ['2026-11-30', 'open']]);
    expect(recs[0].can).toEqual({ answer: false });

    const official = await p.login('canbo.tanhung');
    // The commune's official reads the inspection of their unit and finds its overdue recommendation in the same list as a board's.
    const mine = await p.req('GET', `/api/v1/steering/inspections?inspectedUnitId=${commune}`, { token: official });
    expect(mine.json().items.some((i: { id: string }) => i.id === r.json().id)).toBe(true);
    expect(mine.json().can).toEqual({ record: false });
    const overdue = await p.req('GET', `/api/v1/oversight/recommendations?unitId=${commune}&overdue=true`, { token: official });
    const row = overdue.json().items.find((x: { id: string }) => x.id === recs[0].id);
    expect(row).toMatchObject({ source: 'steering_inspection', sourceId: r.json().id, activityId: null, board: null, subject: 'Kiểm tra của Ban Chỉ đạo Tỉnh Hưng Yên tại Xã Tân Hưng' });
    const boardRecCounter = await counter(commune, 'oversight.recommendations_answered_on_time');
    const ans = await p.req('POST', `/api/v1/oversight/recommendations/${recs[1].id}/answer`, { token: official, body: { answer: 'Đã báo cáo.', answeredOn: '2026-11-20' } });
    expect(ans.statusCode).toBe(200);
    expect(ans.json()).toMatchObject({ onTime: true });
    // The boards' indicator is not touched by a steering inspection's answer.
    expect(await counter(commune, 'oversight.recommendations_answered_on_time')).toBe(boardRecCounter);
    const again = await p.req('POST', `/api/v1/oversight/recommendations/${recs[1].id}/answer`, { token: official, body: { answer: 'Lần hai' } });
    expect(again.statusCode).toBe(409);
    const byCommittee = await p.req('POST', `/api/v1/oversight/recommendations/${recs[0].id}/answer`, { token: bcd, body: { answer: 'x' } });
    expect(byCommittee.statusCode).toBe(403);
    const after = await p.req('GET', `/api/v1/steering/inspections/${r.json().id}`, { token: official });
    expect(after.json().recommendations.map((x: { state: string }) => x.state)).toEqual(['overdue', 'answered_on_time']);
    expect(after.json().recommendations[0].can).toEqual({ answer: true });
    expect(after.json().can).toEqual({ recordResult: false, conclude: false });
  });

  it('plans an inspection, records its result later, then concludes it', async () => {
    const bcd = await p.login('bcd.tinh');
    const province = String(await p.unitId('HY'));
    const ward = String(await p.unitId('HY-PHOHIEN'));
    const plan = await p.req('POST', '/api/v1/steering/inspections/plans', { token: bcd, body: { unitId: province, inspectedUnitId: ward, plannedOn: '2026-11-10', members: ['Trần Văn Quyết', 'Lê Văn A'] } });
    expect(plan.statusCode).toBe(201);
    const id = plan.json().id;
    let d = await p.req('GET', `/api/v1/steering/inspections/${id}`, { token: bcd });
    expect(d.json()).toMatchObject({ status: 'planned', plannedOn: '2026-11-10', heldOn: null, members: ['Trần Văn Quyết', 'Lê Văn A'], can: { recordResult: true, conclude: false } });
    const early = await p.req('POST', `/api/v1/steering/inspections/${id}/conclusion`, { token: bcd, body: { conclusion: 'Sớm' } });
    expect(early.statusCode).toBe(409);
    const res = await p.req('POST', `/api/v1/steering/inspections/${id}/result`, { token: bcd, body: { heldOn: '2026-11-12', findings: [{ text: 'Tốt', violation: false }] } });
    expect(res.statusCode).toBe(200);
    const twice = await p.req('POST', `/api/v1/steering/inspections/${id}/result`, { token: bcd, body: { heldOn: '2026-11-12', findings: [] } });
    expect(twice.statusCode).toBe(409);
    const c = await p.req('POST', `/api/v1/steering/inspections/${id}/conclusion`, { token: bcd, body: { conclusion: 'Phường thực hiện tốt.' } });
    expect(c.statusCode).toBe(200);
    expect(c.json()).toEqual({ id, concludedOn: '2026-11-23' });
    d = await p.req('GET', `/api/v1/steering/inspections/${id}`, { token: bcd });
    expect(d.json()).toMatchObject({ status: 'concluded', heldOn: '2026-11-12', conclusion: 'Phường thực hiện tốt.' });
  });

  it('refuses a unit outside the tree, the unit itself, a due date before the inspection, a future date, the wrong role — changing nothing', async () => {
    const bcd = await p.login('bcd.tinh');
    const official = await p.login('canbo.tanhung');
    const resident = await p.login('dan.dong');
    const province = String(await p.unitId('HY'));
    const commune = String(await p.unitId('HY-TANHUNG'));
    const ward = String(await p.unitId('HY-PHOHIEN'));
    const before = await tableCounts(p.db);
    const base = { heldOn: '2026-10-01', findings: [{ text: 'X', violation: false }] };
    const cases: [string, unknown, number, string][] = [
      [bcd, { ...base, unitId: commune, inspectedUnitId: ward }, 422, 'UNIT_NOT_BELOW'],
      [bcd, { ...base, unitId: province, inspectedUnitId: province }, 422, 'UNIT_NOT_BELOW'],
      [bcd, { ...base, unitId: province, inspectedUnitId: commune, recommendations: [{ to: 'UBND', text: 'A', dueOn: '2026-09-01' }] }, 400, 'DUE_BEFORE_SENT'],
      [bcd, { ...base, unitId: province, inspectedUnitId: commune, heldOn: '2027-01-01' }, 422, 'INSPECTION_IN_FUTURE'],
      [bcd, { ...base, unitId: province, inspectedUnitId: commune, findings: [{ text: '  ', violation: true }] }, 400, 'EMPTY_FINDING'],
      [bcd, { ...base, unitId: province, inspectedUnitId: commune, extra: 1 }, 400, ''],
      [official, { ...base, unitId: commune, inspectedUnitId: await p.unitId('HY-TANHUNG-DONG') }, 403, 'FORBIDDEN'],
    ];
    for (const [token, body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/steering/inspections', { token, body });
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      if (code) expect(r.json().error.code).toBe(code);
      expect(r.json().error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
    const badPlan = await p.req('POST', '/api/v1/steering/inspections/plans', { token: bcd, body: { unitId: commune, inspectedUnitId: ward, plannedOn: '2026-12-01', members: ['A'] } });
    expect(badPlan.statusCode).toBe(422);
    const noUnit = await p.req('GET', '/api/v1/steering/inspections', { token: bcd });
    expect(noUnit.statusCode).toBe(400);
    const list = await p.req('GET', `/api/v1/steering/inspections?unitId=${province}`, { token: resident });
    expect(list.statusCode).toBe(403);
    expect(await tableCounts(p.db)).toEqual(before);
  });
});
