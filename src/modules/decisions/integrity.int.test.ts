// The ballot integrity check against a real database: ballots taken through the API agree; each kind of change
// made in the database behind the platform's back (a vote slipped into the register and the box, a register row
// removed, an audit entry edited or deleted) is named; closing a decision whose box and register differ is refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVillage, testPlatform, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
let official: string;
let inspector: string; // Ban Thanh tra nhân dân xã
let villageHead: string;
let tanhung: number;

beforeAll(async () => {
  p = await testPlatform();
  official = await p.login('canbo.tanhung');
  inspector = await p.login('ttnd.tanhung');
  villageHead = await p.login('truongthon.dong');
  tanhung = await p.unitId('HY-TANHUNG');
});
afterAll(async () => p?.close());

const village = (name: string, n: number) => newVillage(p, official, tanhung, name, n);

/** Opens a decision in the village and enters paper ballots for the first `voters` households (first third "Không đồng ý"). */
async function decisionWithBallots(villageId: number, households: string[], voters: number, secret: boolean): Promise<string> {
  const r = await p.req('POST', '/api/v1/decisions', {
    token: official,
    body: { unitId: String(villageId), title: 'Làm đường bê tông', matter: 'other', method: 'ballot', options: ['Đồng ý', 'Không đồng ý'], secret },
  });
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json().id as string;
  const answers = await Promise.all(
    households.slice(0, voters).map((h, i) =>
      p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: official, body: { householdId: h, choice: i % 3 === 0 ? 'Không đồng ý' : 'Đồng ý' } }),
    ),
  );
  for (const a of answers) expect(a.statusCode, a.body).toBe(201);
  return id;
}

const integrity = (id: string, token = inspector) => p.req('GET', `/api/v1/decisions/${id}/integrity`, { token });

describe('GET /decisions/:id/integrity', () => {
  it('ballots taken through the platform agree, open or secret', async () => {
    const v = await village('Thôn Kiểm Tra Một', 12);
    for (const secret of [false, true]) {
      const id = await decisionWithBallots(v.id, v.households, 10, secret);
      const r = await integrity(id);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({
        decisionId: id,
        secret,
        ok: true,
        registerCount: 10,
        boxTotal: 10,
        auditedBallots: 10,
        problems: [],
        message: 'Dữ liệu phiếu toàn vẹn: 10 hộ đã biểu quyết, hòm phiếu và nhật ký phiếu khớp nhau.',
      });
      expect(r.json().auditEntries).toBeGreaterThanOrEqual(1);
      // Closing still works and is unaffected.
      expect((await p.req('POST', `/api/v1/decisions/${id}/close`, { token: official })).statusCode).toBe(200);
    }
  });

  it('is for those who may read the audit log: a village head is refused, an unknown decision is 404', async () => {
    const v = await village('Thôn Kiểm Tra Hai', 3);
    const id = await decisionWithBallots(v.id, v.households, 1, true);
    const refused = await integrity(id, villageHead);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect((await integrity(id, official)).statusCode).toBe(200);
    const missing = await integrity('999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Nội dung biểu quyết không tồn tại.');
    expect((await p.req('GET', `/api/v1/decisions/${id}/integrity`)).statusCode).toBe(401);
  });

  it('a ballot slipped into the register and the box by hand is named, and the other checks stay quiet', async () => {
    const v = await village('Thôn Kiểm Tra Ba', 8);
    const id = await decisionWithBallots(v.id, v.households, 5, true);
    const slipped = Number(v.households[6]);
    const official_ = await p.db.selectFrom('users').select('id').where('username', '=', 'canbo.tanhung').executeTakeFirstOrThrow();
    await sql`INSERT INTO decision_register (decision_id, household_id, secret, channel, recorded_by, choice)
              VALUES (${Number(id)}, ${slipped}, true, 'paper', ${official_.id}, NULL)`.execute(p.db);
    await sql`UPDATE decision_tallies SET votes = votes + 1 WHERE decision_id = ${Number(id)} AND option_index = 0 AND shard = 0`.execute(p.db);
    const r = (await integrity(id)).json();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        code: 'BALLOT_NOT_AUDITED',
        message: '1 hộ có trong danh sách đã biểu quyết nhưng không có trong nhật ký phiếu (phiếu được thêm ngoài hệ thống).',
        householdIds: [String(slipped)],
        households: [{ id: String(slipped), name: 'Hộ số 7' }],
        count: 1,
      },
    ]);
    expect(r.message).toBe('Phát hiện 1 điểm không khớp trong dữ liệu phiếu.');
  });

  it('a register row deleted: box and register differ, the audit still lists the household; closing is refused with 409', async () => {
    const v = await village('Thôn Kiểm Tra Bốn', 6);
    const id = await decisionWithBallots(v.id, v.households, 4, false);
    const removed = Number(v.households[1]);
    await sql`DELETE FROM decision_register WHERE decision_id = ${Number(id)} AND household_id = ${removed}`.execute(p.db);
    const r = (await integrity(id)).json();
    expect(r.problems.map((x: { code: string }) => x.code)).toEqual(['BOX_REGISTER_MISMATCH', 'BOX_OPTION_MISMATCH', 'AUDITED_BALLOT_MISSING']);
    expect(r.problems[0].message).toBe('Hòm phiếu có 4 phiếu nhưng danh sách hộ đã biểu quyết có 3 hộ.');
    expect(r.problems[2].householdIds).toEqual([String(removed)]);
    // Closing would tally a box that the register does not explain: refused (not a 500), nothing changed.
    const close = await p.req('POST', `/api/v1/decisions/${id}/close`, { token: official });
    expect(close.statusCode, close.body).toBe(409);
    expect(close.json().error.code).toBe('BALLOT_INTEGRITY');
    expect(close.json().error.message).toContain('hòm phiếu có 4 phiếu nhưng danh sách hộ đã biểu quyết có 3 hộ');
    const d = await p.db.selectFrom('decisions').select(['status', 'result']).where('id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(d).toEqual({ status: 'open', result: null });
  });

  it('an audit entry edited or deleted (with the append-only trigger switched off by the database owner)', async () => {
    const v = await village('Thôn Kiểm Tra Năm', 6);
    const id = await decisionWithBallots(v.id, v.households, 1, false);
    const more = await p.req('POST', `/api/v1/decisions/${id}/ballots`, { token: official, body: { householdId: v.households[3], choice: 'Đồng ý' } });
    expect(more.statusCode).toBe(201);
    const entries = await sql<{ id: number; chain: string }>`
      SELECT id, chain FROM audit_log WHERE action = 'decision.ballots' AND target_id = ${id} ORDER BY id`.execute(p.db);
    expect(entries.rows).toHaveLength(2);
    const [first, second] = entries.rows as [{ id: number; chain: string }, { id: number; chain: string }];
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(p.db);
    try {
      // Edited: the first batch's ballot now says "Đồng ý" in the log.
      await sql`UPDATE audit_log SET data = jsonb_set(data, '{ballots,0,choice}', '"Đồng ý"') WHERE id = ${first.id}`.execute(p.db);
      // Deleted: the second batch's entry, its chain head left behind.
      await sql`DELETE FROM audit_log WHERE id = ${second.id}`.execute(p.db);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(p.db);
    }
    const r = (await integrity(id)).json();
    const byCode = Object.fromEntries(r.problems.map((x: { code: string }) => [x.code, x]));
    expect(Object.keys(byCode).sort()).toEqual(['AUDIT_ENTRY_DELETED', 'AUDIT_ENTRY_TAMPERED', 'BALLOT_NOT_AUDITED', 'CHOICE_MISMATCH']);
    expect(byCode.AUDIT_ENTRY_TAMPERED.entryIds).toEqual([String(first.id)]);
    expect(byCode.AUDIT_ENTRY_DELETED.chains).toEqual([second.chain]);
    expect(byCode.BALLOT_NOT_AUDITED.householdIds).toEqual([v.households[3]]);
    expect(byCode.CHOICE_MISMATCH.householdIds).toEqual([v.households[0]]);
  });
});
