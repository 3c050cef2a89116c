import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(async () => p?.close());

async function counter(unitId: number, key: string): Promise<number> {
  const r = await sql<{ n: number | null }>`SELECT sum(value)::bigint AS n FROM unit_counters WHERE unit_id = ${unitId} AND key = ${key}`.execute(p.db);
  return Number(r.rows[0]?.n ?? 0);
}

type Item = { evaluatedUnitName: string; subject: string; level: string; levelLabel: string; criteriaMet: number; evaluatedBy: string | null; replaced: boolean; id: string };

describe(`evaluations (${TEST_ENGINE})`, () => {
  it('the demo: 2025 classification of the communes and their committees, a few 2026 ones', async () => {
    const bcd = await p.login('bcd.tinh');
    const province = await p.unitId('HY');
    const r = await p.req('GET', `/api/v1/steering/evaluations?unitId=${province}&year=2025`, { token: bcd });
    expect(r.statusCode).toBe(200);
    const rows = (r.json().items as Item[]).map((i) => `${i.evaluatedUnitName}/${i.subject}/${i.levelLabel}`).sort();
    expect(rows).toEqual(['Phường Phố Hiến/committee/Trung bình', 'Phường Phố Hiến/unit/Khá', 'Trường Tiểu học Tân Hưng/unit/Tốt', 'Xã Tân Hưng/committee/Khá', 'Xã Tân Hưng/unit/Tốt']);
    expect(r.json().levels).toEqual([
      { key: 'tot', label: 'Tốt', count: 2 },
      { key: 'kha', label: 'Khá', count: 2 },
      { key: 'trung_binh', label: 'Trung bình', count: 1 },
      { key: 'yeu', label: 'Yếu', count: 0 },
    ]);
    expect((r.json().items as Item[]).every((i) => i.evaluatedBy === 'Trần Văn Quyết')).toBe(true);
    expect(r.json().can).toEqual({ evaluate: true });
    const y2026 = await p.req('GET', `/api/v1/steering/evaluations?unitId=${province}&year=2026`, { token: bcd });
    expect(y2026.json().items.length).toBe(2);
    // The commune's official reads the classification of their own unit, may not evaluate.
    const official = await p.login('canbo.phohien');
    const own = await p.req('GET', `/api/v1/steering/evaluations?unitId=${await p.unitId('HY-PHOHIEN')}&year=2025`, { token: official });
    expect((own.json().items as Item[]).map((i) => i.level).sort()).toEqual(['kha', 'trung_binh']);
    expect(own.json().can).toEqual({ evaluate: false });
    const other = await p.req('GET', `/api/v1/steering/evaluations?unitId=${province}&year=2025`, { token: official });
    expect(other.statusCode).toBe(403);
  });

  it('one per unit per year: a second is 409, a replacement needs a reason, is audited, keeps the old and moves the counters', async () => {
    const bcd = await p.login('bcd.tinh');
    const province = String(await p.unitId('HY'));
    const villageId = await p.unitId('HY-TANHUNG-DONG');
    const village = String(villageId);
    const first = await p.req('POST', '/api/v1/steering/evaluations', {
      token: bcd,
      body: { unitId: province, evaluatedUnitId: village, year: 2026, level: 'kha', criteria: ['Họp thôn đúng quy định', { text: 'Công khai quỹ thôn', met: false }] },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().replaced).toBeNull();
    expect(await counter(villageId, 'steering.evaluations.kha')).toBe(1);

    const before = await tableCounts(p.db);
    const second = await p.req('POST', '/api/v1/steering/evaluations', { token: bcd, body: { unitId: province, evaluatedUnitId: village, year: 2026, level: 'tot' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ALREADY_EVALUATED');
    const noReason = await p.req('POST', '/api/v1/steering/evaluations', { token: bcd, body: { unitId: province, evaluatedUnitId: village, year: 2026, level: 'tot', replaces: first.json().id } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    expect(await tableCounts(p.db)).toEqual(before);

    // The committee of the same unit is another subject: allowed.
    const committee = await p.req('POST', '/api/v1/steering/evaluations', { token: bcd, body: { unitId: province, evaluatedUnitId: village, subject: 'committee', year: 2026, level: 'yeu' } });
    expect(committee.statusCode).toBe(201);

    const replace = await p.req('POST', '/api/v1/steering/evaluations', {
      token: bcd,
      body: { unitId: province, evaluatedUnitId: village, year: 2026, level: 'tot', replaces: first.json().id, reason: 'Thôn đã bổ sung biên bản công khai quỹ' },
    });
    expect(replace.statusCode).toBe(201);
    expect(replace.json().replaced).toBe(first.json().id);
    expect(await counter(villageId, 'steering.evaluations.kha')).toBe(0);
    expect(await counter(villageId, 'steering.evaluations.tot')).toBe(1);
    const audit = await sql<{ action: string; data: { reason: string; oldLevel: string } }>`SELECT action, data FROM audit_log WHERE target_type = 'steering_evaluation' AND target_id = ${replace.json().id}`.execute(p.db);
    expect(audit.rows[0]).toMatchObject({ action: 'evaluation.replace', data: { reason: 'Thôn đã bổ sung biên bản công khai quỹ', oldLevel: 'kha' } });
    const all = await p.req('GET', `/api/v1/steering/evaluations?unitId=${village}&year=2026&includeReplaced=true`, { token: bcd });
    const items = all.json().items as (Item & { replaceReason: string | null })[];
    expect(items.filter((i) => i.subject === 'unit').map((i) => [i.level, i.replaced])).toEqual([['tot', false], ['kha', true]]);
    const current = await p.req('GET', `/api/v1/steering/evaluations?unitId=${village}&year=2026`, { token: bcd });
    expect((current.json().items as Item[]).map((i) => i.level).sort()).toEqual(['tot', 'yeu']);
    // Replacing the replaced one again: not the current evaluation.
    const stale = await p.req('POST', '/api/v1/steering/evaluations', { token: bcd, body: { unitId: province, evaluatedUnitId: village, year: 2026, level: 'kha', replaces: first.json().id, reason: 'x' } });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses an unknown level, a unit outside the tree, the unit itself, a future year, the wrong role — changing nothing', async () => {
    const bcd = await p.login('bcd.tinh');
    const official = await p.login('canbo.tanhung');
    const province = String(await p.unitId('HY'));
    const commune = String(await p.unitId('HY-TANHUNG'));
    const ward = String(await p.unitId('HY-PHOHIEN'));
    const before = await tableCounts(p.db);
    const cases: [string, unknown, number, string][] = [
      [bcd, { unitId: province, evaluatedUnitId: ward, year: 2026, level: 'xuat_sac' }, 422, 'UNKNOWN_LEVEL'],
      [bcd, { unitId: commune, evaluatedUnitId: ward, year: 2026, level: 'tot' }, 422, 'UNIT_NOT_BELOW'],
      [bcd, { unitId: province, evaluatedUnitId: province, year: 2026, level: 'tot' }, 422, 'UNIT_NOT_BELOW'],
      [bcd, { unitId: province, evaluatedUnitId: ward, year: 2027, level: 'tot' }, 422, 'YEAR_NOT_STARTED'],
      [bcd, { unitId: province, evaluatedUnitId: ward, year: 2026, level: 'tot', criteria: [' '] }, 400, 'EMPTY_CRITERION'],
      [bcd, { unitId: province, evaluatedUnitId: ward, year: 2026, level: 'tot', reason: 'x' }, 400, 'REASON_WITHOUT_REPLACES'],
      [bcd, { unitId: province, evaluatedUnitId: ward, year: 2026, level: 'tot', subject: 'party' }, 400, ''],
      [official, { unitId: commune, evaluatedUnitId: await p.unitId('HY-TANHUNG-TAY'), year: 2026, level: 'tot' }, 403, 'FORBIDDEN'],
    ];
    for (const [token, body, status, code] of cases) {
      const r = await p.req('POST', '/api/v1/steering/evaluations', { token, body });
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      if (code) expect(r.json().error.code).toBe(code);
      expect(r.json().error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
    expect(await tableCounts(p.db)).toEqual(before);
  });
});
