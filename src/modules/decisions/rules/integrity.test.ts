import { describe, expect, it } from 'vitest';
import { MAX_LISTED, checkBallotIntegrity, type IntegrityInput } from './integrity.ts';

const OPTIONS = ['Đồng ý', 'Không đồng ý'];

/** An untouched open (non-secret) decision: households 1–5 voted, 1–3 "Đồng ý", 4–5 "Không đồng ý", in two batches. */
function clean(over: Partial<IntegrityInput> = {}): IntegrityInput {
  return {
    secret: false,
    options: OPTIONS,
    register: [1, 2, 3, 4, 5].map((h) => ({ householdId: h, choice: h <= 3 ? 0 : 1 })),
    box: [3, 2],
    entries: [
      { id: 10, chain: 'decision:7:ballots:a', hashOk: true, ballots: [1, 2].map((h) => ({ householdId: h, choice: 'Đồng ý' })) },
      {
        id: 11,
        chain: 'decision:7:ballots:b',
        hashOk: true,
        ballots: [3, 4, 5].map((h) => ({ householdId: h, choice: h <= 3 ? 'Đồng ý' : 'Không đồng ý' })),
      },
    ],
    orphanHeads: [],
    ...over,
  };
}

const codes = (i: IntegrityInput) => checkBallotIntegrity(i).problems.map((p) => p.code);

describe('checkBallotIntegrity', () => {
  it('finds nothing when register, box and audit agree', () => {
    const r = checkBallotIntegrity(clean());
    expect(r).toEqual({ ok: true, registerCount: 5, boxTotal: 5, auditEntries: 2, auditedBallots: 5, problems: [] });
  });

  it('finds nothing for a decision nobody voted on', () => {
    expect(checkBallotIntegrity(clean({ register: [], box: [0, 0], entries: [] })).ok).toBe(true);
  });

  it('a vote added to the box alone: box and register differ, and the open register no longer explains the box', () => {
    const r = checkBallotIntegrity(clean({ box: [4, 2] }));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['BOX_REGISTER_MISMATCH', 'BOX_OPTION_MISMATCH']);
    expect(r.problems[0]!.message).toBe('Hòm phiếu có 6 phiếu nhưng danh sách hộ đã biểu quyết có 5 hộ.');
    expect(r.problems[1]!.message).toContain('"Đồng ý": 4 so với 3');
    expect(r.problems[1]!.message).not.toContain('Không đồng ý');
  });

  it('votes moved between options with the total kept: only an open decision can show it', () => {
    expect(codes(clean({ box: [2, 3] }))).toEqual(['BOX_OPTION_MISMATCH']);
    // Secret: the register has no choices, so a move between options is not visible here (only totals are).
    const secret = clean({ secret: true, register: [1, 2, 3, 4, 5].map((h) => ({ householdId: h, choice: null })), box: [2, 3] });
    secret.entries = secret.entries.map((e) => ({ ...e, ballots: e.ballots.map((b) => ({ householdId: b.householdId })) }));
    expect(codes(secret)).toEqual([]);
  });

  it('a register row and a box vote inserted by hand (no audit entry): the household is named', () => {
    const r = checkBallotIntegrity(clean({ register: [...clean().register, { householdId: 6, choice: 0 }], box: [4, 2] }));
    expect(r.problems.map((p) => p.code)).toEqual(['BALLOT_NOT_AUDITED']);
    expect(r.problems[0]).toMatchObject({ householdIds: [6], count: 1 });
  });

  it('a register row deleted with its vote: the audit still lists the household', () => {
    const r = checkBallotIntegrity(clean({ register: clean().register.filter((x) => x.householdId !== 2), box: [2, 2] }));
    expect(r.problems.map((p) => p.code)).toEqual(['AUDITED_BALLOT_MISSING']);
    expect(r.problems[0]).toMatchObject({ householdIds: [2], count: 1 });
  });

  it('an audit entry edited (hash no longer matches) or deleted (its chain head left behind)', () => {
    const edited = clean();
    edited.entries = [edited.entries[0]!, { ...edited.entries[1]!, hashOk: false }];
    expect(checkBallotIntegrity(edited).problems).toEqual([
      expect.objectContaining({ code: 'AUDIT_ENTRY_TAMPERED', entryIds: [11], count: 1 }),
    ]);
    const deleted = clean({ orphanHeads: ['decision:7:ballots:b'] });
    deleted.entries = [deleted.entries[0]!];
    expect(codes(deleted)).toEqual(['AUDIT_ENTRY_DELETED', 'BALLOT_NOT_AUDITED']);
    expect(checkBallotIntegrity(deleted).problems[1]).toMatchObject({ householdIds: [3, 4, 5], count: 3 });
  });

  it('a household audited in two batches', () => {
    const twice = clean();
    twice.entries = [...twice.entries, { id: 12, chain: 'decision:7:ballots:c', hashOk: true, ballots: [{ householdId: 4, choice: 'Không đồng ý' }] }];
    const r = checkBallotIntegrity(twice);
    expect(r.problems.map((p) => p.code)).toEqual(['BALLOT_AUDITED_TWICE']);
    expect(r.auditedBallots).toBe(6);
  });

  it('an open decision whose register choice was changed after the ballot (box changed to match)', () => {
    const register = clean().register.map((x) => (x.householdId === 1 ? { ...x, choice: 1 } : x));
    const r = checkBallotIntegrity(clean({ register, box: [2, 3] }));
    expect(r.problems.map((p) => p.code)).toEqual(['CHOICE_MISMATCH']);
    expect(r.problems[0]).toMatchObject({ householdIds: [1], count: 1 });
  });

  it('lists at most MAX_LISTED households, in id order, with the full count and Vietnamese number format', () => {
    const n = 1_234;
    const register = Array.from({ length: n }, (_, i) => ({ householdId: n - i, choice: 0 }));
    const r = checkBallotIntegrity({ secret: false, options: OPTIONS, register, box: [n, 0], entries: [], orphanHeads: [] });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.householdIds).toEqual(Array.from({ length: MAX_LISTED }, (_, i) => i + 1));
    expect(r.problems[0]!.count).toBe(n);
    expect(r.problems[0]!.message).toMatch(/^1\.234 hộ có trong danh sách/);
  });
});
