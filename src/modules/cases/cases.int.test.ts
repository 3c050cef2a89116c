import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server.ts';
import { sumCounter } from '../../core/counters.ts';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
let tanhung: number;
let phohien: number;
let village: number;
let admin: string;
let official: string;
let official2: string; // an unassigned official of the same commune
let official2Id: string;
let officialId: string;

beforeAll(async () => {
  p = await testPlatform();
  tanhung = await p.unitId('HY-TANHUNG');
  phohien = await p.unitId('HY-PHOHIEN');
  village = await p.unitId('HY-TANHUNG-DONG');
  admin = await p.login('admin');
  official = await p.login('canbo.tanhung');
  const u = await p.req('POST', '/api/v1/users', {
    token: admin,
    body: { username: 'canbo2.tanhung', password: 'MatKhau@2026', name: 'Ngô Văn Tĩnh', roles: [{ role: 'official', unitId: String(tanhung) }] },
  });
  expect(u.statusCode).toBe(201);
  official2Id = u.json().id;
  official2 = await p.login('canbo2.tanhung', 'MatKhau@2026');
  officialId = (await p.req('GET', '/api/v1/me', { token: official })).json().id;
});
afterAll(async () => p?.close());

let keySeq = 0;
const newKey = () => `test-key-${Date.now()}-${++keySeq}-abcdefgh`;

function submit(body: Record<string, unknown>, opts: { key?: string; token?: string } = {}) {
  return p.req('POST', '/api/v1/cases', {
    body: { unitId: String(tanhung), subject: 'Đường liên thôn xuống cấp', content: 'Đoạn đường từ thôn Đông sang thôn Tây bị sụt lún.', sender: { name: 'Trần Văn Dân' }, ...body },
    headers: opts.key ? { 'idempotency-key': opts.key } : {},
    token: opts.token,
  });
}

describe(`cases (${TEST_ENGINE})`, () => {
  it('accepts a public complaint and computes its acceptance deadline from the rules in force on receipt', async () => {
    const before = await submit({ type: 'complaint', receivedOn: '2026-06-30' });
    expect(before.statusCode).toBe(201);
    const b = before.json();
    expect(b).toMatchObject({ status: 'received', dueDates: { accept: '2026-07-14' }, rulesVersion: '2012-07-01' });
    expect(b.id).toMatch(/^\d+$/);
    expect(b.trackingCode).toMatch(/^DT-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(b.trackingSecret).toMatch(/^[2-9A-Z]{10}$/);
    const after = await submit({ type: 'complaint', receivedOn: '2026-07-01' });
    expect(after.json()).toMatchObject({ dueDates: { accept: '2026-07-10' }, rulesVersion: '2026-07-01' });
    const fb = await submit({ type: 'feedback' });
    expect(fb.json()).toMatchObject({ dueDates: { resolve: '2026-12-07' } });
    expect(fb.json().dueDates.accept).toBeUndefined();
  });

  it('tracks by code + secret without any personal data; a wrong secret is the same 404 as an unknown code', async () => {
    const r = (await submit({ type: 'petition', sender: { name: 'Phùng Thị Riêng', phone: '0987654321', idNumber: '034199001234', address: 'Số 7 thôn Đông' } })).json();
    const t = await p.req('GET', `/api/v1/cases/track/${r.trackingCode}?secret=${r.trackingSecret}`);
    expect(t.statusCode).toBe(200);
    expect(t.json()).toMatchObject({ trackingCode: r.trackingCode, type: 'petition', status: 'received', dueDates: r.dueDates, publicAnswer: null });
    for (const s of ['Phùng Thị Riêng', '0987654321', '034199001234', 'Số 7 thôn Đông']) expect(t.body).not.toContain(s);
    // Lower case and dashes typed by the sender are fine.
    const loose = await p.req('POST', '/api/v1/cases/track', { body: { trackingCode: r.trackingCode.toLowerCase(), secret: `${r.trackingSecret.slice(0, 5)}-${r.trackingSecret.slice(5).toLowerCase()}` } });
    expect(loose.statusCode).toBe(200);
    const wrong = await p.req('GET', `/api/v1/cases/track/${r.trackingCode}?secret=SAIMABIMAT`);
    const unknown = await p.req('GET', `/api/v1/cases/track/DT-2222-2222?secret=${r.trackingSecret}`);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    // Only a hash of the secret is stored.
    const row = await p.db.selectFrom('cases').selectAll().where('tracking_code', '=', r.trackingCode).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(r.trackingSecret);
  });

  it('refuses bad input with 4xx and a Vietnamese message, changing nothing', async () => {
    const before = await tableCounts(p.db);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ type: 'complaint', sender: {} }, 400, 'VALIDATION_ERROR'],
      [{ type: 'khac' }, 400, 'VALIDATION_ERROR'],
      [{ type: 'complaint', unitId: '999999' }, 404, 'NOT_FOUND'],
      [{ type: 'complaint', unitId: String(village) }, 422, 'UNIT_CANNOT_RECEIVE'],
      [{ type: 'complaint', receivedOn: '2026-12-31' }, 422, 'DATE_IN_FUTURE'],
      [{ type: 'complaint', receivedOn: '2026-02-30' }, 400, 'VALIDATION_ERROR'],
      [{ type: 'complaint', subject: '   ' }, 400, 'VALIDATION_ERROR'],
      [{ type: 'feedback', instance: 2 }, 400, 'VALIDATION_ERROR'],
      [{ type: 'feedback', channel: 'post' }, 403, 'FORBIDDEN'],
      [{ type: 'feedback', extra: 1 }, 400, 'VALIDATION_ERROR'],
    ];
    for (const [body, status, code] of cases) {
      const r = await submit(body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code).toBe(code);
      expect(r.json().error.message).toMatch(/[àáảãạăâđêôơưếệốộớờứự]/i);
    }
    const badKey = await submit({ type: 'feedback' }, { key: 'short' });
    expect(badKey.statusCode).toBe(400);
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('returns the same case for a retried submission with the same Idempotency-Key, and 409 for a different one', async () => {
    const key = newKey();
    const first = await submit({ type: 'feedback', subject: 'Đèn đường hỏng' }, { key });
    const again = await submit({ type: 'feedback', subject: 'Đèn đường hỏng' }, { key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const n = await p.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('subject', '=', 'Đèn đường hỏng').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    const other = await submit({ type: 'feedback', subject: 'Nội dung khác' }, { key });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Concurrent retries: still one case.
    const key2 = newKey();
    const all = await Promise.all([1, 2, 3, 4].map(() => submit({ type: 'petition', subject: 'Gửi đồng thời' }, { key: key2 })));
    expect(new Set(all.map((r) => r.json().trackingCode)).size).toBe(1);
    const m = await p.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('subject', '=', 'Gửi đồng thời').executeTakeFirstOrThrow();
    expect(Number(m.n)).toBe(1);
  });

  it('lets an official work the queue: sorted by due date, overdue flagged, accept → extend → resolve with counters', async () => {
    const c = (await submit({ type: 'complaint', subject: 'Khiếu nại quyết định thu hồi đất', receivedOn: '2026-11-02' })).json();
    const list = await p.req('GET', `/api/v1/cases?unitId=${tanhung}&status=open&limit=500`, { token: official });
    expect(list.statusCode).toBe(200);
    const dues = list.json().items.map((i: { nextDue: string }) => i.nextDue);
    expect(dues).toEqual([...dues].sort());
    const mine = list.json().items.find((i: { id: string }) => i.id === c.id);
    expect(mine).toMatchObject({ dueDates: { accept: '2026-11-11' }, warning: 'overdue', daysOverdue: 12 }); // 7 working days (NĐ 155/2026)
    const overdue = await p.req('GET', `/api/v1/cases?unitId=${tanhung}&overdue=true&limit=500`, { token: official });
    expect(overdue.json().items.every((i: { warning: string }) => i.warning === 'overdue')).toBe(true);
    expect(overdue.json().items.map((i: { id: string }) => i.id)).toContain(c.id);

    const acc = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'accept', on: '2026-11-20' } });
    expect(acc.statusCode).toBe(200);
    expect(acc.json()).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-20', dueDates: { resolve: '2026-12-21' } }); // 20/12 Sunday
    const path = (await p.db.selectFrom('units').select('path').where('id', '=', tanhung).executeTakeFirstOrThrow()).path;
    const due = (day: string) => sumCounter({ db: p.db }, { unitPath: path, key: 'cases.due', from: day, to: day });
    const dueBefore = await due('2026-12-21');
    expect(dueBefore).toBeGreaterThanOrEqual(1);
    const noReason = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'extend' } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    const ext = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'extend', note: 'Vụ việc phức tạp, cần đo đạc lại', complexity: 'complex' } });
    expect(ext.json()).toMatchObject({ extensions: 1, dueDates: { resolve: '2027-01-04' } }); // +45 = 04/01/2027
    expect(await due('2026-12-21')).toBe(dueBefore - 1);
    expect(await due('2027-01-04')).toBeGreaterThanOrEqual(1);
    const again = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'extend', note: 'x' } });
    expect(again.json().error.code).toBe('EXTENSION_LIMIT');
    const closedBefore = await sumCounter({ db: p.db }, { unitPath: path, key: 'cases.closed_by_due', from: '2027-01-04', to: '2027-01-04' });
    const res = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'resolve', publicAnswer: 'Giữ nguyên quyết định thu hồi đất; xem Quyết định số 45/QĐ-UBND.' } });
    expect(res.json()).toMatchObject({ status: 'resolved', closedOn: '2026-11-23', allowedActions: [] });
    expect(await sumCounter({ db: p.db }, { unitPath: path, key: 'cases.closed_by_due', from: '2027-01-04', to: '2027-01-04' })).toBe(closedBefore + 1);
    expect(await sumCounter({ db: p.db }, { unitPath: path, key: 'cases.resolved', from: '2026-11-23', to: '2026-11-23' })).toBeGreaterThanOrEqual(1);
    expect(await sumCounter({ db: p.db }, { unitPath: path, key: 'cases.received', from: '2026-11-02', to: '2026-11-02' })).toBeGreaterThanOrEqual(1);
    const tracked = await p.req('GET', `/api/v1/cases/track/${c.trackingCode}?secret=${c.trackingSecret}`);
    expect(tracked.json()).toMatchObject({ status: 'resolved', publicAnswer: 'Giữ nguyên quyết định thu hồi đất; xem Quyết định số 45/QĐ-UBND.' });
    const closedAgain = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'accept' } });
    expect(closedAgain.statusCode).toBe(422);
  });

  it('transfers a case to another unit: its clocks restart there and cases.due moves', async () => {
    const c = (await submit({ type: 'feedback', subject: 'Rác thải ở chợ phường' })).json();
    const t = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: official, body: { action: 'transfer', toUnitId: String(phohien), note: 'Thuộc thẩm quyền phường' } });
    expect(t.statusCode).toBe(200);
    expect(t.json()).toMatchObject({ unitId: String(phohien), status: 'received', transferredFrom: String(tanhung) });
    const other = await p.login('canbo.phohien');
    const there = await p.req('GET', `/api/v1/cases/${c.id}`, { token: other });
    expect(there.statusCode).toBe(200);
    expect((await p.req('GET', `/api/v1/cases/${c.id}`, { token: official })).statusCode).toBe(403);
    const same = await p.req('POST', `/api/v1/cases/${c.id}/actions`, { token: other, body: { action: 'transfer', toUnitId: String(phohien) } });
    expect(same.json().error.code).toBe('SAME_UNIT');
  });

  it('a leader sees overdue counts for the commune and its units', async () => {
    const province = await p.unitId('HY');
    const bcd = await p.login('bcd.tinh');
    const s = await p.req('GET', `/api/v1/cases/summary?unitId=${province}`, { token: bcd });
    expect(s.statusCode).toBe(200);
    const body = s.json();
    const th = body.children.find((c: { unitId: string }) => c.unitId === String(tanhung));
    expect(th.overdue).toBeGreaterThanOrEqual(1);
    expect(body.totals.overdue).toBeGreaterThanOrEqual(th.overdue);
    expect((await p.req('GET', `/api/v1/cases/summary?unitId=${tanhung}`, { token: await p.login('dan.dong') })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/cases?unitId=${tanhung}`)).statusCode).toBe(401);
  });
});

describe(`denouncer protection (${TEST_ENGINE})`, () => {
  const NAME = 'Lương Bí Mật';
  const PHONE = '0911000111';
  const ID = '001188009999';
  const ADDRESS = 'Xóm Kín, thôn Bắc';
  const SECRETS = [NAME, PHONE, ID, ADDRESS, 'Luong Bi Mat'];
  let logged = '';
  let app: FastifyInstance;
  let caseId: string;
  let code: string;
  let secret: string;

  const call = (method: string, url: string, o: { token?: string; body?: unknown } = {}) =>
    app.inject({ method: method as 'GET', url, headers: o.token ? { authorization: `Bearer ${o.token}` } : {}, ...(o.body === undefined ? {} : { payload: o.body as object }) });

  beforeAll(async () => {
    // The same platform, served by an app whose logger (trace level: every request, every error) is captured.
    const stream = new Writable({
      write(chunk, _enc, cb) {
        logged += chunk.toString();
        cb();
      },
    });
    app = await buildApp(p.services, { logger: { level: 'trace', stream }, serveWeb: false });
    await app.ready();
    const r = await call('POST', '/api/v1/cases', {
      body: { type: 'denunciation', unitId: String(tanhung), subject: 'Tố cáo cán bộ địa chính nhận tiền', content: 'Cán bộ địa chính xã nhận tiền khi làm thủ tục.', sender: { name: NAME, phone: PHONE, idNumber: ID, address: ADDRESS } },
    });
    expect(r.statusCode).toBe(201);
    ({ id: caseId, trackingCode: code, trackingSecret: secret } = r.json());
  });
  afterAll(async () => app?.close());

  it('an unassigned official of the same unit gets the case without identity; so does the steering committee', async () => {
    const r = await call('GET', `/api/v1/cases/${caseId}`, { token: official2 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ id: caseId, type: 'denunciation', sender: null, senderProtected: true });
    const bcd = await call('GET', `/api/v1/cases/${caseId}`, { token: await p.login('bcd.tinh') });
    expect(bcd.json().sender).toBeNull();
    for (const body of [r.body, bcd.body]) for (const s of SECRETS) expect(body).not.toContain(s);
    expect((await call('GET', `/api/v1/cases/${caseId}`, { token: await p.login('canbo.phohien') })).statusCode).toBe(403);
  });

  it('an assigned handler reads the identity, and every read is audited', async () => {
    const as = await call('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'assign', userId: officialId } });
    expect(as.statusCode).toBe(200);
    expect(as.json().sender).toBeNull(); // the one who assigned is not assigned
    const countReads = async () =>
      Number((await p.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'case.identity_read').where('target_id', '=', caseId).executeTakeFirstOrThrow()).n);
    const before = await countReads();
    const r = await call('GET', `/api/v1/cases/${caseId}`, { token: official });
    expect(r.json().sender).toEqual({ name: NAME, phone: PHONE, address: ADDRESS, idNumber: ID });
    await call('GET', `/api/v1/cases/${caseId}`, { token: official });
    expect(await countReads()).toBe(before + 2);
    // Assigning a resident is refused.
    const resident = (await p.req('GET', '/api/v1/me', { token: await p.login('dan.dong') })).json().id;
    const bad = await call('POST', `/api/v1/cases/${caseId}/actions`, { token: official, body: { action: 'assign', userId: resident } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('NOT_A_HANDLER');
  });

  it('never appears in lists, search, tracking, exports, reports, notifications, events, audit data, logs or errors', async () => {
    const outputs: string[] = [];
    const take = async (method: string, url: string, o: { token?: string; body?: unknown } = {}) => {
      const r = await call(method, url, o);
      outputs.push(`${url} ${r.statusCode} ${r.body}`);
      return r;
    };
    // Lists (assigned handler included), search by the name, the overdue list, summary, export, tracking.
    for (const token of [official, official2, admin]) {
      const l = await take('GET', `/api/v1/cases?unitId=${tanhung}&limit=500`, { token });
      expect(l.json().items.find((i: { id: string }) => i.id === caseId)).toMatchObject({ senderName: null, senderProtected: true });
    }
    const search = await take('GET', `/api/v1/cases?unitId=${tanhung}&q=${encodeURIComponent(NAME)}`, { token: official });
    expect(search.json().items).toEqual([]);
    expect((await take('GET', `/api/v1/cases?unitId=${tanhung}&q=${encodeURIComponent('Luong Bi Mat')}`, { token: official })).json().items).toEqual([]);
    await take('GET', `/api/v1/cases?overdue=true`, { token: official });
    await take('GET', `/api/v1/cases/summary?unitId=${tanhung}`, { token: official });
    const csv = await take('GET', `/api/v1/cases/export.csv?unitId=${tanhung}`, { token: official });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(code);
    await take('GET', `/api/v1/cases/track/${code}?secret=${secret}`);
    await take('POST', '/api/v1/cases/track', { body: { trackingCode: code, secret } });
    await take('GET', `/api/v1/cases/${caseId}/handlers`, { token: official });
    // Actions with their answers (by an official of the unit who is not assigned), and errors around the case.
    await take('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'accept' } });
    await take('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'extend', note: 'Vụ việc phức tạp', complexity: 'complex' } });
    const err1 = await take('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'extend', note: 'Thêm lần nữa', complexity: 'complex' } });
    expect(err1.statusCode).toBe(422);
    const err2 = await take('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'transfer' } });
    expect(err2.statusCode).toBeGreaterThanOrEqual(400);
    await take('POST', `/api/v1/cases/${caseId}/actions`, { token: await p.login('canbo.phohien'), body: { action: 'accept' } });
    await take('POST', `/api/v1/cases/${caseId}/actions`, { token: official2, body: { action: 'resolve', publicAnswer: 'Tố cáo đúng một phần; đã xử lý kỷ luật.' } });
    // A retried submission with a reused key and a different content: the 409 message carries no identity.
    const key = newKey();
    const body = { type: 'denunciation', unitId: String(tanhung), subject: 'Tố cáo lần hai', content: 'Nội dung', sender: { name: NAME, phone: PHONE, idNumber: ID } };
    await take('POST', '/api/v1/cases', { body: { ...body, idempotencyKey: key } });
    const dup = await take('POST', '/api/v1/cases', { body: { ...body, content: 'Khác', idempotencyKey: key } });
    expect(dup.statusCode).toBe(409);
    const invalid = await take('POST', '/api/v1/cases', { body: { ...body, sender: { name: NAME, phone: `${PHONE}abc`, idNumber: ID } } });
    expect(invalid.statusCode).toBe(400);

    const dump = async (table: string) => JSON.stringify(await p.db.selectFrom(table as never).selectAll().execute());
    const places: Record<string, string> = {
      'HTTP answers': outputs.join('\n'),
      'log lines': logged,
      audit_log: await dump('audit_log'),
      outbox: await dump('outbox'),
      notifications: await dump('notifications'),
      case_events: await dump('case_events'),
      unit_counters: await dump('unit_counters'),
      reception_sessions: await dump('reception_sessions'),
      cases: await dump('cases'),
    };
    expect(logged.length).toBeGreaterThan(1000);
    expect(places.outbox).toContain('case.assigned');
    for (const [where, text] of Object.entries(places)) {
      for (const s of SECRETS) expect(text.includes(s), `${s} in ${where}`).toBe(false);
    }
    // Where it is: only in case_senders.
    expect(await dump('case_senders')).toContain(NAME);
  });

  it('a reception session that opens a denunciation keeps the visitor out of the session log', async () => {
    const r = await p.req('POST', '/api/v1/reception/sessions', {
      token: official,
      body: {
        unitId: String(tanhung),
        heldOn: '2026-11-23',
        receiverName: 'Chủ tịch UBND xã Nguyễn Văn Hùng',
        visitorName: NAME,
        topic: 'Tố cáo việc thu tiền trái quy định',
        openCase: { type: 'denunciation', subject: 'Tố cáo thu tiền trái quy định', content: 'Thu tiền làm đường trái quy định.', sender: { name: NAME, phone: PHONE } },
      },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().case).toMatchObject({ status: 'received', dueDates: { accept: '2026-12-02' } });
    const log = await p.req('GET', `/api/v1/reception/sessions?unitId=${tanhung}`, { token: official });
    const row = log.json().items.find((i: { id: string }) => i.id === r.json().id);
    expect(row).toMatchObject({ visitorName: null, caseType: 'denunciation', trackingCode: r.json().case.trackingCode });
    expect(log.body).not.toContain(NAME);
    expect(JSON.stringify(await p.db.selectFrom('reception_sessions').selectAll().execute())).not.toContain(NAME);
    const c = await p.db.selectFrom('cases').select(['channel', 'received_on']).where('id', '=', Number(r.json().case.id)).executeTakeFirstOrThrow();
    expect(c).toEqual({ channel: 'reception', received_on: '2026-11-23' });
  });
});

describe(`reception schedule (${TEST_ENGINE})`, () => {
  it('publishes the leaders’ schedule and warns when the commune chair misses a week (Luật TCD Điều 15)', async () => {
    const add = (day: string) =>
      p.req('POST', '/api/v1/reception/schedule', {
        token: official,
        body: { unitId: String(phohien), day, startsAt: '07:30', endsAt: '11:00', leaderName: 'Phạm Văn Chủ', leaderTitle: 'Chủ tịch UBND phường', place: 'Trụ sở UBND phường' },
      });
    expect((await add('2026-12-01')).statusCode).toBe(403); // another commune's official
    const own = await p.login('canbo.phohien');
    for (const day of ['2026-12-01', '2026-12-15']) {
      const r = await p.req('POST', '/api/v1/reception/schedule', {
        token: own,
        body: { unitId: String(phohien), day, startsAt: '07:30', endsAt: '11:00', leaderName: 'Phạm Văn Chủ', leaderTitle: 'Chủ tịch UBND phường', place: 'Trụ sở UBND phường' },
      });
      expect(r.statusCode).toBe(201);
    }
    const s = await p.req('GET', `/api/v1/reception/schedule?unitId=${phohien}&from=2026-11-30&to=2026-12-20`);
    expect(s.statusCode).toBe(200);
    expect(s.json().items).toHaveLength(2);
    expect(s.json().requirement).toMatchObject({ period: 'week', days: 1 });
    expect(s.json().warnings.map((w: { period: string }) => w.period)).toEqual(['2026-12-07']);
    expect(s.json().warnings[0].message).toContain('07/12/2026');
    const bad = await p.req('POST', '/api/v1/reception/schedule', {
      token: own,
      body: { unitId: String(phohien), day: '2026-12-02', startsAt: '11:00', endsAt: '07:30', leaderName: 'A', leaderTitle: 'B', place: 'C' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe(`calendar (${TEST_ENGINE})`, () => {
  it('computes due dates and lists holidays', async () => {
    const d = await p.req('GET', '/api/v1/calendar/due-date?from=2027-01-07&days=30&unit=calendar');
    expect(d.json()).toEqual({ from: '2027-01-07', days: 30, unit: 'calendar', dueDate: '2027-02-12' });
    const w = await p.req('GET', '/api/v1/calendar/due-date?from=2026-04-29&days=1&unit=working');
    expect(w.json().dueDate).toBe('2026-05-04');
    const h = await p.req('GET', '/api/v1/calendar/holidays?year=2027');
    expect(h.json().days).toContainEqual({ date: '2027-02-06', name: 'Tết Âm lịch (mùng 1 tháng Giêng)' });
    expect((await p.req('GET', '/api/v1/calendar/due-date?from=2027-13-01&days=1')).statusCode).toBe(400);
    expect((await p.req('GET', '/api/v1/calendar/due-date?from=2027-01-01&days=-1')).statusCode).toBe(400);
    expect((await p.req('GET', '/api/v1/calendar/holidays?year=1800')).statusCode).toBe(400);
  });

  it('an admin loads the official schedule; it overrides the default in every deadline; audited; others refused', async () => {
    const official2027 = {
      days: [
        { date: '2027-01-01', name: 'Tết Dương lịch' },
        { date: '2027-02-04', name: 'Tết Âm lịch' },
        { date: '2027-02-05', name: 'Tết Âm lịch' },
        { date: '2027-02-08', name: 'Tết Âm lịch' },
        { date: '2027-02-09', name: 'Tết Âm lịch' },
        { date: '2027-02-10', name: 'Tết Âm lịch' },
        { date: '2027-02-11', name: 'Tết Âm lịch' },
        { date: '2027-02-12', name: 'Nghỉ hoán đổi' },
      ],
      workingDays: [{ date: '2027-02-20', name: 'Làm bù ngày 12/02' }],
    };
    const before = await tableCounts(p.db);
    expect((await p.req('PUT', '/api/v1/calendar/holidays/2027', { token: official, body: official2027 })).statusCode).toBe(403);
    expect((await p.req('PUT', '/api/v1/calendar/holidays/2027', { body: official2027 })).statusCode).toBe(401);
    const invalid = await p.req('PUT', '/api/v1/calendar/holidays/2027', { token: admin, body: { days: [{ date: '2026-05-01', name: 'Sai năm' }] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('INVALID_SCHEDULE');
    expect(invalid.json().error.message).toContain('không thuộc năm 2027');
    expect(await tableCounts(p.db)).toEqual(before);
    const put = await p.req('PUT', '/api/v1/calendar/holidays/2027', { token: admin, body: official2027 });
    expect(put.statusCode).toBe(200);
    const h = await p.req('GET', '/api/v1/calendar/holidays?year=2027');
    expect(h.json()).toMatchObject({ official: true, days: official2027.days.map((d) => ({ date: d.date, name: d.name })) });
    // 07/01/2027 + 30 = 06/02 (Saturday, no longer Tết) → Monday 08/02 off … 12/02 off → 15/02.
    const d = await p.req('GET', '/api/v1/calendar/due-date?from=2027-01-07&days=30&unit=calendar');
    expect(d.json().dueDate).toBe('2027-02-15');
    // Cases use it too: a denunciation accepted on 07/01/2027 would be due 15/02/2027. Check through a working-day clock:
    // 19/02/2027 (Fri) + 1 working day = Saturday 20/02, declared a working day.
    expect((await p.req('GET', '/api/v1/calendar/due-date?from=2027-02-19&days=1&unit=working')).json().dueDate).toBe('2027-02-20');
    const a = await p.db.selectFrom('audit_log').select(['action', 'target_id']).where('action', '=', 'calendar.schedule_set').execute();
    expect(a).toContainEqual({ action: 'calendar.schedule_set', target_id: '2027' });
  });

  it('cases received in a year with an official schedule get deadlines from it', async () => {
    const official2026 = { days: [{ date: '2026-11-24', name: 'Nghỉ đặc biệt' }], workingDays: [] };
    expect((await p.req('PUT', '/api/v1/calendar/holidays/2026', { token: admin, body: official2026 })).statusCode).toBe(200);
    // Denunciation received Mon 23/11/2026: 24/11 is now off → 25, 26, 27, 30, 1, 2, 3 → 03/12/2026.
    const r = await submit({ type: 'denunciation', sender: { name: 'Người tố cáo thử' } });
    expect(r.json().dueDates).toEqual({ accept: '2026-12-03' });
    // Restore the default for the other tests.
    const def = (await p.req('GET', '/api/v1/calendar/holidays?year=2025')).json(); // untouched year shape
    expect(def.official).toBe(false);
  });
});

describe(`demo data (${TEST_ENGINE})`, () => {
  it('has a dozen cases in Xã Tân Hưng, some overdue on 23/11/2026, and the chair’s published schedule', async () => {
    const demo = await p.db.selectFrom('cases').select(['type', 'status', 'next_due']).where('unit_id', '=', tanhung).where('received_on', '<=', '2026-11-01').execute();
    expect(demo.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demo.map((c) => c.type))).toEqual(new Set(['feedback', 'petition', 'complaint', 'denunciation']));
    const overdue = demo.filter((c) => (c.status === 'received' || c.status === 'accepted') && c.next_due! < '2026-11-23');
    expect(overdue.length).toBeGreaterThanOrEqual(4);
    const s = (await p.req('GET', `/api/v1/reception/schedule?unitId=${tanhung}&from=2026-11-23&to=2026-12-27`)).json();
    expect(s.items.length).toBeGreaterThanOrEqual(4);
    expect(s.warnings.map((w: { period: string }) => w.period)).toEqual(['2026-12-07']);
  });
});
