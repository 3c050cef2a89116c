// Rules for decisions taken directly by the households of a village / residential group ("Nhân dân bàn và quyết
// định"), read from Law 10/2022/QH15 (Luật Thực hiện dân chủ ở cơ sở) Art. 15, 17–21, Decree 59/2023/NĐ-CP
// Art. 3–5, 8–9 and Decree 61/2023/NĐ-CP Art. 10–11 (conventions). Legal text: /work/shared/legal/thuc-hien-dan-chu-o-co-so.md.
//
// Pure functions only: no I/O, no clock, no randomness. Integer arithmetic only — thresholds are computed as exact
// integers and compared with integers; no ratio is ever held in a floating-point number.
//
// Invalid input is reported with typed errors carrying a Vietnamese message: `tallyDecision` and `transition` return
// a `RuleResult`; the scalar helpers (which return a plain number / boolean) throw a `RuleInputError`, which is an
// `AppError` and therefore answers 400 / 422 with `{error: {code, message}}` if it ever reaches the HTTP layer.
import { RefusalError } from '../../core/refusal.ts';

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

export type RuleErrorCode =
  | 'INVALID_COUNT'
  | 'COUNT_EXCEEDS_ELIGIBLE'
  | 'COUNT_EXCEEDS_TOTAL'
  | 'UNKNOWN_OPTION'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_MATTER'
  | 'UNKNOWN_RULE'
  | 'INVALID_KIND'
  | 'INVALID_BALLOTS'
  | 'UNKNOWN_STATUS'
  | 'UNKNOWN_ACTION'
  | 'INVALID_TRANSITION'
  | 'RECOGNITION_NOT_REQUIRED'
  | 'DECISION_NOT_PASSED';

export interface RuleError {
  code: RuleErrorCode;
  /** Vietnamese, shown to users. */
  message: string;
  /** 400 = the input itself is malformed; 422 = well-formed input that a legal rule refuses. */
  status: 400 | 422;
  /** The offending input field, when there is one. */
  field?: string;
}

export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: RuleError };

/** Thrown by the scalar helpers on invalid input. Maps to the API error shape via `AppError`. */
export class RuleInputError extends RefusalError {
  constructor(readonly ruleError: RuleError) {
    super(ruleError);
    this.name = 'RuleInputError';
  }
}

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = <T>(error: RuleError): RuleResult<T> => ({ ok: false, error });

// ---------------------------------------------------------------------------------------------------------------
// Integer helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Largest count accepted: 3 × MAX_COUNT is still a safe integer, so every product below stays exact.
 * (≈ 3·10^15 — far above the ~28 million households of a national deployment, spec §10.)
 */
export const MAX_COUNT = (Number.MAX_SAFE_INTEGER - (Number.MAX_SAFE_INTEGER % 3)) / 3;

/** ⌊a / b⌋ for non-negative safe integers a and positive b, without floating-point division. */
function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** ⌈a / b⌉ for non-negative safe integers a and positive b. */
function ceilDiv(a: number, b: number): number {
  const r = a % b;
  return r === 0 ? a / b : (a - r) / b + 1;
}

export function isValidCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** Formats an integer the Vietnamese way: 28000000 → "28.000.000" (spec §9). */
export function formatCountVi(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

const FIELD_LABELS: Record<string, string> = {
  eligible: 'Tổng số hộ gia đình',
  represented: 'Số hộ gia đình có đại diện tham dự',
  householdsChoosingOnline: 'Số hộ gia đình chọn biểu quyết trực tuyến',
  present: 'Số đại diện hộ gia đình có mặt',
  agree: 'Số phiếu tán thành',
  ballots: 'Số phiếu biểu quyết',
};

function label(field: string): string {
  return FIELD_LABELS[field] ?? `Trường "${field}"`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return typeof value;
}

function countError(field: string, value: unknown): RuleError | null {
  if (isValidCount(value)) return null;
  return {
    code: 'INVALID_COUNT',
    status: 400,
    field,
    message: `${label(field)} phải là số nguyên không âm (nhận được: ${describe(value)}).`,
  };
}

function exceedsError(field: string, value: number, totalField: string, total: number): RuleError {
  const againstEligible = totalField === 'eligible';
  return {
    code: againstEligible ? 'COUNT_EXCEEDS_ELIGIBLE' : 'COUNT_EXCEEDS_TOTAL',
    status: 400,
    field,
    message: `${label(field)} (${formatCountVi(value)}) không được lớn hơn ${label(totalField).toLowerCase()} (${formatCountVi(total)}).`,
  };
}

function assertCount(field: string, value: unknown): asserts value is number {
  const e = countError(field, value);
  if (e) throw new RuleInputError(e);
}

function assertPart(field: string, value: unknown, totalField: string, total: number): asserts value is number {
  assertCount(field, value);
  if (value > total) throw new RuleInputError(exceedsError(field, value, totalField, total));
}

// ---------------------------------------------------------------------------------------------------------------
// Matters and passing rules
// ---------------------------------------------------------------------------------------------------------------

/**
 * Matters households decide (api.md "Decisions"), one per clause of Law 10/2022 Art. 15:
 * cl. 1 "Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, các công trình công cộng…",
 * cl. 2 "Việc thu, chi, quản lý các khoản đóng góp của Nhân dân…", cl. 3 "Nội dung hương ước, quy ước…",
 * cl. 4 "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố", cl. 5 "Bầu, cho thôi làm thành viên Ban Thanh tra
 * nhân dân, Ban Giám sát đầu tư của cộng đồng", cl. 6 "Các công việc tự quản khác…"
 * (thuc-hien-dan-chu-o-co-so.md, Điều 44.13.LQ.15, ~line 673).
 */
export const MATTERS = [
  'contribution',
  'contribution_management',
  'convention',
  'village_head',
  'board_member',
  'other',
] as const;
export type Matter = (typeof MATTERS)[number];

/** The clause of Law 10/2022 Art. 15 each matter comes from. */
export const MATTER_CLAUSE: Readonly<Record<Matter, 1 | 2 | 3 | 4 | 5 | 6>> = {
  contribution: 1,
  contribution_management: 2,
  convention: 3,
  village_head: 4,
  board_member: 5,
  other: 6,
};

export const MATTER_LABELS: Readonly<Record<Matter, string>> = {
  contribution: 'Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng',
  contribution_management: 'Thu, chi, quản lý các khoản đóng góp, kinh phí, tài sản của cộng đồng dân cư',
  convention: 'Hương ước, quy ước của cộng đồng dân cư',
  village_head: 'Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố',
  board_member: 'Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng',
  other: 'Công việc tự quản khác của cộng đồng dân cư',
};

export const PASSING_RULES = ['two_thirds', 'more_than_half'] as const;
export type PassingRule = (typeof PASSING_RULES)[number];

/**
 * Law 10/2022 Art. 21 cl. 1 (thuc-hien-dan-chu-o-co-so.md, Điều 44.13.LQ.21, ~line 955–959):
 * - cl. 1–2 matters: "được thông qua khi có từ hai phần ba tổng số đại diện hộ gia đình trở lên trong thôn, tổ dân
 *   phố tán thành" → two thirds of ALL households, "từ … trở lên" = at least (exactly two thirds passes);
 * - cl. 3–6 matters: "được thông qua khi có trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán thành"
 *   → strictly more than half of ALL households (exactly half fails).
 */
const MATTER_RULES: Readonly<Record<Matter, PassingRule>> = {
  contribution: 'two_thirds',
  contribution_management: 'two_thirds',
  convention: 'more_than_half',
  village_head: 'more_than_half',
  board_member: 'more_than_half',
  other: 'more_than_half',
};

/** Two thirds as an exact integer ratio — Law 10/2022 Art. 21 cl. 1: "từ hai phần ba tổng số … trở lên". */
export const TWO_THIRDS = { numerator: 2, denominator: 3 } as const;

const RULE_PHRASES: Readonly<Record<PassingRule, string>> = {
  two_thirds: 'từ hai phần ba tổng số hộ gia đình trở lên',
  more_than_half: 'trên 50% tổng số hộ gia đình',
};

export function isMatter(value: unknown): value is Matter {
  return typeof value === 'string' && (MATTERS as readonly string[]).includes(value);
}

export function isPassingRule(value: unknown): value is PassingRule {
  return typeof value === 'string' && (PASSING_RULES as readonly string[]).includes(value);
}

function unknownMatter(value: unknown): RuleError {
  return {
    code: 'UNKNOWN_MATTER',
    status: 400,
    field: 'matter',
    message: `Loại nội dung biểu quyết ${describe(value)} không hợp lệ; chấp nhận: ${MATTERS.join(', ')}.`,
  };
}

function assertMatter(value: unknown): asserts value is Matter {
  if (!isMatter(value)) throw new RuleInputError(unknownMatter(value));
}

export function ruleForMatter(matter: Matter): PassingRule {
  assertMatter(matter);
  return MATTER_RULES[matter];
}

/** Vietnamese wording of a rule, e.g. "trên 50% tổng số hộ gia đình". */
export function rulePhraseVi(rule: PassingRule): string {
  return RULE_PHRASES[rule];
}

/**
 * Number of agreeing households needed, counted against ALL `eligible` households (Law 10/2022 Art. 21 cl. 1):
 * two thirds → ⌈2·eligible/3⌉; more than half → ⌊eligible/2⌋ + 1 (api.md "Decisions").
 * Never below 1: with no households nothing can be approved (for eligible = 0 the api.md formula would give 0 for
 * the two-thirds rule, i.e. "passes with nobody agreeing", which the law's "tán thành" cannot mean).
 */
export function passingThreshold(rule: PassingRule, eligible: number): number {
  if (!isPassingRule(rule)) {
    throw new RuleInputError({
      code: 'UNKNOWN_RULE',
      status: 400,
      field: 'rule',
      message: `Quy tắc biểu quyết ${describe(rule)} không hợp lệ; chấp nhận: ${PASSING_RULES.join(', ')}.`,
    });
  }
  assertCount('eligible', eligible);
  const t =
    rule === 'two_thirds'
      ? ceilDiv(TWO_THIRDS.numerator * eligible, TWO_THIRDS.denominator)
      : floorDiv(eligible, 2) + 1;
  return Math.max(1, t);
}

/** Whether `agree` households out of all `eligible` pass a matter under `rule`. */
export function isPassed(rule: PassingRule, eligible: number, agree: number): boolean {
  const threshold = passingThreshold(rule, eligible);
  assertPart('agree', agree, 'eligible', eligible);
  return agree >= threshold;
}

/** Same as `isPassed`, with the rule taken from the matter. */
export function isMatterPassed(matter: Matter, eligible: number, agree: number): boolean {
  return isPassed(ruleForMatter(matter), eligible, agree);
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings, ballots, online voting
// ---------------------------------------------------------------------------------------------------------------

/**
 * A meeting of household representatives is valid when more than half of ALL households are represented.
 * Decree 61/2023 Art. 10 cl. 1 a (conventions): "Phải có đại diện của trên 50% tổng số hộ gia đình tại cộng đồng
 * dân cư tham dự họp" (thuc-hien-dan-chu-o-co-so.md, Điều 44.13.NĐ.2.10, ~line 1181). For the other matters the
 * law has no separate quorum but sends the matter to household ballots when the meeting "không có đủ đại diện của
 * số hộ gia đình tham dự để có thể đạt tỷ lệ biểu quyết tán thành tối thiểu" (Law Art. 19 cl. 1 b) — see
 * `canMeetingDecide`, which is the stricter test for two-thirds matters.
 */
export function isMeetingValid(eligible: number, represented: number): boolean {
  assertCount('eligible', eligible);
  assertPart('represented', represented, 'eligible', eligible);
  return 2 * represented > eligible;
}

/**
 * Whether a meeting can decide `matter` at all: it is valid (`isMeetingValid`) and enough households are
 * represented to reach the passing threshold. Otherwise the decision continues by household ballot —
 * Law 10/2022 Art. 19 cl. 1 b: "Cộng đồng dân cư đã tổ chức cuộc họp mà không có đủ đại diện của số hộ gia đình tham
 * dự để có thể đạt tỷ lệ biểu quyết tán thành tối thiểu quy định tại khoản 1 Điều 21" (~line 817); Decree 59/2023
 * Art. 4 cl. 1 b (~line 835); Decree 61/2023 Art. 10 cl. 2 a for conventions (~line 1187).
 * E.g. a contribution (two thirds) with 70 of 120 households represented is a valid meeting but cannot reach 80.
 */
export function canMeetingDecide(matter: Matter, eligible: number, represented: number): boolean {
  const threshold = passingThreshold(ruleForMatter(matter), eligible);
  return isMeetingValid(eligible, represented) && represented >= threshold;
}

export type MeetingNextStep = 'vote_at_meeting' | 'continue_by_ballot';

/** What happens after the roll call of a meeting: vote there, or continue by household ballot (Law Art. 19 cl. 1 b). */
export function meetingNextStep(matter: Matter, eligible: number, represented: number): MeetingNextStep {
  return canMeetingDecide(matter, eligible, represented) ? 'vote_at_meeting' : 'continue_by_ballot';
}

/**
 * Online voting may be organised only when more than half of ALL households chose that form.
 * Decree 59/2023 Art. 5 cl. 2 c: "Việc tổ chức biểu quyết trực tuyến được thực hiện khi có trên 50% tổng số đại diện
 * hộ gia đình trong thôn, tổ dân phố lựa chọn đồng ý bằng hình thức biểu quyết trực tuyến" (~line 901).
 * This does not check the matter: see `isOnlineVotingPermittedForMatter`.
 */
export function isOnlineVotingAllowed(eligible: number, householdsChoosingOnline: number): boolean {
  assertCount('eligible', eligible);
  assertPart('householdsChoosingOnline', householdsChoosingOnline, 'eligible', eligible);
  return 2 * householdsChoosingOnline > eligible;
}

/**
 * Online voting applies only to "other self-managed matters" (Art. 15 cl. 6).
 * Law 10/2022 Art. 17 cl. 2: "Hình thức biểu quyết trực tuyến chỉ áp dụng trong trường hợp cộng đồng dân cư quyết
 * định các công việc quy định tại khoản 6 Điều 15" (~line 719); Decree 59/2023 Art. 5 cl. 1 a (~line 885).
 */
export function isOnlineVotingPermittedForMatter(matter: Matter): boolean {
  assertMatter(matter);
  return MATTER_CLAUSE[matter] === 6;
}

export const DECISION_METHODS = ['meeting', 'ballot', 'online'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export interface MethodContext {
  /** A meeting was held but lacked the households needed to reach the threshold (Law Art. 19 cl. 1 b). */
  meetingLackedHouseholds?: boolean;
  /** The matter is carried out across the whole commune and the commune chairman chose ballots (Art. 19 cl. 1 a). */
  communeWide?: boolean;
  /** Households that chose online voting, with the village's total (Decree 59 Art. 5 cl. 2 c). */
  online?: { eligible: number; householdsChoosingOnline: number };
}

/**
 * Whether a method may be used for a matter.
 * - meeting: always (Law Art. 17 cl. 1 a; for cl. 3–5 it is mandatory: "phải được thực hiện tại cuộc họp của cộng
 *   đồng dân cư, trừ trường hợp quy định tại điểm b khoản 1 Điều 19", Art. 17 cl. 2, ~line 717);
 * - ballot: after a meeting that lacked households (Art. 19 cl. 1 b); for commune-wide cl. 1–2 matters chosen by the
 *   commune chairman (Art. 19 cl. 1 a; Decree 59 Art. 4 cl. 1 a); for cl. 6 matters at the village head's choice
 *   (Decree 59 Art. 4 cl. 1 c: "đối với nội dung quy định tại khoản 6 Điều 15", ~line 837);
 * - online: cl. 6 matters only, and only when more than half of all households chose it (see above).
 */
export function isMethodAllowed(matter: Matter, method: DecisionMethod, context: MethodContext = {}): boolean {
  assertMatter(matter);
  const clause = MATTER_CLAUSE[matter];
  switch (method) {
    case 'meeting':
      return true;
    case 'ballot':
      return context.meetingLackedHouseholds === true || clause === 6 || (context.communeWide === true && clause <= 2);
    case 'online':
      if (!isOnlineVotingPermittedForMatter(matter)) return false;
      if (!context.online) return false;
      return isOnlineVotingAllowed(context.online.eligible, context.online.householdsChoosingOnline);
    default:
      return false;
  }
}

/**
 * Procedural choices inside a meeting (secretary, counting committee, which option to put to the vote) need more
 * than half of the household representatives PRESENT. Decree 59/2023 Art. 3 cl. 5 (thuc-hien-dan-chu-o-co-so.md,
 * Điều 44.13.NĐ.1.3, ~lines 775–789): "Thư ký cuộc họp được quyết định khi có trên 50% đại diện hộ gia đình tham dự
 * cuộc họp giơ tay biểu quyết đồng ý"; "Phương án được lựa chọn khi có trên 50% đại diện hộ gia đình tham dự cuộc
 * họp …"; "Ban kiểm phiếu được quyết định khi có trên 50% đại diện hộ gia đình tham dự cuộc họp …".
 */
export function isProceduralChoicePassed(present: number, agree: number): boolean {
  assertCount('present', present);
  assertPart('agree', agree, 'present', present);
  return 2 * agree > present;
}

/**
 * Decree 59/2023 Art. 3 cl. 5 c: "Ban kiểm phiếu từ 03 đến 05 người" (~line 789). The same 3–5 size applies to the
 * ballot team ("Tổ phát phiếu lấy ý kiến có từ 03 đến 05 thành viên", Law Art. 19 cl. 2) and the online voting team
 * ("Tổ lấy ý kiến biểu quyết trực tuyến từ 03 đến 05 người", Decree 59 Art. 5 cl. 2 b).
 */
export const COUNTING_COMMITTEE_MIN = 3;
export const COUNTING_COMMITTEE_MAX = 5;

export function isCountingCommitteeSizeValid(n: number): boolean {
  return Number.isSafeInteger(n) && n >= COUNTING_COMMITTEE_MIN && n <= COUNTING_COMMITTEE_MAX;
}

/**
 * A commune-wide contribution matter (Art. 15 cl. 1–2) passes when at least two thirds of the commune's villages
 * approve it. Law 10/2022 Art. 21 cl. 1: "có phạm vi thực hiện trong địa bàn cấp xã được thông qua khi có từ hai
 * phần ba tổng số thôn, tổ dân phố trở lên tán thành" (~line 957). An empty list passes nothing.
 */
export function communeWideContributionPassed(villageResults: readonly boolean[]): boolean {
  if (!Array.isArray(villageResults)) {
    throw new RuleInputError({
      code: 'INVALID_COUNT',
      status: 400,
      field: 'villageResults',
      message: 'Kết quả biểu quyết của các thôn, tổ dân phố phải là một danh sách đúng/sai.',
    });
  }
  const total = villageResults.length;
  let approved = 0;
  for (const r of villageResults) if (r === true) approved++;
  return total > 0 && TWO_THIRDS.denominator * approved >= TWO_THIRDS.numerator * total;
}

/**
 * Privacy rule of the spec (not of the law): spec README §3 "breakdowns by group are not published for groups under 5
 * households". Fails closed: anything that is not an integer ≥ 5 is not publishable.
 */
export const MIN_PUBLISHABLE_GROUP_SIZE = 5;

export function canPublishBreakdown(groupSize: number): boolean {
  return Number.isSafeInteger(groupSize) && groupSize >= MIN_PUBLISHABLE_GROUP_SIZE;
}

// ---------------------------------------------------------------------------------------------------------------
// Tally
// ---------------------------------------------------------------------------------------------------------------

export const DECISION_KINDS = ['question', 'election'] as const;
/** `question`: yes/no, the first option means "agree". `election`: choose one of several candidates / options. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionOutcome = 'passed' | 'failed' | 'tie' | 'no_majority';

export interface TallyInput {
  matter: Matter;
  /** Options in display order; for a question the first one means "agree". Candidates for an election. */
  options: readonly string[];
  /** All households of the village when the decision opened (api.md `eligibleHouseholds`). */
  eligible: number;
  /** One entry per participating household: the option it chose. One household, one ballot — deduplicated upstream. */
  ballots: readonly string[];
  kind: DecisionKind;
}

/** The api.md result shape, plus the outcome, the rule and a Vietnamese summary sentence. */
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

/** Key used to match ballots to options: NFC (composed diacritics) and trimmed, so "Đồng ý" typed either way matches. */
function optionKey(s: string): string {
  return s.normalize('NFC').trim();
}

function validateOptions(options: unknown, kind: DecisionKind): RuleError | Map<string, string> {
  const min = kind === 'question' ? 2 : 1;
  const bad = (message: string): RuleError => ({ code: 'INVALID_OPTIONS', status: 400, field: 'options', message });
  if (!Array.isArray(options)) return bad('Danh sách phương án biểu quyết không hợp lệ.');
  if (options.length < min) {
    return bad(
      kind === 'question'
        ? 'Nội dung biểu quyết phải có ít nhất 2 phương án (phương án đầu tiên là "tán thành").'
        : 'Cuộc bầu phải có ít nhất 1 người ứng cử hoặc phương án.',
    );
  }
  const byKey = new Map<string, string>();
  for (const o of options) {
    if (typeof o !== 'string' || optionKey(o) === '') return bad('Phương án biểu quyết không được để trống.');
    const k = optionKey(o);
    if (byKey.has(k)) return bad(`Phương án "${k}" bị trùng lặp.`);
    byKey.set(k, o);
  }
  return byKey;
}

function quote(s: string): string {
  return `“${s}”`;
}

function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * Counts ballots and applies the passing rule of the matter against ALL eligible households (Law 10/2022 Art. 21
 * cl. 1; ballots: Decree 59/2023 Art. 4 cl. 6 b "đạt tỷ lệ tối thiểu theo quy định tại khoản 1 Điều 21"; online:
 * Decree 59 Art. 5 cl. 4 b "được thông qua khi có trên 50% tổng số đại diện hộ gia đình … lựa chọn đồng ý").
 *
 * - question: passes when the first option ("agree") reaches the threshold.
 * - election: the option with the most votes wins only if it reaches the threshold (two candidates cannot both reach
 *   it, since the threshold is more than half of all households). Below the threshold, a shared first place is
 *   reported as 'tie' and a single leader as 'no_majority'; nothing is resolved silently. For the village head this
 *   is the case of Decree 59/2023 Art. 3 cl. 5 d: "Nếu không xác định được người trúng cử thì nêu rõ lý do … để báo
 *   cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại" (~line 797).
 */
export function tallyDecision(input: TallyInput): RuleResult<DecisionResult> {
  if (input === null || typeof input !== 'object') {
    return fail({ code: 'INVALID_BALLOTS', status: 400, message: 'Dữ liệu kiểm phiếu không hợp lệ.' });
  }
  const { matter, options, eligible, ballots, kind } = input;
  if (!isMatter(matter)) return fail(unknownMatter(matter));
  if (kind !== 'question' && kind !== 'election') {
    return fail({
      code: 'INVALID_KIND',
      status: 400,
      field: 'kind',
      message: `Hình thức biểu quyết ${describe(kind)} không hợp lệ; chấp nhận: question (tán thành / không tán thành), election (bầu, chọn phương án).`,
    });
  }
  const eligibleError = countError('eligible', eligible);
  if (eligibleError) return fail(eligibleError);
  const optionMap = validateOptions(options, kind);
  if (!(optionMap instanceof Map)) return fail(optionMap);
  if (!Array.isArray(ballots)) {
    return fail({ code: 'INVALID_BALLOTS', status: 400, field: 'ballots', message: 'Danh sách phiếu biểu quyết không hợp lệ.' });
  }
  if (ballots.length > eligible) return fail(exceedsError('ballots', ballots.length, 'eligible', eligible));

  const tally = new Map<string, number>();
  for (const o of options) tally.set(o, 0);
  // Exact spelling first (the common case, no normalisation cost), then the NFC / trimmed key.
  const exact = new Map<string, string>(options.map((o) => [o, o]));
  for (const b of ballots) {
    const o = typeof b === 'string' ? (exact.get(b) ?? optionMap.get(optionKey(b))) : undefined;
    if (o === undefined) {
      return fail({
        code: 'UNKNOWN_OPTION',
        status: 400,
        field: 'ballots',
        message: `Lựa chọn ${describe(b)} không có trong danh sách phương án biểu quyết.`,
      });
    }
    tally.set(o, (tally.get(o) ?? 0) + 1);
  }

  const rule = MATTER_RULES[matter];
  const threshold = passingThreshold(rule, eligible);
  // Object.fromEntries defines own properties, so an option named "__proto__" is counted like any other.
  const counts: Record<string, number> = Object.fromEntries(options.map((o) => [o, tally.get(o) ?? 0]));
  const participating = ballots.length;
  const phrase = RULE_PHRASES[rule];
  const e = formatCountVi(eligible);
  const t = formatCountVi(threshold);
  const p = formatCountVi(participating);
  const base = { eligibleHouseholds: eligible, participatingHouseholds: participating, counts, threshold, rule };

  if (eligible === 0) {
    return ok({
      ...base,
      passed: false,
      winningOption: null,
      outcome: kind === 'question' ? 'failed' : 'no_majority',
      tiedOptions: [],
      summary: 'Không được thông qua: thôn, tổ dân phố không có hộ gia đình nào để biểu quyết.',
    });
  }

  if (kind === 'question') {
    const agreeOption = options[0];
    const agree = tally.get(agreeOption) ?? 0;
    const passed = agree >= threshold;
    const a = formatCountVi(agree);
    return ok({
      ...base,
      passed,
      winningOption: passed ? agreeOption : null,
      outcome: passed ? 'passed' : 'failed',
      tiedOptions: [],
      summary: passed
        ? `Được thông qua: ${a}/${e} hộ gia đình tán thành, đạt mức cần thiết ${t} hộ (${phrase}); ${p} hộ tham gia biểu quyết.`
        : `Không được thông qua: ${a}/${e} hộ gia đình tán thành, chưa đạt ${t} hộ cần thiết (${phrase}); ${p} hộ tham gia biểu quyết.`,
    });
  }

  // Election / choice among several options.
  let top = 0;
  for (const o of options) top = Math.max(top, tally.get(o) ?? 0);
  const leaders = top > 0 ? options.filter((o) => (tally.get(o) ?? 0) === top) : [];
  const isPerson = matter === 'village_head' || matter === 'board_member';
  const c = formatCountVi(top);
  const redo = matter === 'village_head' ? ' Báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu lại.' : '';

  if (top >= threshold) {
    // Unique: threshold > eligible / 2 and the counts add up to at most `eligible`.
    const winner = leaders[0];
    return ok({
      ...base,
      passed: true,
      winningOption: winner,
      outcome: 'passed',
      tiedOptions: [],
      summary: `${isPerson ? 'Trúng cử' : 'Phương án được chọn'}: ${quote(winner)} với ${c}/${e} hộ gia đình tán thành, đạt mức cần thiết ${t} hộ (${phrase}); ${p} hộ tham gia biểu quyết.`,
    });
  }
  const noneFound = isPerson ? 'Không xác định được người trúng cử' : 'Không có phương án nào được chọn';
  if (leaders.length > 1) {
    return ok({
      ...base,
      passed: false,
      winningOption: null,
      outcome: 'tie',
      tiedOptions: [...leaders],
      summary: `${noneFound}: ${joinVi(leaders.map(quote))} cùng đạt ${c}/${e} hộ gia đình, chưa đạt ${t} hộ cần thiết (${phrase}); kết quả hòa được báo cáo, không tự phân định; ${p} hộ tham gia biểu quyết.${redo}`,
    });
  }
  return ok({
    ...base,
    passed: false,
    winningOption: null,
    outcome: 'no_majority',
    tiedOptions: [],
    summary:
      leaders.length === 1
        ? `${noneFound}: cao nhất là ${quote(leaders[0])} với ${c}/${e} hộ gia đình, chưa đạt ${t} hộ cần thiết (${phrase}); ${p} hộ tham gia biểu quyết.${redo}`
        : `${noneFound}: chưa có phiếu tán thành nào trong ${e} hộ gia đình, cần ${t} hộ (${phrase}).${redo}`,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Recognition and the decision state machine
// ---------------------------------------------------------------------------------------------------------------

/**
 * Law 10/2022 Art. 21 cl. 2 (~line 969): "Chậm nhất là 05 ngày làm việc kể từ ngày nhận được quyết định của cộng đồng
 * dân cư, Ủy ban nhân dân cấp xã, Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phải ban hành quyết định công nhận; trường
 * hợp không công nhận thì phải trả lời bằng văn bản và nêu rõ lý do." Counted from RECEIPT of the decision.
 * Repeated for the village head in Decree 59/2023 Art. 8 (~line 1035) and Art. 9 cl. 3, and for conventions in
 * Decree 61/2023 Art. 11 cl. 3 b (from receipt of the complete file).
 */
export const RECOGNITION_WORKING_DAYS = 5;

/**
 * Law 10/2022 Art. 20 cl. 3 (~line 947): "Chậm nhất là 05 ngày làm việc kể từ ngày cộng đồng dân cư tổ chức họp biểu
 * quyết hoặc kể từ ngày kết thúc thời hạn lấy ý kiến bằng phiếu, biểu quyết trực tuyến, quyết định đã được cộng đồng
 * dân cư biểu quyết thông qua phải được gửi đến Ủy ban nhân dân cấp xã, Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã."
 */
export const SUBMISSION_WORKING_DAYS = 5;

export type RecognitionAuthority = 'commune_people_committee' | 'commune_fatherland_front';

export const RECOGNITION_AUTHORITY_LABELS: Readonly<Record<RecognitionAuthority, string>> = {
  commune_people_committee: 'Ủy ban nhân dân cấp xã',
  commune_fatherland_front: 'Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã',
};

/**
 * Who must recognise a passed decision before it takes effect — Law 10/2022 Art. 21 cl. 2 (~lines 965–967):
 * cl. 3–4 (convention, village head): "có hiệu lực kể từ ngày Ủy ban nhân dân cấp xã ban hành quyết định công nhận";
 * cl. 5 (board members): "có hiệu lực kể từ ngày Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã ban hành quyết định công
 * nhận"; cl. 1, 2, 6 within the village take effect when voted (none).
 */
export function recognitionAuthority(matter: Matter): RecognitionAuthority | null {
  assertMatter(matter);
  switch (MATTER_CLAUSE[matter]) {
    case 3:
    case 4:
      return 'commune_people_committee';
    case 5:
      return 'commune_fatherland_front';
    default:
      return null;
  }
}

export function requiresRecognition(matter: Matter): boolean {
  return recognitionAuthority(matter) !== null;
}

export const DECISION_STATUSES = ['draft', 'open', 'closed', 'recognised', 'refused', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_ACTIONS = ['open', 'close', 'recognise', 'refuse', 'cancel'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const DECISION_STATUS_LABELS: Readonly<Record<DecisionStatus, string>> = {
  draft: 'Dự thảo',
  open: 'Đang biểu quyết',
  closed: 'Đã kết thúc biểu quyết',
  recognised: 'Đã được công nhận',
  refused: 'Không được công nhận',
  cancelled: 'Đã hủy',
};

const ACTION_LABELS: Readonly<Record<DecisionAction, string>> = {
  open: 'mở biểu quyết',
  close: 'kết thúc biểu quyết',
  recognise: 'công nhận',
  refuse: 'không công nhận',
  cancel: 'hủy',
};

/** draft → open → closed → recognised | refused; cancelled from draft or open. */
const TRANSITIONS: Readonly<Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>>> = {
  draft: { open: 'open', cancel: 'cancelled' },
  open: { close: 'closed', cancel: 'cancelled' },
  closed: { recognise: 'recognised', refuse: 'refused' },
  recognised: {},
  refused: {},
  cancelled: {},
};

export interface TransitionContext {
  /** When given, recognise / refuse are allowed only for matters that need recognition. */
  matter?: Matter;
  /** When given, recognise / refuse are allowed only for a decision that passed (only those are sent, Art. 20 cl. 3). */
  passed?: boolean;
}

export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return typeof value === 'string' && (DECISION_STATUSES as readonly string[]).includes(value);
}

export function isDecisionAction(value: unknown): value is DecisionAction {
  return typeof value === 'string' && (DECISION_ACTIONS as readonly string[]).includes(value);
}

/** Pure state transition. Recognition itself (refuse = "không công nhận", or re-election for the village head) is
 * decided by the authority of `recognitionAuthority`; this only checks that the step is allowed. */
export function transition(
  status: DecisionStatus,
  action: DecisionAction,
  context: TransitionContext = {},
): RuleResult<DecisionStatus> {
  if (!isDecisionStatus(status)) {
    return fail({ code: 'UNKNOWN_STATUS', status: 400, field: 'status', message: `Trạng thái ${describe(status)} không hợp lệ.` });
  }
  if (!isDecisionAction(action)) {
    return fail({ code: 'UNKNOWN_ACTION', status: 400, field: 'action', message: `Thao tác ${describe(action)} không hợp lệ.` });
  }
  const next = TRANSITIONS[status][action];
  if (next === undefined) {
    return fail({
      code: 'INVALID_TRANSITION',
      status: 422,
      field: 'action',
      message: `Không thể ${ACTION_LABELS[action]} khi nội dung biểu quyết đang ở trạng thái "${DECISION_STATUS_LABELS[status]}".`,
    });
  }
  if (action === 'recognise' || action === 'refuse') {
    if (context.matter !== undefined) {
      if (!isMatter(context.matter)) return fail(unknownMatter(context.matter));
      if (!requiresRecognition(context.matter)) {
        return fail({
          code: 'RECOGNITION_NOT_REQUIRED',
          status: 422,
          field: 'action',
          message: `Nội dung "${MATTER_LABELS[context.matter]}" có hiệu lực khi được cộng đồng dân cư biểu quyết thông qua, không cần quyết định công nhận.`,
        });
      }
    }
    if (context.passed === false) {
      return fail({
        code: 'DECISION_NOT_PASSED',
        status: 422,
        field: 'action',
        message: 'Nội dung không được cộng đồng dân cư biểu quyết thông qua nên không thể đề nghị công nhận.',
      });
    }
  }
  return ok(next);
}

/** Actions allowed from a status (with the same context checks as `transition`). */
export function allowedActions(status: DecisionStatus, context: TransitionContext = {}): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => transition(status, a, context).ok);
}
