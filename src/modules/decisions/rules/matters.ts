// What households decide and by which majority: the matters of Law 10/2022 Art. 15 and the passing rules of
// Art. 21 cl. 1, counted against ALL the households of the village. Integer arithmetic only (core/counting.ts).
import { atLeastFractionCount, describeValue, moreThanHalfCount, TWO_THIRDS } from '../../../core/counting.ts';
import { refusal, RefusalError, type Refusal } from '../../../core/refusal.ts';
import { householdCounts } from './counts.ts';

/**
 * Matters households decide, one per clause of Law 10/2022 Art. 15:
 * cl. 1 "Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, các công trình công cộng…",
 * cl. 2 "Việc thu, chi, quản lý các khoản đóng góp của Nhân dân…", cl. 3 "Nội dung hương ước, quy ước…",
 * cl. 4 "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố", cl. 5 "Bầu, cho thôi làm thành viên Ban Thanh tra
 * nhân dân, Ban Giám sát đầu tư của cộng đồng", cl. 6 "Các công việc tự quản khác…".
 */
export const MATTERS = ['contribution', 'contribution_management', 'convention', 'village_head', 'board_member', 'other'] as const;
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

export const DECISION_KINDS = ['question', 'election'] as const;
/** `question`: yes/no, the first option means "agree". `election`: choose one of several candidates / options. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** An election of people (Art. 15 cl. 4–5) unless told otherwise; a question for every other matter. */
export function defaultKind(matter: Matter): DecisionKind {
  return matter === 'village_head' || matter === 'board_member' ? 'election' : 'question';
}

export const PASSING_RULES = ['two_thirds', 'more_than_half'] as const;
export type PassingRule = (typeof PASSING_RULES)[number];

/**
 * Law 10/2022 Art. 21 cl. 1:
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

const RULE_PHRASES: Readonly<Record<PassingRule, string>> = {
  two_thirds: 'từ hai phần ba tổng số hộ gia đình trở lên',
  more_than_half: 'trên 50% tổng số hộ gia đình',
};

export function isMatter(value: unknown): value is Matter {
  return typeof value === 'string' && (MATTERS as readonly string[]).includes(value);
}

function isPassingRule(value: unknown): value is PassingRule {
  return typeof value === 'string' && (PASSING_RULES as readonly string[]).includes(value);
}

export function unknownMatter(value: unknown): Refusal {
  return refusal('UNKNOWN_MATTER', `Loại nội dung biểu quyết ${describeValue(value)} không hợp lệ; chấp nhận: ${MATTERS.join(', ')}.`, {
    status: 400,
    field: 'matter',
  });
}

export function assertMatter(value: unknown): asserts value is Matter {
  if (!isMatter(value)) throw new RefusalError(unknownMatter(value));
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
 * two thirds → ⌈2·eligible/3⌉; more than half → ⌊eligible/2⌋ + 1.
 * Never below 1: with no households nothing can be approved (for eligible = 0 the two-thirds formula gives 0, i.e.
 * "passes with nobody agreeing", which the law's "tán thành" cannot mean).
 */
export function passingThreshold(rule: PassingRule, eligible: number): number {
  if (!isPassingRule(rule)) {
    throw new RefusalError(
      refusal('UNKNOWN_RULE', `Quy tắc biểu quyết ${describeValue(rule)} không hợp lệ; chấp nhận: ${PASSING_RULES.join(', ')}.`, {
        status: 400,
        field: 'rule',
      }),
    );
  }
  householdCounts.assertCount('eligible', eligible);
  const t = rule === 'two_thirds' ? atLeastFractionCount(eligible, TWO_THIRDS) : moreThanHalfCount(eligible);
  return Math.max(1, t);
}

/** Whether `agree` households out of all `eligible` pass a matter under `rule`. */
export function isPassed(rule: PassingRule, eligible: number, agree: number): boolean {
  const threshold = passingThreshold(rule, eligible);
  householdCounts.assertPart('agree', agree, 'eligible', eligible);
  return agree >= threshold;
}

/** Same as `isPassed`, with the rule taken from the matter. */
export function isMatterPassed(matter: Matter, eligible: number, agree: number): boolean {
  return isPassed(ruleForMatter(matter), eligible, agree);
}
