// Use cases of cases (đơn thư) and citizen reception: permission → validate → rules → store → audit, in one
// transaction. The sender's identity only goes through identity.ts; audit data, events, notifications and errors
// never carry it.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit, canonicalJson } from '../../core/audit.ts';
import { addWorkingDays, compareDates, daysOverdue, MAX_YEAR, MIN_YEAR, yearOf, type Calendar } from '../../core/calendar/index.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../core/refusal.ts';
import { can, requirePermission, rolesFor, scopesFor } from '../../core/permissions.ts';
import type { DB } from '../../core/schema.ts';
import { calendarFor } from '../../core/calendar/schedules.ts';
import { readSenderIdentity, senderNamesForList, storeSender, type SenderIdentity } from './identity.ts';
import {
  ACTION_LABELS,
  OPEN_STATUSES,
  STATUS_LABELS,
  TYPE_LABELS,
  WARNING_WORKING_DAYS,
  allowedActions,
  applyAction,
  computeDueDates,
  counterDeltas,
  nextDue,
  rulesFor,
  warningFor,
  type CaseAction,
  type CaseState,
  type CaseType,
  type Channel,
  type Complexity,
  type DueDates,
} from './rules.ts';
import * as store from './store.ts';
import type { CaseRow } from './store.ts';

// ---- codes and secrets ----------------------------------------------------------------------------------

/** Letters and digits that cannot be confused when read aloud or typed on a phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_SECRET_LENGTH = 10;

function encode(bytes: Buffer, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[bytes[i]! % ALPHABET.length];
  return s;
}

export function newTrackingCode(): string {
  const s = encode(randomBytes(8), 8);
  return `DT-${s.slice(0, 4)}-${s.slice(4)}`;
}

/**
 * The tracking secret. With an idempotency key it is derived from the key (HMAC), so a retried submission gets the
 * same secret back although the server stores only hashes of both the key and the secret.
 */
export function trackingSecretFor(idempotencyKey: string | null): string {
  const bytes = idempotencyKey ? createHmac('sha256', idempotencyKey).update('coso.case.tracking-secret').digest() : randomBytes(16);
  return encode(bytes, TRACKING_SECRET_LENGTH);
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Normalises what a sender types (spaces, dashes, lower case) before hashing or comparing. */
export function normaliseSecret(s: string): string {
  return s.replace(/[\s-]/g, '').toUpperCase();
}

const DUMMY_HASH = sha256('coso.no-such-case');

/** Constant-time check of a secret against a stored hash (a dummy hash when the code is unknown). */
export function secretMatches(secret: string, hash: string | null): boolean {
  const a = Buffer.from(sha256(normaliseSecret(secret)), 'hex');
  const b = Buffer.from(hash ?? DUMMY_HASH, 'hex');
  return timingSafeEqual(a, b) && hash !== null;
}

// ---- presentation ---------------------------------------------------------------------------------------

export function dueDatesOf(c: CaseRow): DueDates {
  const d: DueDates = {};
  if (c.accept_due) d.accept = c.accept_due;
  if (c.resolve_due) d.resolve = c.resolve_due;
  return d;
}

export interface CaseView {
  id: string;
  trackingCode: string;
  type: CaseType;
  typeLabel: string;
  status: CaseRow['status'];
  statusLabel: string;
  unitId: string;
  channel: string;
  subject: string;
  receivedOn: string;
  acceptedOn: string | null;
  closedOn: string | null;
  remoteArea: boolean;
  instance: number;
  complexity: string;
  extensions: number;
  rulesVersion: string;
  dueDates: DueDates;
  nextDue: string | null;
  warning: 'overdue' | 'due_soon' | null;
  daysOverdue: number;
  publicAnswer: string | null;
  transferredFrom: string | null;
  senderName?: string | null;
  senderProtected: boolean;
}

export function caseView(cal: Calendar, today: string, c: CaseRow): CaseView {
  const open = OPEN_STATUSES.includes(c.status);
  const nd = open ? c.next_due : null;
  return {
    id: String(c.id),
    trackingCode: c.tracking_code,
    type: c.type,
    typeLabel: TYPE_LABELS[c.type].vi,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status].vi,
    unitId: String(c.unit_id),
    channel: c.channel,
    subject: c.subject,
    receivedOn: c.received_on,
    acceptedOn: c.accepted_on,
    closedOn: c.closed_on,
    remoteArea: c.remote_area,
    instance: c.instance,
    complexity: c.complexity,
    extensions: c.extensions,
    rulesVersion: c.rules_version,
    dueDates: dueDatesOf(c),
    nextDue: nd,
    warning: open ? warningFor(cal, nd, today) : null,
    daysOverdue: nd ? daysOverdue(cal, nd, today) : 0,
    publicAnswer: c.public_answer,
    transferredFrom: c.transferred_from === null ? null : String(c.transferred_from),
    senderProtected: c.type === 'denunciation',
  };
}

function stateOf(c: CaseRow): CaseState {
  return {
    type: c.type,
    status: c.status,
    rulesId: c.rules_version,
    receivedOn: c.received_on,
    acceptedOn: c.accepted_on,
    remoteArea: c.remote_area,
    instance: c.instance === 2 ? 2 : 1,
    complexity: c.complexity,
    extensions: c.extensions,
    processExtended: c.process_extended,
    answerDays: c.answer_days ?? undefined,
  };
}

// ---- units that receive cases ---------------------------------------------------------------------------

/** Setting of a unit: answer clock of feedback and petitions in working days (spec §6, configurable). */
export const ANSWER_DAYS_SETTING = 'casesAnswerWorkingDays';

async function receivingUnit(db: Kysely<DB>, unitId: number) {
  const u = await db.selectFrom('units').select(['id', 'kind', 'name', 'path', 'settings']).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw notFound('Đơn vị');
  if (u.kind === 'country' || u.kind === 'village') {
    throw unprocessable(
      'UNIT_CANNOT_RECEIVE',
      'Đơn được gửi tới Ủy ban nhân dân xã, phường, tỉnh hoặc cơ quan, doanh nghiệp; thôn, tổ dân phố không giải quyết đơn.',
    );
  }
  const raw = (u.settings as Record<string, unknown> | null)?.[ANSWER_DAYS_SETTING];
  const answerDays = typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw <= 60 ? raw : null;
  return { ...u, answerDays };
}

function checkDate(d: string, today: string, what: string): void {
  const y = yearOf(d);
  if (y < MIN_YEAR || y > MAX_YEAR - 1) throw badRequest('DATE_OUT_OF_RANGE', `${what} phải trong khoảng năm ${MIN_YEAR}–${MAX_YEAR - 1}.`);
  if (compareDates(d, today) > 0) throw unprocessable('DATE_IN_FUTURE', `${what} không được sau ngày hôm nay.`);
}

// ---- submit ---------------------------------------------------------------------------------------------

export interface SubmitInput {
  type: CaseType;
  unitId: number;
  subject: string;
  content: string;
  sender: { name: string; phone?: string; address?: string; idNumber?: string };
  receivedOn?: string;
  remoteArea?: boolean;
  instance?: 1 | 2;
  channel?: Channel;
  idempotencyKey?: string | null;
  receptionSessionId?: number | null;
}

export interface Submitted {
  row: CaseRow;
  trackingSecret: string;
  replayed: boolean;
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

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

function replay(existing: CaseRow, input: SubmitInput, key: string): Submitted {
  if (existing.request_hash !== requestHash(input)) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', 'Mã gửi đơn này đã được dùng cho một đơn khác. Vui lòng tải lại biểu mẫu và gửi lại.');
  }
  return { row: existing, trackingSecret: trackingSecretFor(key), replayed: true };
}

export async function submitCase(ctx: Ctx, input: SubmitInput): Promise<Submitted> {
  const key = input.idempotencyKey ?? null;
  const keyHash = key ? sha256(`coso.case.idem:${key}`) : null;
  if (keyHash) {
    const existing = await store.findByIdempotencyKey(ctx.db, keyHash);
    if (existing) return replay(existing, input, key!);
  }
  try {
    return await inTransaction(ctx, (tx) => createCase(tx, input, key, keyHash));
  } catch (e) {
    if (keyHash && isUniqueViolation(e)) {
      const existing = await store.findByIdempotencyKey(ctx.db, keyHash);
      if (existing) return replay(existing, input, key!);
    }
    throw e;
  }
}

function clean(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

async function createCase(tx: Ctx, input: SubmitInput, key: string | null, keyHash: string | null): Promise<Submitted> {
  const unit = await receivingUnit(tx.db, input.unitId);
  const today = todayVn(tx.now);
  const receivedOn = input.receivedOn ?? today;
  checkDate(receivedOn, today, 'Ngày nhận đơn');
  const subject = input.subject.trim();
  const content = input.content.trim();
  const name = input.sender.name.trim();
  if (!subject) throw badRequest('VALIDATION_ERROR', 'Trích yếu (tiêu đề) đơn không được để trống.');
  if (!content) throw badRequest('VALIDATION_ERROR', 'Nội dung đơn không được để trống.');
  if (!name) throw badRequest('VALIDATION_ERROR', 'Họ và tên người gửi không được để trống.');
  if (input.instance === 2 && input.type !== 'complaint') throw badRequest('VALIDATION_ERROR', 'Chỉ đơn khiếu nại mới có giải quyết lần hai.');
  const channel = input.channel ?? 'online';
  if (channel !== 'online' && !can(tx.actor, 'case.handle', unit.path)) {
    throw forbidden('Chỉ cán bộ của đơn vị mới ghi nhận được đơn nhận qua tiếp dân, bưu chính hoặc chuyển đến.');
  }
  const cal = await calendarFor(tx.db);
  const rules = rulesFor(receivedOn);
  const state: CaseState = {
    type: input.type,
    status: 'received',
    rulesId: rules.id,
    receivedOn,
    acceptedOn: null,
    remoteArea: !!input.remoteArea,
    instance: input.instance ?? 1,
    complexity: 'normal',
    extensions: 0,
    processExtended: false,
    answerDays: unit.answerDays ?? undefined,
  };
  const due = computeDueDates(cal, state);
  const secret = trackingSecretFor(key);
  const row = await store.insertCase(tx.db, {
    unit_id: unit.id,
    unit_path: unit.path,
    type: input.type,
    channel,
    status: 'received',
    tracking_code: newTrackingCode(),
    secret_hash: sha256(normaliseSecret(secret)),
    idempotency_key_hash: keyHash,
    request_hash: keyHash ? requestHash(input) : null,
    subject,
    content,
    received_on: receivedOn,
    rules_version: rules.id,
    remote_area: !!input.remoteArea,
    instance: input.instance ?? 1,
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
  await storeSender(tx.db, row.id, {
    name,
    phone: clean(input.sender.phone),
    address: clean(input.sender.address),
    idNumber: clean(input.sender.idNumber),
  });
  await store.addEvent(tx.db, { caseId: row.id, onDate: receivedOn, actorId: tx.actor?.userId ?? null, action: 'receive', data: { channel }, at: tx.now });
  await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: 'cases.received', day: receivedOn });
  if (due.resolve) await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: 'cases.due', day: due.resolve });
  await audit(tx, {
    action: 'case.create',
    targetType: 'case',
    targetId: row.id,
    unitId: unit.id,
    data: { type: row.type, channel, trackingCode: row.tracking_code, receivedOn, rulesVersion: rules.id, dueDates: due },
  });
  return { row, trackingSecret: secret, replayed: false };
}

// ---- track (public) -------------------------------------------------------------------------------------

const PUBLIC_EVENTS: Record<string, string> = {
  receive: 'Đã tiếp nhận đơn',
  accept: 'Đã thụ lý',
  refuse: 'Không thụ lý',
  extend: 'Gia hạn giải quyết',
  resolve: 'Đã giải quyết, trả lời',
  transfer: 'Đã chuyển đơn đến cơ quan có thẩm quyền',
  withdraw: 'Đã rút đơn',
};

export async function trackCase(ctx: Ctx, code: string, secret: string) {
  const c = await store.findByTrackingCode(ctx.db, code.trim().toUpperCase());
  if (!secretMatches(secret, c?.secret_hash ?? null) || !c) {
    throw notFound('Đơn với mã tra cứu và mã bí mật này');
  }
  const cal = await calendarFor(ctx.db);
  const today = todayVn(ctx.now);
  const evs = await store.events(ctx.db, c.id);
  const unit = await ctx.db.selectFrom('units').select('name').where('id', '=', c.unit_id).executeTakeFirstOrThrow();
  const v = caseView(cal, today, c);
  return {
    trackingCode: c.tracking_code,
    type: c.type,
    typeLabel: v.typeLabel,
    status: c.status,
    statusLabel: v.statusLabel,
    unitName: unit.name,
    receivedOn: c.received_on,
    dueDates: v.dueDates,
    overdue: v.warning === 'overdue',
    publicAnswer: c.public_answer,
    history: evs.filter((e) => PUBLIC_EVENTS[e.action]).map((e) => ({ date: e.on_date, label: PUBLIC_EVENTS[e.action]! })),
  };
}

// ---- read (officials) -----------------------------------------------------------------------------------

export async function getCaseForOfficial(ctx: Ctx, id: number) {
  const c = await store.getCase(ctx.db, id);
  requirePermission(ctx.actor, 'case.list', c.unit_path);
  const cal = await calendarFor(ctx.db);
  const today = todayVn(ctx.now);
  const identity = await readSenderIdentity(ctx, c);
  const [assigned, evs] = await Promise.all([store.assignees(ctx.db, [c.id]), store.events(ctx.db, c.id)]);
  const canHandle = can(ctx.actor, 'case.handle', c.unit_path);
  return {
    ...caseView(cal, today, c),
    content: c.content,
    sender: identity.sender,
    senderProtected: identity.protected,
    assignees: (assigned.get(c.id) ?? []).map((a) => ({ id: String(a.id), name: a.name })),
    allowedActions: canHandle ? allowedActions(c.type, c.status) : [],
    history: evs.map((e) => ({
      at: new Date(e.at).toISOString(),
      date: e.on_date,
      action: e.action,
      label: (ACTION_LABELS as Record<string, { vi: string }>)[e.action]?.vi ?? PUBLIC_EVENTS[e.action] ?? e.action,
      note: e.note,
      actorName: e.actor_name,
    })),
  };
}

export async function handlers(ctx: Ctx, id: number) {
  const c = await store.getCase(ctx.db, id);
  requirePermission(ctx.actor, 'case.handle', c.unit_path);
  const rows = await store.handlersOf(ctx.db, c.unit_path, rolesFor('case.handle'));
  return rows.map((r) => ({ id: String(r.id), name: r.name, username: r.username }));
}

export interface ListInput {
  unitId?: number;
  status?: string;
  type?: string;
  overdue?: boolean;
  q?: string;
  mine?: boolean;
  offset: number;
  limit: number;
}

async function scopePaths(ctx: Ctx, unitId: number | undefined): Promise<string[]> {
  if (unitId !== undefined) {
    const u = await ctx.db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirst();
    if (!u) throw notFound('Đơn vị');
    requirePermission(ctx.actor, 'case.list', u.path);
    return [u.path];
  }
  requirePermission(ctx.actor, 'case.list', '/');
  return [];
}

export async function listCases(ctx: Ctx, q: ListInput) {
  let paths: string[];
  if (q.unitId !== undefined) paths = await scopePaths(ctx, q.unitId);
  else {
    if (!ctx.actor) throw forbidden();
    paths = scopesFor(ctx.actor, 'case.list');
    if (!paths.length) throw forbidden();
  }
  const status = q.status === 'open' ? ['received', 'accepted'] : q.status ? [q.status] : undefined;
  const today = todayVn(ctx.now);
  const rows = await store.listCases(ctx.db, {
    paths,
    status,
    type: q.type,
    overdue: q.overdue,
    today,
    q: q.q,
    assignedTo: q.mine ? ctx.actor!.userId : undefined,
    offset: q.offset,
    limit: q.limit,
  });
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const cal = await calendarFor(ctx.db);
  // Sender names only for officials who handle cases, and never for denunciations (identity.ts filters them out).
  const handles = page.filter((c) => can(ctx.actor, 'case.handle', c.unit_path)).map((c) => c.id);
  const names = await senderNamesForList(ctx.db, handles);
  const assigned = await store.assignees(ctx.db, page.map((c) => c.id));
  return {
    items: page.map((c) => ({
      ...caseView(cal, today, c),
      senderName: c.type === 'denunciation' ? null : names.get(c.id) ?? null,
      assignees: (assigned.get(c.id) ?? []).map((a) => ({ id: String(a.id), name: a.name })),
    })),
    nextCursor: more ? Buffer.from(String(q.offset + q.limit)).toString('base64url') : null,
  };
}

export async function summary(ctx: Ctx, unitId: number) {
  const u = await ctx.db.selectFrom('units').select(['id', 'path', 'name']).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw notFound('Đơn vị');
  requirePermission(ctx.actor, 'case.list', u.path);
  const cal = await calendarFor(ctx.db);
  const today = todayVn(ctx.now);
  const soonUntil = addWorkingDays(cal, today, WARNING_WORKING_DAYS);
  const rows = await store.countsByChild(ctx.db, unitId, today, soonUntil);
  const out = (r: store.UnitCaseCounts) => ({
    unitId: String(r.unit_id),
    name: r.name,
    kind: r.kind,
    open: r.open,
    overdue: r.overdue,
    dueSoon: r.due_soon,
    resolved: r.resolved,
    total: r.total,
  });
  const self = rows.find((r) => r.unit_id === unitId);
  const children = rows.filter((r) => r.unit_id !== unitId);
  const sum = (k: 'open' | 'overdue' | 'due_soon' | 'resolved' | 'total') => rows.reduce((s, r) => s + r[k], 0);
  return {
    unitId: String(unitId),
    name: u.name,
    asOf: today,
    totals: { open: sum('open'), overdue: sum('overdue'), dueSoon: sum('due_soon'), resolved: sum('resolved'), total: sum('total') },
    own: self ? out(self) : null,
    children: children.map(out),
  };
}

// ---- actions --------------------------------------------------------------------------------------------

export interface ActionInput {
  action: CaseAction;
  note?: string;
  publicAnswer?: string;
  complexity?: Complexity;
  toUnitId?: number;
  userId?: number;
  on?: string;
}

export async function actOnCase(ctx: Ctx, id: number, input: ActionInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await store.getCase(tx.db, id, true);
    const actor = requirePermission(tx.actor, 'case.handle', c.unit_path);
    const today = todayVn(tx.now);
    const on = input.on ?? today;
    checkDate(on, today, 'Ngày thực hiện');
    const note = input.note?.trim() || null;

    if (input.action === 'assign') {
      if (!OPEN_STATUSES.includes(c.status)) throw unprocessable('ACTION_NOT_ALLOWED', 'Đơn đã kết thúc, không giao xử lý được.');
      if (input.userId === undefined) throw badRequest('VALIDATION_ERROR', 'Thiếu người được giao xử lý (userId).');
      const ok = await store.userCoversUnit(tx.db, input.userId, c.unit_path, rolesFor('case.handle'));
      if (!ok) throw unprocessable('NOT_A_HANDLER', 'Người được giao phải là cán bộ có thẩm quyền xử lý đơn của đơn vị.');
      const added = await store.assign(tx.db, c.id, input.userId, actor.userId, tx.now);
      if (added) {
        await store.addEvent(tx.db, { caseId: c.id, onDate: on, actorId: actor.userId, action: 'assign', note, data: { userId: String(input.userId) }, at: tx.now });
        await audit(tx, { action: 'case.assign', targetType: 'case', targetId: c.id, unitId: c.unit_id, data: { userId: String(input.userId) } });
        // In-app notification through the outbox: code, type, subject and due date — never the sender.
        await tx.db
          .insertInto('outbox')
          .values({
            kind: 'case.assigned',
            channel: 'in_app',
            recipient_id: input.userId,
            payload: JSON.stringify({
              title: `Bạn được giao xử lý đơn ${c.tracking_code}`,
              body: `${TYPE_LABELS[c.type].vi}: ${c.subject}${c.next_due ? ` — hạn ${c.next_due.split('-').reverse().join('/')}` : ''}`,
              link: `/don-thu/${c.id}`,
            }),
            available_at: tx.now,
          })
          .execute();
      }
      return;
    }

    const tr = applyAction(stateOf(c), { action: input.action, on, note: note ?? undefined, publicAnswer: input.publicAnswer, complexity: input.complexity });
    if (!tr.ok) throw unprocessable(tr.code, tr.message);
    const cal = await calendarFor(tx.db);
    const before = c.resolve_due;
    let patch: Partial<store.NewCase>;
    let target: { id: number; path: string; answerDays: number | null } | null = null;

    if (input.action === 'transfer') {
      if (input.toUnitId === undefined) throw badRequest('VALIDATION_ERROR', 'Thiếu đơn vị nhận đơn chuyển (toUnitId).');
      if (input.toUnitId === c.unit_id) throw unprocessable('SAME_UNIT', 'Không thể chuyển đơn cho chính đơn vị đang giữ đơn.');
      const t = await receivingUnit(tx.db, input.toUnitId);
      target = { id: t.id, path: t.path, answerDays: t.answerDays };
      // The competent unit receives the case on the day it is passed on; its clocks start again from that day
      // under the rules in force then (Luật Tố cáo Điều 24 khoản 2; Luật Khiếu nại Điều 27).
      const rules = rulesFor(on);
      const fresh: CaseState = { ...stateOf(c), status: 'received', rulesId: rules.id, receivedOn: on, acceptedOn: null, complexity: 'normal', extensions: 0, processExtended: false, answerDays: t.answerDays ?? undefined };
      const due = computeDueDates(cal, fresh);
      patch = {
        unit_id: t.id,
        unit_path: t.path,
        status: 'received',
        received_on: on,
        rules_version: rules.id,
        accepted_on: null,
        complexity: 'normal',
        extensions: 0,
        process_extended: false,
        answer_days: t.answerDays,
        accept_due: due.accept ?? null,
        resolve_due: due.resolve ?? null,
        next_due: nextDue(due),
        transferred_from: c.unit_id,
        transferred_to: t.id,
      };
      await store.clearAssignments(tx.db, c.id);
    } else {
      const s = tr.state;
      const due = computeDueDates(cal, s);
      const closed = !OPEN_STATUSES.includes(s.status);
      patch = {
        status: s.status,
        accepted_on: s.acceptedOn,
        complexity: s.complexity,
        extensions: s.extensions,
        process_extended: s.processExtended,
        accept_due: closed ? c.accept_due : (due.accept ?? null),
        resolve_due: closed ? c.resolve_due : (due.resolve ?? null),
        next_due: closed ? null : nextDue(due),
        closed_on: closed ? on : null,
        ...(input.action === 'resolve' ? { public_answer: input.publicAnswer!.trim() } : {}),
        ...(input.action === 'refuse' ? { public_answer: note } : {}),
      };
    }
    const after = input.action === 'transfer' ? null : (patch.resolve_due ?? null);
    const statusAfter = input.action === 'transfer' ? 'transferred' : patch.status!;
    for (const d of counterDeltas(before, OPEN_STATUSES.includes(statusAfter as never) ? after : null, statusAfter, on)) {
      await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: d.key, day: d.day, delta: d.delta });
    }
    if (target && patch.resolve_due) {
      await bumpCounter(tx, { unitId: target.id, unitPath: target.path, key: 'cases.due', day: patch.resolve_due });
    }
    const updated = await store.updateCase(tx.db, c.id, patch, tx.now);
    const data = {
      status: updated.status,
      dueDates: dueDatesOf(updated),
      ...(input.complexity ? { complexity: input.complexity } : {}),
      ...(target ? { fromUnitId: String(c.unit_id), toUnitId: String(target.id) } : {}),
    };
    await store.addEvent(tx.db, { caseId: c.id, onDate: on, actorId: actor.userId, action: input.action, note, data, at: tx.now });
    await audit(tx, { action: `case.${input.action}`, targetType: 'case', targetId: c.id, unitId: c.unit_id, data: { ...data, ...(note ? { note } : {}) } });
  });
}

export function submittedView(cal: Calendar, today: string, s: Submitted) {
  return {
    id: String(s.row.id),
    trackingCode: s.row.tracking_code,
    trackingSecret: s.trackingSecret,
    status: s.row.status,
    statusLabel: STATUS_LABELS[s.row.status].vi,
    type: s.row.type,
    receivedOn: s.row.received_on,
    rulesVersion: s.row.rules_version,
    dueDates: dueDatesOf(s.row),
    warning: warningFor(cal, s.row.next_due, today),
  };
}

// ---- reception ------------------------------------------------------------------------------------------

export { type SenderIdentity };
