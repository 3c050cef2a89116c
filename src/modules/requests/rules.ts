// Pure rules of a steering committee's requests: what a request must hold, which units it reaches, when a
// submission is on time, the status shown for each addressed unit, and what may be reminded or returned.
//
// Steering-committee practice has no statute of its own: a request is a document of the committee (number, date,
// title as in Decree 30/2020/ND-CP Art. 8 and Appendix I: "Hướng dẫn số 05/HD-BCĐ ngày …"), and its due date is the
// one the committee writes in it. Dates are legal dates in Vietnam ('YYYY-MM-DD', `todayVn`), never server time.
import { refusal, type Refusal, allowed, refused, type Ruled } from '../../core/refusal.ts';
import type { RecipientState, RequestKind } from './tables.ts';

export const REQUEST_KINDS: readonly RequestKind[] = ['self_inspection', 'period_report', 'guidance'];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  self_inspection: 'Hướng dẫn tự kiểm tra',
  period_report: 'Yêu cầu báo cáo định kỳ',
  guidance: 'Văn bản hướng dẫn, chỉ đạo',
};

/** Unit kinds a request may be addressed to (the committee's own kind and the country excluded by the tree rule). */
export const RECIPIENT_KINDS = ['district', 'commune', 'village', 'agency', 'enterprise'] as const;

export interface RequestDraft {
  kind: RequestKind;
  title: string;
  issuedOn: string;
  dueOn?: string | null;
  period?: { from: string; to: string } | null;
}

/**
 * A request: a title; issued no later than today; a self-inspection or period report request asks a report back,
 * so it has a due date and a period; a due date is not before the issue date. Guidance may have no due date: it
 * then asks nothing back (no expected submission); with a due date it asks a report like the others.
 */
export function checkRequest(r: RequestDraft, today: string): Refusal | null {
  if (!r.title.trim()) return refusal('EMPTY_TITLE', 'Trích yếu văn bản không được để trống.', { status: 400, field: 'title' });
  if (r.issuedOn > today) return refusal('ISSUED_IN_FUTURE', 'Ngày ban hành không được sau ngày hôm nay.', { field: 'issuedOn' });
  if (r.kind !== 'guidance' && !r.dueOn) return refusal('DUE_DATE_REQUIRED', 'Văn bản yêu cầu báo cáo phải có hạn gửi báo cáo.', { status: 400, field: 'dueOn' });
  if (r.kind !== 'guidance' && !r.period) return refusal('PERIOD_REQUIRED', 'Văn bản yêu cầu báo cáo phải nêu kỳ báo cáo (từ ngày – đến ngày).', { status: 400, field: 'period' });
  if (r.dueOn && r.dueOn < r.issuedOn) return refusal('DUE_BEFORE_ISSUE', 'Hạn gửi báo cáo không được trước ngày ban hành văn bản.', { field: 'dueOn' });
  if (r.period && r.period.to < r.period.from) return refusal('PERIOD_REVERSED', 'Kỳ báo cáo: "đến ngày" không được trước "từ ngày".', { status: 400, field: 'period' });
  return null;
}

/** Whether the request asks each addressed unit for a submission: exactly when it has a due date. */
export const expectsSubmission = (dueOn: string | null | undefined): boolean => !!dueOn;

export interface UnitRef {
  id: number;
  path: string;
}

/**
 * The units a request reaches: those of the chosen kinds in the committee's subtree and the units named, each
 * strictly below the committee's unit (its own unit and any unit outside its tree are refused, as is an unknown
 * id), without repetition, in id order; at least one.
 */
export function resolveRecipients(committee: UnitRef, byKinds: readonly UnitRef[], named: readonly { id: number; unit: UnitRef | undefined }[]): Ruled<number[]> {
  const below = (u: UnitRef) => u.path.startsWith(committee.path) && u.id !== committee.id;
  for (const n of named) {
    if (!n.unit || !below(n.unit)) {
      return refused(refusal('RECIPIENT_OUTSIDE_TREE', 'Đơn vị nhận văn bản phải là đơn vị trực thuộc Ban Chỉ đạo.', { field: 'recipients', details: { unitId: String(n.id) } }));
    }
  }
  const ids = new Set<number>();
  for (const u of byKinds) if (below(u)) ids.add(u.id);
  for (const n of named) ids.add(n.unit!.id);
  if (!ids.size) return refused(refusal('NO_RECIPIENTS', 'Văn bản chưa có đơn vị nhận (không có đơn vị nào thuộc loại đã chọn).', { field: 'recipients' }));
  return allowed([...ids].sort((a, b) => a - b));
}

/**
 * On time: submitted on or before the due date, both legal dates in Vietnam — a report sent at 23:59 on the due day
 * (UTC+7) is on time, one sent at 00:00 the next day is late. No due date: never late.
 */
export const isOnTime = (submittedOn: string, dueOn: string | null): boolean => dueOn === null || submittedOn <= dueOn;

/**
 * A resubmission after a return for correction keeps the on-time-ness of the first submission: the unit met the
 * deadline and the committee's return concerns the content, not the date (this is how committees count "gửi báo
 * cáo đúng thời gian quy định"); the counters of the first submission therefore never move.
 */
export const resubmissionKeepsFirstDate = true;

export type RecipientStatus = 'on_time' | 'late' | 'returned' | 'missing' | 'not_yet_due' | 'not_required';
export const RECIPIENT_STATUS_LABELS: Record<RecipientStatus, string> = {
  on_time: 'Đã gửi đúng hạn',
  late: 'Gửi chậm',
  returned: 'Trả lại để hoàn thiện',
  missing: 'Chưa gửi (quá hạn)',
  not_yet_due: 'Chưa đến hạn',
  not_required: 'Không yêu cầu báo cáo',
};

/** The status shown for an addressed unit on `today`: missing only once the due date has passed. */
export function recipientStatus(r: { expected: boolean; state: RecipientState; onTime: boolean | null; dueOn: string | null }, today: string): RecipientStatus {
  if (!r.expected) return 'not_required';
  if (r.state === 'returned') return 'returned';
  if (r.state === 'submitted') return r.onTime === false ? 'late' : 'on_time';
  return r.dueOn !== null && today > r.dueOn ? 'missing' : 'not_yet_due';
}

/** A unit submits when it was asked (409 when it already has, unless its submission was returned for correction). */
export function checkSubmission(r: { expected: boolean; state: RecipientState } | undefined): Refusal | null {
  if (!r) return refusal('NOT_A_RECIPIENT', 'Đơn vị không thuộc danh sách nhận văn bản này.', { status: 403 });
  if (!r.expected) return refusal('NOTHING_ASKED', 'Văn bản này không yêu cầu đơn vị gửi báo cáo.');
  if (r.state === 'submitted') return refusal('ALREADY_SUBMITTED', 'Đơn vị đã gửi báo cáo cho văn bản này.', { status: 409 });
  return null;
}

/** A submission is returned once, when it is the unit's latest, with a reason. */
export function checkReturn(s: { returnedOn: string | null; isLatest: boolean }, reason: string): Refusal | null {
  if (!reason.trim()) return refusal('REASON_REQUIRED', 'Phải nêu lý do trả lại báo cáo.', { status: 400, field: 'reason' });
  if (s.returnedOn !== null) return refusal('ALREADY_RETURNED', 'Báo cáo đã được trả lại.', { status: 409 });
  if (!s.isLatest) return refusal('NOT_LATEST', 'Chỉ trả lại được báo cáo gửi sau cùng của đơn vị.', { status: 409 });
  return null;
}

/**
 * Whom a reminder goes to: the units named (each must be an addressed unit still owing its report — not submitted,
 * or returned), or by default every unit whose report is missing or returned. At least one.
 */
export function remindable(
  rows: readonly { unitId: number; status: RecipientStatus }[],
  named: readonly number[] | undefined,
): Ruled<number[]> {
  const owing = (s: RecipientStatus) => s === 'missing' || s === 'returned' || s === 'not_yet_due';
  if (named?.length) {
    const byId = new Map(rows.map((r) => [r.unitId, r.status]));
    for (const id of named) {
      const s = byId.get(id);
      if (s === undefined) return refused(refusal('NOT_A_RECIPIENT', 'Đơn vị không thuộc danh sách nhận văn bản này.', { details: { unitId: String(id) } }));
      if (!owing(s)) return refused(refusal('NOTHING_OWED', 'Đơn vị đã gửi báo cáo hoặc không phải gửi báo cáo.', { details: { unitId: String(id) } }));
    }
    return allowed([...new Set(named)].sort((a, b) => a - b));
  }
  const ids = rows.filter((r) => r.status === 'missing' || r.status === 'returned').map((r) => r.unitId);
  if (!ids.length) return refused(refusal('NOTHING_TO_REMIND', 'Không có đơn vị nào chậm hoặc chưa gửi báo cáo.'));
  return allowed(ids.sort((a, b) => a - b));
}
