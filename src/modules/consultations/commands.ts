// Use cases of consultations: check permission → validate → rules → store → audit (+ counters), in one transaction.
import { assertAttachable, publishAttachments } from '../../core/attachments.ts';
import { audit } from '../../core/audit.ts';
import { inTransaction, type Actor, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { RefusalError, badRequest, forbidden, notFound, unprocessable, refusedWith } from '../../core/refusal.ts';
import { can, grantsAllow, requireActor, requirePermission } from '../../core/permissions.ts';
import { groupOpinions, relabelGroups, type OpinionGroup } from './grouping.ts';
import { mergeGroups, moveOpinions, renameGroup, splitGroup } from './grouping/edit.ts';
import {
  closeRefusal,
  correctionRefusal,
  effectiveStatus,
  finishRefusal,
  minDaysFor,
  opinionRefusal,
  periodProblem,
  resolveSettings,
  synthesiseRefusal,
  MAX_DRAFT,
  MAX_OPINION,
  MAX_RESPONSE,
  MAX_TITLE,
} from './rules.ts';
import * as store from './store.ts';
import type { ConsultationKind, OpinionSource, ResponseKind, Stance } from './tables.ts';

/** Indicator counter keys written by this module (docs/conventions.md). */
export const COUNTER_OPENED = 'consultations.opened';
export const COUNTER_OPINIONS = 'consultations.opinions';

const fail = (r: { code: string; message: string; details?: Record<string, unknown> } | null): void => {
  if (r) throw unprocessable(r.code, r.message, r.details);
};

function clean(s: string, what: string, max: number): string {
  const t = s.normalize('NFC').trim();
  if (!t) throw badRequest('VALIDATION_ERROR', `${what} không được để trống.`);
  if (t.length > max) throw badRequest('VALIDATION_ERROR', `${what} dài quá ${max.toLocaleString('vi-VN')} ký tự.`);
  return t;
}

/** Closes a consultation whose closing date has passed (done lazily by the first write that needs it). */
async function closeByDate(tx: Ctx, c: store.ConsultationRow): Promise<store.ConsultationRow> {
  const today = todayVn(tx.now);
  if (c.status !== 'open' || effectiveStatus({ status: c.status, opensOn: c.opens_on, closesOn: c.closes_on, minDays: c.min_days }, today) === 'open') {
    return c;
  }
  await store.updateConsultation(tx.db, c.id, { status: 'closed', closed_on: c.closes_on });
  await audit(tx, { action: 'consultation.close', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { by: 'date', closedOn: c.closes_on } });
  return { ...c, status: 'closed', closed_on: c.closes_on };
}

const state = (c: store.ConsultationRow) => ({ status: c.status, opensOn: c.opens_on, closesOn: c.closes_on, minDays: c.min_days });

// ---- open -----------------------------------------------------------------------------------------------

export interface OpenInput {
  unitId: number;
  villageIds?: number[];
  kind: ConsultationKind;
  title: string;
  draft: string;
  attachmentIds?: string[];
  opensOn?: string;
  closesOn: string;
}

export async function openConsultation(ctx: Ctx, input: OpenInput): Promise<store.ConsultationRow> {
  return inTransaction(ctx, async (tx) => {
    const units = await store.unitNames(tx.db, [input.unitId, ...(input.villageIds ?? [])]);
    const unit = units.get(input.unitId);
    if (!unit) throw notFound('Đơn vị');
    const actor = requirePermission(tx.actor, 'consultation.open', unit.path);
    if (unit.kind !== 'commune' && unit.kind !== 'village') {
      throw unprocessable('INVALID_UNIT', 'Chỉ lấy ý kiến Nhân dân ở xã, phường hoặc thôn, tổ dân phố.');
    }
    const villageIds = [...new Set(input.villageIds ?? [])];
    if (villageIds.length > 0) {
      if (unit.kind !== 'commune') throw unprocessable('INVALID_VILLAGES', 'Chỉ chọn thôn, tổ dân phố khi lấy ý kiến ở cấp xã.');
      for (const v of villageIds) {
        const u = units.get(v);
        if (!u || u.kind !== 'village' || !u.path.startsWith(unit.path)) {
          throw unprocessable('INVALID_VILLAGES', 'Thôn, tổ dân phố được chọn không thuộc xã, phường này.');
        }
      }
    }
    const title = clean(input.title, 'Tên nội dung lấy ý kiến', MAX_TITLE);
    const draft = clean(input.draft, 'Nội dung dự thảo', MAX_DRAFT);
    const today = todayVn(tx.now);
    const opensOn = input.opensOn ?? today;
    const minDays = minDaysFor(input.kind, resolveSettings(await store.settingsChain(tx.db, unit.path)));
    fail(periodProblem({ opensOn, closesOn: input.closesOn, today, minDays, kind: input.kind }));
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    // the draft is public from its opening: its attachments too
    await assertAttachable(tx, attachmentIds.map(Number), unit.path);
    await publishAttachments(tx, attachmentIds.map(Number));
    const c = await store.insertConsultation(tx.db, {
      unitId: input.unitId,
      unitPath: unit.path,
      villageIds,
      kind: input.kind,
      title,
      draft,
      attachmentIds,
      opensOn,
      closesOn: input.closesOn,
      minDays,
      createdBy: actor.userId,
    });
    await audit(tx, {
      action: 'consultation.open',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { kind: c.kind, title, opensOn, closesOn: c.closes_on, minDays, villageIds, attachmentIds },
    });
    await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: COUNTER_OPENED, day: opensOn });
    return c;
  });
}

// ---- opinions -------------------------------------------------------------------------------------------

/** The village through which a resident takes part, or null when they do not live in the consultation's area. */
export function residentVillage(actor: Actor | null, c: Pick<store.ConsultationRow, 'unit_id' | 'unit_path' | 'village_ids'>): number | null {
  if (!actor) return null;
  for (const g of actor.grants) {
    if (!grantsAllow([g], 'consultation.give_opinion', g.unitPath)) continue;
    if (!g.unitPath.startsWith(c.unit_path)) continue;
    if (c.village_ids.length > 0 && !c.village_ids.some((v) => g.unitPath.includes(`/${v}/`))) continue;
    return g.unitId;
  }
  return null;
}

export async function putMyOpinion(
  ctx: Ctx,
  consultationId: number,
  input: { stance: Stance; body: string },
): Promise<{ opinion: store.OpinionRow; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const c = await store.getConsultation(tx.db, consultationId, true);
    const village = residentVillage(actor, c);
    if (village === null) throw forbidden('Chỉ người dân cư trú trên địa bàn được lấy ý kiến mới gửi được ý kiến.');
    fail(opinionRefusal(state(c), todayVn(tx.now)));
    const body = clean(input.body, 'Nội dung ý kiến', MAX_OPINION);
    const existing = await store.findPersonOpinion(tx.db, c.id, actor.personId);
    if (existing) {
      const opinion = await store.updateOpinion(tx.db, existing.id, { stance: input.stance, body, at: tx.now });
      await audit(tx, { action: 'consultation.opinion_update', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { opinionId: existing.id, stance: input.stance } });
      return { opinion, created: false };
    }
    const [opinion] = await store.insertOpinions(tx.db, [
      { consultationId: c.id, personId: actor.personId, villageId: village, source: 'online', stance: input.stance, body, authorName: null, sourceNote: null, enteredBy: actor.userId, at: tx.now },
    ]);
    await audit(tx, { action: 'consultation.opinion_give', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { opinionId: opinion!.id, stance: input.stance, source: 'online' } });
    await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: COUNTER_OPINIONS, day: todayVn(tx.now) });
    return { opinion: opinion!, created: true };
  });
}

export interface EnteredOpinion {
  stance: Stance;
  body: string;
  authorName?: string | null;
  villageId?: number | null;
}

export const MAX_ENTERED = 500;

/** An official enters opinions gathered at a meeting, on paper forms or through another channel. */
export async function enterOpinions(
  ctx: Ctx,
  consultationId: number,
  input: { source: Exclude<OpinionSource, 'online'>; sourceNote?: string | null; opinions: EnteredOpinion[] },
): Promise<store.OpinionRow[]> {
  return inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    const actor = requirePermission(tx.actor, 'consultation.enter_opinion', c.unit_path);
    fail(opinionRefusal(state(c), todayVn(tx.now)));
    if (input.opinions.length === 0) throw badRequest('VALIDATION_ERROR', 'Cần ít nhất một ý kiến.');
    if (input.opinions.length > MAX_ENTERED) throw badRequest('TOO_MANY_ITEMS', `Mỗi lần nhập tối đa ${MAX_ENTERED} ý kiến.`);
    const villageIds = [...new Set(input.opinions.map((o) => o.villageId).filter((v): v is number => !!v))];
    const villages = await store.unitNames(tx.db, villageIds);
    for (const v of villageIds) {
      const u = villages.get(v);
      if (!u || u.kind !== 'village' || !u.path.startsWith(c.unit_path)) {
        throw unprocessable('INVALID_VILLAGE', 'Thôn, tổ dân phố của ý kiến không thuộc địa bàn lấy ý kiến.');
      }
    }
    const sourceNote = input.sourceNote?.trim() || null;
    const rows = input.opinions.map((o, i) => ({
      consultationId: c.id,
      personId: null,
      villageId: o.villageId ?? (villageIds.length === 0 && c.village_ids.length === 1 ? c.village_ids[0]! : null),
      source: input.source,
      stance: o.stance,
      body: clean(o.body, `Nội dung ý kiến thứ ${i + 1}`, MAX_OPINION),
      authorName: o.authorName?.trim() || null,
      sourceNote,
      enteredBy: actor.userId,
      at: tx.now,
    }));
    const inserted = await store.insertOpinions(tx.db, rows);
    await audit(tx, {
      action: 'consultation.opinion_enter',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { source: input.source, sourceNote, count: inserted.length, firstId: inserted[0]!.id, lastId: inserted[inserted.length - 1]!.id },
    });
    await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: COUNTER_OPINIONS, day: todayVn(tx.now), delta: inserted.length });
    return inserted;
  });
}

// ---- close, synthesise, correct -------------------------------------------------------------------------

export async function closeConsultation(ctx: Ctx, consultationId: number): Promise<store.ConsultationRow> {
  return inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.open', c.unit_path);
    c = await closeByDate(tx, c);
    const today = todayVn(tx.now);
    fail(closeRefusal(state(c), today));
    await store.updateConsultation(tx.db, c.id, { status: 'closed', closed_on: today });
    await audit(tx, { action: 'consultation.close', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { by: 'official', closedOn: today } });
    return { ...c, status: 'closed', closed_on: today };
  });
}

async function loadGroups(tx: Ctx, c: store.ConsultationRow) {
  const rows = await store.listGroups(tx.db, c.id);
  const members = await store.groupMembers(tx.db, c.id);
  const groups: OpinionGroup[] = rows.map((g) => ({
    key: g.key,
    label: g.label,
    labelSource: g.label_source,
    kind: g.kind,
    topTerms: g.top_terms,
    opinionIds: (members.get(g.id) ?? []).map(String),
  }));
  return { rows, groups };
}

/** Runs the automatic grouping over every opinion and stores the groups (again and again until responses begin). */
export async function synthesise(ctx: Ctx, consultationId: number): Promise<{ groups: number; opinions: number }> {
  return inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    c = await closeByDate(tx, c);
    fail(synthesiseRefusal(c.status, await store.countResponses(tx.db, c.id)));
    const opinions = await store.listOpinions(tx.db, c.id);
    if (opinions.length === 0) throw unprocessable('NO_OPINIONS', 'Chưa có ý kiến nào để tổng hợp.');
    const groups = groupOpinions(opinions.map((o) => ({ id: String(o.id), text: o.body })));
    await store.replaceGroups(
      tx.db,
      c.id,
      groups.map((g) => ({ key: g.key, label: g.label, labelSource: g.labelSource, kind: g.kind, topTerms: g.topTerms, opinionIds: g.opinionIds.map(Number), response: null })),
    );
    await store.updateConsultation(tx.db, c.id, { synthesised_at: tx.now });
    await audit(tx, {
      action: 'consultation.synthesise',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { opinions: opinions.length, groups: groups.map((g) => ({ key: g.key, label: g.label, size: g.opinionIds.length })) },
    });
    return { groups: groups.length, opinions: opinions.length };
  });
}

export type Correction =
  | { op: 'merge'; keys: string[]; label?: string }
  | { op: 'split'; key: string; opinionIds: string[]; label?: string }
  | { op: 'rename'; key: string; label: string }
  | { op: 'move'; opinionIds: string[]; toKey: string };

/**
 * An official corrects the groups with the pure helpers of grouping.ts. A group whose opinions change loses its
 * response (it must be answered again); a renamed group keeps it.
 */
export async function correctGroups(ctx: Ctx, consultationId: number, op: Correction): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    const { rows, groups } = await loadGroups(tx, c);
    fail(correctionRefusal(c.status, rows.length));
    let next: OpinionGroup[];
    switch (op.op) {
      case 'merge':
        next = mergeGroups(groups, op.keys, op.label);
        break;
      case 'split':
        next = splitGroup(groups, op.key, op.opinionIds, op.label);
        break;
      case 'rename':
        next = renameGroup(groups, op.key, op.label);
        break;
      case 'move':
        next = moveOpinions(groups, op.opinionIds, op.toKey);
        break;
    }
    const before = new Map(groups.map((g) => [g.key, g]));
    const changed = next
      .filter((g) => {
        const b = before.get(g.key);
        return !b || b.opinionIds.length !== g.opinionIds.length || [...g.opinionIds].sort().join() !== [...b.opinionIds].sort().join();
      })
      .map((g) => g.key);
    if (changed.length > 0) {
      const opinions = await store.listOpinions(tx.db, c.id);
      next = relabelGroups(opinions.map((o) => ({ id: String(o.id), text: o.body })), next, changed);
    }
    const rowByKey = new Map(rows.map((r) => [r.key, r]));
    const changedSet = new Set(changed);
    await store.replaceGroups(
      tx.db,
      c.id,
      next.map((g) => {
        const old = rowByKey.get(g.key);
        const keep = old && !changedSet.has(g.key) && old.response_kind && old.response_text;
        return {
          key: g.key,
          label: g.label,
          labelSource: g.labelSource,
          kind: g.kind,
          topTerms: g.topTerms,
          opinionIds: g.opinionIds.map(Number),
          response: keep ? { kind: old.response_kind!, text: old.response_text!, at: old.responded_at, by: old.responded_by } : null,
        };
      }),
    );
    const cleared = rows.filter((r) => r.response_kind && (changedSet.has(r.key) || !next.some((g) => g.key === r.key))).map((r) => r.key);
    await audit(tx, {
      action: `consultation.group_${op.op}`,
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { ...op, changed, responsesCleared: cleared },
    });
  });
}

// ---- respond, publish, finish ---------------------------------------------------------------------------

export async function respond(ctx: Ctx, consultationId: number, key: string, input: { kind: ResponseKind; text: string }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    const actor = requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    const rows = await store.listGroups(tx.db, c.id);
    fail(correctionRefusal(c.status, rows.length));
    const g = rows.find((r) => r.key === key);
    if (!g) throw notFound('Nhóm ý kiến');
    const text = clean(input.text, 'Nội dung tiếp thu, giải trình', MAX_RESPONSE);
    await store.setResponse(tx.db, g.id, { kind: input.kind, text, at: tx.now, by: actor.userId });
    await audit(tx, {
      action: 'consultation.respond',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { key, label: g.label, kind: input.kind, text, previous: g.response_kind ? { kind: g.response_kind, text: g.response_text } : null },
    });
  });
}

/** Publishes the synthesis (counts, groups and the responses written so far) to the residents. */
export async function publish(ctx: Ctx, consultationId: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    if (c.status === 'published' || c.status === 'finished') throw unprocessable('ALREADY_PUBLISHED', 'Kết quả tổng hợp đã được công khai.');
    const rows = await store.listGroups(tx.db, c.id);
    fail(correctionRefusal(c.status, rows.length));
    await store.updateConsultation(tx.db, c.id, { status: 'published', published_at: tx.now });
    await audit(tx, { action: 'consultation.publish', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { groups: rows.length } });
  });
}

/** Finishes the consultation; refused while any group has no response. Publishes the synthesis if not yet done. */
export async function finish(ctx: Ctx, consultationId: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    let c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    c = await closeByDate(tx, c);
    const rows = await store.listGroups(tx.db, c.id);
    fail(finishRefusal(c.status, rows.map((r) => ({ label: r.label, responded: !!r.response_kind }))));
    await store.updateConsultation(tx.db, c.id, { status: 'finished', finished_at: tx.now, ...(c.published_at ? {} : { published_at: tx.now }) });
    await audit(tx, {
      action: 'consultation.finish',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { groups: rows.length, accepted: rows.filter((r) => r.response_kind === 'accepted').length },
    });
  });
}

// ---- reads ----------------------------------------------------------------------------------------------

export function canManage(actor: Actor | null, c: Pick<store.ConsultationRow, 'unit_path'>): boolean {
  return can(actor, 'consultation.respond', c.unit_path);
}

export function canEnter(actor: Actor | null, c: Pick<store.ConsultationRow, 'unit_path'>): boolean {
  return can(actor, 'consultation.enter_opinion', c.unit_path);
}

/** The synthesis is visible to the officials in charge, and to everyone once published. */
export function assertSynthesisVisible(actor: Actor | null, c: store.ConsultationRow): void {
  if (c.status === 'published' || c.status === 'finished') return;
  if (!canManage(actor, c) && !canEnter(actor, c)) {
    throw refusedWith(403, 'NOT_PUBLISHED', 'Kết quả tổng hợp ý kiến chưa được công khai.');
  }
}
