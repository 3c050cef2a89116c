import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { reportNotes } from '../../core/module.ts';
import { deliverPending } from '../../core/outbox.ts';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
let ids: Record<string, number>;
beforeAll(async () => {
  p = await testPlatform({ now: '2026-11-23T03:00:00Z' });
  await setClock('2026-11-23T03:00:00Z');
  ids = {
    province: await p.unitId('HY'),
    tanhung: await p.unitId('HY-TANHUNG'),
    phohien: await p.unitId('HY-PHOHIEN'),
    truong: await p.unitId('HY-TANHUNG-THTH'),
    sonoivu: await p.unitId('HY-SNV'),
    dong: await p.unitId('HY-TANHUNG-DONG'),
  };
});
afterAll(async () => p?.close());

// Sessions expire as the test clock moves: every account logs in again after each move, before any request.
const USERS = ['bcd.tinh', 'admin', 'canbo.tanhung', 'canbo.phohien', 'canbo.truong', 'dan.dong'];
let tokens: Record<string, string> = {};
async function setClock(iso: string) {
  p.clock.set(iso);
  tokens = Object.fromEntries(await Promise.all(USERS.map(async (u) => [u, await p.newToken(u)] as const)));
}
async function login(username: string): Promise<string> {
  if (!tokens[username]) tokens[username] = await p.newToken(username);
  return tokens[username]!;
}

async function counter(unitId: number, key: string, day?: string): Promise<number> {
  const r = await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counters WHERE unit_id = ${unitId} AND key = ${key} ${day ? sql`AND day = ${day}` : sql``}`.execute(p.db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Messages of a kind queued for the request under test (the demo's own requests queue theirs too). */
async function ownMessages(kind: string) {
  const rows = await p.db.selectFrom('outbox').select(['recipient_id', 'payload', 'delivered_at']).where('kind', '=', kind).orderBy('id').execute();
  return rows.filter((r) => String((r.payload as { link?: string }).link).startsWith(`/yeu-cau/${requestIdOf()}/`));
}
let currentRequest = '';
const requestIdOf = () => currentRequest;

const body = (over: Record<string, unknown> = {}) => ({
  unitId: String(ids.province),
  title: 'Hướng dẫn tự kiểm tra kết quả thực hiện dân chủ ở cơ sở quý III',
  number: '21/HD-BCĐ',
  issuedOn: '2026-11-20',
  kind: 'self_inspection',
  period: { from: '2026-07-01', to: '2026-09-30' },
  dueOn: '2026-11-25',
  recipients: { kinds: ['commune', 'agency'] },
  ...over,
});

async function refusedUnchanged(run: () => Promise<{ statusCode: number; json(): { error: { code: string } } }>, status: number, code?: string) {
  const before = await tableCounts(p.db);
  const r = await run();
  expect(r.statusCode).toBe(status);
  if (code) expect(r.json().error.code).toBe(code);
  expect(await tableCounts(p.db)).toEqual(before);
}

describe(`steering requests (${TEST_ENGINE})`, () => {
  let requestId = '';
  let tanhungSubmission = '';

  it('the province committee issues a request to its communes and agencies: one expected submission each, counted', async () => {
    const bcd = await login('bcd.tinh');
    const r = await p.req('POST', '/api/v1/steering/requests', { token: bcd, body: body() });
    expect(r.statusCode).toBe(201);
    expect(r.json().recipients).toBe(4);
    requestId = r.json().id;
    currentRequest = requestId;
    expect(await counter(ids.province, 'steering.requests', '2026-11-20')).toBe(1);
    for (const u of ['tanhung', 'phohien', 'truong', 'sonoivu']) expect(await counter(ids[u]!, 'steering.expected', '2026-11-25')).toBe(1);
    const audit = await p.db.selectFrom('audit_log').select('action').where('target_type', '=', 'steering_request').where('target_id', '=', requestId).execute();
    expect(audit.map((a) => a.action)).toEqual(['steering.request.issue']);
    const list = await p.req('GET', `/api/v1/steering/requests?unitId=${ids.province}`, { token: bcd });
    expect(list.json().items[0]).toMatchObject({ id: requestId, number: '21/HD-BCĐ', recipients: 4, expected: 4, submitted: 0, missing: 0 });
  });

  it('refuses bad input and changes nothing', async () => {
    const bcd = await login('bcd.tinh');
    const admin = await login('admin');
    const post = (token: string, b: object) => () => p.req('POST', '/api/v1/steering/requests', { token, body: b });
    await refusedUnchanged(post(bcd, body({ dueOn: '2026-11-19' })), 422, 'DUE_BEFORE_ISSUE');
    await refusedUnchanged(post(bcd, body({ dueOn: undefined })), 400, 'DUE_DATE_REQUIRED');
    await refusedUnchanged(post(bcd, body({ issuedOn: '2026-11-24', dueOn: '2026-11-30' })), 422, 'ISSUED_IN_FUTURE');
    await refusedUnchanged(post(bcd, body({ recipients: { kinds: ['district'] } })), 422, 'NO_RECIPIENTS');
    await refusedUnchanged(post(bcd, body({ recipients: {} })), 422, 'NO_RECIPIENTS');
    // a recipient outside the committee's tree: the commune's committee names the other commune
    await refusedUnchanged(post(admin, body({ unitId: String(ids.tanhung), recipients: { unitIds: [String(ids.dong), String(ids.phohien)] } })), 422, 'RECIPIENT_OUTSIDE_TREE');
    await refusedUnchanged(post(bcd, body({ recipients: { unitIds: ['999999'] } })), 422, 'RECIPIENT_OUTSIDE_TREE');
    await refusedUnchanged(post(await login('canbo.tanhung'), body({ unitId: String(ids.tanhung), recipients: { unitIds: [String(ids.dong)] } })), 403);
    await refusedUnchanged(post(bcd, body({ kind: 'nope' })), 400);
  });

  it('a commune submits on time with its indicators attached; a second submission, a unit not asked, another unit → 4xx, nothing changed', async () => {
    const official = await login('canbo.tanhung');
    const preview = await p.req('GET', `/api/v1/steering/requests/${requestId}/preview?unitId=${ids.tanhung}`, { token: official });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().snapshot.rows.length).toBeGreaterThan(0);
    const r = await p.req('POST', `/api/v1/steering/requests/${requestId}/submissions`, { token: official, body: { unitId: String(ids.tanhung), narrative: 'Xã đã tự kiểm tra tại 4 thôn.' } });
    expect(r.statusCode).toBe(201);
    expect(r.json().onTime).toBe(true);
    tanhungSubmission = r.json().id;
    const stored = await p.db.selectFrom('steering_submissions').select(['indicators', 'submitted_on']).where('id', '=', Number(tanhungSubmission)).executeTakeFirstOrThrow();
    expect(stored.submitted_on).toBe('2026-11-23');
    expect(stored.indicators).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(Object.keys((stored.indicators as { indicators: object }).indicators).length).toBeGreaterThan(0);
    expect(await counter(ids.tanhung, 'steering.submitted', '2026-11-25')).toBe(1);
    expect(await counter(ids.tanhung, 'steering.on_time', '2026-11-25')).toBe(1);

    const submit = (token: string, unitId: number) => () => p.req('POST', `/api/v1/steering/requests/${requestId}/submissions`, { token, body: { unitId: String(unitId) } });
    await refusedUnchanged(submit(official, ids.tanhung), 409, 'ALREADY_SUBMITTED');
    await refusedUnchanged(submit(official, ids.dong), 403, 'NOT_A_RECIPIENT');
    await refusedUnchanged(submit(official, ids.phohien), 403);
    await refusedUnchanged(async () => p.req('POST', '/api/v1/steering/requests/999999/submissions', { token: official, body: { unitId: String(ids.tanhung) } }), 404);
  });

  it('on the due day at 23:59 in Vietnam a report is on time; one minute later it is late, and the unit not answering is missing', async () => {
    await setClock('2026-11-25T16:59:00Z'); // 23:59 on 25/11 in Vietnam
    const r = await p.req('POST', `/api/v1/steering/requests/${requestId}/submissions`, { token: await login('canbo.truong'), body: { unitId: String(ids.truong) } });
    expect(r.json().onTime).toBe(true);
    await setClock('2026-11-25T17:00:00Z'); // 00:00 on 26/11 in Vietnam
    const bcd = await login('bcd.tinh');
    const before = (await p.req('GET', `/api/v1/steering/requests/${requestId}`, { token: bcd })).json();
    expect(before).toMatchObject({ id: requestId, dueOn: '2026-11-25', recipients: 4, submitted: 2, onTime: 2, late: 0 });
    expect(before.missing.map((m: { name: string }) => m.name).sort()).toEqual(['Phường Phố Hiến', 'Sở Nội vụ tỉnh Hưng Yên']);

    // reminders: by default every missing unit, once per unit, to the unit's officials, through the outbox
    const rem = await p.req('POST', `/api/v1/steering/requests/${requestId}/reminders`, { token: bcd, body: {} });
    expect(rem.statusCode).toBe(200);
    expect(rem.json()).toEqual({ units: 2, notified: 1 });
    const phohienUser = await p.db.selectFrom('users').select('id').where('username', '=', 'canbo.phohien').executeTakeFirstOrThrow();
    const queued = await ownMessages('steering.request.reminder');
    expect(queued.map((q) => q.recipient_id)).toEqual([phohienUser.id]);
    await deliverPending(p.services);
    const n = await p.req('GET', '/api/v1/notifications', { token: await login('canbo.phohien') });
    expect(n.json().items.filter((x: { kind: string; link: string | null }) => x.kind === 'steering.request.reminder' && x.link === `/yeu-cau/${requestId}/gui`)).toHaveLength(1);
    expect((await ownMessages('steering.request.reminder')).every((m) => m.delivered_at !== null)).toBe(true);
    await refusedUnchanged(async () => p.req('POST', `/api/v1/steering/requests/${requestId}/reminders`, { token: bcd, body: { unitIds: [String(ids.tanhung)] } }), 422, 'NOTHING_OWED');
    await refusedUnchanged(async () => p.req('POST', `/api/v1/steering/requests/${requestId}/reminders`, { token: await login('canbo.tanhung'), body: {} }), 403);

    const late = await p.req('POST', `/api/v1/steering/requests/${requestId}/submissions`, { token: await login('canbo.phohien'), body: { unitId: String(ids.phohien) } });
    expect(late.json().onTime).toBe(false);
    expect(await counter(ids.phohien, 'steering.late', '2026-11-25')).toBe(1);
    const after = (await p.req('GET', `/api/v1/steering/requests/${requestId}?status=late`, { token: bcd })).json();
    expect(after).toMatchObject({ submitted: 3, onTime: 2, late: 1, missing: [{ unitId: String(ids.sonoivu), name: 'Sở Nội vụ tỉnh Hưng Yên' }] });
    expect(after.rows.map((x: { name: string; status: string }) => [x.name, x.status])).toEqual([['Phường Phố Hiến', 'late']]);
    const missing = (await p.req('GET', `/api/v1/steering/requests/${requestId}?status=missing`, { token: bcd })).json();
    expect(missing.rows).toHaveLength(1);
  });

  it('the committee returns a submission with a reason; the unit sees it and resubmits, on time by its first submission', async () => {
    const bcd = await login('bcd.tinh');
    const official = await login('canbo.tanhung');
    const url = `/api/v1/steering/requests/${requestId}/submissions/${tanhungSubmission}/return`;
    await refusedUnchanged(async () => p.req('POST', url, { token: bcd, body: { reason: '  ' } }), 400, 'REASON_REQUIRED');
    await refusedUnchanged(async () => p.req('POST', url, { token: official, body: { reason: 'x' } }), 403);
    const r = await p.req('POST', url, { token: bcd, body: { reason: 'Thiếu số liệu hội nghị thôn.' } });
    expect(r.statusCode).toBe(200);
    await refusedUnchanged(async () => p.req('POST', url, { token: bcd, body: { reason: 'Lần hai' } }), 409, 'ALREADY_RETURNED');
    const asked = (await p.req('GET', `/api/v1/steering/requests/asked?unitId=${ids.tanhung}`, { token: official })).json();
    const mine = asked.items.find((x: { id: string }) => x.id === requestId);
    expect(mine).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu hội nghị thôn.', can: { submit: true } });
    const again = await p.req('POST', `/api/v1/steering/requests/${requestId}/submissions`, { token: official, body: { unitId: String(ids.tanhung), narrative: 'Bổ sung số liệu.' } });
    expect(again.statusCode).toBe(201);
    expect(again.json().onTime).toBe(true);
    expect(await counter(ids.tanhung, 'steering.submitted', '2026-11-25')).toBe(1);
    expect(await counter(ids.tanhung, 'steering.on_time', '2026-11-25')).toBe(1);
    const detail = (await p.req('GET', `/api/v1/steering/requests/${requestId}/submissions/${again.json().id}`, { token: bcd })).json();
    expect(detail).toMatchObject({ narrative: 'Bổ sung số liệu.', returnedOn: null, can: { return: true } });
    expect(detail.indicators.rows.length).toBeGreaterThan(0);
    const actions = await p.db.selectFrom('audit_log').select('action').where('target_type', '=', 'steering_request').where('target_id', '=', requestId).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual([
      'steering.request.issue',
      'steering.request.submit',
      'steering.request.submit',
      'steering.request.remind',
      'steering.request.submit',
      'steering.request.return',
      'steering.request.resubmit',
    ]);
    expect(await ownMessages('steering.request.returned')).toHaveLength(1);
  });

  it('a unit reads only its own row; others may not read the request', async () => {
    const own = (await p.req('GET', `/api/v1/steering/requests/${requestId}`, { token: await login('canbo.tanhung') })).json();
    // the commune's officials see the commune's rows (the commune and the school under it), not the other commune's
    expect(own.rows.map((x: { name: string }) => x.name)).toEqual(['Xã Tân Hưng', 'Trường Tiểu học Tân Hưng']);
    expect(own.can).toEqual({ remind: false, return: false });
    expect((await p.req('GET', `/api/v1/steering/requests/${requestId}`, { token: await login('dan.dong') })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/steering/requests?unitId=${ids.province}`, { token: await login('canbo.tanhung') })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/steering/requests/asked?unitId=${ids.phohien}`, { token: await login('canbo.tanhung') })).statusCode).toBe(403);
  });

  it('guidance without a due date asks nothing back; the report names the documents issued', async () => {
    const bcd = await login('bcd.tinh');
    const g = await p.req('POST', '/api/v1/steering/requests', {
      token: bcd,
      body: body({ kind: 'guidance', title: 'Hướng dẫn tổ chức hội nghị giao ban quý IV', number: '22/HD-BCĐ', dueOn: undefined, period: undefined, recipients: { kinds: ['commune'] } }),
    });
    expect(g.statusCode).toBe(201);
    expect(g.json().recipients).toBe(2);
    const view = (await p.req('GET', `/api/v1/steering/requests/${g.json().id}`, { token: bcd })).json();
    expect(view).toMatchObject({ recipients: 2, expected: 0, missing: [] });
    await refusedUnchanged(async () => p.req('POST', `/api/v1/steering/requests/${g.json().id}/submissions`, { token: await login('canbo.tanhung'), body: { unitId: String(ids.tanhung) } }), 422, 'NOTHING_ASKED');
    const notes = await reportNotes(await p.ctxAs('bcd.tinh'), { unit: { id: ids.province!, path: `/1/${ids.province}/`, kind: 'province', name: 'Tỉnh Hưng Yên' }, from: '2026-07-01', to: '2026-12-31' });
    const text = notes.filter((n) => n.part === 'leadership').flatMap((n) => n.paragraphs).join('\n');
    expect(text).toContain('Hướng dẫn số 21/HD-BCĐ ngày 20/11/2026 về tự kiểm tra kết quả thực hiện dân chủ ở cơ sở quý III');
    expect(text).toContain('Hướng dẫn số 22/HD-BCĐ ngày 20/11/2026 về tổ chức hội nghị giao ban quý IV');
    expect(text).toContain('Thực hiện Hướng dẫn số 21/HD-BCĐ ngày 20/11/2026, 3/4 đơn vị đã gửi báo cáo (2 đúng hạn, 1 chậm); 1 đơn vị chưa gửi báo cáo.');
  });
});
