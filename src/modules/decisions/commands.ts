// Use cases of "Dân bàn và quyết định": open a decision, cast / enter a ballot, record a meeting's roll call,
// close and tally, recognise or refuse, cancel. Each runs in one transaction: permission → validate → rules (rules.ts,
// never re-implemented here) → store → audit.
import { audit } from '../../core/audit.ts';
import { dueDate } from '../../core/calendar/index.ts';
import { calendarFor } from '../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { formatInt } from '../../core/format.ts';
import { RefusalError, badRequest, unprocessable, refusedWith } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import {
  MATTER_LABELS,
  RECOGNITION_AUTHORITY_LABELS,
  RECOGNITION_WORKING_DAYS,
  isMatter,
  isMeetingValid,
  isMethodAllowed,
  isOnlineVotingPermittedForMatter,
  meetingNextStep,
  recognitionAuthority,
  tallyDecision,
  transition,
  type DecisionAction,
  type DecisionKind,
  type DecisionMethod,
  type DecisionResult,
  type DecisionStatus,
  type Matter,
  type MethodContext,
  type RuleError,
} from './rules.ts';
import { normaliseOption } from './options.ts';
import { publishDecisionResult } from './publish.ts';
import * as store from './store.ts';

/** Counter shards per option of the ballot box (see migrations/020_decisions.sql). */
export const DECISION_TALLY_SHARDS = 16;
export const CHANNELS = ['online', 'paper', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  online: 'Trực tuyến (đại diện hộ tự biểu quyết)',
  paper: 'Phiếu lấy ý kiến hộ gia đình',
  meeting: 'Biểu quyết tại cuộc họp',
};

export const METHOD_LABELS: Readonly<Record<DecisionMethod, string>> = {
  meeting: 'Tổ chức cuộc họp cộng đồng dân cư',
  ballot: 'Phát phiếu lấy ý kiến hộ gia đình',
  online: 'Biểu quyết trực tuyến',
};

function ruleError(e: RuleError): RefusalError {
  return refusedWith(e.status, e.code, e.message, e.field ? { field: e.field } : undefined);
}

function step(status: string, action: DecisionAction, context: { matter?: Matter; passed?: boolean } = {}): DecisionStatus {
  const r = transition(status as DecisionStatus, action, context);
  if (!r.ok) throw ruleError(r.error);
  return r.value;
}

// ---------------------------------------------------------------------------------------------------------------
// Open
// ---------------------------------------------------------------------------------------------------------------

export interface OpenDecisionInput {
  unitId: number;
  title: string;
  description?: string | null;
  matter: string;
  method: DecisionMethod;
  options: string[];
  kind?: DecisionKind;
  secret?: boolean;
  opensAt?: string | null;
  closesAt?: string | null;
  /** Law Art. 19 cl. 1 b: a meeting was held but lacked the households needed (then ballots are allowed). */
  meetingLackedHouseholds?: boolean;
  /** Law Art. 19 cl. 1 a: a commune-wide contribution matter put to ballots by the commune chairman. */
  communeWide?: boolean;
  /** Decree 59 Art. 5 cl. 2 c: households that chose online voting. */
  householdsChoosingOnline?: number;
}

export interface OpenedDecision {
  id: number;
  status: DecisionStatus;
  eligibleHouseholds: number;
}

function parseInstant(v: string | null | undefined, field: string): Date | null {
  if (v === undefined || v === null || v === '') return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw badRequest('VALIDATION_ERROR', `Trường "${field}" không đúng định dạng thời điểm (ISO 8601).`);
  return d;
}

function methodRefusal(matter: Matter, method: DecisionMethod): string {
  const label = MATTER_LABELS[matter];
  if (method === 'online') {
    return isOnlineVotingPermittedForMatter(matter)
      ? 'Chỉ tổ chức biểu quyết trực tuyến khi có trên 50% tổng số hộ gia đình lựa chọn hình thức này (Nghị định 59/2023/NĐ-CP, Điều 5 khoản 2 điểm c); hãy nhập số hộ đã chọn biểu quyết trực tuyến.'
      : `Biểu quyết trực tuyến chỉ áp dụng cho các công việc tự quản khác của cộng đồng dân cư (Luật 10/2022/QH15, Điều 17 khoản 2), không áp dụng cho nội dung "${label}".`;
  }
  return `Nội dung "${label}" phải được quyết định tại cuộc họp cộng đồng dân cư; chỉ phát phiếu lấy ý kiến hộ gia đình khi cuộc họp không có đủ đại diện hộ gia đình tham dự, hoặc nội dung thực hiện trên địa bàn cấp xã do Chủ tịch UBND cấp xã quyết định (Luật 10/2022/QH15, Điều 17 khoản 2, Điều 19 khoản 1).`;
}

export async function openDecision(ctx: Ctx, input: OpenDecisionInput): Promise<OpenedDecision> {
  return inTransaction(ctx, async (tx) => {
    const unit = await store.getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'decision.open', unit.path);
    if (unit.kind !== 'village') {
      throw unprocessable('NOT_A_VILLAGE', 'Chỉ tổ chức cho Nhân dân bàn và quyết định ở thôn, tổ dân phố.');
    }
    if (!isMatter(input.matter)) {
      throw badRequest('UNKNOWN_MATTER', 'Loại nội dung biểu quyết không hợp lệ.');
    }
    const matter = input.matter;
    const title = input.title.trim();
    if (!title) throw badRequest('VALIDATION_ERROR', 'Tiêu đề nội dung biểu quyết không được để trống.');
    const options = input.options.map(normaliseOption);
    const kind: DecisionKind = input.kind ?? (matter === 'village_head' || matter === 'board_member' ? 'election' : 'question');
    const opensAt = parseInstant(input.opensAt, 'opensAt') ?? tx.now;
    const closesAt = parseInstant(input.closesAt, 'closesAt');
    if (closesAt && closesAt.getTime() <= opensAt.getTime()) {
      throw badRequest('INVALID_PERIOD', 'Thời điểm kết thúc biểu quyết phải sau thời điểm bắt đầu.');
    }
    if (closesAt && closesAt.getTime() <= tx.now.getTime()) {
      throw badRequest('INVALID_PERIOD', 'Thời điểm kết thúc biểu quyết đã qua.');
    }
    const methodContext: MethodContext & { householdsChoosingOnline?: number } = {};
    if (input.meetingLackedHouseholds) methodContext.meetingLackedHouseholds = true;
    if (input.communeWide) methodContext.communeWide = true;

    const id = await store.insertDecision(tx.db, {
      unitId: unit.id,
      unitPath: unit.path,
      title,
      description: input.description?.trim() || null,
      matter,
      kind,
      method: input.method,
      options,
      secret: input.secret ?? false,
      opensAt,
      closesAt,
      openedOn: todayVn(tx.now),
      methodContext: { ...methodContext, ...(input.householdsChoosingOnline === undefined ? {} : { householdsChoosingOnline: input.householdsChoosingOnline }) },
      createdBy: actor.userId,
    });
    // The electorate is frozen now: households added later never change the denominator.
    const eligible = await store.snapshotEligible(tx.db, id, unit.id);

    // Options are checked by the tally itself (2+ for a question, no blanks, no duplicates).
    const check = tallyDecision({ matter, options, eligible, ballots: [], kind });
    if (!check.ok) throw ruleError(check.error);

    if (input.householdsChoosingOnline !== undefined) {
      if (input.householdsChoosingOnline > eligible) {
        throw badRequest(
          'COUNT_EXCEEDS_ELIGIBLE',
          `Số hộ gia đình chọn biểu quyết trực tuyến (${input.householdsChoosingOnline}) không được lớn hơn tổng số hộ gia đình (${eligible}).`,
        );
      }
      methodContext.online = { eligible, householdsChoosingOnline: input.householdsChoosingOnline };
    }
    if (!isMethodAllowed(matter, input.method, methodContext)) {
      throw unprocessable('METHOD_NOT_ALLOWED', methodRefusal(matter, input.method));
    }
    await store.createTallies(tx.db, id, options.length, DECISION_TALLY_SHARDS);
    await audit(tx, {
      action: 'decision.open',
      targetType: 'decision',
      targetId: id,
      unitId: unit.id,
      data: { title, matter, kind, method: input.method, options, secret: input.secret ?? false, eligibleHouseholds: eligible, methodContext },
    });
    return { id, status: 'open', eligibleHouseholds: eligible };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Meeting roll call
// ---------------------------------------------------------------------------------------------------------------

export interface MeetingInput {
  represented: number;
  heldOn?: string;
  place?: string | null;
  chair?: string | null;
  secretary?: string | null;
}

export interface MeetingRecord {
  heldOn: string;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  represented: number;
  absent: number;
  valid: boolean;
  nextStep: 'vote_at_meeting' | 'continue_by_ballot';
  method: DecisionMethod;
}

export async function recordMeeting(ctx: Ctx, decisionId: number, input: MeetingInput): Promise<MeetingRecord> {
  return inTransaction(ctx, async (tx) => {
    const d = await store.getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    if (d.status !== 'open') throw unprocessable('DECISION_NOT_OPEN', 'Chỉ ghi điểm danh cuộc họp khi nội dung đang biểu quyết.');
    if (d.initial_method !== 'meeting') {
      throw unprocessable('NOT_A_MEETING', 'Nội dung này không được quyết định bằng hình thức họp cộng đồng dân cư.');
    }
    const eligible = d.eligible_households;
    if (input.represented > eligible) {
      throw badRequest(
        'COUNT_EXCEEDS_ELIGIBLE',
        `Số hộ gia đình có đại diện tham dự (${input.represented}) không được lớn hơn tổng số hộ gia đình (${eligible}).`,
      );
    }
    const matter = d.matter as Matter;
    const valid = isMeetingValid(eligible, input.represented);
    const nextStep = meetingNextStep(matter, eligible, input.represented);
    const method: DecisionMethod = nextStep === 'continue_by_ballot' ? 'ballot' : 'meeting';
    const record: MeetingRecord = {
      heldOn: input.heldOn ?? todayVn(tx.now),
      place: input.place?.trim() || null,
      chair: input.chair?.trim() || null,
      secretary: input.secretary?.trim() || null,
      represented: input.represented,
      absent: eligible - input.represented,
      valid,
      nextStep,
      method,
    };
    const methodContext = { ...(d.method_context ?? {}), ...(method === 'ballot' ? { meetingLackedHouseholds: true } : {}) };
    await store.updateDecision(tx.db, decisionId, {
      meeting: JSON.stringify(record),
      method,
      method_context: JSON.stringify(methodContext),
    });
    await audit(tx, { action: 'decision.meeting', targetType: 'decision', targetId: decisionId, unitId: d.unit_id, data: { ...record } });
    return record;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Close and tally
// ---------------------------------------------------------------------------------------------------------------

export interface StoredResult extends DecisionResult {
  closedOn: string;
  channels: Record<string, number>;
}

export async function closeDecision(ctx: Ctx, decisionId: number): Promise<StoredResult> {
  return inTransaction(ctx, async (tx) => {
    const d = await store.getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    return closeLocked(tx, d, false);
  });
}

/**
 * Closes every open decision whose end (closesAt, set by the village head when opening) has passed: the result is
 * tallied, published and sent for recognition as when the village head closes it. Done by the system (no actor;
 * the audit entry says so); each decision in its own transaction. Returns the ids closed.
 */
export async function closeDueDecisions(ctx: Ctx): Promise<number[]> {
  const due = await store.dueDecisionIds(ctx.db, ctx.now);
  const closed: number[] = [];
  for (const id of due) {
    const done = await inTransaction(ctx, async (tx) => {
      const d = await store.getDecision(tx.db, id, 'update');
      // Re-checked under the lock: closed by hand meanwhile, or not due after all.
      if (d.status !== 'open' || !d.closes_at || new Date(d.closes_at).getTime() > tx.now.getTime()) return false;
      await closeLocked(tx, d, true);
      return true;
    });
    if (done) closed.push(id);
  }
  return closed;
}

async function closeLocked(tx: Ctx, d: store.DecisionRow, automatic: boolean): Promise<StoredResult> {
  const decisionId = d.id;
  const next = step(d.status, 'close');
  const matter = d.matter as Matter;
  const counts = await store.tallyCounts(tx.db, decisionId);
  const participating = await store.participationCount(tx.db, decisionId);
  const ballots: string[] = [];
  d.options.forEach((o, i) => {
    for (let k = counts.get(i) ?? 0; k > 0; k--) ballots.push(o);
  });
  if (ballots.length !== participating) {
    // The ballot box and the register are written in one statement: a difference means the data was changed
    // outside the platform. Never hidden, never tallied; the integrity check says what does not agree.
    throw refusedWith(
      409,
      'BALLOT_INTEGRITY',
      `Không thể kết thúc biểu quyết: hòm phiếu có ${formatInt(ballots.length)} phiếu nhưng danh sách hộ đã biểu quyết có ` +
        `${formatInt(participating)} hộ. Dữ liệu phiếu đã bị thay đổi ngoài hệ thống; xem kết quả kiểm tra toàn vẹn dữ liệu phiếu.`,
    );
  }
  const tally = tallyDecision({ matter, options: d.options, eligible: d.eligible_households, ballots, kind: d.kind as DecisionKind });
  if (!tally.ok) throw ruleError(tally.error);
  const closedOn = todayVn(tx.now);
  const result: StoredResult = { ...tally.value, closedOn, channels: await store.participationByChannel(tx.db, decisionId) };
  const authority = result.passed ? recognitionAuthority(matter) : null;
  // The platform sends the decision to the commune when it closes (Law Art. 20 cl. 3); the 5 working days of
  // Art. 21 cl. 2 run from that receipt.
  const dueOn = authority ? dueDate(await calendarFor(tx.db), closedOn, RECOGNITION_WORKING_DAYS, 'working') : null;
  await store.updateDecision(tx.db, decisionId, {
    status: next,
    result: JSON.stringify(result),
    passed: result.passed,
    closed_at: tx.now,
    closed_on: closedOn,
    closed_by: tx.actor?.userId ?? null,
    recognition_authority: authority,
    submitted_on: authority ? closedOn : null,
    recognition_due_on: dueOn,
  });
  await bumpCounter(tx, { unitId: d.unit_id, unitPath: d.unit_path, key: 'decisions.held', day: closedOn });
  if (result.passed) await bumpCounter(tx, { unitId: d.unit_id, unitPath: d.unit_path, key: 'decisions.passed', day: closedOn });
  const disclosureId = await publishDecisionResult(tx, d, result);
  await store.updateDecision(tx.db, decisionId, { disclosure_id: disclosureId });
  await audit(tx, {
    action: 'decision.close',
    targetType: 'decision',
    targetId: decisionId,
    unitId: d.unit_id,
    data: {
      eligibleHouseholds: result.eligibleHouseholds,
      participatingHouseholds: result.participatingHouseholds,
      counts: result.counts,
      passed: result.passed,
      winningOption: result.winningOption,
      threshold: result.threshold,
      outcome: result.outcome,
      recognitionAuthority: authority,
      recognitionDueOn: dueOn,
      disclosureId,
      ...(automatic ? { automatic: true, closesAt: new Date(d.closes_at!).toISOString() } : {}),
    },
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Recognition by the commune, cancellation
// ---------------------------------------------------------------------------------------------------------------

export interface RecognitionInput {
  number?: string | null;
  reason?: string | null;
}

export async function answerRecognition(ctx: Ctx, decisionId: number, action: 'recognise' | 'refuse', input: RecognitionInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const d = await store.getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.recognise', d.unit_path);
    const next = step(d.status, action, { matter: d.matter as Matter, passed: d.passed ?? undefined });
    const reason = input.reason?.trim() || null;
    if (action === 'refuse' && !reason) {
      throw badRequest('REASON_REQUIRED', 'Trường hợp không công nhận phải trả lời bằng văn bản và nêu rõ lý do (Luật 10/2022/QH15, Điều 21 khoản 2).');
    }
    const today = todayVn(tx.now);
    await store.updateDecision(tx.db, decisionId, {
      status: next,
      recognised_on: today,
      recognition_number: input.number?.trim() || null,
      refusal_reason: action === 'refuse' ? reason : null,
      answered_by: tx.actor!.userId,
    });
    const authority = d.recognition_authority as keyof typeof RECOGNITION_AUTHORITY_LABELS | null;
    await audit(tx, {
      action: `decision.${action}`,
      targetType: 'decision',
      targetId: decisionId,
      unitId: d.unit_id,
      data: {
        answeredOn: today,
        dueOn: d.recognition_due_on,
        onTime: d.recognition_due_on ? today <= d.recognition_due_on : null,
        authority: authority ? RECOGNITION_AUTHORITY_LABELS[authority] : null,
        number: input.number?.trim() || null,
        ...(action === 'refuse' ? { reason } : {}),
      },
    });
  });
}

export async function cancelDecision(ctx: Ctx, decisionId: number, reason: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const d = await store.getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    const next = step(d.status, 'cancel');
    const why = reason.trim();
    if (!why) throw badRequest('REASON_REQUIRED', 'Cần nêu lý do hủy nội dung biểu quyết.');
    await store.updateDecision(tx.db, decisionId, { status: next, refusal_reason: why });
    await audit(tx, { action: 'decision.cancel', targetType: 'decision', targetId: decisionId, unitId: d.unit_id, data: { reason: why } });
  });
}
