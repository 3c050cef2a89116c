// Rules of the steering committee's meetings and training, recorded as conferences (spec §9): six-month, annual and
// multi-year reviews (hội nghị sơ kết 6 tháng, tổng kết năm, sơ kết nhiều năm — e.g. "Sơ kết 05 năm thực hiện Kết
// luận số 120-KL/TW"), quarterly briefings (giao ban quý I–IV) and training sessions (tập huấn). No statute sets a
// quorum or a form for them: the kinds and their words follow the committees' own reports (Hưng Yên 2021, Bắc Kạn
// 2023…), which count "hội nghị sơ kết", "giao ban quý IV", "lớp tập huấn … lượt người tham gia". Unlike staff and
// worker conferences (rules.ts), no validity rule applies.
//
// Pure functions: dates are parameters. Refusals are 400 (malformed for the kind) or 422 (a date out of order).
import { formatDate, formatInt } from '../../core/format.ts';
import { allowed, refusal, refused, type Ruled } from '../../core/refusal.ts';
import type { ConferenceKind, ReviewKind } from './tables.ts';

export const STEERING_KINDS = ['steering_review', 'steering_briefing', 'training'] as const;
export type SteeringKind = (typeof STEERING_KINDS)[number];

export const REVIEW_KINDS: readonly ReviewKind[] = ['six_month', 'annual', 'multi_year'];

export const REVIEW_KIND_LABELS: Record<ReviewKind, { vi: string; en: string }> = {
  six_month: { vi: 'Sơ kết 6 tháng', en: 'Six-month review' },
  annual: { vi: 'Tổng kết năm', en: 'Annual review' },
  multi_year: { vi: 'Sơ kết nhiều năm', en: 'Multi-year review' },
};

export function isSteeringKind(kind: ConferenceKind): kind is SteeringKind {
  return (STEERING_KINDS as readonly string[]).includes(kind);
}

/** Quarter of a legal date: January–March → 1 … October–December → 4. */
export function quarterOf(date: string): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a date: ${date}`);
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "quý I" … "quý IV". */
export const quarterLabel = (q: number): string => `quý ${ROMAN[q - 1] ?? String(q)}`;

/** What is given for a meeting or a training besides the common fields of a conference. */
export interface MeetingFields {
  reviewKind?: ReviewKind;
  quarter?: number;
  audience?: string;
  participantNames?: readonly string[];
  nextTasks?: readonly NextTaskInput[];
  title?: string;
}

export interface NextTaskInput {
  title: string;
  dueOn?: string;
  ownerName?: string;
}

/** The fields stored for the kind. */
export interface MeetingValues {
  reviewKind: ReviewKind | null;
  quarter: number | null;
  audience: string | null;
  participantNames: string[];
  nextTasks: { title: string; dueOn: string | null; ownerName: string | null }[];
}

const bad = (code: string, message: string, field?: string) => refused<MeetingValues>(refusal(code, message, { status: 400, field }));

/** Fields that belong to one kind only. */
function misplacedField(kind: ConferenceKind, f: MeetingFields): string | null {
  if (kind !== 'steering_review' && f.reviewKind !== undefined) return 'reviewKind';
  if (kind !== 'steering_review' && f.nextTasks?.length) return 'nextTasks';
  if (kind !== 'steering_briefing' && f.quarter !== undefined) return 'quarter';
  if (kind !== 'training' && f.audience !== undefined) return 'audience';
  if (kind !== 'training' && f.participantNames?.length) return 'participantNames';
  return null;
}

const FIELD_LABELS: Record<string, string> = {
  reviewKind: 'Loại hội nghị sơ kết, tổng kết',
  nextTasks: 'Nhiệm vụ thời gian tới',
  quarter: 'Quý giao ban',
  audience: 'Đối tượng tập huấn',
  participantNames: 'Danh sách người tham gia',
};

/**
 * The fields of a meeting or training as stored: a review needs its kind (a multi-year review also a title saying
 * what it reviews); a briefing's quarter is the one given or that of its date; a training needs the number of its
 * participants (> 0). Tasks for the next period only at a review, each with a title and a due date not before the
 * review. A field of another kind is refused (400), as is any of them on the other conferences.
 */
export function meetingValues(kind: ConferenceKind, heldOn: string, present: number | null, f: MeetingFields): Ruled<MeetingValues> {
  const misplaced = misplacedField(kind, f);
  if (misplaced) return bad('FIELD_NOT_FOR_KIND', `${FIELD_LABELS[misplaced]} không dùng cho loại hội nghị này.`, misplaced);
  const none: MeetingValues = { reviewKind: null, quarter: null, audience: null, participantNames: [], nextTasks: [] };
  if (kind === 'steering_review') {
    if (!f.reviewKind) return bad('REVIEW_KIND_REQUIRED', 'Cần chọn loại hội nghị: sơ kết 6 tháng, tổng kết năm hoặc sơ kết nhiều năm.', 'reviewKind');
    if (f.reviewKind === 'multi_year' && !f.title?.trim()) {
      return bad('TITLE_REQUIRED', 'Hội nghị sơ kết nhiều năm cần có tên (ví dụ: Sơ kết 05 năm thực hiện Kết luận số 120-KL/TW).', 'title');
    }
    const tasks = f.nextTasks ?? [];
    const out: MeetingValues['nextTasks'] = [];
    for (const t of tasks) {
      const title = t.title.trim();
      if (!title) return bad('TASK_TITLE_REQUIRED', 'Mỗi nhiệm vụ thời gian tới cần có nội dung.', 'nextTasks');
      if (t.dueOn !== undefined && t.dueOn < heldOn) {
        return refused(refusal('TASK_DUE_BEFORE_REVIEW', `Thời hạn của nhiệm vụ "${title}" (${formatDate(t.dueOn)}) không được trước ngày hội nghị (${formatDate(heldOn)}).`, { field: 'nextTasks' }));
      }
      out.push({ title, dueOn: t.dueOn ?? null, ownerName: t.ownerName?.trim() || null });
    }
    return allowed({ ...none, reviewKind: f.reviewKind, nextTasks: out });
  }
  if (kind === 'steering_briefing') {
    const q = f.quarter ?? quarterOf(heldOn);
    if (!Number.isInteger(q) || q < 1 || q > 4) return bad('QUARTER_INVALID', 'Quý giao ban phải từ I đến IV.', 'quarter');
    return allowed({ ...none, quarter: q });
  }
  if (kind === 'training') {
    if (present === null || present <= 0) {
      return bad('TRAINING_PARTICIPANTS_REQUIRED', 'Cần nhập số người tham gia lớp tập huấn (lớn hơn 0).', 'participants');
    }
    const names = (f.participantNames ?? []).map((n) => n.trim()).filter(Boolean);
    if (names.length > present) {
      return bad('PARTICIPANT_LIST_EXCEEDS_COUNT', `Danh sách có ${formatInt(names.length)} người, nhiều hơn số người tham gia (${formatInt(present)}).`, 'participantNames');
    }
    return allowed({ ...none, audience: f.audience?.trim() || null, participantNames: names });
  }
  return allowed(none);
}

/** The year a review covers: an annual review held in the first half of a year reviews the year before. */
export function reviewedYear(reviewKind: ReviewKind, heldOn: string): number {
  const year = Number(heldOn.slice(0, 4));
  return reviewKind === 'annual' && Number(heldOn.slice(5, 7)) <= 6 ? year - 1 : year;
}

/**
 * When a task set at a review for the next period is due when the review gives no date: the end of the next period —
 * the end of the year for a six-month (second half) or multi-year review, the end of the year after the reviewed one
 * for an annual review. Committee practice, no statute: the tasks become the next programme's (its year is the due
 * date's).
 */
export function nextPeriodDueOn(reviewKind: ReviewKind, heldOn: string): string {
  const year = reviewKind === 'annual' ? reviewedYear(reviewKind, heldOn) + 1 : Number(heldOn.slice(0, 4));
  return `${year}-12-31`;
}

/** The tasks of a review grouped by the programme year they join (the year of their due date). */
export function tasksByProgrammeYear<T extends { dueOn: string | null }>(reviewKind: ReviewKind, heldOn: string, tasks: readonly T[]): Map<number, (T & { dueOn: string })[]> {
  const out = new Map<number, (T & { dueOn: string })[]>();
  for (const t of tasks) {
    const dueOn = t.dueOn ?? nextPeriodDueOn(reviewKind, heldOn);
    const year = Number(dueOn.slice(0, 4));
    out.set(year, [...(out.get(year) ?? []), { ...t, dueOn }]);
  }
  return out;
}

/** The meeting's name as the report writes it: its title, else "Hội nghị sơ kết 6 tháng đầu năm 2026"… */
export function meetingName(m: { kind: ConferenceKind; reviewKind: ReviewKind | null; quarter: number | null; title: string | null; heldOn: string }): string {
  if (m.title?.trim()) return m.title.trim();
  if (m.kind === 'steering_review' && m.reviewKind) {
    const year = reviewedYear(m.reviewKind, m.heldOn);
    if (m.reviewKind === 'six_month') return `Hội nghị sơ kết 6 tháng đầu năm ${year}`;
    if (m.reviewKind === 'annual') return `Hội nghị tổng kết năm ${year}`;
    return 'Hội nghị sơ kết';
  }
  if (m.kind === 'steering_briefing') return `Hội nghị giao ban ${quarterLabel(m.quarter ?? quarterOf(m.heldOn))}`;
  return 'Lớp tập huấn';
}
