// What the answers say the current user may do (the web shows its buttons from these, never from role names).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
let tanhung: number;
beforeAll(async () => {
  p = await testPlatform();
  tanhung = await p.unitId('HY-TANHUNG');
});
afterAll(async () => p?.close());

const send = (type: string) =>
  p.req('POST', '/api/v1/cases', {
    body: { type, unitId: String(tanhung), subject: 'Đường liên thôn xuống cấp', content: 'Sụt lún.', sender: { name: 'Trần Văn Dân' } },
  });

describe(`what the user may do (${TEST_ENGINE})`, () => {
  it('a case: the unit’s official acts and assigns; the steering committee only reads; a denouncer is seen by the assigned handler only', async () => {
    const c = (await send('denunciation')).json();
    const official = await p.login('canbo.tanhung');
    const bcd = await p.login('bcd.tinh');
    const mine = (await p.req('GET', `/api/v1/cases/${c.id}`, { token: official })).json();
    expect(mine.can).toEqual({ act: true, assign: true, seeSender: false });
    expect((await p.req('GET', `/api/v1/cases/${c.id}`, { token: bcd })).json().can).toEqual({ act: false, assign: false, seeSender: false });
    const me = (await p.req('GET', '/api/v1/me', { token: official })).json();
    const assigned = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'assign', userId: me.id } });
    expect(assigned.json().can).toEqual({ act: true, assign: true, seeSender: true });
    const feedback = (await send('feedback')).json();
    expect((await p.req('GET', `/api/v1/cases/${feedback.id}`, { token: official })).json().can.seeSender).toBe(true);
    const resolved = await p.req('POST', `/api/v1/cases/${feedback.id}/actions`, { token: official, body: { action: 'resolve', publicAnswer: 'Đã sửa.' } });
    expect(resolved.json().can).toEqual({ act: false, assign: false, seeSender: true });
  });

  it('a case transferred out of the official’s reach: nothing more to do there', async () => {
    const c = (await send('feedback')).json();
    const r = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: await p.login('canbo.tanhung'), body: { action: 'transfer', toUnitId: String(await p.unitId('HY-PHOHIEN')) } });
    expect(r.statusCode).toBe(200);
    expect(r.json().can).toEqual({ act: false, assign: false, seeSender: false });
    expect(r.json().sender).toBeUndefined();
  });

  it('the reception schedule says who may manage reception at the unit', async () => {
    const url = `/api/v1/reception/schedule?unitId=${tanhung}`;
    expect((await p.req('GET', url)).json().can).toEqual({ manage: false });
    expect((await p.req('GET', url, { token: await p.login('dan.dong') })).json().can).toEqual({ manage: false });
    expect((await p.req('GET', url, { token: await p.login('canbo.tanhung') })).json().can).toEqual({ manage: true });
    expect((await p.req('GET', url, { token: await p.login('canbo.phohien') })).json().can).toEqual({ manage: false });
    expect((await p.req('GET', url, { token: await p.login('admin') })).json().can).toEqual({ manage: true });
  });
});
