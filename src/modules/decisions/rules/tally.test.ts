// Counting ballots and applying the passing rule (Law 10/2022 Art. 21 cl. 1; Decree 59/2023 Art. 3 cl. 5 d, Art. 4
// cl. 6 b, Art. 5 cl. 4 b), and the platform's privacy rule for published breakdowns.
import { describe, expect, it } from 'vitest';
import { formatInt } from '../../../core/format.ts';
import type { Ruled } from '../../../core/refusal.ts';
import { passingThreshold, ruleForMatter, type Matter } from './matters.ts';
import { canPublishBreakdown, tallyDecision, type DecisionResult, type TallyInput } from './tally.ts';

/** Reference implementations in BigInt, written straight from the wording of the law. */
const ref = {
  // "từ hai phần ba tổng số … trở lên": agree / eligible ≥ 2/3, with at least one agreeing household.
  twoThirds: (eligible: number, agree: number) => agree >= 1 && 3n * BigInt(agree) >= 2n * BigInt(eligible),
  // "trên 50% tổng số": agree / eligible > 1/2.
  moreThanHalf: (eligible: number, agree: number) => 2n * BigInt(agree) > BigInt(eligible),
};

function unwrap(r: Ruled<DecisionResult>): DecisionResult {
  if (!r.ok) throw new Error(`unexpected refusal ${r.refusal.code}: ${r.refusal.message}`);
  return r.value;
}

/** Builds a ballot list from counts per option. */
function ballotsOf(counts: Record<string, number>): string[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const out = new Array<string>(total);
  let i = 0;
  for (const [o, n] of Object.entries(counts)) {
    out.fill(o, i, i + n);
    i += n;
  }
  return out;
}

const YES_NO = ['Tán thành', 'Không tán thành'];

function question(matter: Matter, eligible: number, yes: number, no = 0, options = YES_NO): DecisionResult {
  return unwrap(
    tallyDecision({ matter, kind: 'question', options, eligible, ballots: ballotsOf({ [options[0]]: yes, [options[1]]: no }) }),
  );
}

describe('canPublishBreakdown — the platform\'s privacy rule (no group under 5 households)', () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [6, true],
    [28_000_000, true],
    [4.9, false],
    [5.5, false],
    [Number.NaN, false],
    [-5, false],
  ])('group of %s → %s', (n, expected) => {
    expect(canPublishBreakdown(n)).toBe(expected);
  });
});

describe('tallyDecision — questions', () => {
  it.each<[Matter, number, number, number, boolean, number]>([
    ['contribution', 120, 80, 40, true, 80],
    ['contribution', 120, 79, 41, false, 80],
    ['contribution', 120, 79, 0, false, 80],
    ['contribution', 37, 25, 12, true, 25],
    ['contribution', 37, 24, 13, false, 25],
    ['contribution_management', 3, 2, 1, true, 2],
    ['contribution_management', 3, 1, 2, false, 2],
    ['convention', 120, 61, 0, true, 61],
    ['convention', 120, 60, 60, false, 61],
    ['other', 120, 59, 0, false, 61], // 59 yes of 59 voting in 120 fails
    ['other', 37, 19, 0, true, 19],
    ['other', 37, 18, 19, false, 19],
    ['village_head', 1, 1, 0, true, 1],
    ['village_head', 1, 0, 1, false, 1],
    ['board_member', 2, 1, 1, false, 2],
    ['other', 28_000_000, 14_000_001, 0, true, 14_000_001],
    ['other', 28_000_000, 14_000_000, 0, false, 14_000_001],
    ['contribution', 28_000_000, 18_666_666, 1, false, 18_666_667],
  ])('%s: %i eligible, %i yes, %i no → passed %s (threshold %i)', (matter, eligible, yes, no, passed, threshold) => {
    const r = question(matter, eligible, yes, no);
    expect(r.eligibleHouseholds).toBe(eligible);
    expect(r.participatingHouseholds).toBe(yes + no);
    expect(r.counts).toEqual({ [YES_NO[0]]: yes, [YES_NO[1]]: no });
    expect(r.threshold).toBe(threshold);
    expect(r.passed).toBe(passed);
    expect(r.outcome).toBe(passed ? 'passed' : 'failed');
    expect(r.winningOption).toBe(passed ? YES_NO[0] : null);
    expect(r.tiedOptions).toEqual([]);
    expect(r.rule).toBe(ruleForMatter(matter));
  }, 30_000);

  it('59 yes of 59 voting in 120 fails, with an explicit Vietnamese summary', () => {
    const r = question('other', 120, 59, 0);
    expect(r.passed).toBe(false);
    expect(r.summary).toBe(
      'Không được thông qua: 59/120 hộ gia đình tán thành, chưa đạt 61 hộ cần thiết (trên 50% tổng số hộ gia đình); 59 hộ tham gia biểu quyết.',
    );
  });

  it('80/120 contribution passes with a summary naming the two-thirds rule', () => {
    expect(question('contribution', 120, 80, 40).summary).toBe(
      'Được thông qua: 80/120 hộ gia đình tán thành, đạt mức cần thiết 80 hộ (từ hai phần ba tổng số hộ gia đình trở lên); 120 hộ tham gia biểu quyết.',
    );
  });

  it('formats large numbers the Vietnamese way in the summary', () => {
    expect(question('other', 2_000_000, 1_000_001, 0).summary).toContain('1.000.001/2.000.000 hộ gia đình');
  });

  it('the first option means "agree", whatever its wording, and other options do not count towards it', () => {
    const options = ['Đồng ý', 'Không đồng ý', 'Ý kiến khác'];
    const r = unwrap(
      tallyDecision({
        matter: 'other',
        kind: 'question',
        options,
        eligible: 10,
        ballots: ballotsOf({ 'Đồng ý': 5, 'Không đồng ý': 1, 'Ý kiến khác': 4 }),
      }),
    );
    expect(r.counts).toEqual({ 'Đồng ý': 5, 'Không đồng ý': 1, 'Ý kiến khác': 4 });
    expect(r.passed).toBe(false); // 5 of 10 is exactly half
  });

  it('with 0 eligible households nothing passes', () => {
    const r = unwrap(tallyDecision({ matter: 'contribution', kind: 'question', options: YES_NO, eligible: 0, ballots: [] }));
    expect(r).toMatchObject({ eligibleHouseholds: 0, participatingHouseholds: 0, passed: false, outcome: 'failed', threshold: 1 });
    expect(r.counts).toEqual({ [YES_NO[0]]: 0, [YES_NO[1]]: 0 });
    expect(r.summary).toContain('không có hộ gia đình nào');
  });

  it('with nobody voting it fails and reports zero participation', () => {
    const r = question('contribution', 120, 0, 0);
    expect(r).toMatchObject({ participatingHouseholds: 0, passed: false, outcome: 'failed' });
  });

  it('matches ballots written in decomposed Unicode (NFD) or with spaces to the option', () => {
    const r = unwrap(
      tallyDecision({
        matter: 'other',
        kind: 'question',
        options: ['Đồng ý', 'Không đồng ý'],
        eligible: 3,
        ballots: ['Đồng ý'.normalize('NFD'), ' Đồng ý ', 'Không đồng ý'],
      }),
    );
    expect(r.counts).toEqual({ 'Đồng ý': 2, 'Không đồng ý': 1 });
    expect(r.passed).toBe(true);
  });

  it('counts an option named "__proto__" like any other', () => {
    const r = unwrap(
      tallyDecision({ matter: 'other', kind: 'election', options: ['__proto__', 'b'], eligible: 3, ballots: ['__proto__', '__proto__', 'b'] }),
    );
    expect(Object.keys(r.counts)).toEqual(['__proto__', 'b']);
    expect(r.counts['__proto__']).toBe(2);
    expect(JSON.parse(JSON.stringify(r.counts))).toEqual(r.counts);
    expect(r.winningOption).toBe('__proto__');
  });
});

describe('tallyDecision — elections (winner needs more than half of ALL households)', () => {
  const election = (matter: Matter, eligible: number, counts: Record<string, number>, options = Object.keys(counts)) =>
    unwrap(tallyDecision({ matter, kind: 'election', options, eligible, ballots: ballotsOf(counts) }));

  it.each<[string, Matter, number, Record<string, number>, string, string | null, string[]]>([
    ['1 candidate, majority', 'village_head', 120, { An: 61 }, 'passed', 'An', []],
    ['1 candidate, exactly half', 'village_head', 120, { An: 60 }, 'no_majority', null, []],
    ['2 candidates, clear winner', 'village_head', 120, { An: 70, Bình: 50 }, 'passed', 'An', []],
    ['2 candidates, winner at threshold', 'village_head', 120, { An: 59, Bình: 61 }, 'passed', 'Bình', []],
    ['2 candidates, 60–60 tie', 'village_head', 120, { An: 60, Bình: 60 }, 'tie', null, ['An', 'Bình']],
    ['2 candidates, tie with abstentions', 'village_head', 120, { An: 40, Bình: 40 }, 'tie', null, ['An', 'Bình']],
    ['2 candidates, leader below threshold', 'village_head', 120, { An: 60, Bình: 59 }, 'no_majority', null, []],
    ['2 of 3 households, 1–1', 'village_head', 3, { An: 1, Bình: 1 }, 'tie', null, ['An', 'Bình']],
    ['3 candidates, winner', 'board_member', 37, { An: 19, Bình: 10, Chi: 8 }, 'passed', 'An', []],
    ['3 candidates, no majority', 'board_member', 37, { An: 18, Bình: 10, Chi: 9 }, 'no_majority', null, []],
    ['3 candidates, tie for first', 'board_member', 37, { An: 12, Bình: 12, Chi: 11 }, 'tie', null, ['An', 'Bình']],
    ['3 candidates, three-way tie', 'board_member', 36, { An: 12, Bình: 12, Chi: 12 }, 'tie', null, ['An', 'Bình', 'Chi']],
    ['5 candidates, winner', 'village_head', 121, { A: 61, B: 20, C: 20, D: 10, E: 10 }, 'passed', 'A', []],
    ['5 candidates, spread', 'village_head', 121, { A: 30, B: 29, C: 25, D: 20, E: 17 }, 'no_majority', null, []],
    ['5 candidates, tie of 2 below', 'village_head', 119, { A: 30, B: 30, C: 25, D: 20, E: 14 }, 'tie', null, ['A', 'B']],
    ['5 candidates, nobody voted', 'village_head', 119, { A: 0, B: 0, C: 0, D: 0, E: 0 }, 'no_majority', null, []],
    ['contribution levels, two thirds', 'contribution', 120, { 'Mức 1': 80, 'Mức 2': 40 }, 'passed', 'Mức 1', []],
    ['contribution levels, 79 of 120', 'contribution', 120, { 'Mức 1': 79, 'Mức 2': 41 }, 'no_majority', null, []],
    ['large election', 'village_head', 28_000_000, { A: 14_000_001, B: 1 }, 'passed', 'A', []],
    ['large tie', 'village_head', 28_000_000, { A: 7_000_000, B: 7_000_000 }, 'tie', null, ['A', 'B']],
  ])('%s', (_name, matter, eligible, counts, outcome, winner, tied) => {
    const r = election(matter, eligible, counts);
    expect(r.outcome).toBe(outcome);
    expect(r.passed).toBe(outcome === 'passed');
    expect(r.winningOption).toBe(winner);
    expect(r.tiedOptions).toEqual(tied);
    expect(r.counts).toEqual(counts);
    expect(r.participatingHouseholds).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(r.threshold).toBe(passingThreshold(ruleForMatter(matter), eligible));
  }, 30_000);

  it('never resolves a tie silently: the summary names both and asks the commune to decide on re-election', () => {
    const r = election('village_head', 120, { 'Nguyễn Văn An': 60, 'Trần Thị Bình': 60 });
    expect(r.summary).toBe(
      'Không xác định được người trúng cử: “Nguyễn Văn An” và “Trần Thị Bình” cùng đạt 60/120 hộ gia đình, chưa đạt 61 hộ cần thiết (trên 50% tổng số hộ gia đình); kết quả hòa được báo cáo, không tự phân định; 120 hộ tham gia biểu quyết. Báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại.',
    );
  });

  it('summarises a win and a no-majority', () => {
    expect(election('village_head', 120, { An: 70, Bình: 50 }).summary).toBe(
      'Trúng cử: “An” với 70/120 hộ gia đình tán thành, đạt mức cần thiết 61 hộ (trên 50% tổng số hộ gia đình); 120 hộ tham gia biểu quyết.',
    );
    expect(election('board_member', 37, { An: 18, Bình: 10, Chi: 9 }).summary).toBe(
      'Không xác định được người trúng cử: cao nhất là “An” với 18/37 hộ gia đình, chưa đạt 19 hộ cần thiết (trên 50% tổng số hộ gia đình); 37 hộ tham gia biểu quyết.',
    );
    expect(election('other', 10, { A: 0, B: 0 }).summary).toContain('chưa có phiếu tán thành nào');
    expect(election('contribution', 120, { 'Mức 1': 80, 'Mức 2': 40 }).summary).toMatch(/^Phương án được chọn: “Mức 1”/);
  });

  it('exhaustively: a winner exists iff the top count reaches the threshold, and is unique', () => {
    const options = ['A', 'B', 'C'];
    for (let eligible = 0; eligible <= 14; eligible++) {
      for (let a = 0; a <= eligible; a++) {
        for (let b = 0; a + b <= eligible; b++) {
          for (let c = 0; a + b + c <= eligible; c++) {
            const counts = { A: a, B: b, C: c };
            const r = election('village_head', eligible, counts, options);
            const top = Math.max(a, b, c);
            const leaders = options.filter((o) => counts[o as keyof typeof counts] === top);
            const wins = eligible > 0 && ref.moreThanHalf(eligible, top);
            expect(r.passed).toBe(wins);
            if (wins) {
              expect(leaders).toHaveLength(1);
              expect(r.winningOption).toBe(leaders[0]);
            } else if (top > 0 && leaders.length > 1) {
              expect(r.outcome).toBe('tie');
              expect(r.tiedOptions).toEqual(leaders);
            } else {
              expect(r.outcome).toBe('no_majority');
            }
          }
        }
      }
    }
  });
});

describe('tallyDecision — invalid input returns typed errors', () => {
  const good: TallyInput = { matter: 'other', kind: 'question', options: YES_NO, eligible: 10, ballots: [] };
  it.each<[string, Partial<Record<keyof TallyInput, unknown>>, string]>([
    ['negative eligible', { eligible: -1 }, 'INVALID_COUNT'],
    ['fractional eligible', { eligible: 10.5 }, 'INVALID_COUNT'],
    ['NaN eligible', { eligible: Number.NaN }, 'INVALID_COUNT'],
    ['string eligible', { eligible: '10' }, 'INVALID_COUNT'],
    ['more ballots than households', { eligible: 2, ballots: [YES_NO[0], YES_NO[0], YES_NO[1]] }, 'COUNT_EXCEEDS_ELIGIBLE'],
    ['ballots with 0 eligible', { eligible: 0, ballots: [YES_NO[0]] }, 'COUNT_EXCEEDS_ELIGIBLE'],
    ['unknown option', { ballots: ['Có lẽ'] }, 'UNKNOWN_OPTION'],
    ['non-string ballot', { ballots: [1] }, 'UNKNOWN_OPTION'],
    ['ballots not a list', { ballots: 'Tán thành' }, 'INVALID_BALLOTS'],
    ['unknown matter', { matter: 'tax' }, 'UNKNOWN_MATTER'],
    ['unknown kind', { kind: 'poll' }, 'INVALID_KIND'],
    ['question with one option', { options: ['Tán thành'] }, 'INVALID_OPTIONS'],
    ['election with no candidate', { kind: 'election', options: [] }, 'INVALID_OPTIONS'],
    ['duplicate options', { options: ['Đồng ý', 'Đồng ý'.normalize('NFD')] }, 'INVALID_OPTIONS'],
    ['empty option', { options: ['Đồng ý', '  '] }, 'INVALID_OPTIONS'],
    ['options not a list', { options: 'Đồng ý' }, 'INVALID_OPTIONS'],
  ])('%s', (_name, patch, code) => {
    const r = tallyDecision({ ...good, ...patch } as TallyInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.code).toBe(code);
    expect(r.refusal.status).toBe(400);
    expect(r.refusal.message.length).toBeGreaterThan(10);
  });

  it('gives Vietnamese messages', () => {
    const r = tallyDecision({ ...good, ballots: ['Có lẽ'] });
    expect(!r.ok && r.refusal.message).toBe('Lựa chọn "Có lẽ" không có trong danh sách phương án biểu quyết.');
    const r2 = tallyDecision({ ...good, eligible: 1, ballots: YES_NO });
    expect(!r2.ok && r2.refusal.message).toBe('Số phiếu biểu quyết (2) không được lớn hơn tổng số hộ gia đình (1).');
  });

  it('does not throw on a null input', () => {
    const r = tallyDecision(null as unknown as TallyInput);
    expect(r.ok).toBe(false);
  });
});

describe('figures in summaries: formatInt, the Vietnamese way', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1949, '1.949'],
    [28_000_000, '28.000.000'],
    [-1234, '-1.234'],
  ])('%i → %s', (n, s) => {
    expect(formatInt(n)).toBe(s);
  });
});
