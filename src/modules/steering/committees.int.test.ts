import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../core/context.ts';
import { reportNotes } from '../../core/module.ts';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { addProgrammeTasks } from './index.ts';

let p: TestPlatform;
let steering: string;
let phohien: string;
let tanhung: string;
let province: string;
beforeAll(async () => {
  p = await testPlatform(); // today 23/11/2026 in Vietnam
  steering = await p.login('bcd.tinh');
  phohien = String(await p.unitId('HY-PHOHIEN'));
  tanhung = String(await p.unitId('HY-TANHUNG'));
  province = String(await p.unitId('HY'));
});
afterAll(async () => p?.close());

const userId = async (username: string) => String((await p.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id);
const members = (extra: object[] = []) => [
  { name: 'Nguyễn Văn An', position: 'Bí thư Đảng ủy phường', role: 'head' },
  { name: 'Phạm Thị Bích', position: 'Chủ tịch Ủy ban MTTQ phường', role: 'deputy' },
  ...extra,
];

/** The answer's status and code, and that nothing was written. */
async function refused(method: string, url: string, body: unknown, status: number, code?: string, token = steering) {
  const before = await tableCounts(p.db);
  const r = await p.req(method, url, { token, body });
  expect(r.statusCode, r.body).toBe(status);
  if (code) expect(r.json().error.code).toBe(code);
  expect(r.json().error.message).toMatch(/[à-ỹđ]/i);
  expect(await tableCounts(p.db)).toEqual(before);
}

describe(`steering committees (${TEST_ENGINE})`, () => {
  it('the demo province committee: head, members following units, the July change in its history', async () => {
    const r = await p.req('GET', `/api/v1/steering/committees?unitId=${province}`, { token: steering });
    expect(r.statusCode).toBe(200);
    const c = r.json().items[0];
    expect(c).toMatchObject({ head: 'Trần Văn Quyết', currentMembers: 8, can: { manage: true } });
    expect(c.members.find((m: { name: string }) => m.name === 'Phạm Quang Huy').follows).toEqual([{ id: tanhung, name: 'Xã Tân Hưng' }]);
    expect(c.members.find((m: { name: string }) => m.name === 'Lê Văn Thắng')).toMatchObject({ current: false, toOn: '2026-07-10' });
    expect(c.history.map((h: { text: string }) => h.text)).toContain('Lê Văn Thắng thôi tham gia Ban Chỉ đạo');
    // A resident may not read it.
    expect((await p.req('GET', `/api/v1/steering/committees?unitId=${province}`, { token: await p.login('dan.dong') })).statusCode).toBe(403);
  });

  it('refuses bad committees and changes nothing', async () => {
    const url = '/api/v1/steering/committees';
    await refused('POST', url, { unitId: phohien, members: [{ name: 'A', role: 'chairman' }] }, 400);
    await refused('POST', url, { unitId: phohien, members: members([{ name: 'Lê Văn C', role: 'head' }]) }, 422, 'TWO_HEADS');
    await refused('POST', url, { unitId: phohien, members: [{ name: 'Lê Văn C', role: 'member' }] }, 422, 'NO_HEAD');
    await refused('POST', url, { unitId: phohien, members: members([{ name: 'Lê Văn C', role: 'member', followsUnitIds: [tanhung] }]) }, 422, 'FOLLOWS_OUTSIDE_TREE');
    await refused('POST', url, { unitId: phohien, members: members([{ name: 'Lê Văn C', role: 'member', followsUnitIds: [phohien] }]) }, 422, 'FOLLOWS_OUTSIDE_TREE');
    await refused('POST', url, { unitId: province, members: members() }, 409, 'COMMITTEE_EXISTS');
    await refused('POST', url, { unitId: String(await p.unitId('HY-TANHUNG-DONG')), members: members() }, 422, 'COMMITTEE_UNIT_KIND');
    await refused('POST', url, { unitId: phohien, members: members() }, 403, 'FORBIDDEN', await p.login('canbo.phohien'));
  });

  it('a member with an account acts as steering on the unit while a member; dated changes are kept', async () => {
    const official = await p.login('canbo.phohien');
    const tdp1 = String(await p.unitId('HY-PHOHIEN-TDP1'));
    const programme = { unitId: phohien, year: 2026, tasks: [{ title: 'Tự kiểm tra', dueOn: '2026-12-15' }] };
    expect((await p.req('POST', '/api/v1/steering/programmes', { token: official, body: programme })).statusCode).toBe(403);
    const created = await p.req('POST', '/api/v1/steering/committees', {
      token: steering,
      body: { unitId: phohien, establishedOn: '2026-03-01', members: members([{ name: 'Phạm Minh Tuấn', position: 'Phó Chủ tịch UBND phường', role: 'standing', userId: await userId('canbo.phohien'), followsUnitIds: [tdp1] }]) },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const read = async () => (await p.req('GET', `/api/v1/steering/committees?unitId=${phohien}`, { token: steering })).json().items[0];
    const tuan = (await read()).members.find((m: { name: string }) => m.name === 'Phạm Minh Tuấn');
    expect(tuan.follows).toEqual([{ id: tdp1, name: 'Tổ dân phố số 1' }]);
    // The grant holds for a new session at once (a session already open sees it within core/auth's few-second cache).
    const me = await p.req('GET', '/api/v1/me', { token: await p.newToken('canbo.phohien') });
    expect(JSON.stringify(me.json())).toContain('programme.manage');

    // A second head is refused; the head moves by changing roles.
    await refused('POST', `/api/v1/steering/committees/${id}/members`, { name: 'Đỗ Văn D', role: 'head', on: '2026-10-01' }, 409, 'TWO_HEADS');
    await refused('PATCH', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { role: 'head', on: '2026-10-01' }, 409, 'TWO_HEADS');
    await refused('PATCH', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { on: '2026-12-01', position: 'X' }, 422, 'CHANGE_IN_FUTURE');
    await refused('PATCH', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { on: '2026-10-01', followsUnitIds: [tanhung] }, 422, 'FOLLOWS_OUTSIDE_TREE');
    const change = await p.req('PATCH', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { token: steering, body: { on: '2026-10-01', role: 'deputy', reason: 'Phân công lại' } });
    expect(change.statusCode, change.body).toBe(200);
    const added = await p.req('POST', `/api/v1/steering/committees/${id}/members`, { token: steering, body: { name: 'Đỗ Văn Dũng', role: 'member', on: '2026-10-05' } });
    expect(added.statusCode).toBe(201);

    // He may now issue the ward's programme.
    expect((await p.req('POST', '/api/v1/steering/programmes', { token: await p.newToken('canbo.phohien'), body: programme })).statusCode).toBe(201);
    const removed = await p.req('DELETE', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { token: steering, body: { on: '2026-11-20', reason: 'Nghỉ hưu' } });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await p.req('POST', `/api/v1/steering/committees/${id}/members`, { token: await p.newToken('canbo.phohien'), body: { name: 'X Y', role: 'member', on: '2026-11-20' } })).statusCode).toBe(403);
    await refused('DELETE', `/api/v1/steering/committees/${id}/members/${tuan.id}`, { on: '2026-11-21' }, 409, 'MEMBER_LEFT');

    const c = await read();
    expect(c.currentMembers).toBe(3);
    expect(c.history.map((h: { on: string; text: string }) => `${h.on} ${h.text}`)).toEqual([
      '2026-03-01 Nguyễn Văn An tham gia Ban Chỉ đạo (Trưởng ban)',
      '2026-03-01 Phạm Thị Bích tham gia Ban Chỉ đạo (Phó Trưởng ban)',
      '2026-03-01 Phạm Minh Tuấn tham gia Ban Chỉ đạo (Ủy viên thường trực)',
      '2026-10-01 Phạm Minh Tuấn: từ Ủy viên thường trực thành Phó Trưởng ban',
      '2026-10-05 Đỗ Văn Dũng tham gia Ban Chỉ đạo (Ủy viên)',
      '2026-11-20 Phạm Minh Tuấn thôi tham gia Ban Chỉ đạo',
    ]);
    const audit = await p.db.selectFrom('audit_log').select('action').where('action', 'like', 'steering.member.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['steering.member.add', 'steering.member.change', 'steering.member.remove']));
  });

  it('a grant the account held before membership is kept when the member leaves', async () => {
    const c = (await p.req('GET', `/api/v1/steering/committees?unitId=${province}`, { token: steering })).json().items[0];
    const head = c.members.find((m: { role: string; current: boolean }) => m.role === 'head' && m.current);
    const r = await p.req('DELETE', `/api/v1/steering/committees/${c.id}/members/${head.id}`, { token: steering, body: { on: '2026-11-23' } });
    expect(r.statusCode, r.body).toBe(200);
    expect((await p.req('GET', `/api/v1/steering/committees?unitId=${province}`, { token: steering })).statusCode).toBe(200);
  });

  it('working rules are attached from the attachments store', async () => {
    const upload = await p.req('POST', `/api/v1/attachments?filename=quy-che.pdf&unitId=${phohien}`, {
      token: steering,
      body: Buffer.from('%PDF-1.4\n%quy che\n'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const c = (await p.req('GET', `/api/v1/steering/committees?unitId=${phohien}`, { token: steering })).json().items[0];
    await refused('PUT', `/api/v1/steering/committees/${c.id}/rules`, { attachmentId: '999999' }, 422, 'ATTACHMENT_NOT_FOUND');
    expect((await p.req('PUT', `/api/v1/steering/committees/${c.id}/rules`, { token: steering, body: { attachmentId: upload.json().id } })).statusCode).toBe(200);
    const after = (await p.req('GET', `/api/v1/steering/committees?unitId=${phohien}`, { token: steering })).json().items[0];
    expect(after.workingRules).toMatchObject({ filename: 'quy-che.pdf', url: `/api/v1/attachments/${upload.json().id}` });
  });
});

describe(`annual work programme (${TEST_ENGINE})`, () => {
  let id: string;
  it('refuses a second programme for a year, a malformed or out-of-year due date, an assignee outside the tree', async () => {
    const url = '/api/v1/steering/programmes';
    await refused('POST', url, { unitId: province, year: 2026, tasks: [{ title: 'A', dueOn: '2026-05-01' }] }, 409, 'PROGRAMME_EXISTS');
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [{ title: 'A', dueOn: '2026-02-30' }] }, 400);
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [{ title: 'A', dueOn: '30/05/2026' }] }, 400);
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [{ title: 'A', dueOn: '2027-01-05' }] }, 422, 'TASK_OUTSIDE_YEAR');
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [{ title: 'A', dueOn: '2026-05-01', assigneeUnitId: phohien }] }, 422, 'ASSIGNEE_OUTSIDE_TREE');
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [] }, 400);
    await refused('POST', url, { unitId: tanhung, year: 2026, tasks: [{ title: 'A', dueOn: '2026-05-01' }] }, 403, 'FORBIDDEN', await p.login('canbo.tanhung'));
  });

  it('tasks are open, done or overdue by the date in Vietnam; tasks are added and marked done', async () => {
    const dong = String(await p.unitId('HY-TANHUNG-DONG'));
    const r = await p.req('POST', '/api/v1/steering/programmes', {
      token: steering,
      body: {
        unitId: tanhung,
        year: 2026,
        number: '03',
        issuedOn: '2026-01-10',
        tasks: [
          { title: 'Hướng dẫn các thôn tổ chức hội nghị', dueOn: '2026-11-22', ownerName: 'Đồng chí Phó Chủ tịch UBND xã', assigneeUnitId: dong },
          { title: 'Tổng kết năm', dueOn: '2026-11-23' },
        ],
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    id = r.json().id;
    const get = async () => (await p.req('GET', `/api/v1/steering/programmes/${id}`, { token: steering })).json();
    const d = await get();
    expect(d.tasks.map((t: { status: string }) => t.status)).toEqual(['overdue', 'open']);
    expect(d.tasks[0]).toMatchObject({ statusLabel: 'Quá hạn', assigneeName: 'Thôn Đông', can: { markDone: true } });
    // 23/11 17:30 UTC is already 24/11 in Vietnam: the second task is now overdue too.
    p.clock.set('2026-11-23T17:30:00Z');
    const late = (await p.req('GET', `/api/v1/steering/programmes/${id}`, { token: await p.newToken('bcd.tinh') })).json();
    expect(late.progress).toEqual({ tasks: 2, done: 0, overdue: 2, open: 0 });
    p.clock.set('2026-11-23T03:00:00Z');
    await refused('POST', `/api/v1/steering/tasks/${d.tasks[0].id}/done`, { on: '2026-11-30' }, 422, 'DONE_IN_FUTURE');
    expect((await p.req('POST', `/api/v1/steering/tasks/${d.tasks[0].id}/done`, { token: steering, body: { on: '2026-11-23' } })).statusCode).toBe(200);
    await refused('POST', `/api/v1/steering/tasks/${d.tasks[0].id}/done`, {}, 409, 'ALREADY_DONE');
    await refused('POST', `/api/v1/steering/programmes/${id}/tasks`, { title: 'B', dueOn: '2025-12-01' }, 422, 'TASK_OUTSIDE_YEAR');
    expect((await p.req('POST', `/api/v1/steering/programmes/${id}/tasks`, { token: steering, body: { title: 'Giao ban quý IV', dueOn: '2026-12-10' } })).statusCode).toBe(201);
    expect((await get()).progress).toEqual({ tasks: 3, done: 1, overdue: 0, open: 2 });
    const list = (await p.req('GET', `/api/v1/steering/programmes?unitId=${tanhung}`, { token: steering })).json();
    expect(list.items).toEqual([{ id, year: 2026, number: '03', issuedOn: '2026-01-10', progress: { tasks: 3, done: 1, overdue: 0, open: 2 } }]);
  });

  it('the programme as a DOCX of Decree 30 layout, signed by the committee head', async () => {
    const r = await p.req('GET', `/api/v1/steering/programmes/${id}/document`, { token: steering });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(r.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    for (const s of ['XÃ TÂN HƯNG', 'BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ', 'Số: 03/CTR-BCĐ', 'Tân Hưng, ngày 10 tháng 01 năm 2026', 'CHƯƠNG TRÌNH', 'Công tác năm 2026', 'Chương trình công tác năm 2026']) {
      expect(text).toContain(s);
    }
    for (const s of ['TT', 'Nội dung', 'Đơn vị/người thực hiện', 'Thời hạn', 'Thôn Đông; Đồng chí Phó Chủ tịch UBND xã', '22/11/2026', '10/12/2026', 'TRƯỞNG BAN', 'Nguyễn Văn Hòa', 'Nơi nhận']) {
      expect(text).toContain(s);
    }
  });

  it('addProgrammeTasks: adds to the year\'s programme, creating it when missing, in the caller\'s transaction', async () => {
    const ctx = await p.ctxAs('bcd.tinh');
    const made = await inTransaction(ctx, (tx) => addProgrammeTasks(tx, { unitId: Number(tanhung), year: 2027, tasks: [{ title: 'Sơ kết 6 tháng đầu năm 2027', dueOn: '2027-07-15' }], source: 'conference:1' }));
    expect(made.created).toBe(true);
    const again = await inTransaction(ctx, (tx) => addProgrammeTasks(tx, { unitId: Number(tanhung), year: 2027, tasks: [{ title: 'Tổng kết năm 2027', dueOn: '2027-12-20' }], source: 'conference:1' }));
    expect(again).toMatchObject({ programmeId: made.programmeId, created: false });
    const d = (await p.req('GET', `/api/v1/steering/programmes/${made.programmeId}`, { token: steering })).json();
    expect(d.tasks.map((t: { source: string }) => t.source)).toEqual(['conference:1', 'conference:1']);
    await expect(inTransaction(ctx, (tx) => addProgrammeTasks(tx, { unitId: Number(tanhung), year: 2027, tasks: [{ title: 'X', dueOn: '2028-01-01' }], source: 's' }))).rejects.toMatchObject({
      refusal: { code: 'TASK_OUTSIDE_YEAR' },
    });
  });

  it('report notes of part II: the committee kept up to date and the programme\'s progress', async () => {
    const ctx = await p.ctxAs('bcd.tinh');
    const unit = { id: Number(tanhung), path: (await p.db.selectFrom('units').select('path').where('id', '=', Number(tanhung)).executeTakeFirstOrThrow()).path, kind: 'commune', name: 'Xã Tân Hưng' };
    const notes = (await reportNotes(ctx, { unit, from: '2026-01-01', to: '2026-12-31' })).filter((n) => n.part === 'leadership').flatMap((n) => n.paragraphs);
    expect(notes).toContain('Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã Tân Hưng được thành lập ngày 01/02/2026, có 5 thành viên, đồng chí Nguyễn Văn Hòa làm Trưởng ban.');
    expect(notes).toContain('Ban Chỉ đạo đã ban hành Chương trình công tác năm 2026 số 03/CTr-BCĐ ngày 10/01/2026 với 3 nhiệm vụ; đến ngày 23/11/2026 đã hoàn thành 1 nhiệm vụ.');
    expect(await reportNotes(await p.ctxAs('dan.dong'), { unit, from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
  });
});
