// Counting the ballots of a decision and applying the passing rule of its matter against ALL eligible households
// (Law 10/2022 Art. 21 cl. 1; ballots: Decree 59/2023 Art. 4 cl. 6 b "đạt tỷ lệ tối thiểu theo quy định tại khoản 1
// Điều 21"; online: Decree 59 Art. 5 cl. 4 b "được thông qua khi có trên 50% tổng số đại diện hộ gia đình … lựa
// chọn đồng ý"), and what of the result may be published.
import { describeValue } from '../../../core/counting.ts';
import { formatInt } from '../../../core/format.ts';
import { allowed, refusal, refused, type Ruled } from '../../../core/refusal.ts';
import { checkOptions, normaliseOption } from './ballots.ts';
import { countRefusal, householdCounts } from './counts.ts';
import { isMatter, passingThreshold, ruleForMatter, rulePhraseVi, unknownMatter, type DecisionKind, type Matter, type PassingRule } from './matters.ts';

export type DecisionOutcome = 'passed' | 'failed' | 'tie' | 'no_majority';

export interface TallyInput {
  matter: Matter;
  /** Options in display order; for a question the first one means "agree". Candidates for an election. */
  options: readonly string[];
  /** All households of the village when the decision opened (the frozen electorate). */
  eligible: number;
  /** One entry per participating household: the option it chose. One household, one ballot — deduplicated upstream. */
  ballots: readonly string[];
  kind: DecisionKind;
}

/** The result of a decision: counts, the outcome, the rule and a Vietnamese summary sentence. */
export interface DecisionResult {
  eligibleHouseholds: number;
  participatingHouseholds: number;
  counts: Record<string, number>;
  passed: boolean;
  winningOption: string | null;
  threshold: number;
  rule: PassingRule;
  outcome: DecisionOutcome;
  /** Options tied for first place below the threshold (outcome 'tie'); otherwise empty. */
  tiedOptions: string[];
  summary: string;
}

/** The result as stored when the decision closes: with its closing date and the households per channel. */
export interface StoredResult extends DecisionResult {
  closedOn: string;
  channels: Record<string, number>;
}

/**
 * Counts ballots and applies the passing rule of the matter against ALL eligible households.
 * - question: passes when the first option ("agree") reaches the threshold.
 * - election: the option with the most votes wins only if it reaches the threshold (two candidates cannot both reach
 *   it, since the threshold is more than half of all households). Below the threshold, a shared first place is
 *   reported as 'tie' and a single leader as 'no_majority'; nothing is resolved silently. For the village head this
 *   is the case of Decree 59/2023 Art. 3 cl. 5 d: "Nếu không xác định được người trúng cử thì nêu rõ lý do … để báo
 *   cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại".
 */
export function tallyDecision(input: TallyInput): Ruled<DecisionResult> {
  const optionMap = checkTallyInput(input);
  if (!optionMap.ok) return optionMap;
  const tally = countBallots(input.options, optionMap.value, input.ballots);
  if (!tally.ok) return tally;
  return allowed(resultOf(input, tally.value));
}

const invalidBallots = (message: string, field?: string) => refused<never>(refusal('INVALID_BALLOTS', message, { status: 400, ...(field ? { field } : {}) }));

/** The input's matter, kind, counts and options checked, in that order; the options by their matching key. */
function checkTallyInput(input: TallyInput): Ruled<Map<string, string>> {
  if (input === null || typeof input !== 'object') return invalidBallots('Dữ liệu kiểm phiếu không hợp lệ.');
  const { matter, options, eligible, ballots, kind } = input;
  if (!isMatter(matter)) return refused(unknownMatter(matter));
  if (kind !== 'question' && kind !== 'election') {
    return refused(
      refusal(
        'INVALID_KIND',
        `Hình thức biểu quyết ${describeValue(kind)} không hợp lệ; chấp nhận: question (tán thành / không tán thành), election (bầu, chọn phương án).`,
        { status: 400, field: 'kind' },
      ),
    );
  }
  const badEligible = countRefusal(() => householdCounts.assertCount('eligible', eligible));
  if (badEligible) return refused(badEligible);
  const optionMap = checkOptions(options, kind);
  if (!optionMap.ok) return optionMap;
  if (!Array.isArray(ballots)) return invalidBallots('Danh sách phiếu biểu quyết không hợp lệ.', 'ballots');
  const tooMany = countRefusal(() => householdCounts.assertPart('ballots', ballots.length, 'eligible', eligible));
  return tooMany ? refused(tooMany) : optionMap;
}

/** Ballots per option, or 400 UNKNOWN_OPTION for a ballot naming none. */
function countBallots(options: readonly string[], byKey: Map<string, string>, ballots: readonly unknown[]): Ruled<Map<string, number>> {
  const tally = new Map<string, number>();
  for (const o of options) tally.set(o, 0);
  // Exact spelling first (the common case, no normalisation cost), then the NFC / trimmed key.
  const exact = new Map<string, string>(options.map((o) => [o, o]));
  for (const b of ballots) {
    const o = typeof b === 'string' ? (exact.get(b) ?? byKey.get(normaliseOption(b))) : undefined;
    if (o === undefined) {
      return refused(
        refusal('UNKNOWN_OPTION', `Lựa chọn ${describeValue(b)} không có trong danh sách phương án biểu quyết.`, { status: 400, field: 'ballots' }),
      );
    }
    tally.set(o, (tally.get(o) ?? 0) + 1);
  }
  return allowed(tally);
}

/** What a summary sentence says of the figures: all households, the threshold, those who took part, the rule. */
interface Figures {
  e: string;
  t: string;
  p: string;
  phrase: string;
}

type Base = Pick<DecisionResult, 'eligibleHouseholds' | 'participatingHouseholds' | 'counts' | 'threshold' | 'rule'>;

function resultOf(input: TallyInput, tally: Map<string, number>): DecisionResult {
  const { matter, options, eligible, ballots, kind } = input;
  const rule = ruleForMatter(matter);
  const threshold = passingThreshold(rule, eligible);
  // Object.fromEntries defines own properties, so an option named "__proto__" is counted like any other.
  const counted: Record<string, number> = Object.fromEntries(options.map((o) => [o, tally.get(o) ?? 0]));
  const base: Base = { eligibleHouseholds: eligible, participatingHouseholds: ballots.length, counts: counted, threshold, rule };
  if (eligible === 0) {
    return {
      ...base,
      passed: false,
      winningOption: null,
      outcome: kind === 'question' ? 'failed' : 'no_majority',
      tiedOptions: [],
      summary: 'Không được thông qua: thôn, tổ dân phố không có hộ gia đình nào để biểu quyết.',
    };
  }
  const f: Figures = { e: formatInt(eligible), t: formatInt(threshold), p: formatInt(ballots.length), phrase: rulePhraseVi(rule) };
  return kind === 'question' ? questionResult(base, options, tally, f) : electionResult(base, matter, options, tally, f);
}

/** A question: the first option means "agree" and must reach the threshold. */
function questionResult(base: Base, options: readonly string[], tally: Map<string, number>, f: Figures): DecisionResult {
  const agreeOption = options[0]!;
  const agree = tally.get(agreeOption) ?? 0;
  const passed = agree >= base.threshold;
  const a = formatInt(agree);
  return {
    ...base,
    passed,
    winningOption: passed ? agreeOption : null,
    outcome: passed ? 'passed' : 'failed',
    tiedOptions: [],
    summary: passed
      ? `Được thông qua: ${a}/${f.e} hộ gia đình tán thành, đạt mức cần thiết ${f.t} hộ (${f.phrase}); ${f.p} hộ tham gia biểu quyết.`
      : `Không được thông qua: ${a}/${f.e} hộ gia đình tán thành, chưa đạt ${f.t} hộ cần thiết (${f.phrase}); ${f.p} hộ tham gia biểu quyết.`,
  };
}

const quote = (s: string) => `“${s}”`;

function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** An election or a choice among several options: the leader wins only at the threshold; a tie is reported. */
function electionResult(base: Base, matter: Matter, options: readonly string[], tally: Map<string, number>, f: Figures): DecisionResult {
  let top = 0;
  for (const o of options) top = Math.max(top, tally.get(o) ?? 0);
  const leaders = top > 0 ? options.filter((o) => (tally.get(o) ?? 0) === top) : [];
  const isPerson = matter === 'village_head' || matter === 'board_member';
  const c = formatInt(top);
  const redo = matter === 'village_head' ? ' Báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại.' : '';
  const lost = { ...base, passed: false, winningOption: null };
  if (top >= base.threshold) {
    // Unique: threshold > eligible / 2 and the counts add up to at most `eligible`.
    const winner = leaders[0]!;
    return {
      ...base,
      passed: true,
      winningOption: winner,
      outcome: 'passed',
      tiedOptions: [],
      summary: `${isPerson ? 'Trúng cử' : 'Phương án được chọn'}: ${quote(winner)} với ${c}/${f.e} hộ gia đình tán thành, đạt mức cần thiết ${f.t} hộ (${f.phrase}); ${f.p} hộ tham gia biểu quyết.`,
    };
  }
  const noneFound = isPerson ? 'Không xác định được người trúng cử' : 'Không có phương án nào được chọn';
  if (leaders.length > 1) {
    return {
      ...lost,
      outcome: 'tie',
      tiedOptions: [...leaders],
      summary: `${noneFound}: ${joinVi(leaders.map(quote))} cùng đạt ${c}/${f.e} hộ gia đình, chưa đạt ${f.t} hộ cần thiết (${f.phrase}); kết quả hòa được báo cáo, không tự phân định; ${f.p} hộ tham gia biểu quyết.${redo}`,
    };
  }
  return {
    ...lost,
    outcome: 'no_majority',
    tiedOptions: [],
    summary:
      leaders.length === 1
        ? `${noneFound}: cao nhất là ${quote(leaders[0]!)} với ${c}/${f.e} hộ gia đình, chưa đạt ${f.t} hộ cần thiết (${f.phrase}); ${f.p} hộ tham gia biểu quyết.${redo}`
        : `${noneFound}: chưa có phiếu tán thành nào trong ${f.e} hộ gia đình, cần ${f.t} hộ (${f.phrase}).${redo}`,
  };
}

// ---- publishing the result -------------------------------------------------------------------------------------

/**
 * Privacy rule of the platform (not of the law): participation by group (e.g. by channel) is not published for a
 * group under 5 households. Fails closed: anything that is not an integer ≥ 5 is not publishable.
 */
const MIN_PUBLISHABLE_GROUP_SIZE = 5;

export function canPublishBreakdown(groupSize: number): boolean {
  return Number.isSafeInteger(groupSize) && groupSize >= MIN_PUBLISHABLE_GROUP_SIZE;
}
