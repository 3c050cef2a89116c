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
