// Ballots written together (group commit): every request still gets its own, exact answer, and what is stored
// is exactly what was answered 201 — whatever arrives in the same batch.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVillage, testPlatform, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { verifyChain } from '../../core/audit.ts';
import { castBallot } from './commands/ballots.ts';

let p: TestPlatform;
let official: string; // canbo.tanhung
let resident: string; // dan.dong, representative of a household of Thôn Đông
let tanhung: number;
let dong: number;

beforeAll(async () => {
  p = await testPlatform();
  official = await p.login('canbo.tanhung');
  resident = await p.login('dan.dong');
  tanhung = await p.unitId('HY-TANHUNG');
  dong = await p.unitId('HY-TANHUNG-DONG');
});
afterAll(async () => p?.close());

const village = (name: string, n: number) => newVillage(p, official, tanhung, name, n);

async function open(unitId: number, body: Record<string, unknown> = {}): Promise<string> {
  const r = await p.req('POST', '/api/v1/decisions', {
    token: official,
    body: { unitId: String(unitId), title: 'Làm đèn đường', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'], ...body },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

/** A new account with `role` on the village, member and then current representative of `household`; its token. */
async function representativeAccount(username: string, name: string, role: string, villageId: number, household: string): Promise<string> {
  const password = 'Mật-khẩu-2026!';
  const u = await p.req('POST', '/api/v1/users', {
    token: official,
    body: { username, password, name, roles: [{ role, unitId: String(villageId) }], householdId: household },
  });
  expect(u.statusCode, u.body).toBe(201);
  const { person_id } = await p.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow();
  const rep = await p.req('POST', `/api/v1/households/${household}/representative`, { token: official, body: { personId: String(person_id) } });
  expect(rep.statusCode, rep.body).toBe(200);
  return p.login(username, password);
}

const ballot = (id: string, token: string, body: Record<string, unknown>) =>
  p.req('POST', `/api/v1/decisions/${id}/ballots`, { token, body });

async function stored(id: string) {
  const reg = await sql<{ household_id: number; channel: string }>`
    SELECT household_id, channel FROM decision_register WHERE decision_id = ${Number(id)} ORDER BY household_id`.execute(p.db);
  const box = await sql<{ option_index: number; n: number }>`
    SELECT option_index, sum(votes)::int AS n FROM decision_tallies WHERE decision_id = ${Number(id)} GROUP BY option_index ORDER BY option_index`.execute(p.db);
  // The audit: one entry per batch written, listing its ballots.
  const audits = await sql<{ chain: string; actor_name: string | null; data: { ballots: { householdId: number; actorName: string; at: string }[] } }>`
    SELECT chain, actor_name, data FROM audit_log WHERE action = 'decision.ballots' AND target_id = ${id} ORDER BY id`.execute(p.db);
  return {
    households: reg.rows.map((r) => String(r.household_id)),
    channels: reg.rows.map((r) => r.channel),
    box: Object.fromEntries(box.rows.map((r) => [Number(r.option_index), Number(r.n)])),
    audited: audits.rows.flatMap((r) => r.data.ballots.map((b) => String(b.householdId))).sort((a, b) => Number(a) - Number(b)),
    auditEntries: audits.rows,
  };
}

describe(`ballots written together (${TEST_ENGINE})`, () => {
  it('a burst of mixed ballots: each gets its own answer, and only the 201s are stored, counted and audited', async () => {
    const v = await village('Thôn Ghi Phiếu Dồn', 30);
    const id = await open(v.id, { secret: true });
    const foreign = (await p.req('GET', `/api/v1/units/${dong}/households?limit=1`, { token: official })).json().items[0].id as string;
    const sent: { kind: string; go: () => ReturnType<typeof ballot> }[] = [];
    // 20 valid ballots: 14 for the first option, 6 for the second
    v.households.slice(0, 20).forEach((h, i) => sent.push({ kind: 'ok', go: () => ballot(id, official, { householdId: h, choice: i < 14 ? 'Đồng ý' : 'Không đồng ý' }) }));
    // the same 5 households again (in the same burst): exactly one of each pair counts
    v.households.slice(0, 5).forEach((h) => sent.push({ kind: 'dup', go: () => ballot(id, official, { householdId: h, choice: 'Không đồng ý' }) }));
    sent.push({ kind: 'foreign', go: () => ballot(id, official, { householdId: foreign, choice: 'Đồng ý' }) });
    sent.push({ kind: 'option', go: () => ballot(id, official, { householdId: v.households[25], choice: 'Có lẽ' }) });
    sent.push({ kind: 'resident', go: () => ballot(id, resident, { householdId: v.households[26], choice: 'Đồng ý' }) });
    const answers = await Promise.all(sent.map((s) => s.go()));
    const by = (kind: string) => answers.filter((_, i) => sent[i]!.kind === kind);

    // Per household 0–4 one of the two ballots is 201 and the other 409 ALREADY_VOTED.
    for (let k = 0; k < 5; k++) {
      const pair = [answers[k]!, answers[20 + k]!].map((r) => r.statusCode).sort();
      expect(pair).toEqual([201, 409]);
    }
    expect(by('ok').slice(5).every((r) => r.statusCode === 201)).toBe(true);
    expect(by('ok').slice(5).map((r) => r.json().channel)).toEqual(Array(15).fill('paper'));
    expect(by('foreign')[0]!.statusCode).toBe(422);
    expect(by('foreign')[0]!.json().error.code).toBe('HOUSEHOLD_NOT_ELIGIBLE');
    expect(by('option')[0]!.statusCode).toBe(400);
    expect(by('option')[0]!.json().error.code).toBe('UNKNOWN_OPTION');
    expect(by('resident')[0]!.statusCode).toBe(403);
    expect(by('resident')[0]!.json().error.message).toBe('Bạn chỉ được biểu quyết cho hộ gia đình mà bạn là người đại diện.');
    for (const r of answers.filter((a) => a.statusCode === 409)) expect(r.json().error.code).toBe('ALREADY_VOTED');

    // Stored: the 20 households, each once; the box counts the ballot that was answered 201 for each of them.
    const s = await stored(id);
    expect(s.households).toEqual([...v.households.slice(0, 20)].sort((a, b) => Number(a) - Number(b)));
    // Audited: each of the 20 once, in entries that hold who entered it and from where; nothing for the refused.
    expect(s.audited).toEqual(s.households);
    for (const e of s.auditEntries) {
      expect(e.actor_name).toBe('canbo.tanhung');
      for (const b of e.data.ballots) expect(b).toMatchObject({ actorName: 'canbo.tanhung', ip: '127.0.0.1' });
      expect(await verifyChain({ db: p.db }, e.chain)).toMatchObject({ ok: true, entries: 1 });
    }
    const firstOfPairWon = [0, 1, 2, 3, 4].filter((k) => answers[k]!.statusCode === 201).length;
    // households 0–4: 'Đồng ý' when the first ballot won, 'Không đồng ý' when the duplicate did
    expect(s.box).toEqual({ 0: 9 + firstOfPairWon, 1: 6 + (5 - firstOfPairWon) });
    const closed = await p.req('POST', `/api/v1/decisions/${id}/close`, { token: official });
    expect(closed.json()).toMatchObject({ participatingHouseholds: 20, counts: { 'Đồng ý': 9 + firstOfPairWon, 'Không đồng ý': 11 - firstOfPairWon } });
  });

  it('closing while ballots are in flight: every ballot is either counted (201) or refused as closed (422)', async () => {
    const v = await village('Thôn Đóng Giữa Chừng', 60);
    const id = await open(v.id);
    const ballots = v.households.map((h) => ballot(id, official, { householdId: h, choice: 'Đồng ý' }));
    const close = p.req('POST', `/api/v1/decisions/${id}/close`, { token: official });
    const answers = await Promise.all(ballots);
    const closed = await close;
    expect(closed.statusCode, closed.body).toBe(200);
    const codes = answers.map((r) => r.statusCode);
    expect(codes.every((c) => c === 201 || c === 422)).toBe(true);
    for (const r of answers.filter((a) => a.statusCode === 422)) expect(r.json().error.code).toBe('DECISION_CLOSED');
    const accepted = codes.filter((c) => c === 201).length;
    expect(closed.json().participatingHouseholds).toBe(accepted);
    expect(closed.json().counts['Đồng ý']).toBe(accepted);
    expect((await stored(id)).households).toHaveLength(accepted);
  });

  it('a representative who is also the village head: an entry without channel is their own online vote', async () => {
    const v = await village('Thôn Trưởng Thôn Là Chủ Hộ', 8);
    const own = v.households[2]!;
    const token = await representativeAccount('truongthon.chuho', 'Đinh Văn Chủ', 'village_head', v.id, own);
    const id = await open(v.id);
    const [mine, other, paper] = await Promise.all([
      ballot(id, token, { householdId: own, choice: 'Đồng ý' }),
      ballot(id, token, { householdId: v.households[3], choice: 'Đồng ý' }),
      ballot(id, token, { householdId: v.households[4], choice: 'Không đồng ý', channel: 'paper' }),
    ]);
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().channel).toBe('online');
    expect(other.json().channel).toBe('paper');
    expect(paper.json().channel).toBe('paper');
    expect((await stored(id)).channels.sort()).toEqual(['online', 'paper', 'paper']);
  });

  it('a household whose representative changed: the former representative is refused, the new one votes online', async () => {
    const v = await village('Thôn Đổi Đại Diện', 6);
    const h = v.households[0]!;
    const token = await representativeAccount('dan.doidaidien', 'Phan Thị Cũ', 'resident', v.id, h);
    const id = await open(v.id);
    const second = await open(v.id, { title: 'Sửa cổng làng' });
    expect((await ballot(id, token, { householdId: h, choice: 'Đồng ý' })).json().channel).toBe('online');
    // Another member becomes the representative: the former one may no longer vote for the household.
    expect((await p.req('POST', `/api/v1/households/${h}/representative`, { token: official, body: { name: 'Phan Văn Mới' } })).statusCode).toBe(200);
    const refused = await ballot(second, token, { householdId: h, choice: 'Đồng ý' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Bạn chỉ được biểu quyết cho hộ gia đình mà bạn là người đại diện.');
    expect((await stored(second)).households).toEqual([]);
  });

  it('a meeting that lacked households turns the decision into ballots: later entries default to paper', async () => {
    const v = await village('Thôn Họp Thiếu Người', 10);
    const id = await open(v.id, { matter: 'contribution', method: 'meeting', title: 'Đóng góp làm đường' });
    const atMeeting = await ballot(id, official, { householdId: v.households[0], choice: 'Đồng ý' });
    expect(atMeeting.json().channel).toBe('meeting');
    const m = await p.req('POST', `/api/v1/decisions/${id}/meeting`, { token: official, body: { represented: 4 } });
    expect(m.json()).toMatchObject({ nextStep: 'continue_by_ballot', method: 'ballot' });
    const after = await ballot(id, official, { householdId: v.households[1], choice: 'Đồng ý' });
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json().channel).toBe('paper');
  });

  it('a cancelled or unknown decision refuses ballots the same way batched or not', async () => {
    const missing = await ballot('999999999', official, { householdId: '1', choice: 'Đồng ý' });
    expect(missing.statusCode).toBe(404);
    const v = await village('Thôn Hủy Biểu Quyết', 5);
    const id = await open(v.id);
    expect((await ballot(id, official, { householdId: v.households[0], choice: 'Đồng ý' })).statusCode).toBe(201);
    const cancel = await p.req('POST', `/api/v1/decisions/${id}/cancel`, { token: official, body: { reason: 'Nhập nhầm nội dung' } });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const late = await ballot(id, official, { householdId: v.households[1], choice: 'Đồng ý' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('DECISION_CANCELLED');
  });

  it('two app processes enter the same households at once: each counted once, the other answered ALREADY_VOTED', async () => {
    const v = await village('Thôn Hai Máy Chủ', 40);
    const id = await open(v.id, { secret: false });
    // A second handle on the same database has its own queue, as another process would: its batches run beside
    // this one's (on PostgreSQL on another connection, racing for the same register rows).
    const ctx = await p.ctxAs('canbo.tanhung');
    const other = { ...ctx, db: p.db.withoutPlugins() as typeof p.db };
    const attempts = v.households.flatMap((h, i) => [
      castBallot({ ...ctx, now: new Date() }, Number(id), { householdId: Number(h), choice: i % 2 ? 'Đồng ý' : 'Không đồng ý' }),
      castBallot({ ...other, now: new Date() }, Number(id), { householdId: Number(h), choice: 'Đồng ý' }),
    ]);
    const settled = await Promise.allSettled(attempts);
    for (let k = 0; k < v.households.length; k++) {
      const pair = [settled[2 * k]!, settled[2 * k + 1]!];
      expect(pair.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = pair.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ code: 'ALREADY_VOTED' });
    }
    const s = await stored(id);
    expect(s.households).toEqual([...v.households].sort((a, b) => Number(a) - Number(b)));
    expect(s.audited).toEqual(s.households);
    expect(Object.values(s.box).reduce((a, b) => a + b, 0)).toBe(40);
    // An open decision: the audit holds each ballot's choice, the one that was counted.
    const secondWon = new Set(v.households.filter((_, k) => settled[2 * k + 1]!.status === 'fulfilled'));
    const choices = new Map(s.auditEntries.flatMap((e) => e.data.ballots.map((b) => [String(b.householdId), (b as { choice?: string }).choice])));
    v.households.forEach((h, i) => expect(choices.get(h)).toBe(secondWon.has(h) || i % 2 ? 'Đồng ý' : 'Không đồng ý'));
  });
});
