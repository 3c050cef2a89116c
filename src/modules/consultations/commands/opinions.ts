// Opinions: a resident gives (and edits) their own online, one per person and consultation; officials and village
// heads enter those gathered at meetings, on paper forms or through another channel (Law 10/2022 Art. 26 cl. 1).
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { requireActor, requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, badRequest, forbidden, unprocessable } from '../../../core/refusal.ts';
import { unitsByIds } from '../../units/index.ts';
import { residentVillage } from '../access.ts';
import { MAX_ENTERED, MAX_OPINION, opinionRefusal } from '../rules.ts';
import { opinionOut, stateOf, type OpinionOut } from '../shapes.ts';
import * as store from '../store.ts';
import type { OpinionSource, Stance } from '../tables.ts';
import { COUNTER_OPINIONS, clean } from './common.ts';

/** Gives or edits the resident's own opinion (`created`: it is their first). */
export async function putMyOpinion(
  ctx: Ctx,
  consultationId: number,
  input: { stance: Stance; body: string },
): Promise<{ opinion: OpinionOut; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const c = await store.getConsultation(tx.db, consultationId, true);
    const village = residentVillage(actor, c);
    if (village === null) throw forbidden('Chỉ người dân cư trú trên địa bàn được lấy ý kiến mới gửi được ý kiến.');
    assertAllowed(opinionRefusal(stateOf(c), todayVn(tx.now)));
    const body = clean(input.body, 'Nội dung ý kiến', MAX_OPINION);
    const existing = await store.findPersonOpinion(tx.db, c.id, actor.personId);
    if (existing) {
      const opinion = await store.updateOpinion(tx.db, existing.id, { stance: input.stance, body, at: tx.now });
      await audit(tx, { action: 'consultation.opinion_update', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { opinionId: existing.id, stance: input.stance } });
      return { opinion: opinionOut(opinion, new Map(), actor.personId, false), created: false };
    }
    const [opinion] = await store.insertOpinions(tx.db, [
      { consultationId: c.id, personId: actor.personId, villageId: village, source: 'online', stance: input.stance, body, authorName: null, sourceNote: null, enteredBy: actor.userId, at: tx.now },
    ]);
    await audit(tx, { action: 'consultation.opinion_give', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { opinionId: opinion!.id, stance: input.stance, source: 'online' } });
    await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: COUNTER_OPINIONS, day: todayVn(tx.now) });
    return { opinion: opinionOut(opinion!, new Map(), actor.personId, false), created: true };
  });
}

export interface EnterInput {
  source: Exclude<OpinionSource, 'online'>;
  sourceNote?: string | null;
  opinions: { stance: Stance; body: string; authorName?: string | null; villageId?: string | number | null }[];
}

/** Checks that the villages named by entered opinions lie in the consultation's area. */
async function assertVillagesIn(tx: Ctx, c: store.ConsultationRow, villageIds: number[]): Promise<void> {
  const villages = new Map((await unitsByIds(tx.db, villageIds)).map((u) => [u.id, u]));
  for (const v of villageIds) {
    const u = villages.get(v);
    if (!u || u.kind !== 'village' || !u.path.startsWith(c.unit_path)) {
      throw unprocessable('INVALID_VILLAGE', 'Thôn, tổ dân phố của ý kiến không thuộc địa bàn lấy ý kiến.');
    }
  }
}

/** An official enters opinions gathered at a meeting, on paper forms or through another channel. */
export async function enterOpinions(ctx: Ctx, consultationId: number, input: EnterInput): Promise<{ created: number; ids: string[] }> {
  const entered = input.opinions.map((o) => ({ ...o, villageId: o.villageId == null ? null : parseId(o.villageId, 'villageId') }));
  return inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    const actor = requirePermission(tx.actor, 'consultation.enter_opinion', c.unit_path);
    assertAllowed(opinionRefusal(stateOf(c), todayVn(tx.now)));
    if (entered.length === 0) throw badRequest('VALIDATION_ERROR', 'Cần ít nhất một ý kiến.');
    if (entered.length > MAX_ENTERED) throw badRequest('TOO_MANY_ITEMS', `Mỗi lần nhập tối đa ${MAX_ENTERED} ý kiến.`);
    const villageIds = [...new Set(entered.map((o) => o.villageId).filter((v): v is number => !!v))];
    await assertVillagesIn(tx, c, villageIds);
    const sourceNote = input.sourceNote?.trim() || null;
    const rows = entered.map((o, i) => ({
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
    return { created: inserted.length, ids: inserted.map((r) => String(r.id)) };
  });
}

/**
 * The demo only: opinions the residents `personId` gave online, recorded by the seeding account without their
 * sessions (audited as one entry marked `demo`).
 */
export async function seedOnlineOpinions(
  ctx: Ctx,
  consultationId: number,
  opinions: { personId: number; villageId: number; stance: Stance; body: string }[],
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    const rows = await store.insertOpinions(
      tx.db,
      opinions.map((o) => ({ consultationId: c.id, ...o, source: 'online' as const, authorName: null, sourceNote: null, enteredBy: tx.actor!.userId, at: tx.now })),
    );
    await audit(tx, { action: 'consultation.opinion_give', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { demo: true, count: rows.length, source: 'online' } });
    await bumpCounter(tx, { unitId: c.unit_id, key: COUNTER_OPINIONS, day: todayVn(tx.now), delta: rows.length });
  });
}
