// Pure rules of evaluation and classification (đánh giá, phân loại) by a steering committee: the levels, one current
// evaluation per unit (or committee) and year, a replacement only with a reason. No statute sets these levels for
// grassroots democracy; the default list follows the four grades the committees' reports use ("tốt, khá, trung
// bình, yếu" — e.g. "tổ chức đánh giá, phân loại chất lượng hoạt động của Ban chỉ đạo các cấp").
import { refusal, type Refusal } from '../../core/refusal.ts';
import type { EvaluationSubject } from './tables.ts';

export interface EvaluationLevel {
  key: string;
  label: string;
}

export const DEFAULT_EVALUATION_LEVELS: readonly EvaluationLevel[] = [
  { key: 'tot', label: 'Tốt' },
  { key: 'kha', label: 'Khá' },
  { key: 'trung_binh', label: 'Trung bình' },
  { key: 'yeu', label: 'Yếu' },
];

/**
 * A list of levels written `key=Nhãn,key=Nhãn…` best first (e.g. `xuat_sac=Xuất sắc,tot=Tốt,kha=Khá,yeu=Yếu`); null
 * when empty or malformed (keys are lower-case letters, digits and `_`, labels not empty, keys distinct).
 */
export function parseLevels(text: string | undefined): EvaluationLevel[] | null {
  if (!text?.trim()) return null;
  const levels = text.split(',').map((part) => {
    const [key = '', ...label] = part.split('=');
    return { key: key.trim(), label: label.join('=').trim() };
  });
  const ok = levels.every((l) => /^[a-z][a-z0-9_]{0,39}$/.test(l.key) && l.label) && new Set(levels.map((l) => l.key)).size === levels.length;
  return ok ? levels : null;
}

/**
 * The levels in force: `COSO_EVALUATION_LEVELS` (read once at start, see parseLevels) or the default four. An
 * environment variable is the simplest honest option: a province changes the list once, for the whole platform,
 * and a malformed list falls back to the default rather than half-working. Counter keys are
 * `steering.evaluations.<key>`.
 */
export const EVALUATION_LEVELS: readonly EvaluationLevel[] = parseLevels(globalThis.process?.env?.COSO_EVALUATION_LEVELS) ?? DEFAULT_EVALUATION_LEVELS;

export const SUBJECT_LABELS: Record<EvaluationSubject, string> = { unit: 'Đơn vị', committee: 'Ban Chỉ đạo' };

export function levelLabel(key: string, levels: readonly EvaluationLevel[] = EVALUATION_LEVELS): string {
  return levels.find((l) => l.key === key)?.label ?? key;
}

/** A level of the list (422 otherwise, naming the levels). */
export function checkLevel(level: string, levels: readonly EvaluationLevel[] = EVALUATION_LEVELS): Refusal | null {
  if (levels.some((l) => l.key === level)) return null;
  return refusal('UNKNOWN_LEVEL', `Mức xếp loại "${level}" không có trong danh sách (${levels.map((l) => l.label).join(', ')}).`, { field: 'level' });
}

/** Evaluated on a day not after today, in or after the year evaluated (422). */
export function checkEvaluationDate(year: number, evaluatedOn: string, today: string): Refusal | null {
  if (evaluatedOn > today) return refusal('EVALUATION_IN_FUTURE', 'Ngày đánh giá không được sau ngày hôm nay.');
  if (Number(evaluatedOn.slice(0, 4)) < year) return refusal('YEAR_NOT_STARTED', `Chưa thể đánh giá năm ${year} vào ngày ${evaluatedOn}.`);
  return null;
}

/** Criteria as given (a text, or a text and whether it was met; a text alone counts as met), none empty (400). */
export function normaliseCriteria(cs: readonly (string | { text: string; met: boolean })[]): { text: string; met: boolean }[] | Refusal {
  const out = cs.map((c) => (typeof c === 'string' ? { text: c.trim(), met: true } : { text: c.text.trim(), met: c.met }));
  if (out.some((c) => !c.text)) return refusal('EMPTY_CRITERION', 'Nội dung tiêu chí không được để trống.', { status: 400 });
  return out;
}

/**
 * One current evaluation per unit, subject and year: a second is refused (409) unless it names the current one in
 * `replaces` with a reason (400 without one); `replaces` must be that current evaluation (409).
 */
export function checkReplacement(current: { id: number } | undefined, input: { replaces?: number; reason?: string }, year: number): Refusal | null {
  if (input.replaces === undefined) {
    if (input.reason !== undefined) return refusal('REASON_WITHOUT_REPLACES', 'Lý do chỉ ghi khi thay thế một đánh giá đã có.', { status: 400, field: 'reason' });
    if (current) {
      return refusal('ALREADY_EVALUATED', `Đơn vị đã được đánh giá, xếp loại năm ${year}. Để thay thế, chọn đánh giá cũ và ghi rõ lý do.`, { status: 409 });
    }
    return null;
  }
  if (!current || current.id !== input.replaces) {
    return refusal('REPLACES_NOT_CURRENT', 'Đánh giá được thay thế không phải đánh giá hiện hành của đơn vị trong năm này.', { status: 409 });
  }
  if (!input.reason?.trim()) return refusal('REASON_REQUIRED', 'Cần ghi rõ lý do thay thế đánh giá.', { status: 400, field: 'reason' });
  return null;
}

/** Counter key of a level: `steering.evaluations.<level>` (+1 at the evaluated unit on the day evaluated). */
export const evaluationCounterKey = (level: string) => `steering.evaluations.${level}`;
