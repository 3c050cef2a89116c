// Pure rules of "Dân vận khéo" models: their fields and ratings, and what a registration and an evaluation must
// hold. A unit registers its model; the steering committee above evaluates it and may commend it.
import { refusal, type Refusal } from '../../core/refusal.ts';
import type { ModelField, ModelRating, ModelStatus } from './tables.ts';

export const MODEL_FIELDS: readonly ModelField[] = ['economy', 'culture_society', 'defence_security', 'party_government', 'other'];
export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa - xã hội',
  defence_security: 'Quốc phòng - an ninh',
  party_government: 'Xây dựng Đảng, chính quyền',
  other: 'Lĩnh vực khác',
};
export const MODEL_RATINGS: readonly ModelRating[] = ['excellent', 'good', 'fair', 'poor'];
export const MODEL_RATING_LABELS: Record<ModelRating, string> = { excellent: 'Xuất sắc', good: 'Tốt', fair: 'Khá', poor: 'Chưa đạt' };

/** A model is registered once it has started, under a name. */
export function checkRegistration(m: { name: string; startedOn: string }, today: string): Refusal | null {
  if (m.startedOn > today) return refusal('MODEL_IN_FUTURE', 'Ngày bắt đầu mô hình không được sau ngày hôm nay.');
  if (!m.name.trim()) return refusal('EMPTY_NAME', 'Tên mô hình không được để trống.', { status: 400 });
  return null;
}

/**
 * An evaluation of a model not yet commended (409), dated between the model's start and `today`; a model rated
 * "Chưa đạt" is not commended.
 */
export function checkEvaluation(
  m: { status: ModelStatus; startedOn: string },
  e: { rating: ModelRating; evaluatedOn: string; commended: boolean },
  today: string,
): Refusal | null {
  if (m.status === 'commended') return refusal('ALREADY_COMMENDED', 'Mô hình đã được khen thưởng.', { status: 409 });
  if (e.evaluatedOn > today) return refusal('EVALUATION_IN_FUTURE', 'Ngày đánh giá không được sau ngày hôm nay.');
  if (e.evaluatedOn < m.startedOn) return refusal('EVALUATION_BEFORE_START', 'Ngày đánh giá không được trước ngày bắt đầu mô hình.', { status: 400 });
  if (e.commended && e.rating === 'poor') return refusal('CANNOT_COMMEND', 'Mô hình chưa đạt thì không được khen thưởng.');
  return null;
}
