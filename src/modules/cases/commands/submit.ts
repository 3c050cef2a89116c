// Sending a case (public, no account needed; or written down by an official from the post, a reception…). A retried
// submission with the same idempotency key answers the case already stored, with the same code and secret. The
// sender's identity goes only through identity.ts: audit data, events and errors never carry it.
import { audit, canonicalJson } from '../../../core/audit.ts';
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { can } from '../../../core/permissions.ts';
import { assertAllowed, badRequest, conflict, forbidden } from '../../../core/refusal.ts';
import { storeSender } from '../identity.ts';
import { computeDueDates, legalDateRefusal, nextDue, receivedByTypeKey, receivedState, submissionRefusal, type CaseType, type IntakeChannel } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { idempotencyKeyHash, newTrackingCode, secretHash, sha256, trackingSecretFor } from '../tracking.ts';
import { dueDatesOf, submittedView, type SubmittedView } from '../views.ts';
import { receivingUnit, type ReceivingUnit } from './receiving-unit.ts';

export interface SenderInput {
  name: string;
  phone?: string;
  address?: string;
  idNumber?: string;
}

export interface SubmitInput {
  type: CaseType;
  unitId: number;
  subject: string;
  content: string;
  sender: SenderInput;
  receivedOn?: string;
  remoteArea?: boolean;
  instance?: 1 | 2;
  channel?: IntakeChannel;
  idempotencyKey?: string | null;
  receptionSessionId?: number | null;
}

export interface Submitted {
  row: store.CaseRow;
  trackingSecret: string;
  replayed: boolean;
}

/** POST /cases: the idempotency key comes in a header or in the body (both must then agree). */
export async function sendCase(
  ctx: Ctx,
  input: Omit<SubmitInput, 'receptionSessionId'>,
  headerKey: string | undefined,
): Promise<{ view: SubmittedView; replayed: boolean }> {
  if (headerKey && input.idempotencyKey && headerKey !== input.idempotencyKey) {
    throw badRequest('IDEMPOTENCY_KEY_MISMATCH', 'Khóa gửi đơn trong tiêu đề và trong nội dung không khớp.');
  }
  const s = await submitCase(ctx, { ...input, idempotencyKey: headerKey ?? input.idempotencyKey ?? null });
  const cal = await calendarFor(ctx.db);
  return { view: submittedView(cal, todayVn(ctx.now), s.row, s.trackingSecret), replayed: s.replayed };
}

function requestHash(i: SubmitInput): string {
  return sha256(
    canonicalJson({
      type: i.type,
      unitId: i.unitId,
      subject: i.subject,
      content: i.content,
      sender: i.sender,
      receivedOn: i.receivedOn ?? null,
      remoteArea: !!i.remoteArea,
      instance: i.instance ?? 1,
      channel: i.channel ?? 'online',
    }),
  );
}

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';

function replay(existing: store.CaseRow, input: SubmitInput, key: string): Submitted {
  if (existing.request_hash !== requestHash(input)) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', 'Mã gửi đơn này đã được dùng cho một đơn khác. Vui lòng tải lại biểu mẫu và gửi lại.');
  }
  return { row: existing, trackingSecret: trackingSecretFor(key), replayed: true };
}

/** Stores a new case, or answers the one already stored under the same idempotency key. */
export async function submitCase(ctx: Ctx, input: SubmitInput): Promise<Submitted> {
  const key = input.idempotencyKey ?? null;
  const keyHash = key ? idempotencyKeyHash(key) : null;
  if (key && keyHash) {
    const existing = await store.findByIdempotencyKey(ctx.db, keyHash);
    if (existing) return replay(existing, input, key);
  }
  try {
    return await inTransaction(ctx, (tx) => createCase(tx, input, key, keyHash));
  } catch (e) {
    // Two tries of the same submission at once: the database's unique key lets one in; the other answers it.
    if (key && keyHash && isUniqueViolation(e)) {
      const existing = await store.findByIdempotencyKey(ctx.db, keyHash);
      if (existing) return replay(existing, input, key);
    }
    throw e;
  }
}

const clean = (s: string | undefined): string | null => s?.trim() || null;

/** Validates the submission: permission for the channel, dates, required text. */
async function checkSubmission(tx: Ctx, input: SubmitInput) {
  const unit = await receivingUnit(tx.db, input.unitId);
  const today = todayVn(tx.now);
  const receivedOn = input.receivedOn ?? today;
  assertAllowed(legalDateRefusal(receivedOn, today, 'Ngày nhận đơn'));
  const text = { subject: input.subject.trim(), content: input.content.trim(), senderName: input.sender.name.trim() };
  assertAllowed(submissionRefusal({ type: input.type, instance: input.instance, ...text }));
  const channel = input.channel ?? 'online';
  if (channel !== 'online' && !can(tx.actor, 'case.handle', unit.path)) {
    throw forbidden('Chỉ cán bộ của đơn vị mới ghi nhận được đơn nhận qua tiếp dân, bưu chính hoặc chuyển đến.');
  }
  return { unit, receivedOn, channel, ...text };
}

async function createCase(tx: Ctx, input: SubmitInput, key: string | null, keyHash: string | null): Promise<Submitted> {
  const { unit, receivedOn, channel, subject, content, senderName } = await checkSubmission(tx, input);
  const state = receivedState({ type: input.type, remoteArea: !!input.remoteArea, instance: input.instance ?? 1 }, receivedOn, unit.answerDays);
  const due = computeDueDates(await calendarFor(tx.db), state);
  const secret = trackingSecretFor(key);
  const row = await store.insertCase(tx.db, {
    unit_id: unit.id,
    unit_path: unit.path,
    type: input.type,
    channel,
    status: 'received',
    tracking_code: newTrackingCode(),
    secret_hash: secretHash(secret),
    idempotency_key_hash: keyHash,
    request_hash: keyHash ? requestHash(input) : null,
    subject,
    content,
    received_on: receivedOn,
    rules_version: state.rulesId,
    remote_area: state.remoteArea,
    instance: state.instance,
    complexity: 'normal',
    extensions: 0,
    process_extended: false,
    answer_days: unit.answerDays,
    accepted_on: null,
    closed_on: null,
    accept_due: due.accept ?? null,
    resolve_due: due.resolve ?? null,
    next_due: nextDue(due),
    public_answer: null,
    transferred_from: null,
    transferred_to: null,
    reception_session_id: input.receptionSessionId ?? null,
  });
  const s = input.sender;
  await storeSender(tx.db, row.id, { name: senderName, phone: clean(s.phone), address: clean(s.address), idNumber: clean(s.idNumber) });
  await recordReceipt(tx, row, unit);
  return { row, trackingSecret: secret, replayed: false };
}

/** The receipt's event, counters and audit entry (no identity in any of them). */
async function recordReceipt(tx: Ctx, row: store.CaseRow, unit: ReceivingUnit): Promise<void> {
  const receivedOn = row.received_on;
  await store.addEvent(tx.db, { caseId: row.id, onDate: receivedOn, actorId: tx.actor?.userId ?? null, action: 'receive', data: { channel: row.channel }, at: tx.now });
  await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: 'cases.received', day: receivedOn });
  await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: receivedByTypeKey(row.type), day: receivedOn });
  if (row.resolve_due) await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: 'cases.due', day: row.resolve_due });
  await audit(tx, {
    action: 'case.create',
    targetType: 'case',
    targetId: row.id,
    unitId: unit.id,
    data: { type: row.type, channel: row.channel, trackingCode: row.tracking_code, receivedOn, rulesVersion: row.rules_version, dueDates: dueDatesOf(row) },
  });
}
