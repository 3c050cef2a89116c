// How households decide: at a meeting of the community, by household ballots or online (Law 10/2022 Art. 17–19,
// Decree 59/2023 Art. 3–5, Decree 61/2023 Art. 10 for conventions), and the majorities inside a meeting.
import { atLeastFraction, moreThanHalf, TWO_THIRDS } from '../../../core/counting.ts';
import { refusal, RefusalError, type Refusal } from '../../../core/refusal.ts';
import { householdCounts } from './counts.ts';
import { assertMatter, MATTER_CLAUSE, MATTER_LABELS, passingThreshold, ruleForMatter, type Matter } from './matters.ts';

/**
 * A meeting of household representatives is valid when more than half of ALL households are represented.
 * Decree 61/2023 Art. 10 cl. 1 a (conventions): "Phải có đại diện của trên 50% tổng số hộ gia đình tại cộng đồng
 * dân cư tham dự họp". For the other matters the law has no separate quorum but sends the matter to household
 * ballots when the meeting "không có đủ đại diện của số hộ gia đình tham dự để có thể đạt tỷ lệ biểu quyết tán thành
 * tối thiểu" (Law Art. 19 cl. 1 b) — see `canMeetingDecide`, which is the stricter test for two-thirds matters.
 */
export function isMeetingValid(eligible: number, represented: number): boolean {
  householdCounts.assertCount('eligible', eligible);
  householdCounts.assertPart('represented', represented, 'eligible', eligible);
  return moreThanHalf(represented, eligible);
}

/**
 * Whether a meeting can decide `matter` at all: it is valid (`isMeetingValid`) and enough households are
 * represented to reach the passing threshold. Otherwise the decision continues by household ballot —
 * Law 10/2022 Art. 19 cl. 1 b: "Cộng đồng dân cư đã tổ chức cuộc họp mà không có đủ đại diện của số hộ gia đình tham
 * dự để có thể đạt tỷ lệ biểu quyết tán thành tối thiểu quy định tại khoản 1 Điều 21"; Decree 59/2023 Art. 4 cl. 1 b;
 * Decree 61/2023 Art. 10 cl. 2 a for conventions.
 * E.g. a contribution (two thirds) with 70 of 120 households represented is a valid meeting but cannot reach 80.
 */
export function canMeetingDecide(matter: Matter, eligible: number, represented: number): boolean {
  const threshold = passingThreshold(ruleForMatter(matter), eligible);
  return isMeetingValid(eligible, represented) && represented >= threshold;
}

export type MeetingNextStep = 'vote_at_meeting' | 'continue_by_ballot';

/** The roll call of a meeting as stored with its decision (and written in its minutes). */
export interface MeetingRecord {
  heldOn: string;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  represented: number;
  absent: number;
  valid: boolean;
  nextStep: MeetingNextStep;
  method: DecisionMethod;
}

/** What happens after the roll call of a meeting: vote there, or continue by household ballot (Law Art. 19 cl. 1 b). */
export function meetingNextStep(matter: Matter, eligible: number, represented: number): MeetingNextStep {
  return canMeetingDecide(matter, eligible, represented) ? 'vote_at_meeting' : 'continue_by_ballot';
}

/**
 * Online voting may be organised only when more than half of ALL households chose that form.
 * Decree 59/2023 Art. 5 cl. 2 c: "Việc tổ chức biểu quyết trực tuyến được thực hiện khi có trên 50% tổng số đại diện
 * hộ gia đình trong thôn, tổ dân phố lựa chọn đồng ý bằng hình thức biểu quyết trực tuyến".
 * This does not check the matter: see `isOnlineVotingPermittedForMatter`.
 */
export function isOnlineVotingAllowed(eligible: number, householdsChoosingOnline: number): boolean {
  householdCounts.assertCount('eligible', eligible);
  householdCounts.assertPart('householdsChoosingOnline', householdsChoosingOnline, 'eligible', eligible);
  return moreThanHalf(householdsChoosingOnline, eligible);
}

/**
 * Online voting applies only to "other self-managed matters" (Art. 15 cl. 6).
 * Law 10/2022 Art. 17 cl. 2: "Hình thức biểu quyết trực tuyến chỉ áp dụng trong trường hợp cộng đồng dân cư quyết
 * định các công việc quy định tại khoản 6 Điều 15"; Decree 59/2023 Art. 5 cl. 1 a.
 */
export function isOnlineVotingPermittedForMatter(matter: Matter): boolean {
  assertMatter(matter);
  return MATTER_CLAUSE[matter] === 6;
}

export const DECISION_METHODS = ['meeting', 'ballot', 'online'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export const METHOD_LABELS: Readonly<Record<DecisionMethod, string>> = {
  meeting: 'Tổ chức cuộc họp cộng đồng dân cư',
  ballot: 'Phát phiếu lấy ý kiến hộ gia đình',
  online: 'Biểu quyết trực tuyến',
};

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
 *   đồng dân cư, trừ trường hợp quy định tại điểm b khoản 1 Điều 19", Art. 17 cl. 2);
 * - ballot: after a meeting that lacked households (Art. 19 cl. 1 b); for commune-wide cl. 1–2 matters chosen by the
 *   commune chairman (Art. 19 cl. 1 a; Decree 59 Art. 4 cl. 1 a); for cl. 6 matters at the village head's choice
 *   (Decree 59 Art. 4 cl. 1 c: "đối với nội dung quy định tại khoản 6 Điều 15");
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

/** Why a method may not be used for a matter (422 METHOD_NOT_ALLOWED), null when it may (`isMethodAllowed`). */
export function methodRefusal(matter: Matter, method: DecisionMethod, context: MethodContext = {}): Refusal | null {
  if (isMethodAllowed(matter, method, context)) return null;
  const label = MATTER_LABELS[matter];
  let message: string;
  if (method !== 'online') {
    message = `Nội dung "${label}" phải được quyết định tại cuộc họp cộng đồng dân cư; chỉ phát phiếu lấy ý kiến hộ gia đình khi cuộc họp không có đủ đại diện hộ gia đình tham dự, hoặc nội dung thực hiện trên địa bàn cấp xã do Chủ tịch UBND cấp xã quyết định (Luật 10/2022/QH15, Điều 17 khoản 2, Điều 19 khoản 1).`;
  } else if (isOnlineVotingPermittedForMatter(matter)) {
    message =
      'Chỉ tổ chức biểu quyết trực tuyến khi có trên 50% tổng số hộ gia đình lựa chọn hình thức này (Nghị định 59/2023/NĐ-CP, Điều 5 khoản 2 điểm c); hãy nhập số hộ đã chọn biểu quyết trực tuyến.';
  } else {
    message = `Biểu quyết trực tuyến chỉ áp dụng cho các công việc tự quản khác của cộng đồng dân cư (Luật 10/2022/QH15, Điều 17 khoản 2), không áp dụng cho nội dung "${label}".`;
  }
  return refusal('METHOD_NOT_ALLOWED', message);
}

/**
 * Procedural choices inside a meeting (secretary, counting committee, which option to put to the vote) need more
 * than half of the household representatives PRESENT. Decree 59/2023 Art. 3 cl. 5: "Thư ký cuộc họp được quyết
 * định khi có trên 50% đại diện hộ gia đình tham dự cuộc họp giơ tay biểu quyết đồng ý"; "Phương án được lựa chọn
 * khi có trên 50% đại diện hộ gia đình tham dự cuộc họp …"; "Ban kiểm phiếu được quyết định khi có trên 50% đại diện
 * hộ gia đình tham dự cuộc họp …".
 */
export function isProceduralChoicePassed(present: number, agree: number): boolean {
  householdCounts.assertCount('present', present);
  householdCounts.assertPart('agree', agree, 'present', present);
  return moreThanHalf(agree, present);
}

/**
 * Decree 59/2023 Art. 3 cl. 5 c: "Ban kiểm phiếu từ 03 đến 05 người". The same 3–5 size applies to the ballot team
 * ("Tổ phát phiếu lấy ý kiến có từ 03 đến 05 thành viên", Law Art. 19 cl. 2) and the online voting team ("Tổ lấy ý
 * kiến biểu quyết trực tuyến từ 03 đến 05 người", Decree 59 Art. 5 cl. 2 b).
 */
export const COUNTING_COMMITTEE_MIN = 3;
export const COUNTING_COMMITTEE_MAX = 5;

export function isCountingCommitteeSizeValid(n: number): boolean {
  return Number.isSafeInteger(n) && n >= COUNTING_COMMITTEE_MIN && n <= COUNTING_COMMITTEE_MAX;
}

/**
 * A commune-wide contribution matter (Art. 15 cl. 1–2) passes when at least two thirds of the commune's villages
 * approve it. Law 10/2022 Art. 21 cl. 1: "có phạm vi thực hiện trong địa bàn cấp xã được thông qua khi có từ hai
 * phần ba tổng số thôn, tổ dân phố trở lên tán thành". An empty list passes nothing.
 */
export function communeWideContributionPassed(villageResults: readonly boolean[]): boolean {
  if (!Array.isArray(villageResults)) {
    throw new RefusalError(
      refusal('INVALID_COUNT', 'Kết quả biểu quyết của các thôn, tổ dân phố phải là một danh sách đúng/sai.', { status: 400, field: 'villageResults' }),
    );
  }
  const total = villageResults.length;
  let approved = 0;
  for (const r of villageResults) if (r === true) approved++;
  return total > 0 && atLeastFraction(approved, total, TWO_THIRDS);
}
