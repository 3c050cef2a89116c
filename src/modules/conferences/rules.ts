// Rules for staff conferences in agencies (hội nghị cán bộ, công chức, viên chức, người lao động — Law 10/2022/QH15
// Art. 50–51) and worker conferences in state-owned enterprises (hội nghị người lao động — Art. 68–69).
// Legal text: /work/shared/legal/thuc-hien-dan-chu-o-co-so.md (Điều 44.13.LQ.50–51, ~lines 2123–2151;
// Điều 44.13.LQ.68–69, ~lines 2823–2849). Non-state enterprises follow the labour law and may opt into these rules
// (Law Art. 82 cl. 1–2, ~line 3109).
//
// Pure functions, integer arithmetic only. Invalid counts throw a typed `RuleInputError` (Vietnamese message, 400).
import { RuleInputError, formatCountVi, isValidCount } from '../decisions/rules.ts';

export const CONFERENCE_RULE_KINDS = ['staff_conference', 'worker_conference'] as const;
export type ConferenceRuleKind = (typeof CONFERENCE_RULE_KINDS)[number];

/** Where each kind's quorum and majority are written. */
export const CONFERENCE_LEGAL_BASIS: Readonly<Record<ConferenceRuleKind, string>> = {
  staff_conference: 'Luật Thực hiện dân chủ ở cơ sở, điểm c khoản 2 Điều 51',
  worker_conference: 'Luật Thực hiện dân chủ ở cơ sở, điểm c khoản 2 Điều 69',
};

/**
 * Quorum: at least two thirds of all staff / workers, or of the delegates called.
 * Law 10/2022 Art. 51 cl. 2 c (~line 2147): "Hội nghị được tổ chức hợp lệ khi có ít nhất là hai phần ba tổng số cán
 * bộ, công chức, viên chức, người lao động của cơ quan, đơn vị hoặc ít nhất là hai phần ba tổng số đại biểu được
 * triệu tập có mặt"; Art. 69 cl. 2 c (~line 2849) says the same of "tổng số người lao động của doanh nghiệp".
 */
export const CONFERENCE_QUORUM = { numerator: 2, denominator: 3 } as const;

const FIELD_LABELS: Record<string, string> = {
  total: 'Tổng số người (hoặc đại biểu được triệu tập)',
  present: 'Số người dự hội nghị',
  agree: 'Số người tán thành',
  attempt: 'Số lần triệu tập',
  staff: 'Tổng số cán bộ, công chức, viên chức, người lao động',
};

function assertCount(field: string, value: unknown): asserts value is number {
  if (isValidCount(value)) return;
  throw new RuleInputError({
    code: 'INVALID_COUNT',
    status: 400,
    field,
    message: `${FIELD_LABELS[field] ?? field} phải là số nguyên không âm (nhận được: ${typeof value === 'number' ? String(value) : typeof value}).`,
  });
}

function assertPart(field: string, value: unknown, totalField: string, total: number): asserts value is number {
  assertCount(field, value);
  if (value > total) {
    throw new RuleInputError({
      code: 'COUNT_EXCEEDS_TOTAL',
      status: 400,
      field,
      message: `${FIELD_LABELS[field]} (${formatCountVi(value)}) không được lớn hơn ${(FIELD_LABELS[totalField] ?? totalField).toLowerCase()} (${formatCountVi(total)}).`,
    });
  }
}

/** Attendance needed for a valid conference: ⌈2·total/3⌉, at least 1 (a conference of nobody is not a conference). */
export function conferenceQuorum(total: number): number {
  assertCount('total', total);
  const a = CONFERENCE_QUORUM.numerator * total;
  const r = a % CONFERENCE_QUORUM.denominator;
  const q = (a - r) / CONFERENCE_QUORUM.denominator + (r === 0 ? 0 : 1);
  return Math.max(1, q);
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
  return 2 * agree > present;
}

/** Votes needed for a resolution: ⌊present/2⌋ + 1. */
export function resolutionThreshold(present: number): number {
  assertCount('present', present);
  return (present - (present % 2)) / 2 + 1;
}

/**
 * Below 100 people the conference is of all staff / workers; from 100 (or when dispersed / unable to leave their
 * posts) the head may, with the trade union, convene delegates instead. Art. 51 cl. 2 a–b (~lines 2143–2145):
 * "có tổng số … ít hơn 100 người, thì tổ chức hội nghị toàn thể"; "từ 100 người trở lên hoặc có ít hơn 100 người nhưng
 * làm việc phân tán … thì … quyết định thành phần tham dự hội nghị là toàn thể … hoặc đại biểu"; Art. 69 cl. 2 a–b
 * likewise for state-owned enterprises.
 */
export const DELEGATE_CONFERENCE_MIN_STAFF = 100;

export function mayConveneDelegates(staff: number, dispersedOrCannotLeavePosts = false): boolean {
  assertCount('staff', staff);
  return dispersedOrCannotLeavePosts || staff >= DELEGATE_CONFERENCE_MIN_STAFF;
}

/**
 * Agencies with 7 or fewer people may hold the staff conference "nếu thấy cần thiết" — Art. 51 cl. 2 đ (~line 2151):
 * "Cơ quan, đơn vị có từ 07 cán bộ, công chức, viên chức, người lao động trở xuống có thể tổ chức hội nghị … nếu
 * thấy cần thiết." (No such exemption is written for worker conferences in Art. 69.)
 */
export const OPTIONAL_STAFF_CONFERENCE_MAX_STAFF = 7;

export function isStaffConferenceOptional(staff: number): boolean {
  assertCount('staff', staff);
  return staff <= OPTIONAL_STAFF_CONFERENCE_MAX_STAFF;
}

/**
 * When the conference, convened a second time, still lacks its quorum, the matters go to a written poll of all
 * staff / workers. Art. 50 cl. 2 (~line 2129): "hội nghị đã được triệu tập đến lần thứ hai nhưng vẫn không có đủ số
 * người tham dự quy định tại điểm c khoản 2 Điều 51 … thì … quyết định tổ chức gửi phiếu lấy ý kiến của toàn thể";
 * Art. 68 cl. 2 (~line 2829) likewise for worker conferences.
 */
export const CONVENINGS_BEFORE_WRITTEN_POLL = 2;

export type ConferenceNextStep = 'hold_conference' | 'convene_again' | 'written_poll';

/** After convening attempt number `attempt` (1-based): hold it if quorate, else convene again, else a written poll. */
export function conferenceNextStep(total: number, present: number, attempt: number): ConferenceNextStep {
  assertCount('attempt', attempt);
  if (attempt < 1) {
    throw new RuleInputError({
      code: 'INVALID_COUNT',
      status: 400,
      field: 'attempt',
      message: 'Số lần triệu tập phải từ 1 trở lên.',
    });
  }
  if (isConferenceValid(total, present)) return 'hold_conference';
  return attempt >= CONVENINGS_BEFORE_WRITTEN_POLL ? 'written_poll' : 'convene_again';
}
