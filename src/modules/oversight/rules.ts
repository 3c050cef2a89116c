// Pure rules of oversight: where each board exists, what an activity's findings and recommendations must hold, and
// the 15 days an authority has to answer a recommendation (Law 10/2022 Art. 35–45).
import { addDays } from '../../core/calendar/index.ts';
import { allowed, refusal, refused, type Refusal, type Ruled } from '../../core/refusal.ts';
import type { UnitKind } from '../../core/schema.ts';
import type { BoardKind } from './tables.ts';

export const BOARD_KINDS: readonly BoardKind[] = ['inspection', 'investment'];

export const BOARD_LABELS: Record<BoardKind, { vi: string; en: string }> = {
  inspection: { vi: 'Ban Thanh tra nhân dân', en: 'People’s inspection board' },
  investment: { vi: 'Ban Giám sát đầu tư của cộng đồng', en: 'Community investment supervision board' },
};

/**
 * Where each board exists: the inspection board in communes (Law 10/2022 Art. 35–40), agencies (Art. 59) and state
 * enterprises (Art. 77); the investment supervision board in communes (Art. 41–45).
 */
const BOARD_UNITS: Record<BoardKind, readonly UnitKind[]> = {
  inspection: ['commune', 'agency', 'enterprise'],
  investment: ['commune'],
};

/** The boards the law sets up at a kind of unit (none at a village, a province…). */
export function boardsAt(kind: UnitKind): BoardKind[] {
  return BOARD_KINDS.filter((b) => BOARD_UNITS[b].includes(kind));
}

/** A board works only at the units where the law sets it up. */
export function checkBoardAtUnit(board: BoardKind, unit: { kind: UnitKind; name: string }): Refusal | null {
  if (BOARD_UNITS[board].includes(unit.kind)) return null;
  return refusal('BOARD_NOT_FOR_UNIT', `${BOARD_LABELS[board].vi} không được thành lập ở đơn vị loại này (${unit.name}).`);
}

/**
 * The authority answers a board's recommendation within 15 days of receiving it:
 * Law 10/2022 Art. 40 cl. 1 c (inspection board: "thông báo kết quả giải quyết trong thời hạn 15 ngày kể từ ngày
 * nhận được kiến nghị") and Art. 45 cl. 2 c (investment board, same words). Calendar days (the law says "ngày").
 */
const RECOMMENDATION_ANSWER_DAYS = 15;

/** Default due date of a recommendation sent on `sentOn`. */
export function recommendationDueOn(sentOn: string): string {
  return addDays(sentOn, RECOMMENDATION_ANSWER_DAYS);
}

export type RecommendationState = 'open' | 'overdue' | 'answered_on_time' | 'answered_late';

/** State of a recommendation on `today`: overdue once today is after the due date with no answer. */
export function recommendationState(r: { dueOn: string; answeredOn: string | null }, today: string): RecommendationState {
  if (r.answeredOn) return r.answeredOn <= r.dueOn ? 'answered_on_time' : 'answered_late';
  return today > r.dueOn ? 'overdue' : 'open';
}

// ---- an activity as recorded -----------------------------------------------------------------------------------

export interface ActivityContent {
  heldOn: string;
  findings: readonly { text: string; violation: boolean }[];
  recommendations?: readonly { to: string; text: string; dueOn?: string }[];
}

interface CheckedActivity {
  findings: { text: string; violation: boolean }[];
  /** Sent on the day of the activity; due 15 days later unless the board set another date. */
  recommendations: CheckedRecommendation[];
  hasViolation: boolean;
}

/**
 * An activity already held, its findings and recommendations trimmed and not empty, each recommendation due no
 * earlier than it was sent. Refuses an activity after `today` (422), an empty finding or recommendation and a due
 * date before the activity (400).
 */
export function checkActivity(a: ActivityContent, today: string): Ruled<CheckedActivity> {
  if (a.heldOn > today) {
    return refused(refusal('ACTIVITY_IN_FUTURE', 'Ngày giám sát không được sau ngày hôm nay: chỉ ghi nhận cuộc giám sát đã diễn ra.'));
  }
  const findings = checkFindings(a.findings);
  if (!findings.ok) return findings;
  const recommendations = checkRecommendations(a.recommendations ?? [], a.heldOn, 'ngày giám sát');
  if (!recommendations.ok) return recommendations;
  return allowed({ findings: findings.value, recommendations: recommendations.value, hasViolation: findings.value.some((f) => f.violation) });
}

/** Findings trimmed, none empty (400). Shared with the steering committees' inspections. */
export function checkFindings(fs: readonly { text: string; violation: boolean }[]): Ruled<{ text: string; violation: boolean }[]> {
  const findings = fs.map((f) => ({ text: f.text.trim(), violation: f.violation }));
  if (findings.some((f) => !f.text)) return refused(refusal('EMPTY_FINDING', 'Nội dung phát hiện không được để trống.', { status: 400 }));
  return allowed(findings);
}

/** A recommendation as its maker writes it. */
export interface RecommendationContent {
  to: string;
  text: string;
  dueOn?: string;
}

/** A recommendation checked: sent on `sentOn`, due on the date given or `recommendationDueOn(sentOn)`. */
export interface CheckedRecommendation {
  to: string;
  text: string;
  sentOn: string;
  dueOn: string;
}

/**
 * Recommendations made on `sentOn` (the day of the activity or inspection, named `dayName` in the message): each
 * with an addressee and a text (400), due on the date given — not before `sentOn` (400) — or 15 days later
 * (`recommendationDueOn`). The one rule for every source of recommendations (boards, steering inspections).
 */
export function checkRecommendations(rs: readonly RecommendationContent[], sentOn: string, dayName: string): Ruled<CheckedRecommendation[]> {
  const out: CheckedRecommendation[] = [];
  for (const r of rs) {
    const dueOn = r.dueOn ?? recommendationDueOn(sentOn);
    if (dueOn < sentOn) {
      return refused(refusal('DUE_BEFORE_SENT', `Hạn trả lời kiến nghị (${dueOn}) không được trước ${dayName} (${sentOn}).`, { status: 400 }));
    }
    if (!r.to.trim() || !r.text.trim()) return refused(refusal('EMPTY_RECOMMENDATION', 'Kiến nghị cần có nơi nhận và nội dung.', { status: 400 }));
    out.push({ to: r.to.trim(), text: r.text.trim(), sentOn, dueOn });
  }
  return allowed(out);
}

/**
 * An answer given on a day between the recommendation's sending and `today`, not empty, to a recommendation not yet
 * answered (409).
 */
export function checkAnswer(
  r: { sentOn: string; answeredOn: string | null },
  answer: { text: string; answeredOn: string },
  today: string,
): Refusal | null {
  if (r.answeredOn) return refusal('ALREADY_ANSWERED', 'Kiến nghị này đã được trả lời.', { status: 409 });
  if (answer.answeredOn > today) return refusal('ANSWER_IN_FUTURE', 'Ngày trả lời không được sau ngày hôm nay.');
  if (answer.answeredOn < r.sentOn) return refusal('ANSWER_BEFORE_SENT', 'Ngày trả lời không được trước ngày gửi kiến nghị.', { status: 400 });
  if (!answer.text.trim()) return refusal('EMPTY_ANSWER', 'Nội dung trả lời không được để trống.', { status: 400 });
  return null;
}

/** A board's term ends no earlier than it starts. */
export function checkTerm(termStart: string, termEnd: string | undefined): Refusal | null {
  if (!termEnd || termEnd >= termStart) return null;
  return refusal('TERM_END_BEFORE_START', 'Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu.', { status: 400 });
}
