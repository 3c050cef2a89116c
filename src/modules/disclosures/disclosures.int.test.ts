import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { deliverPending } from '../../core/outbox.ts';
import { sumCounter } from '../../core/counters.ts';
import { publishDisclosure } from './commands/publish.ts';
import { disclosureCompliance } from './queries/compliance.ts';

let p: TestPlatform;
let commune: number;
let dong: number;
let tay: number;
let school: number;
let official: string;
let resident: string;
let villageHead: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

beforeAll(async () => {
  p = await testPlatform({ now: '2026-11-23T03:00:00Z' });
  commune = await p.unitId('HY-TANHUNG');
  dong = await p.unitId('HY-TANHUNG-DONG');
  tay = await p.unitId('HY-TANHUNG-TAY');
  school = await p.unitId('HY-TANHUNG-THTH');
  official = await p.login('canbo.tanhung');
  resident = await p.login('dan.dong');
  villageHead = await p.login('truongthon.dong');
});
afterAll(async () => p?.close());

async function upload(token: string, body: Buffer, filename: string, type: string, unitId?: number) {
  return p.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?filename=${encodeURIComponent(filename)}${unitId ? `&unitId=${unitId}` : ''}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    payload: body,
  });
}

const budget = () => ({
  unitId: String(commune),
  category: 'budget',
  title: 'Dự toán ngân sách xã Tân Hưng năm 2027',
  body: 'Tổng thu ngân sách trên địa bàn: 18.126 triệu đồng. Chi đầu tư phát triển: 6.500 triệu đồng.',
  channels: ['notice_board', 'loudspeaker'],
});

describe(`disclosures (${TEST_ENGINE})`, () => {
  let firstId: string;

  it('publishes a disclosure: 201 {id, publishedAt, postedUntil}, 30-day posting, counter bumped', async () => {
    const before = await sumCounter({ db: p.db }, { unitPath: '/', key: 'disclosures.published', from: '2026-11-23', to: '2026-11-23' });
    const r = await p.req('POST', '/api/v1/disclosures', { token: official, body: { ...budget(), decidedOn: '2026-11-20' } });
    expect(r.statusCode).toBe(201);
    const b = r.json();
    expect(b.id).toMatch(/^\d+$/);
    expect(b.publishedAt).toBe('2026-11-23T03:00:00.000Z');
    expect(b.postedUntil).toBe('2026-12-23');
    // decided Friday 20/11 → 5 working days → Friday 27/11; published 23/11: on time
    expect(b.dueOn).toBe('2026-11-27');
    expect(b.onTime).toBe(true);
    expect(b.channels).toContain('website');
    firstId = b.id;
    const after = await sumCounter({ db: p.db }, { unitPath: '/', key: 'disclosures.published', from: '2026-11-23', to: '2026-11-23' });
    expect(after).toBe(before + 1);
  });

  it('refuses bad input with 4xx, a Vietnamese message and a code, changing nothing', async () => {
    const counts = await tableCounts(p.db);
    const cases: [unknown, number, string][] = [
      [{ ...budget(), title: undefined }, 400, 'VALIDATION_ERROR'],
      [{ ...budget(), category: 'khong_co' }, 400, 'VALIDATION_ERROR'],
      [{ ...budget(), channels: [] }, 400, 'VALIDATION_ERROR'],
      [{ ...budget(), channels: ['website'] }, 422, 'NOTICE_BOARD_REQUIRED'],
      [{ ...budget(), category: 'agency_budget' }, 422, 'CATEGORY_NOT_ALLOWED'],
      [{ ...budget(), postingDays: 10 }, 422, 'POSTING_TOO_SHORT'],
      [{ ...budget(), decidedOn: '2027-01-01' }, 422, 'DECIDED_IN_FUTURE'],
      [{ ...budget(), decidedOn: '2026-02-30' }, 400, 'VALIDATION_ERROR'],
      [{ ...budget(), unitId: '999999' }, 404, 'NOT_FOUND'],
      [{ ...budget(), extra: 1 }, 400, 'VALIDATION_ERROR'],
      [{ ...budget(), attachmentIds: ['99999'] }, 422, 'ATTACHMENT_NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/disclosures', { token: official, body: body as object });
      expect([r.statusCode, r.json().error.code], JSON.stringify(body)).toEqual([status, code]);
      expect(r.json().error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýÝ]/i);
    }
    expect((await p.req('POST', '/api/v1/disclosures', { token: resident, body: budget() })).statusCode).toBe(403);
    expect((await p.req('POST', '/api/v1/disclosures', { body: budget() })).statusCode).toBe(401);
    expect(await tableCounts(p.db)).toEqual(counts);
  });

  it('lists publicly: village sees its commune, diacritics-free search, category filter, caching headers', async () => {
    const list = await p.req('GET', `/api/v1/disclosures?unitId=${dong}`);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((i: { id: string }) => i.id)).toContain(firstId);
    expect(body).toHaveProperty('nextCursor');
    expect(list.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const etag = list.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await p.req('GET', `/api/v1/disclosures?unitId=${dong}`, { headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);

    for (const q of ['ngan sach', 'NGÂN SÁCH', 'Ngân sach tan hung', 'du toan']) {
      const s = await p.req('GET', `/api/v1/disclosures?unitId=${dong}&q=${encodeURIComponent(q)}`);
      expect(s.json().items.map((i: { id: string }) => i.id), q).toContain(firstId);
    }
    const none = await p.req('GET', `/api/v1/disclosures?unitId=${dong}&q=${encodeURIComponent('ngan sach khong-co-tu-nay')}`);
    expect(none.json().items.map((i: { id: string }) => i.id)).not.toContain(firstId);
    const cat = await p.req('GET', `/api/v1/disclosures?unitId=${commune}&category=administrative_procedures`);
    expect(cat.json().items.every((i: { category: string }) => i.category === 'administrative_procedures')).toBe(true);
    const bad = await p.req('GET', `/api/v1/disclosures?unitId=abc`);
    expect(bad.statusCode).toBe(400);
  });

  it('paginates newest first with a cursor', async () => {
    const a = await p.req('GET', `/api/v1/disclosures?unitId=${commune}&limit=2`);
    const items = a.json().items as { id: string }[];
    expect(items.length).toBe(2);
    expect(Number(items[0]!.id)).toBeGreaterThan(Number(items[1]!.id));
    const b = await p.req('GET', `/api/v1/disclosures?unitId=${commune}&limit=2&cursor=${a.json().nextCursor}`);
    expect(Number(b.json().items[0].id)).toBeLessThan(Number(items[1]!.id));
  });

  it('shows one disclosure publicly with postings, history and Q&A', async () => {
    const r = await p.req('GET', `/api/v1/disclosures/${firstId}`);
    expect(r.statusCode).toBe(200);
    const d = r.json();
    expect(d).toMatchObject({ id: firstId, title: budget().title, version: 1, category: 'budget', postedUntil: '2026-12-23', permanent: false });
    expect(d.postings[0]).toMatchObject({ channel: { code: 'website' } });
    expect(d.versions).toHaveLength(1);
    expect(r.headers.etag).toBeTruthy();
    expect((await p.req('GET', '/api/v1/disclosures/999999')).statusCode).toBe(404);
  });

  it('corrects only by a new version, keeping the history; versions are append-only in the database', async () => {
    const r = await p.req('POST', `/api/v1/disclosures/${firstId}/versions`, {
      token: official,
      body: { reason: 'Sửa số liệu chi đầu tư', body: 'Tổng thu ngân sách trên địa bàn: 18.126 triệu đồng. Chi đầu tư phát triển: 6.700 triệu đồng.' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().version).toBe(2);
    const d = (await p.req('GET', `/api/v1/disclosures/${firstId}`)).json();
    expect(d.version).toBe(2);
    expect(d.body).toContain('6.700');
    expect(d.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(d.versions[1].body).toContain('6.500');
    expect(d.versions[0].reason).toBe('Sửa số liệu chi đầu tư');
    const same = await p.req('POST', `/api/v1/disclosures/${firstId}/versions`, { token: official, body: { reason: 'x' } });
    expect(same.statusCode).toBe(422);
    await expect(sql`UPDATE disclosure_versions SET title = 'x'`.execute(p.db)).rejects.toThrow();
  });

  it('records postings: a village head posts at the cultural house with a photo; short loudspeaker refused', async () => {
    const up = await upload(villageHead, PNG, 'niêm yết thôn Đông.png', 'image/png', dong);
    expect(up.statusCode).toBe(201);
    const photoId = up.json().id;
    // private until referenced by a published record
    expect((await p.req('GET', `/api/v1/attachments/${photoId}`)).statusCode).toBe(401);
    const r = await p.req('POST', `/api/v1/disclosures/${firstId}/postings`, {
      token: villageHead,
      body: { channel: 'notice_board', place: 'Nhà văn hóa thôn Đông', placeUnitId: String(dong), photoAttachmentId: photoId },
    });
    expect(r.statusCode).toBe(201);
    const other = await p.req('POST', `/api/v1/disclosures/${firstId}/postings`, {
      token: villageHead,
      body: { channel: 'notice_board', place: 'Nhà văn hóa thôn Tây', placeUnitId: String(tay) },
    });
    expect(other.statusCode).toBe(403);
    const short = await p.req('POST', `/api/v1/disclosures/${firstId}/postings`, { token: official, body: { channel: 'loudspeaker', place: 'Đài truyền thanh xã', days: 2 } });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.code).toBe('BROADCAST_TOO_SHORT');
    const d = (await p.req('GET', `/api/v1/disclosures/${firstId}`)).json();
    const posting = d.postings.find((x: { channel: { code: string } }) => x.channel.code === 'notice_board');
    expect(posting).toMatchObject({ postedBy: expect.any(String), postedOn: '2026-11-23', postedUntil: '2026-12-23' });
    expect(posting.photo.id).toBe(photoId);
    const img = await p.req('GET', `/api/v1/attachments/${photoId}`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['cache-control']).toContain('public');
    expect(img.headers['content-disposition']).toContain("filename*=UTF-8''ni%C3%AAm%20y%E1%BA%BFt");
  });

  it('residents ask, officials answer, the answer is public and the asker is notified', async () => {
    expect((await p.req('POST', `/api/v1/disclosures/${firstId}/questions`, { body: { question: 'Vì sao?' } })).statusCode).toBe(401);
    const q = await p.req('POST', `/api/v1/disclosures/${firstId}/questions`, { token: resident, body: { question: 'Khoản chi đầu tư gồm những công trình nào?' } });
    expect(q.statusCode).toBe(201);
    const qid = q.json().id;
    const queue = await p.req('GET', `/api/v1/disclosures/questions?unitId=${commune}`, { token: official });
    expect(queue.json().items.map((x: { id: string }) => x.id)).toContain(qid);
    expect((await p.req('POST', `/api/v1/disclosures/${firstId}/questions/${qid}/answer`, { token: resident, body: { answer: 'x' } })).statusCode).toBe(403);
    const a = await p.req('POST', `/api/v1/disclosures/${firstId}/questions/${qid}/answer`, { token: official, body: { answer: 'Đường trục thôn Đông và nhà văn hóa thôn Tây.' } });
    expect(a.statusCode).toBe(200);
    const again = await p.req('POST', `/api/v1/disclosures/${firstId}/questions/${qid}/answer`, { token: official, body: { answer: 'Lần hai' } });
    expect(again.statusCode).toBe(409);
    const d = (await p.req('GET', `/api/v1/disclosures/${firstId}`)).json();
    expect(d.questions.find((x: { id: string }) => x.id === qid)).toMatchObject({ answer: 'Đường trục thôn Đông và nhà văn hóa thôn Tây.' });
    expect(JSON.stringify(d.questions)).not.toContain('asker');
    await deliverPending(p.services);
    const n = await p.req('GET', '/api/v1/notifications', { token: resident });
    expect(n.json().items.some((x: { kind: string }) => x.kind === 'disclosure.answered')).toBe(true);
    const id = n.json().items[0].id;
    expect((await p.req('POST', `/api/v1/notifications/${id}/read`, { token: resident })).statusCode).toBe(200);
  });

  it('subscriptions: a village subscriber is notified of a commune disclosure of the category, through the outbox', async () => {
    const s = await p.req('PUT', '/api/v1/disclosures/subscriptions', { token: resident, body: { unitId: String(dong), categories: ['investment_land'] } });
    expect(s.statusCode).toBe(200);
    const mine = await p.req('GET', '/api/v1/disclosures/subscriptions', { token: resident });
    expect(mine.json().items).toHaveLength(1);
    const r = await p.req('POST', '/api/v1/disclosures', {
      token: official,
      body: { unitId: String(commune), category: 'investment_land', title: 'Kế hoạch sử dụng đất năm 2027', body: 'Chuyển mục đích 2,5 ha đất nông nghiệp.', channels: ['notice_board'] },
    });
    expect(r.statusCode).toBe(201);
    const pending = await p.db.selectFrom('outbox').selectAll().where('kind', '=', 'disclosure.published').where('delivered_at', 'is', null).execute();
    expect(pending.length).toBeGreaterThanOrEqual(1);
    await deliverPending(p.services);
    const n = await p.req('GET', '/api/v1/notifications?unread=true', { token: resident });
    expect(n.json().items.some((x: { title: string }) => x.title.includes('Kế hoạch sử dụng đất năm 2027'))).toBe(true);
    // other categories do not notify
    const before = await p.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await p.req('POST', '/api/v1/disclosures', { token: official, body: { ...budget(), title: 'Báo cáo thực hiện ngân sách quý III' } });
    const after = await p.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await p.req('PUT', '/api/v1/disclosures/subscriptions', { token: resident, body: { unitId: String(dong), categories: ['agency_budget'] } })).statusCode).toBe(422);
  });

  it('compliance per unit and period: on time, late, missing and the share', async () => {
    const ctx = await p.ctxAs('canbo.tanhung');
    // late: decided 02/11 (Mon), due 09/11, published 23/11
    await publishDisclosure(ctx, { unitId: commune, category: 'fees', title: 'Mức thu phí chợ', body: 'Phí chợ 2027.', channels: ['notice_board'], decidedOn: '2026-11-02' });
    const r = await p.req('GET', `/api/v1/disclosures/compliance?unitId=${commune}&from=2026-10-01&to=2026-12-31`, { token: official });
    expect(r.statusCode).toBe(200);
    const c = r.json();
    const status = Object.fromEntries(c.items.map((i: { category: string; status: string }) => [i.category, i.status]));
    expect(status.budget).toBe('on_time');
    expect(status.fees).toBe('late');
    expect(c.required).toBe(c.onTime + c.late + c.missing);
    expect(c.label).toMatch(/^\d+\/\d+ nội dung, [\d,]+%$/);
    const direct = await disclosureCompliance(ctx, commune, '2026-10-01', '2026-12-31');
    expect(direct.label).toBe(c.label);
    expect((await p.req('GET', `/api/v1/disclosures/compliance?unitId=${commune}&from=2026-10-01&to=2026-12-31`, { token: resident })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/disclosures/compliance?unitId=${commune}&from=2026-12-31&to=2026-10-01`, { token: official })).statusCode).toBe(400);
  });

  it('per-unit posting period is configurable (audited) and applies to new disclosures', async () => {
    expect((await p.req('PUT', `/api/v1/units/${commune}/settings/disclosures`, { token: resident, body: { postingDays: 45 } })).statusCode).toBe(403);
    const s = await p.req('PUT', `/api/v1/units/${commune}/settings/disclosures`, { token: official, body: { postingDays: 45 } });
    expect(s.statusCode).toBe(200);
    expect(s.json()).toMatchObject({ postingDays: 45, configured: true, legalDefault: 30 });
    const r = await p.req('POST', '/api/v1/disclosures', { token: official, body: { ...budget(), unitId: String(dong), title: 'Đóng góp làm đường thôn Đông', category: 'funds_contributions' } });
    expect(r.json().postedUntil).toBe('2027-01-07');
    const audit = await p.db.selectFrom('audit_log').select('action').where('action', '=', 'unit.settings.disclosures').execute();
    expect(audit.length).toBe(1);
    await p.req('PUT', `/api/v1/units/${commune}/settings/disclosures`, { token: official, body: { postingDays: null } });
  });

  it('permanent categories stay posted; agencies disclose internally only', async () => {
    const r = await p.req('POST', '/api/v1/disclosures', {
      token: official,
      body: { unitId: String(commune), category: 'administrative_procedures', title: 'Thủ tục chứng thực', body: 'Danh mục thủ tục.', channels: ['notice_board'] },
    });
    expect(r.json().postedUntil).toBeNull();
    const a = await p.req('POST', '/api/v1/disclosures', {
      token: official,
      body: { unitId: String(school), category: 'agency_budget', title: 'Dự toán ngân sách trường 2027', body: 'Nội bộ.', channels: ['internal_system'] },
    });
    expect(a.statusCode).toBe(201);
    expect((await p.req('GET', `/api/v1/disclosures/${a.json().id}`)).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/disclosures/${a.json().id}`, { token: official })).statusCode).toBe(200);
    const list = await p.req('GET', `/api/v1/disclosures?unitId=${commune}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(a.json().id);
  });
  it('the detail says what the current user may do; the cache never hands one user’s rights to another', async () => {
    const url = `/api/v1/disclosures/${firstId}`;
    const none = { answer: false, recordPosting: false, revise: false };
    expect((await p.req('GET', url)).json().can).toEqual(none);
    expect((await p.req('GET', url, { token: official })).json().can).toEqual({ answer: true, recordPosting: true, revise: true });
    // a village head records postings in the village, not on the commune's own disclosure
    expect((await p.req('GET', url, { token: villageHead })).json().can).toEqual(none);
    expect((await p.req('GET', url, { token: resident })).json().can).toEqual(none);
    const anon = await p.req('GET', url);
    expect(anon.json().can).toEqual(none);
    const asOfficial = await p.req('GET', url, { token: official, headers: { 'if-none-match': anon.headers.etag as string } });
    expect(asOfficial.statusCode).toBe(200);
    expect(asOfficial.json().can.revise).toBe(true);
  });
});

describe(`attachments (${TEST_ENGINE})`, () => {
  it('uploads a PDF as a raw body and serves it with a UTF-8 Content-Disposition and caching headers', async () => {
    const up = await upload(official, PDF, 'Dự toán ngân sách 2027.pdf', 'application/octet-stream', commune);
    expect(up.statusCode).toBe(201);
    const a = up.json();
    expect(a).toMatchObject({ filename: 'Dự toán ngân sách 2027.pdf', mime: 'application/pdf', size: PDF.length });
    const pub = await p.req('POST', '/api/v1/disclosures', { token: official, body: { ...budget(), title: 'Dự toán có tệp', attachmentIds: [a.id] } });
    expect(pub.statusCode).toBe(201);
    const g = await p.req('GET', `/api/v1/attachments/${a.id}`);
    expect(g.statusCode).toBe(200);
    expect(g.headers['content-type']).toBe('application/pdf');
    expect(g.headers['content-disposition']).toBe(`inline; filename="Du toan ngan sach 2027.pdf"; filename*=UTF-8''D%E1%BB%B1%20to%C3%A1n%20ng%C3%A2n%20s%C3%A1ch%202027.pdf`);
    expect(g.rawPayload.equals(PDF)).toBe(true);
    expect(g.headers.etag).toBe(`"${a.sha256}"`);
    const nm = await p.req('GET', `/api/v1/attachments/${a.id}`, { headers: { 'if-none-match': `"${a.sha256}"` } });
    expect(nm.statusCode).toBe(304);
    const d = (await p.req('GET', `/api/v1/disclosures/${pub.json().id}`)).json();
    expect(d.attachments[0].url).toBe(`/api/v1/attachments/${a.id}`);
  });

  it('refuses types outside the whitelist, mismatched content, empty and oversized files', async () => {
    const counts = await tableCounts(p.db);
    const exe = await upload(official, Buffer.from('MZ....'), 'virus.exe', 'application/octet-stream');
    expect([exe.statusCode, exe.json().error.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    const fake = await upload(official, Buffer.from('not a pdf'), 'a.pdf', 'application/pdf');
    expect([fake.statusCode, fake.json().error.code]).toEqual([415, 'FILE_TYPE_MISMATCH']);
    const html = await p.app.inject({ method: 'POST', url: '/api/v1/attachments?filename=a.html', headers: { authorization: `Bearer ${official}`, 'content-type': 'text/html' }, payload: '<b>x</b>' });
    expect(html.statusCode).toBe(415);
    const empty = await upload(official, Buffer.alloc(0), 'a.pdf', 'application/pdf');
    expect(empty.statusCode).toBe(400);
    const big = await upload(official, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'big.pdf', 'application/pdf');
    expect(big.statusCode).toBe(413);
    const anon = await p.app.inject({ method: 'POST', url: '/api/v1/attachments?filename=a.pdf', headers: { 'content-type': 'application/pdf' }, payload: PDF });
    expect(anon.statusCode).toBe(401);
    const noName = await p.app.inject({ method: 'POST', url: '/api/v1/attachments', headers: { authorization: `Bearer ${official}`, 'content-type': 'application/pdf' }, payload: PDF });
    expect(noName.statusCode).toBe(400);
    expect(await tableCounts(p.db)).toEqual(counts);
  });
});
