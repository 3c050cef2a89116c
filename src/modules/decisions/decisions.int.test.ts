import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts, testPlatform, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
let head: string; // truongthon.dong
let resident: string; // dan.dong
let official: string; // canbo.tanhung
let dong: number;
let residentHousehold: string;

beforeAll(async () => {
  p = await testPlatform();
  head = await p.login('truongthon.dong');
  resident = await p.login('dan.dong');
  official = await p.login('canbo.tanhung');
  dong = await p.unitId('HY-TANHUNG-DONG');
  residentHousehold = (await p.req('GET', '/api/v1/me', { token: resident })).json().householdId;
});
afterAll(async () => p?.close());

async function open(body: Record<string, unknown>, token = head) {
  return p.req('POST', '/api/v1/decisions', { token, body: { unitId: String(dong), ...body } });
}

async function households(unitId: number, token = official): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const r = await p.req('GET', `/api/v1/units/${unitId}/households?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { token });
    expect(r.statusCode).toBe(200);
    const b = r.json();
    out.push(...b.items.map((h: { id: string }) => h.id));
    cursor = b.nextCursor;
  } while (cursor);
  return out;
}

/** A new village of `n` households under Xã Tân Hưng. */
async function village(name: string, n: number): Promise<number> {
  const u = await p.req('POST', '/api/v1/units', { token: official, body: { kind: 'village', name, parentId: String(await p.unitId('HY-TANHUNG')) } });
  expect(u.statusCode).toBe(201);
  const id = Number(u.json().id);
  const hh = Array.from({ length: n }, (_, i) => ({ name: `Hộ số ${i + 1}`, representative: { name: `Người đại diện ${i + 1}` } }));
  const b = await p.req('POST', `/api/v1/units/${id}/households/bulk`, { token: official, body: { households: hh } });
  expect(b.statusCode).toBe(201);
  return id;
}

async function enter(decisionId: string, hh: string[], choice: string, token = official) {
  for (const h of hh) {
    const r = await p.req('POST', `/api/v1/decisions/${decisionId}/ballots`, { token, body: { householdId: h, choice } });
    expect(r.statusCode, r.body).toBe(201);
  }
}

describe(`decisions (${TEST_ENGINE})`, () => {
  it('demo: a closed, passed road contribution in Thôn Đông with its disclosure, and an open ballot', async () => {
    const items = (await p.req('GET', `/api/v1/decisions?unitId=${dong}`)).json().items as { id: string; title: string; status: string; passed: boolean | null; participatingHouseholds: number }[];
    const road = items.find((d) => d.title.includes('bê tông hóa'))!;
    expect(road).toMatchObject({ status: 'closed', passed: true });
    const r = (await p.req('GET', `/api/v1/decisions/${road.id}/result`)).json();
    expect(r.passed).toBe(true);
    expect(r.counts['Tán thành']).toBeGreaterThanOrEqual(r.threshold);
    expect((await p.req('GET', `/api/v1/decisions/${road.id}`)).json().disclosureId).toMatch(/^\d+$/);
    const open = items.find((d) => d.status === 'open')!;
    expect(open.participatingHouseholds).toBeGreaterThan(0);
    const mine = (await p.req('GET', `/api/v1/decisions/${open.id}`, { token: resident })).json().myHousehold;
    expect(mine).toMatchObject({ eligible: true, voted: false });
  });

  it('opens a decision with the village households frozen; later households do not change the denominator', async () => {
    const before = (await households(dong)).length;
    const r = await open({ title: 'Sửa nhà văn hóa thôn', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'] });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({ id: expect.stringMatching(/^\d+$/), status: 'open', eligibleHouseholds: before });
    const id = r.json().id;
    const add = await p.req('POST', `/api/v1/units/${dong}/households`, { token: head, body: { name: 'Hộ mới chuyển đến', representative: { name: 'Lý Văn Mới' } } });
    expect(add.statusCode).toBe(201);
    const late = add.json().id;
    const d = await p.req('GET', `/api/v1/decisions/${id}`);
    expect(d.json().eligibleHouseholds).toBe(before);
    expect(d.json().threshold).toBe(Math.floor(before / 2) + 1);
    const refused = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: late, choice: 'Đồng ý' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('HOUSEHOLD_NOT_ELIGIBLE');
    const closed = await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head });
    expect(closed.json().eligibleHouseholds).toBe(before);
  });

  it('one household, one ballot across channels: resident online, then the village head on paper → 409', async () => {
    const id = (await open({ title: 'Chọn ngày ra quân làm đường', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'] })).json().id;
    const first = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: resident, body: { householdId: residentHousehold, choice: 'Đồng ý' } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ householdId: residentHousehold, channel: 'online' });
    const again = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: resident, body: { householdId: residentHousehold, choice: 'Không đồng ý' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'ALREADY_VOTED', message: expect.stringContaining('đã biểu quyết') });
    const paper = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: residentHousehold, choice: 'Không đồng ý' } });
    expect(paper.statusCode).toBe(409);
    expect(paper.json().error.code).toBe('ALREADY_VOTED');
    // A resident cannot vote for another household.
    const other = (await households(dong)).find((h) => h !== residentHousehold)!;
    const forOther = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: resident, body: { householdId: other, choice: 'Đồng ý' } });
    expect(forOther.statusCode).toBe(403);
    // Unknown option, bad body: 400 and nothing changed.
    const counts = await tableCounts(p.db);
    const bad = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: other, choice: 'Có lẽ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('UNKNOWN_OPTION');
    const extra = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: other, choice: 'Đồng ý', x: 1 } });
    expect(extra.statusCode).toBe(400);
    const anon = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { body: { householdId: other, choice: 'Đồng ý' } });
    expect(anon.statusCode).toBe(401);
    expect(await tableCounts(p.db)).toEqual(counts);
  });

  it('200 concurrent ballots for one household: exactly one counts, 199 × 409 ALREADY_VOTED', async () => {
    const id = (await open({ title: 'Thử tải đồng thời', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'], secret: true })).json().id;
    const hh = (await households(dong))[3]!;
    const all = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: hh, choice: i % 2 ? 'Đồng ý' : 'Không đồng ý' } }),
      ),
    );
    const codes = all.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(199);
    expect(all.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'ALREADY_VOTED')).toBe(true);
    const tallies = await sql<{ n: number }>`SELECT coalesce(sum(votes), 0)::int AS n FROM decision_tallies WHERE decision_id = ${Number(id)}`.execute(p.db);
    expect(Number(tallies.rows[0]!.n)).toBe(1);
    const reg = await sql<{ n: number }>`SELECT count(*)::int AS n FROM decision_register WHERE decision_id = ${Number(id)}`.execute(p.db);
    expect(Number(reg.rows[0]!.n)).toBe(1);
    const closed = await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head });
    expect(closed.json().participatingHouseholds).toBe(1);
  });

  it('secret ballots: the ballot box has no household, id or time; register and audit hold no choice', async () => {
    const cols = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'decision_tallies' ORDER BY column_name`.execute(p.db);
    expect(cols.rows.map((c) => c.column_name)).toEqual(['decision_id', 'option_index', 'shard', 'votes']);
    const id = (await open({ title: 'Bỏ phiếu kín thử', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'], secret: true })).json().id;
    const hh = (await households(dong)).slice(10, 16);
    await enter(id, hh, 'Không đồng ý', head);
    const reg = await sql<{ choice: number | null }>`SELECT choice FROM decision_register WHERE decision_id = ${Number(id)}`.execute(p.db);
    expect(reg.rows.every((r) => r.choice === null)).toBe(true);
    // Audited per batch written: who entered each ballot, when and from where; never the choice.
    const entries = await sql<{ chain: string; data: { ballots: Record<string, unknown>[] } }>`
      SELECT chain, data FROM audit_log WHERE action = 'decision.ballots' AND target_id = ${id}`.execute(p.db);
    const audited = entries.rows.flatMap((e) => e.data.ballots);
    expect(audited.map((b) => String(b.householdId)).sort()).toEqual([...hh].map(String).sort());
    const { verifyChain } = await import('../../core/audit.ts');
    for (const e of entries.rows) expect(await verifyChain({ db: p.db }, e.chain)).toMatchObject({ ok: true, entries: 1 });
    for (const b of audited) {
      expect(Object.keys(b).sort()).toEqual(['actorId', 'actorName', 'at', 'channel', 'householdId', 'ip', 'requestId', 'userAgent']);
    }
    expect(JSON.stringify(entries.rows)).not.toContain('đồng ý');
    // The register refuses a choice for a secret decision (schema, not policy).
    const forced = await sql`UPDATE decision_register SET choice = 0 WHERE decision_id = ${Number(id)}`.execute(p.db).catch((e: { code?: string }) => e);
    expect((forced as { code?: string }).code).toBe('23514');
    // …nor by turning the register row (or the decision) non-secret first: `secret` is pinned by foreign keys.
    const unpinned = await sql`UPDATE decision_register SET secret = false, choice = 0 WHERE decision_id = ${Number(id)}`.execute(p.db).catch((e: { code?: string }) => e);
    expect((unpinned as { code?: string }).code).toBe('23503');
    const flipped = await sql`UPDATE decisions SET secret = false WHERE id = ${Number(id)}`.execute(p.db).catch((e: { code?: string }) => e);
    expect((flipped as { code?: string }).code).toBe('23503');
    // Running counts are never shown before closing; who voted only to officials.
    const early = await p.req('GET', `/api/v1/decisions/${id}/result`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('RESULT_NOT_AVAILABLE');
    expect((await p.req('GET', `/api/v1/decisions/${id}/participation`, { token: resident })).statusCode).toBe(403);
    expect((await p.req('GET', `/api/v1/decisions/${id}/participation`)).statusCode).toBe(401);
    const list = await p.req('GET', `/api/v1/decisions/${id}/participation?voted=true`, { token: head });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(6);
    expect(list.json().items[0]).not.toHaveProperty('choice');
    const r = (await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head })).json();
    expect(r.counts).toEqual({ 'Đồng ý': 0, 'Không đồng ý': 6 });
    // 6 paper ballots: a group of 5+ households is shown.
    expect(r.breakdown).toEqual([{ channel: 'paper', label: expect.any(String), households: 6, suppressed: false }]);
  });

  it('search of the household list ignores diacritics', async () => {
    const id = (await open({ title: 'Tìm hộ', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'] })).json().id;
    const all = (await p.req('GET', `/api/v1/decisions/${id}/participation`, { token: head })).json().items;
    const rep: string = all[0].representative;
    const folded = rep.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const found = (await p.req('GET', `/api/v1/decisions/${id}/participation?q=${encodeURIComponent(folded)}`, { token: head })).json().items;
    expect(found.map((h: { householdId: string }) => h.householdId)).toContain(all[0].householdId);
  });

  describe('legal edges through HTTP (120 households)', () => {
    let v120: number;
    let hh: string[];
    beforeAll(async () => {
      v120 = await village('Thôn Một Trăm Hai Mươi', 120);
      hh = await households(v120);
      expect(hh).toHaveLength(120);
    });
    const mk = async (matter: string, method = 'meeting') => {
      const r = await p.req('POST', '/api/v1/decisions', {
        token: official,
        body: { unitId: String(v120), title: `Biểu quyết ${matter}`, matter, method, options: ['Tán thành', 'Không tán thành'] },
      });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json().eligibleHouseholds).toBe(120);
      return r.json().id as string;
    };

    it('contribution: 80 of 120 agree passes (two thirds), 79 fails', async () => {
      const pass = await mk('contribution');
      await enter(pass, hh.slice(0, 80), 'Tán thành');
      await enter(pass, hh.slice(80, 90), 'Không tán thành');
      const a = await p.req('POST', `/api/v1/decisions/${pass}/close`, { token: official });
      expect(a.statusCode).toBe(200);
      expect(a.json()).toMatchObject({
        eligibleHouseholds: 120,
        participatingHouseholds: 90,
        counts: { 'Tán thành': 80, 'Không tán thành': 10 },
        passed: true,
        winningOption: 'Tán thành',
        threshold: 80,
      });
      const fail = await mk('contribution');
      await enter(fail, hh.slice(0, 79), 'Tán thành');
      const b = (await p.req('POST', `/api/v1/decisions/${fail}/close`, { token: official })).json();
      expect(b).toMatchObject({ passed: false, winningOption: null, threshold: 80, participatingHouseholds: 79 });
      const got = await p.req('GET', `/api/v1/decisions/${fail}/result`);
      expect(got.json()).toMatchObject({ passed: false, threshold: 80, counts: { 'Tán thành': 79, 'Không tán thành': 0 } });
    });

    it('other matter: 61 of 120 passes (more than half), 60 fails', async () => {
      const pass = await mk('other', 'ballot');
      await enter(pass, hh.slice(0, 61), 'Tán thành');
      expect((await p.req('POST', `/api/v1/decisions/${pass}/close`, { token: official })).json()).toMatchObject({ passed: true, threshold: 61 });
      const fail = await mk('other', 'ballot');
      await enter(fail, hh.slice(0, 60), 'Tán thành');
      await enter(fail, hh.slice(60, 120), 'Không tán thành');
      expect((await p.req('POST', `/api/v1/decisions/${fail}/close`, { token: official })).json()).toMatchObject({
        passed: false,
        threshold: 61,
        participatingHouseholds: 120,
      });
    });

    it('a contribution meeting with 70 of 120 represented cannot reach 80: it continues by ballot', async () => {
      const id = await mk('contribution');
      const m = await p.req('POST', `/api/v1/decisions/${id}/meeting`, { token: official, body: { represented: 70, chair: 'Nguyễn Văn Chủ', secretary: 'Trần Thị Thư' } });
      expect(m.statusCode, m.body).toBe(200);
      expect(m.json()).toMatchObject({ represented: 70, absent: 50, valid: true, nextStep: 'continue_by_ballot', method: 'ballot' });
      const ok = await mk('contribution');
      const m2 = await p.req('POST', `/api/v1/decisions/${ok}/meeting`, { token: official, body: { represented: 80 } });
      expect(m2.json()).toMatchObject({ valid: true, nextStep: 'vote_at_meeting', method: 'meeting' });
      const tooMany = await p.req('POST', `/api/v1/decisions/${ok}/meeting`, { token: official, body: { represented: 121 } });
      expect(tooMany.statusCode).toBe(400);
    });

    it('refuses methods the law does not allow', async () => {
      const base = { unitId: String(v120), title: 'Phương thức', options: ['Tán thành', 'Không tán thành'] };
      const online = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'contribution', method: 'online', householdsChoosingOnline: 100 } });
      expect(online.statusCode).toBe(422);
      expect(online.json().error.code).toBe('METHOD_NOT_ALLOWED');
      const ballot = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'convention', method: 'ballot' } });
      expect(ballot.statusCode).toBe(422);
      const fewOnline = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'other', method: 'online', householdsChoosingOnline: 60 } });
      expect(fewOnline.statusCode).toBe(422);
      const counts = await tableCounts(p.db);
      const okOnline = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'other', method: 'online', householdsChoosingOnline: 61 } });
      expect(okOnline.statusCode).toBe(201);
      expect(await tableCounts(p.db)).not.toEqual(counts);
      const lacked = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'convention', method: 'ballot', meetingLackedHouseholds: true } });
      expect(lacked.statusCode).toBe(201);
      const one = await p.req('POST', '/api/v1/decisions', { token: official, body: { ...base, matter: 'other', method: 'ballot', options: ['Chỉ một'] } });
      expect(one.statusCode).toBe(400);
      expect(one.json().error.code).toBe('INVALID_OPTIONS');
    });
  });

  it('a decision whose end has passed is closed by the system: tallied, published, audited without an actor', async () => {
    const start = p.clock.now;
    try {
      const v = await village('Thôn Hẹn Giờ Kết Thúc', 6);
      const hh = await households(v);
      const inAnHour = new Date(start.getTime() + 3600_000).toISOString();
      const due = (await open({ unitId: String(v), title: 'Chọn màu sơn nhà văn hóa', matter: 'other', method: 'ballot', options: ['Vàng', 'Xanh'], closesAt: inAnHour }, official)).json().id;
      const later = (await open({ unitId: String(v), title: 'Chọn ngày họp', matter: 'other', method: 'ballot', options: ['Thứ bảy', 'Chủ nhật'], closesAt: new Date(start.getTime() + 3 * 3600_000).toISOString() }, official)).json().id;
      await enter(due, hh.slice(0, 4), 'Vàng');
      const { closeDueDecisions } = await import('./commands/close.ts');
      // (Other decisions of the demo may be due at the test clock: only these two are looked at.)
      expect(await closeDueDecisions(await p.ctxAs(null))).not.toContain(Number(due));
      // The last millisecond before the end: not due yet. At the end itself: ballots refused, the decision due.
      p.clock.set(new Date(start.getTime() + 3600_000 - 1));
      expect(await closeDueDecisions(await p.ctxAs(null))).not.toContain(Number(due));
      p.clock.set(new Date(start.getTime() + 3600_000));
      const late = await p.req('POST', `/api/v1/decisions/${due}/ballots`, { token: official, body: { householdId: hh[5], choice: 'Xanh' } });
      expect(late.statusCode).toBe(422);
      expect(late.json().error.code).toBe('DECISION_CLOSED');
      const closed = await closeDueDecisions(await p.ctxAs(null));
      expect(closed).toContain(Number(due));
      expect(closed).not.toContain(Number(later));
      expect(await closeDueDecisions(await p.ctxAs(null))).toEqual([]);
      const r = (await p.req('GET', `/api/v1/decisions/${due}/result`)).json();
      expect(r).toMatchObject({ status: 'closed', participatingHouseholds: 4, eligibleHouseholds: 6, counts: { Vàng: 4, Xanh: 0 }, passed: true });
      expect((await p.req('GET', `/api/v1/decisions/${due}`)).json().disclosureId).toMatch(/^\d+$/);
      const entry = await sql<{ actor_id: number | null; data: Record<string, unknown> }>`
        SELECT actor_id, data FROM audit_log WHERE action = 'decision.close' AND target_id = ${due}`.execute(p.db);
      expect(entry.rows).toHaveLength(1);
      expect(entry.rows[0]).toMatchObject({ actor_id: null, data: { automatic: true, closesAt: inAnHour } });
      expect((await p.req('GET', `/api/v1/decisions/${later}`)).json().status).toBe('open');
    } finally {
      p.clock.set(start);
    }
  });

  it('closing: 422 for later ballots, counters bumped, minutes DOCX with attendance and result', async () => {
    const id = (await open({ title: 'Đóng góp sửa cống thoát nước', matter: 'contribution', method: 'meeting', options: ['Tán thành', 'Không tán thành'] })).json().id;
    const eligible = (await p.req('GET', `/api/v1/decisions/${id}`)).json().eligibleHouseholds as number;
    const all = await households(dong);
    const m = await p.req('POST', `/api/v1/decisions/${id}/meeting`, {
      token: head,
      body: { represented: eligible - 2, heldOn: '2026-11-23', place: 'Nhà văn hóa thôn Đông', chair: 'Nguyễn Văn Bình', secretary: 'Lê Thị Hoa' },
    });
    expect(m.json().nextStep).toBe('vote_at_meeting');
    const agree = Math.ceil((2 * eligible) / 3);
    await enter(id, all.slice(0, agree), 'Tán thành', head);
    await enter(id, all.slice(agree, agree + 3), 'Không tán thành', head);
    const heldBefore = await sql<{ n: number }>`SELECT coalesce(sum(value), 0)::int AS n FROM unit_counters WHERE key = 'decisions.held' AND unit_id = ${dong}`.execute(p.db);
    const c = await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head });
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ passed: true, threshold: agree, closedOn: '2026-11-23' });
    const late = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: head, body: { householdId: all[agree + 5], choice: 'Tán thành' } });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('DECISION_CLOSED');
    expect((await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head })).statusCode).toBe(422);
    // The result is published as a disclosure of the village automatically.
    expect((await p.req('GET', `/api/v1/decisions/${id}`)).json().disclosureId).toMatch(/^\d+$/);
    const heldAfter = await sql<{ n: number }>`SELECT coalesce(sum(value), 0)::int AS n FROM unit_counters WHERE key = 'decisions.held' AND unit_id = ${dong}`.execute(p.db);
    expect(Number(heldAfter.rows[0]!.n)).toBe(Number(heldBefore.rows[0]!.n) + 1);
    const passed = await sql<{ n: number }>`SELECT coalesce(sum(value), 0)::int AS n FROM unit_counters WHERE key = 'decisions.passed' AND unit_id = ${dong} AND day = '2026-11-23'`.execute(p.db);
    expect(Number(passed.rows[0]!.n)).toBeGreaterThanOrEqual(1);

    const doc = await p.req('GET', `/api/v1/decisions/${id}/minutes.docx`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(doc.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const textOf = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(textOf).toContain('BIÊN BẢN');
    expect(textOf).toContain(`Tổng số hộ gia đình trong Thôn Đông (chốt khi mở biểu quyết): ${eligible} hộ.`);
    expect(textOf).toContain(`Số đại diện hộ gia đình có mặt tại cuộc họp: ${eligible - 2}/${eligible}`);
    expect(textOf).toContain(`Số hộ gia đình tham gia biểu quyết: ${agree + 3}/${eligible}`);
    expect(textOf).toContain(`Được thông qua: ${agree}/${eligible} hộ gia đình tán thành`);
    expect(textOf).toContain('quyết định thông qua nội dung: Đóng góp sửa cống thoát nước');
  });

  it('village head election: recognition by the commune People’s Committee within 5 working days, or refusal with reasons', async () => {
    const all = await households(dong);
    const id = (await open({ title: 'Bầu Trưởng thôn Đông nhiệm kỳ 2027–2029', matter: 'village_head', method: 'meeting', options: ['Nguyễn Văn Bình', 'Phạm Văn Cường'] })).json().id;
    const d0 = (await p.req('GET', `/api/v1/decisions/${id}`)).json();
    expect(d0.kind).toBe('election');
    await enter(id, all.slice(0, d0.threshold), 'Nguyễn Văn Bình', head);
    const r = (await p.req('POST', `/api/v1/decisions/${id}/close`, { token: head })).json();
    expect(r).toMatchObject({ passed: true, winningOption: 'Nguyễn Văn Bình' });
    const d = (await p.req('GET', `/api/v1/decisions/${id}`)).json();
    // Closed Monday 23/11/2026 → 5 working days → Monday 30/11/2026.
    expect(d.recognition).toMatchObject({ authority: 'commune_people_committee', submittedOn: '2026-11-23', dueOn: '2026-11-30', answeredOn: null });
    expect(d.allowedActions).toEqual(['recognise', 'refuse']);
    // The village head cannot recognise; refusal needs reasons.
    expect((await p.req('POST', `/api/v1/decisions/${id}/recognise`, { token: head, body: {} })).statusCode).toBe(403);
    expect((await p.req('POST', `/api/v1/decisions/${id}/refuse`, { token: official, body: {} })).statusCode).toBe(400);
    const ok = await p.req('POST', `/api/v1/decisions/${id}/recognise`, { token: official, body: { number: '125/QĐ-UBND' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'recognised', recognition: { answeredOn: '2026-11-23', number: '125/QĐ-UBND' } });
    expect((await p.req('POST', `/api/v1/decisions/${id}/refuse`, { token: official, body: { reason: 'x' } })).statusCode).toBe(422);

    const board = (await open({ title: 'Bầu thành viên Ban Thanh tra nhân dân', matter: 'board_member', method: 'meeting', options: ['Đỗ Văn Sơn'] })).json().id;
    const bt = (await p.req('GET', `/api/v1/decisions/${board}`)).json().threshold;
    await enter(board, all.slice(0, bt), 'Đỗ Văn Sơn', head);
    await p.req('POST', `/api/v1/decisions/${board}/close`, { token: head });
    const bd = (await p.req('GET', `/api/v1/decisions/${board}`)).json();
    expect(bd.recognition.authority).toBe('commune_fatherland_front');
    const refused = await p.req('POST', `/api/v1/decisions/${board}/refuse`, { token: official, body: { reason: 'Người trúng cử không đủ tiêu chuẩn theo quy định.' } });
    expect(refused.json()).toMatchObject({ status: 'refused', recognition: { refusalReason: 'Người trúng cử không đủ tiêu chuẩn theo quy định.' } });

    // A contribution takes effect when voted: nothing to recognise.
    const contrib = (await p.req('GET', '/api/v1/decisions?status=closed')).json().items.find((x: { matter: string; passed: boolean }) => x.matter === 'contribution' && x.passed);
    const no = await p.req('POST', `/api/v1/decisions/${contrib.id}/recognise`, { token: official, body: {} });
    expect(no.statusCode).toBe(422);
    expect(no.json().error.code).toBe('RECOGNITION_NOT_REQUIRED');
  });

  it('resident sees their household status; the village head of another village is refused', async () => {
    const id = (await open({ title: 'Xem trạng thái hộ', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'] })).json().id;
    const d = (await p.req('GET', `/api/v1/decisions/${id}`, { token: resident })).json();
    expect(d.myHousehold).toEqual({ id: residentHousehold, eligible: true, voted: false });
    // What the resident may do, from the matrix and the decision's state: vote for their household, not manage it.
    expect(d.can).toMatchObject({ vote: true, close: false, recordMeeting: false, enterBallots: false, viewParticipation: false, checkIntegrity: false });
    const otherVillage = await p.req('POST', '/api/v1/decisions', {
      token: head,
      body: { unitId: String(await p.unitId('HY-TANHUNG-TAY')), title: 'X', matter: 'other', method: 'ballot', options: ['A', 'B'] },
    });
    expect(otherVillage.statusCode).toBe(403);
    const notVillage = await p.req('POST', '/api/v1/decisions', {
      token: official,
      body: { unitId: String(await p.unitId('HY-TANHUNG')), title: 'X', matter: 'other', method: 'ballot', options: ['A', 'B'] },
    });
    expect(notVillage.statusCode).toBe(422);
    const list = await p.req('GET', `/api/v1/decisions?unitId=${dong}&limit=2`);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().nextCursor).not.toBeNull();
  });
});
