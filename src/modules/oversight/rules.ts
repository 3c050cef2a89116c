// Pure rules of oversight (Law 10/2022/QH15; /work/shared/legal/thuc-hien-dan-chu-o-co-so.md).
import { addDays } from '../../core/calendar/index.ts';
import type { UnitKind } from '../../core/schema.ts';
import type { BoardKind } from './tables.ts';

export const BOARD_KINDS: readonly BoardKind[] = ['inspection', 'investment'];

export const BOARD_LABELS: Record<BoardKind, { vi: string; en: string }> = {
  inspection: { vi: 'Ban Thanh tra nhân dân', en: 'People’s inspection board' },
  investment: { vi: 'Ban Giám sát đầu tư của cộng đồng', en: 'Community investment supervision board' },
};

/**
 * Where each board exists: the inspection board in communes (Law Art. 35–40), agencies (Art. 59) and state
 * enterprises (Art. 77); the investment supervision board in communes (Art. 41–45).
 */
export const BOARD_UNITS: Record<BoardKind, readonly UnitKind[]> = {
  inspection: ['commune', 'agency', 'enterprise'],
  investment: ['commune'],
};

/**
 * The authority answers a board's recommendation within 15 days of receiving it:
 * Law 10/2022 Art. 40 cl. 1 c (inspection board: "thông báo kết quả giải quyết trong thời hạn 15 ngày kể từ ngày
 * nhận được kiến nghị") and Art. 45 cl. 2 c (investment board, same words). Calendar days (the law says "ngày").
 */
export const RECOMMENDATION_ANSWER_DAYS = 15;
export const RECOMMENDATION_ANSWER_BASIS =
  'Luật Thực hiện dân chủ ở cơ sở, điểm c khoản 1 Điều 40 và điểm c khoản 2 Điều 45: trả lời kiến nghị trong 15 ngày';

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
