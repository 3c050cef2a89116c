// Rules of conferences: which units hold which kind, and the quorum and majority of staff conferences in agencies
// (hội nghị cán bộ, công chức, viên chức, người lao động — Law 10/2022 Art. 50–51) and worker conferences in
// state-owned enterprises (hội nghị người lao động — Law 10/2022 Art. 68–69). Non-state enterprises follow the
// labour law and may opt into these rules (Law 10/2022 Art. 82 cl. 1–2).
//
// Pure functions, integer arithmetic only (core/counting.ts). Invalid counts throw a `RefusalError` (400).
import { TWO_THIRDS, atLeastFractionCount, countChecks, moreThanHalf, moreThanHalfCount, type CountChecks } from '../../core/counting.ts';
import { formatInt } from '../../core/format.ts';
import { RefusalError, allowed, refusal, refused, type Refusal, type Ruled } from '../../core/refusal.ts';
import type { UnitKind } from '../../core/schema.ts';
import type { ConferenceKind } from './tables.ts';

// ---- kinds --------------------------------------------------------------------------------------------------

export const CONFERENCE_KINDS: readonly ConferenceKind[] = [
  'staff_conference',
  'worker_conference',
  'dialogue',
  'village_meeting',
  // the steering committee's meetings and training (meetings.ts)
  'steering_review',
  'steering_briefing',
  'training',
];

export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, { vi: string; en: string }> = {
  staff_conference: { vi: 'Hội nghị cán bộ, công chức, viên chức', en: 'Staff conference' },
  worker_conference: { vi: 'Hội nghị người lao động', en: 'Worker conference' },
  dialogue: { vi: 'Đối thoại', en: 'Dialogue' },
  village_meeting: { vi: 'Hội nghị thôn, tổ dân phố', en: 'Village meeting' },
  steering_review: { vi: 'Hội nghị sơ kết, tổng kết của Ban Chỉ đạo', en: 'Steering committee review' },
  steering_briefing: { vi: 'Hội nghị giao ban quý của Ban Chỉ đạo', en: 'Steering committee quarterly briefing' },
  training: { vi: 'Tập huấn về thực hiện dân chủ ở cơ sở', en: 'Training on grassroots democracy' },
};

const COMMITTEE_UNITS: readonly UnitKind[] = ['country', 'province', 'district', 'commune', 'agency', 'enterprise'];

/**
 * Which units hold which kind: staff conferences in agencies (Law 10/2022 Art. 50–51); worker conferences in
 * enterprises (Art. 68–69, Labour Code); dialogues at the workplace (Art. 73), with staff in agencies (Art. 59
 * cl. 1 b: "thực hiện việc đối thoại, giải trình với cán bộ, công chức, viên chức, người lao động") and between the
 * commune People's Committee and residents (Art. 32); village meetings in villages / residential groups.
 */
export const KIND_UNITS: Record<ConferenceKind, readonly UnitKind[]> = {
  staff_conference: ['agency'],
  worker_conference: ['enterprise'],
  dialogue: ['enterprise', 'agency', 'commune'],
  village_meeting: ['village'],
  // A steering committee sits at every level but the village (spec §9: province, commune, agency or enterprise
  // where there is one); training is held by any of them.
  steering_review: COMMITTEE_UNITS,
  steering_briefing: COMMITTEE_UNITS,
  training: COMMITTEE_UNITS,
};

/** The kinds with a quorum and a majority written in the law. */
const QUORUM_KINDS: readonly ConferenceKind[] = ['staff_conference', 'worker_conference'];

type ConferenceRuleKind = 'staff_conference' | 'worker_conference';

/** Where each kind's quorum and majority are written. */
export const CONFERENCE_LEGAL_BASIS: Readonly<Record<ConferenceRuleKind, string>> = {
  staff_conference: 'Luật Thực hiện dân chủ ở cơ sở, điểm c khoản 2 Điều 51',
  worker_conference: 'Luật Thực hiện dân chủ ở cơ sở, điểm c khoản 2 Điều 69',
};

/** A kind is recorded only at the units that hold it. */
export function checkKindAtUnit(kind: ConferenceKind, unit: { kind: UnitKind; name: string }): Refusal | null {
  if (KIND_UNITS[kind].includes(unit.kind)) return null;
  return refusal('KIND_NOT_FOR_UNIT', `${CONFERENCE_KIND_LABELS[kind].vi} không tổ chức ở đơn vị loại này (${unit.name}).`);
}

/** Only conferences already held are recorded. */
export function checkHeldOn(heldOn: string, today: string): Refusal | null {
  if (heldOn <= today) return null;
  return refusal('CONFERENCE_IN_FUTURE', 'Ngày tổ chức không được sau ngày hôm nay: chỉ ghi nhận hội nghị đã diễn ra.');
}

// ---- counts ---------------------------------------------------------------------------------------------------

const counts: CountChecks = countChecks({
  total: 'Tổng số người (hoặc đại biểu được triệu tập)',
  present: 'Số người dự hội nghị',
  agree: 'Số người tán thành',
  attempt: 'Số lần triệu tập',
  staff: 'Tổng số cán bộ, công chức, viên chức, người lao động',
});
const assertCount: CountChecks['assertCount'] = counts.assertCount;
const assertPart: CountChecks['assertPart'] = counts.assertPart;

/**
 * Attendance needed for a valid conference: ⌈2·total/3⌉, at least 1 (a conference of nobody is not a conference).
 * Quorum: at least two thirds of all staff / workers, or of the delegates called — Law 10/2022 Art. 51 cl. 2 c:
 * "Hội nghị được tổ chức hợp lệ khi có ít nhất là hai phần ba tổng số cán bộ, công chức, viên chức, người lao động
 * của cơ quan, đơn vị hoặc ít nhất là hai phần ba tổng số đại biểu được triệu tập có mặt"; Art. 69 cl. 2 c says the
 * same of "tổng số người lao động của doanh nghiệp".
 */
export function conferenceQuorum(total: number): number {
  assertCount('total', total);
  return Math.max(1, atLeastFractionCount(total, TWO_THIRDS));
}

/**
 * `total`: all staff / workers, or all delegates called when the conference is one of delegates.
 * Valid when 3·present ≥ 2·total (Art. 51 cl. 2 c / Art. 69 cl. 2 c: "ít nhất là hai phần ba").
 */
export function isConferenceValid(total: number, present: number): boolean {
  assertCount('total', total);
  assertPart('present', present, 'total', total);
  return present >= conferenceQuorum(total);
}

/**
 * Resolutions pass with more than half of those ATTENDING (not of all staff).
 * Art. 51 cl. 2 c / Art. 69 cl. 2 c: "Nghị quyết, quyết định của hội nghị được thông qua khi có trên 50% tổng số
 * người dự hội nghị tán thành và nội dung không trái với quy định của pháp luật, phù hợp với đạo đức xã hội."
 * The lawfulness condition is a human judgement and is not checked here.
 */
export function isResolutionPassed(present: number, agree: number): boolean {
  assertCount('present', present);
  assertPart('agree', agree, 'present', present);
  return moreThanHalf(agree, present);
}

/** Votes needed for a resolution: ⌊present/2⌋ + 1. */
export function resolutionThreshold(present: number): number {
  assertCount('present', present);
  return moreThanHalfCount(present);
}

/**
 * Below 100 people the conference is of all staff / workers; from 100 (or when dispersed / unable to leave their
 * posts) the head may, with the trade union, convene delegates instead. Art. 51 cl. 2 a–b: "có tổng số … ít hơn 100
 * người, thì tổ chức hội nghị toàn thể"; "từ 100 người trở lên hoặc có ít hơn 100 người nhưng làm việc phân tán …
 * thì … quyết định thành phần tham dự hội nghị là toàn thể … hoặc đại biểu"; Art. 69 cl. 2 a–b likewise for
 * state-owned enterprises.
 */
export const DELEGATE_CONFERENCE_MIN_STAFF = 100;

export function mayConveneDelegates(staff: number, dispersedOrCannotLeavePosts = false): boolean {
  assertCount('staff', staff);
  return dispersedOrCannotLeavePosts || staff >= DELEGATE_CONFERENCE_MIN_STAFF;
}

/**
 * Agencies with 7 or fewer people may hold the staff conference "nếu thấy cần thiết" — Art. 51 cl. 2 đ: "Cơ quan,
 * đơn vị có từ 07 cán bộ, công chức, viên chức, người lao động trở xuống có thể tổ chức hội nghị … nếu thấy cần
 * thiết." (No such exemption is written for worker conferences in Art. 69.)
 */
export const OPTIONAL_STAFF_CONFERENCE_MAX_STAFF = 7;

export function isStaffConferenceOptional(staff: number): boolean {
  assertCount('staff', staff);
  return staff <= OPTIONAL_STAFF_CONFERENCE_MAX_STAFF;
}

/**
 * When the conference, convened a second time, still lacks its quorum, the matters go to a written poll of all
 * staff / workers. Art. 50 cl. 2: "hội nghị đã được triệu tập đến lần thứ hai nhưng vẫn không có đủ số người tham dự
 * quy định tại điểm c khoản 2 Điều 51 … thì … quyết định tổ chức gửi phiếu lấy ý kiến của toàn thể"; Art. 68 cl. 2
 * likewise for worker conferences.
 */
export const CONVENINGS_BEFORE_WRITTEN_POLL = 2;

export type ConferenceNextStep = 'hold_conference' | 'convene_again' | 'written_poll';

/** After convening attempt number `attempt` (1-based): hold it if quorate, else convene again, else a written poll. */
export function conferenceNextStep(total: number, present: number, attempt: number): ConferenceNextStep {
  assertCount('attempt', attempt);
  if (attempt < 1) {
    throw new RefusalError(refusal('INVALID_COUNT', 'Số lần triệu tập phải từ 1 trở lên.', { status: 400, field: 'attempt' }));
  }
  if (isConferenceValid(total, present)) return 'hold_conference';
  return attempt >= CONVENINGS_BEFORE_WRITTEN_POLL ? 'written_poll' : 'convene_again';
}

// ---- a conference as recorded ---------------------------------------------------------------------------------

/** The numbers given when a conference is recorded. */
export interface ConferenceFigures {
  /** Present count, or the total (all staff / workers, or delegates called) and those present. */
  participants?: number | { total?: number; present: number };
  opinionsRaised?: number;
  opinionsResolved?: number;
  resolutions?: readonly { text: string; agree: number }[];
}

interface ConferenceTally {
  total: number | null;
  present: number | null;
  /** Quorate (staff and worker conferences with both counts); null when the law sets no quorum or a count is missing. */
  valid: boolean | null;
  nextStep: ConferenceNextStep | null;
  raised: number;
  resolved: number;
  resolutions: { text: string; agree: number; passed: boolean; threshold: number }[];
}

function participantsOf(p: ConferenceFigures['participants']): { total: number | null; present: number | null } {
  if (p === undefined) return { total: null, present: null };
  if (typeof p === 'number') return { total: null, present: p };
  return { total: p.total ?? null, present: p.present };
}

/**
 * The verdict on a conference's numbers: whether it was quorate, what comes next, which resolutions passed.
 * Refuses opinions resolved beyond those raised, more present than the total, resolutions without the number
 * present (400), and resolutions of a conference without its quorum (422: it could not pass any).
 */
export function tallyConference(kind: ConferenceKind, f: ConferenceFigures): Ruled<ConferenceTally> {
  const raised = f.opinionsRaised ?? 0;
  const resolved = f.opinionsResolved ?? 0;
  if (resolved > raised) {
    return refused(
      refusal('OPINIONS_RESOLVED_EXCEED_RAISED', `Số ý kiến được giải quyết (${formatInt(resolved)}) không được lớn hơn số ý kiến nêu ra (${formatInt(raised)}).`, { status: 400 }),
    );
  }
  const { total, present } = participantsOf(f.participants);
  let valid: boolean | null = null;
  let nextStep: ConferenceNextStep | null = null;
  if (total !== null && present !== null) {
    if (present > total) {
      return refused(
        refusal('COUNT_EXCEEDS_TOTAL', `Số người dự hội nghị (${formatInt(present)}) không được lớn hơn tổng số người (${formatInt(total)}).`, { status: 400 }),
      );
    }
    if (QUORUM_KINDS.includes(kind)) {
      valid = isConferenceValid(total, present);
      nextStep = conferenceNextStep(total, present, 1);
    }
  }
  const asked = f.resolutions ?? [];
  if (asked.length && present === null) {
    return refused(refusal('PRESENT_REQUIRED', 'Cần nhập số người dự hội nghị để biểu quyết nghị quyết.', { status: 400 }));
  }
  const resolutions = asked.map((r) => ({
    text: r.text.trim(),
    agree: r.agree,
    passed: isResolutionPassed(present!, r.agree),
    threshold: resolutionThreshold(present!),
  }));
  if (valid === false && resolutions.length) {
    return refused(refusal('CONFERENCE_NOT_QUORATE', 'Hội nghị không đủ hai phần ba số người tham dự nên không thể thông qua nghị quyết.'));
  }
  return allowed({ total, present, valid, nextStep, raised, resolved, resolutions });
}
