import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { tableCounts, testPlatform, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { sumCounter } from '../../core/counters.ts';

let p: TestPlatform;
let official: string;
let resident: string;
let commune: number;
let dong: number;
let tay: number;

beforeAll(async () => {
  p = await testPlatform({ now: '2026-11-23T03:00:00Z' }); // 23/11/2026 in Vietnam
  official = await p.login('canbo.tanhung');
  resident = await p.login('dan.dong');
  commune = await p.unitId('HY-TANHUNG');
  dong = await p.unitId('HY-TANHUNG-DONG');
  tay = await p.unitId('HY-TANHUNG-TAY');
});
afterAll(async () => p?.close());

/** A new session (the clock moves in these tests and sessions expire). */
async function freshLogin(username: string): Promise<string> {
  const r = await p.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'CoSo@2026' } });
  return (r.json() as { token: string }).token;
}

const open = (body: Record<string, unknown>, token = official) => p.req('POST', '/api/v1/consultations', { token, body });

async function paragraphs(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe(`consultations (${TEST_ENGINE})`, () => {
  it('refuses a period shorter than the law (20 days; 30 for a draft convention) and changes nothing', async () => {
    const before = await tableCounts(p.db);
    const short = await open({ unitId: String(commune), kind: 'land_use_plan', title: 'Kế hoạch sử dụng đất 2027', draft: 'Nội dung', closesOn: '2026-12-12' });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.code).toBe('PERIOD_TOO_SHORT');
    expect(short.json().error.message).toContain('ít nhất là 20 ngày');
    const conv = await open({ unitId: String(dong), kind: 'convention', title: 'Dự thảo hương ước', draft: 'Điều 1.', closesOn: '2026-12-20' });
    expect(conv.statusCode).toBe(422);
    expect(conv.json().error.message).toContain('30 ngày');
    const bad = await open({ unitId: String(commune), kind: 'bogus', title: 'x', draft: 'x', closesOn: '2027-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/không hợp lệ/);
    const forbidden = await open({ unitId: String(commune), kind: 'other', title: 'x', draft: 'x', closesOn: '2027-01-01' }, resident);
    expect(forbidden.statusCode).toBe(403);
    const other = await open({ unitId: String(await p.unitId('HY-PHOHIEN')), kind: 'other', title: 'x', draft: 'x', closesOn: '2027-01-01' });
    expect(other.statusCode).toBe(403);
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('attaches uploaded files to the draft and makes them public with it', async () => {
    const up = await p.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?filename=${encodeURIComponent('dự-thảo.pdf')}&unitId=${dong}`,
      headers: { authorization: `Bearer ${official}`, 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    expect(up.statusCode).toBe(201);
    const attId = up.json().id as string;
    const c = await open({ unitId: String(dong), kind: 'other', title: 'Đèn chiếu sáng', draft: 'Dự thảo', closesOn: '2026-12-20', attachmentIds: [attId] });
    expect(c.statusCode).toBe(201);
    const d = (await p.req('GET', `/api/v1/consultations/${c.json().id}`)).json();
    expect(d.attachments).toEqual([expect.objectContaining({ id: attId, filename: 'dự-thảo.pdf' })]);
    expect((await p.req('GET', `/api/v1/attachments/${attId}`)).statusCode).toBe(200);
    const missing = await open({ unitId: String(dong), kind: 'other', title: 'X', draft: 'X', closesOn: '2026-12-20', attachmentIds: ['999999'] });
    expect(missing.statusCode).toBe(422);
  });

  it('takes the minimum from the unit settings (nearest unit wins)', async () => {
    await sql`UPDATE units SET settings = '{"consultations":{"minDays":25}}'::jsonb WHERE id = ${commune}`.execute(p.db);
    const r = await open({ unitId: String(dong), kind: 'other', title: 'Dự án nước sạch', draft: 'Nội dung', closesOn: '2026-12-15' });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.message).toContain('25 ngày');
    await sql`UPDATE units SET settings = '{}'::jsonb WHERE id = ${commune}`.execute(p.db);
  });

  it('runs a consultation end to end: opinions, close, grouping, responses, finish, what became of my opinion', async () => {
    const openedBefore = await sumCounter(p, { unitPath: `/1/`, key: 'consultations.opened', from: '2026-11-23', to: '2026-11-23' });
    const created = await open({
      unitId: String(dong),
      kind: 'convention',
      title: 'Dự thảo hương ước thôn Đông',
      draft: 'Điều 1. Giữ gìn vệ sinh đường làng.\nĐiều 2. Tổ chức việc cưới, việc tang tiết kiệm.',
      closesOn: '2026-12-23',
    });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ status: 'open', minDays: 30, opensOn: '2026-11-23', kindLabel: 'Dự thảo hương ước, quy ước', unitName: 'Thôn Đông' });
    const id = c.id as string;
    expect(await sumCounter(p, { unitPath: `/1/`, key: 'consultations.opened', from: '2026-11-23', to: '2026-11-23' })).toBe(openedBefore + 1);

    // public list and detail, with the draft
    const list = await p.req('GET', `/api/v1/consultations?unitId=${dong}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const detail = await p.req('GET', `/api/v1/consultations/${id}`, { token: resident });
    expect(detail.json()).toMatchObject({ draft: expect.stringContaining('Điều 1.'), acceptsOpinions: true, can: { giveOpinion: true, manage: false } });
    const canOf = async (token?: string) => (await p.req('GET', `/api/v1/consultations/${id}`, token ? { token } : {})).json().can;
    const none = { close: false, synthesise: false, correct: false, respond: false, publish: false, finish: false };
    expect(detail.json().can).toMatchObject(none);
    // the official may not close before the minimum period (30 days for a convention) has run
    expect(await canOf(official)).toMatchObject({ ...none, manage: true, enterOpinions: true, giveOpinion: false });

    // one opinion per person, editable
    const mine = await p.req('PUT', `/api/v1/consultations/${id}/my-opinion`, {
      token: resident,
      body: { stance: 'disagree', body: 'Đề nghị quy định rõ giờ đổ rác, giữ vệ sinh đường làng sạch sẽ.' },
    });
    expect(mine.statusCode).toBe(201);
    const edited = await p.req('PUT', `/api/v1/consultations/${id}/my-opinion`, {
      token: resident,
      body: { stance: 'agree', body: 'Đồng ý, đề nghị quy định rõ giờ đổ rác và giữ vệ sinh đường làng.' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().id).toBe(mine.json().id);
    const count = await p.db.selectFrom('consultation_opinions').select((eb) => eb.fn.countAll<number>().as('n')).where('consultation_id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    // officials enter opinions from a meeting, with their source
    const entered = await p.req('POST', `/api/v1/consultations/${id}/opinions`, {
      token: official,
      body: {
        source: 'meeting',
        sourceNote: 'Họp thôn Đông ngày 23/11/2026',
        opinions: [
          { stance: 'agree', body: 'Giữ vệ sinh đường làng, quy định giờ đổ rác buổi tối.', authorName: 'Ông Tư' },
          { stance: 'other', body: 'Việc cưới việc tang cần tiết kiệm, không mổ lợn linh đình.' },
          { stance: 'other', body: 'Đám cưới, đám tang tổ chức tiết kiệm, không kéo dài.' },
          { stance: 'agree', body: 'Quy định giờ đổ rác, giữ vệ sinh đường làng ngõ xóm.' },
        ],
      },
    });
    expect(entered.statusCode).toBe(201);
    expect(entered.json().created).toBe(4);
    const badSource = await p.req('POST', `/api/v1/consultations/${id}/opinions`, { token: official, body: { source: 'online', opinions: [{ stance: 'agree', body: 'x' }] } });
    expect(badSource.statusCode).toBe(400);
    expect(await sumCounter(p, { unitPath: '/1/', key: 'consultations.opinions', from: '2026-11-23', to: '2026-11-23' })).toBe(5);

    // a resident of another village cannot give an opinion on Thôn Đông's convention
    const tayConsult = await open({ unitId: String(tay), kind: 'other', title: 'Đường thôn Tây', draft: 'Dự án', closesOn: '2026-12-20' });
    expect((await p.req('PUT', `/api/v1/consultations/${tayConsult.json().id}/my-opinion`, { token: resident, body: { stance: 'agree', body: 'x' } })).statusCode).toBe(403);

    // closing early is refused before the minimum period; synthesis needs a closed consultation
    const early = await p.req('POST', `/api/v1/consultations/${id}/close`, { token: official });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('MIN_PERIOD_NOT_REACHED');
    expect((await p.req('POST', `/api/v1/consultations/${id}/synthesis`, { token: official })).statusCode).toBe(422);

    // after the closing date: no more opinions (422), closed by date
    p.clock.set('2026-12-24T03:00:00Z');
    official = await freshLogin('canbo.tanhung');
    resident = await freshLogin('dan.dong');
    const late = await p.req('PUT', `/api/v1/consultations/${id}/my-opinion`, { token: resident, body: { stance: 'agree', body: 'muộn' } });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('CONSULTATION_CLOSED');
    expect((await p.req('GET', `/api/v1/consultations/${id}`)).json().status).toBe('closed');
    expect(await canOf(official)).toMatchObject({ ...none, manage: true, enterOpinions: false, synthesise: true });

    // synthesis is not public yet
    expect((await p.req('GET', `/api/v1/consultations/${id}/synthesis`, { token: resident })).statusCode).toBe(403);
    const syn = await p.req('POST', `/api/v1/consultations/${id}/synthesis`, { token: official });
    expect(syn.statusCode).toBe(200);
    expect(await canOf(official)).toMatchObject({ close: false, synthesise: true, correct: true, respond: true, publish: true, finish: true });
    expect(await canOf(resident)).toMatchObject(none);
    const s = (await p.req('GET', `/api/v1/consultations/${id}/synthesis`, { token: official })).json();
    expect(s.tally.total).toBe(5);
    expect(s.tally.byStance.agree).toEqual({ count: 3, percent: 60 });
    expect(s.tally.bySource.meeting).toEqual({ count: 4, percent: 80 });
    const sizes = s.groups.reduce((n: number, g: { size: number }) => n + g.size, 0);
    expect(sizes).toBe(5);
    expect(s.groups.length).toBeGreaterThanOrEqual(2);

    // the resident's opinion and the meeting's sanitation opinions share a group
    const ops = (await p.req('GET', `/api/v1/consultations/${id}/opinions`, { token: official })).json().items;
    const own = ops.find((o: { source: string }) => o.source === 'online');
    const sanitation = ops.filter((o: { body: string }) => /rác/.test(o.body));
    expect(new Set(sanitation.map((o: { groupKey: string }) => o.groupKey)).size).toBe(1);
    expect(own.groupKey).toBe(sanitation[0].groupKey);

    // finishing is refused while a group has no response
    const refused = await p.req('POST', `/api/v1/consultations/${id}/finish`, { token: official });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('GROUPS_WITHOUT_RESPONSE');

    for (const g of s.groups) {
      const r = await p.req('PUT', `/api/v1/consultations/${id}/groups/${g.key}/response`, {
        token: official,
        body: g.key === own.groupKey ? { kind: 'accepted', text: 'Tiếp thu: bổ sung Điều 1 quy định giờ đổ rác từ 18 giờ đến 20 giờ.' } : { kind: 'explained', text: 'Giải trình: Điều 2 đã quy định.' },
      });
      expect(r.statusCode).toBe(200);
    }
    // responses started: automatic grouping cannot be rerun
    expect((await p.req('POST', `/api/v1/consultations/${id}/synthesis`, { token: official })).json().error.code).toBe('RESPONSES_STARTED');
    expect(await canOf(official)).toMatchObject({ synthesise: false, correct: true, respond: true, finish: true });
    // before publication, the resident sees their opinion but not yet the answer
    const before = (await p.req('GET', `/api/v1/consultations/${id}/my-opinion`, { token: resident })).json();
    expect(before.opinion.body).toContain('giờ đổ rác');
    expect(before.group).toBeNull();

    const fin = await p.req('POST', `/api/v1/consultations/${id}/finish`, { token: official });
    expect(fin.statusCode).toBe(200);
    expect(fin.json().status).toBe('finished');
    expect(await canOf(official)).toMatchObject({ ...none, manage: true });
    const after = (await p.req('GET', `/api/v1/consultations/${id}/my-opinion`, { token: resident })).json();
    expect(after.group.response).toMatchObject({ kind: 'accepted', kindLabel: 'Tiếp thu', text: expect.stringContaining('18 giờ') });
    // now public
    expect((await p.req('GET', `/api/v1/consultations/${id}/synthesis`)).statusCode).toBe(200);

    // exports: DOCX in the official format, XLSX re-read with exceljs, never a phone number nor a name
    const docx = await p.req('GET', `/api/v1/consultations/${id}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    const texts = await paragraphs(docx.rawPayload);
    const all = texts.join('\n');
    expect(all).toContain('ỦY BAN NHÂN DÂN XÃ TÂN HƯNG');
    expect(all).toContain('BÁO CÁO');
    expect(all).toContain('Tổng hợp, tiếp thu, giải trình ý kiến của Nhân dân về dự thảo hương ước thôn Đông');
    expect(all).toContain('Tổng số ý kiến nhận được: 5 ý kiến');
    expect(all).toContain('60%');
    expect(all).toContain('Tiếp thu: Tiếp thu: bổ sung Điều 1');
    expect(all).toContain('Tân Hưng, ngày');
    expect(all).not.toContain('Ông Tư');
    const xlsx = await p.req('GET', `/api/v1/consultations/${id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhóm ý kiến', 'Ý kiến', 'Thống kê']);
    const groupsSheet = wb.getWorksheet('Nhóm ý kiến')!;
    let total = 0;
    groupsSheet.eachRow((row, n) => {
      if (n > 2) total += Number(row.getCell(3).value);
    });
    expect(total).toBe(5);
    const opinionsSheet = wb.getWorksheet('Ý kiến')!;
    expect(opinionsSheet.rowCount).toBe(2 + 5);
    const everything = wb.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join(' ');
    expect(everything).not.toMatch(/09\d{8}/);
    expect(everything).not.toContain('Ông Tư');

    // every write audited
    const actions = await p.db.selectFrom('audit_log').select('action').where('target_type', '=', 'consultation').where('target_id', '=', id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['consultation.open', 'consultation.opinion_give', 'consultation.opinion_update', 'consultation.opinion_enter', 'consultation.close', 'consultation.synthesise', 'consultation.respond', 'consultation.finish']),
    );
    p.clock.set('2026-11-23T03:00:00Z');
    official = await freshLogin('canbo.tanhung');
    resident = await freshLogin('dan.dong');
  });

  it('lets an official merge, split, rename and move groups; a changed group loses its response', async () => {
    const id = (await open({ unitId: String(commune), kind: 'land_use_plan', title: 'Kế hoạch sử dụng đất năm 2027', draft: 'Dự thảo', opensOn: '2026-10-20', closesOn: '2026-11-23' })).json().id;
    const texts = [
      'Mở rộng đường liên thôn, bê tông hóa đường giao thông nội đồng.',
      'Bê tông hóa đường giao thông nội đồng để vận chuyển lúa.',
      'Cần mở rộng đường liên thôn ra 5 mét.',
      'Bố trí đất xây nhà văn hóa thôn Bắc.',
      'Quỹ đất cho nhà văn hóa thôn Bắc còn thiếu.',
      'Đất xây nhà văn hóa thôn Bắc nên gần trường học.',
      'Giá đền bù giải phóng mặt bằng còn thấp.',
      'Đề nghị nâng giá đền bù giải phóng mặt bằng.',
    ];
    const r = await p.req('POST', `/api/v1/consultations/${id}/opinions`, { token: official, body: { source: 'paper_form', opinions: texts.map((body) => ({ stance: 'other', body })) } });
    expect(r.statusCode).toBe(201);
    expect((await p.req('GET', `/api/v1/consultations/${id}`, { token: official })).json().can.close).toBe(true);
    expect((await p.req('POST', `/api/v1/consultations/${id}/close`, { token: official })).statusCode).toBe(200);
    expect((await p.req('POST', `/api/v1/consultations/${id}/synthesis`, { token: official })).statusCode).toBe(200);
    const groups = async () => (await p.req('GET', `/api/v1/consultations/${id}/synthesis`, { token: official })).json().groups as { key: string; label: string; size: number; response: unknown }[];
    let g = await groups();
    expect(g.length).toBeGreaterThanOrEqual(2);

    // rename keeps the response
    await p.req('PUT', `/api/v1/consultations/${id}/groups/${g[0]!.key}/response`, { token: official, body: { kind: 'accepted', text: 'Tiếp thu.' } });
    const ren = await p.req('POST', `/api/v1/consultations/${id}/groups/${g[0]!.key}/rename`, { token: official, body: { label: 'Giao thông nông thôn' } });
    expect(ren.statusCode).toBe(200);
    g = await groups();
    expect(g[0]).toMatchObject({ label: 'Giao thông nông thôn', response: { kind: 'accepted' } });

    // merge all into one: the merged group must be answered again
    const merged = await p.req('POST', `/api/v1/consultations/${id}/groups/merge`, { token: official, body: { keys: g.map((x) => x.key), label: 'Tất cả ý kiến' } });
    expect(merged.statusCode).toBe(200);
    g = await groups();
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ label: 'Tất cả ý kiến', size: 8, response: null });

    // split two opinions out, then move one back
    const ops = (await p.req('GET', `/api/v1/consultations/${id}/opinions?group=${g[0]!.key}`, { token: official })).json().items as { id: string; body: string }[];
    const comp = ops.filter((o) => /đền bù/.test(o.body)).map((o) => o.id);
    const split = await p.req('POST', `/api/v1/consultations/${id}/groups/${g[0]!.key}/split`, { token: official, body: { opinionIds: comp, label: 'Đền bù, giải phóng mặt bằng' } });
    expect(split.statusCode).toBe(200);
    g = await groups();
    expect(g.map((x) => [x.label, x.size])).toEqual([['Tất cả ý kiến', 6], ['Đền bù, giải phóng mặt bằng', 2]]);
    const moved = await p.req('POST', `/api/v1/consultations/${id}/groups/${g[0]!.key}/move`, { token: official, body: { opinionIds: [comp[0]] } });
    expect(moved.statusCode).toBe(200);
    expect((await groups()).map((x) => x.size)).toEqual([7, 1]);

    // bad corrections: 4xx with a Vietnamese message, nothing changed
    const before = await tableCounts(p.db);
    const unknown = await p.req('POST', `/api/v1/consultations/${id}/groups/khong-co/rename`, { token: official, body: { label: 'X' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/Không tìm thấy nhóm/);
    const whole = await p.req('POST', `/api/v1/consultations/${id}/groups/${g[1]!.key}/split`, { token: official, body: { opinionIds: [comp[1]] } });
    expect(whole.statusCode).toBe(422);
    const blank = await p.req('POST', `/api/v1/consultations/${id}/groups/${g[0]!.key}/rename`, { token: official, body: { label: '   ' } });
    expect(blank.statusCode).toBe(400);
    const byResident = await p.req('POST', `/api/v1/consultations/${id}/groups/merge`, { token: resident, body: { keys: g.map((x) => x.key) } });
    expect(byResident.statusCode).toBe(403);
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('ships demo data: an open draft convention with ~30 opinions and a finished land-use plan with responses', async () => {
    const list = (await p.req('GET', `/api/v1/consultations?unitId=${dong}`)).json().items as { id: string; title: string; status: string }[];
    const conv = list.filter((c) => c.title === 'Dự thảo hương ước thôn Đông').sort((a, b) => Number(a.id) - Number(b.id))[0]!; // the demo's, not the test's
    const land = list.find((c) => c.title.startsWith('Dự thảo kế hoạch sử dụng đất năm 2027'))!;
    expect(conv.status).toBe('open');
    expect(land.status).toBe('finished');
    // filters by status (as residents see it) and by folded title; a logged-in resident sees their village's and commune's
    const open = (await p.req('GET', `/api/v1/consultations?unitId=${dong}&status=open`)).json().items as { status: string }[];
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.status === 'open')).toBe(true);
    const found = (await p.req('GET', `/api/v1/consultations?q=${encodeURIComponent('huong uoc thon dong')}`)).json().items as { id: string }[];
    expect(found.map((c) => c.id)).toContain(conv.id);
    const mineList = (await p.req('GET', '/api/v1/consultations', { token: resident })).json().items as { id: string }[];
    expect(mineList.map((c) => c.id)).toEqual(expect.arrayContaining([conv.id, land.id]));
    expect((await p.req('GET', `/api/v1/consultations/${conv.id}/my-opinion`)).statusCode).toBe(401);
    const t = (await p.req('GET', `/api/v1/consultations/${conv.id}`, { token: official })).json().tally;
    expect(t.total).toBe(30);
    expect(t.bySource.online.count).toBe(10);
    const s = (await p.req('GET', `/api/v1/consultations/${land.id}/synthesis`)).json();
    expect(s.groups.length).toBeGreaterThanOrEqual(2);
    expect(s.groups.every((g: { response: unknown }) => g.response !== null)).toBe(true);
    // dan.dong has not given an opinion yet on the open demo consultation
    expect((await p.req('GET', `/api/v1/consultations/${conv.id}/my-opinion`, { token: resident })).json().opinion).toBeNull();
  });

  it('keeps one opinion per person under concurrency', async () => {
    const id = (await open({ unitId: String(dong), kind: 'other', title: 'Lắp đèn đường', draft: 'Dự thảo', closesOn: '2026-12-31' })).json().id;
    const rs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => p.req('PUT', `/api/v1/consultations/${id}/my-opinion`, { token: resident, body: { stance: 'agree', body: `Ý kiến ${i}` } })),
    );
    expect(rs.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    expect(rs.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const n = await p.db.selectFrom('consultation_opinions').select((eb) => eb.fn.countAll<number>().as('n')).where('consultation_id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
