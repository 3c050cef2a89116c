import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

describe(`"Dân vận khéo" models (${TEST_ENGINE})`, () => {
  it('a commune registers a model, the province steering committee commends it, reports count it', async () => {
    const official = await p.login('canbo.tanhung');
    const commune = String(await p.unitId('HY-TANHUNG'));
    const r = await p.req('POST', '/api/v1/steering/models', {
      token: official,
      body: { unitId: commune, name: 'Mô hình "Đường hoa nông thôn mới"', field: 'culture_society', startedOn: '2026-03-01', description: 'Nhân dân góp công trồng hoa.' },
    });
    expect(r.statusCode).toBe(201);
    // The commune may not evaluate its own model.
    expect((await p.req('POST', `/api/v1/steering/models/${r.json().id}/evaluate`, { token: official, body: { rating: 'good', evaluation: 'Tốt' } })).statusCode).toBe(403);
    const steering = await p.login('bcd.tinh');
    const indicatorsUrl = `/api/v1/reports/indicators?unitId=${await p.unitId('HY')}&from=2026-01-01&to=2026-12-31`;
    const dvk = async () => (await p.req('GET', indicatorsUrl, { token: steering })).json().indicators.danVanKheo;
    const dvkBefore = await dvk();
    const before = await tableCounts(p.db);
    const bad = await p.req('POST', `/api/v1/steering/models/${r.json().id}/evaluate`, { token: steering, body: { rating: 'poor', evaluation: 'Chưa đạt', commended: true } });
    expect(bad.statusCode).toBe(422);
    expect(await tableCounts(p.db)).toEqual(before);
    const ok = await p.req('POST', `/api/v1/steering/models/${r.json().id}/evaluate`, { token: steering, body: { rating: 'excellent', evaluation: 'Lan tỏa tốt', commended: true, evaluatedOn: '2026-10-01' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('commended');
    const list = await p.req('GET', `/api/v1/steering/models?unitId=${await p.unitId('HY')}`, { token: steering });
    expect(list.json().items[0]).toMatchObject({ status: 'commended', ratingLabel: 'Xuất sắc', fieldLabel: 'Văn hóa - xã hội' });
    // The demo's models are counted too: this one adds one registered, evaluated (first evaluation) and commended.
    expect(await dvk()).toEqual({ registered: dvkBefore.registered, evaluated: dvkBefore.evaluated + 1, commended: dvkBefore.commended + 1 });
    // Registered on 01/03: in the first half; evaluated and commended on 01/10: in the second.
    const half = async (from: string, to: string) =>
      (await p.req('GET', `/api/v1/reports/indicators?unitId=${await p.unitId('HY')}&from=${from}&to=${to}`, { token: steering })).json().indicators.danVanKheo;
    expect((await half('2026-10-01', '2026-10-01'))).toEqual({ registered: 0, evaluated: 1, commended: 1 });
    expect((await half('2026-03-01', '2026-03-01')).registered).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad input', async () => {
    const official = await p.login('canbo.tanhung');
    const commune = String(await p.unitId('HY-TANHUNG'));
    expect((await p.req('POST', '/api/v1/steering/models', { token: official, body: { unitId: commune, name: 'X', field: 'nope', startedOn: '2026-03-01' } })).statusCode).toBe(400);
    expect((await p.req('POST', '/api/v1/steering/models', { token: official, body: { unitId: commune, name: 'X', field: 'other', startedOn: '2027-03-01' } })).statusCode).toBe(422);
    expect((await p.req('POST', '/api/v1/steering/models', { token: await p.login('dan.dong'), body: { unitId: commune, name: 'X', field: 'other', startedOn: '2026-03-01' } })).statusCode).toBe(403);
  });
});
