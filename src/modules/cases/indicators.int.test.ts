// The `reception` indicator and `cases.byType`: bumped when a reception is logged and a case received, rolled up to
// the province and shown per child unit in GET /api/v1/reports/indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

type ByType = { feedback: number; petition: number; complaint: number; denunciation: number };
type Figures = { reception: { sessions: number; citizens: number }; cases: { received: number; byType: ByType } };
type Answer = { indicators: Figures; children: { name: string; indicators: Figures }[] };

async function figures(from: string, to: string): Promise<Answer> {
  const token = await p.login('bcd.tinh');
  const r = await p.req('GET', `/api/v1/reports/indicators?unitId=${await p.unitId('HY')}&from=${from}&to=${to}`, { token });
  expect(r.statusCode).toBe(200);
  return r.json();
}
const child = (a: Answer, name: string) => a.children.find((c) => c.name === name)!.indicators;
const sum = (b: ByType) => b.feedback + b.petition + b.complaint + b.denunciation;

describe(`reception and cases by type in the indicators (${TEST_ENGINE})`, () => {
  it('shows the demo receptions of both halves of 2026 and the demo cases split by type', async () => {
    const h1 = await figures('2026-01-01', '2026-06-30');
    const h2 = await figures('2026-07-01', '2026-12-31');
    expect(h1.indicators.reception.sessions).toBeGreaterThan(0);
    expect(h2.indicators.reception.sessions).toBeGreaterThan(0);
    expect(child(h1, 'Xã Tân Hưng').reception).toEqual(h1.indicators.reception);
    expect(h1.indicators.reception.citizens).toBeGreaterThanOrEqual(h1.indicators.reception.sessions);
    // Every case received is counted under its type.
    expect(sum(h2.indicators.cases.byType)).toBe(h2.indicators.cases.received);
    expect(h2.indicators.cases.byType.complaint).toBeGreaterThan(0);
  });

  it('counts a logged reception (its citizens) and a received case of each type', async () => {
    const tanhung = String(await p.unitId('HY-TANHUNG'));
    const before = await figures('2026-11-01', '2026-11-30');
    const official = await p.login('canbo.tanhung');
    const s = await p.req('POST', '/api/v1/reception/sessions', {
      token: official,
      body: { unitId: tanhung, heldOn: '2026-11-19', receiverName: 'Nguyễn Văn Hùng', visitorName: 'Lê Văn Tư', visitorCount: 4, topic: 'Đường ngõ xóm 4 lầy lội' },
    });
    expect(s.statusCode).toBe(201);
    for (const type of ['complaint', 'petition', 'petition'] as const) {
      const c = await p.req('POST', '/api/v1/cases', {
        body: { type, unitId: tanhung, receivedOn: '2026-11-20', subject: 'Đề nghị sửa đường ngõ xóm 4', content: 'Đường ngõ xóm 4 lầy lội khi mưa.', sender: { name: 'Lê Văn Tư' } },
      });
      expect(c.statusCode).toBe(201);
    }
    const after = await figures('2026-11-01', '2026-11-30');
    for (const a of [after.indicators, child(after, 'Xã Tân Hưng')]) {
      const b = a === after.indicators ? before.indicators : child(before, 'Xã Tân Hưng');
      expect(a.reception).toEqual({ sessions: b.reception.sessions + 1, citizens: b.reception.citizens + 4 });
      expect(a.cases.received).toBe(b.cases.received + 3);
      expect(a.cases.byType).toEqual({ ...b.cases.byType, complaint: b.cases.byType.complaint + 1, petition: b.cases.byType.petition + 2 });
    }
    // The other commune saw none of it.
    expect(child(after, 'Phường Phố Hiến').reception).toEqual(child(before, 'Phường Phố Hiến').reception);
  });
});
