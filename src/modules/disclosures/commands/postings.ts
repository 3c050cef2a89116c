// Postings (niêm yết, broadcasts, notices): who posted the disclosure, where, when, for how long, with a photo.
// The portal posting is recorded with each version; physical postings come with the publication or later.
import { audit } from '../../../core/audit.ts';
import { assertAttachable, publishAttachments } from '../../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { can, requireActor, requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, unwrap } from '../../../core/refusal.ts';
import { getUnit } from '../../units/index.ts';
import { invalidateDisclosureCache } from '../cache.ts';
import { disclosingUnit, type DisclosingUnit } from '../disclosing-unit.ts';
import { PORTAL_MEDIUM, PORTAL_PLACE, cleanText, mediumCheck, placeCheck, postedOnCheck, postingPeriodDays, postingUntil } from '../rules.ts';
import type { PostingBody } from '../schema/disclosing.ts';
import * as store from '../store.ts';

export interface PostingInput {
  channel: string;
  place: string;
  /** Legal date of the posting (default today). */
  postedOn?: string;
  /** Days it stays posted (default: the disclosure's posting period; loudspeaker: 3). */
  days?: number;
  photoAttachmentId?: number | null;
  note?: string | null;
  /** The village where it was posted (a village head records postings at the village's cultural house). */
  placeUnitId?: number | null;
}

/** The version of a disclosure a posting is made of. */
interface PostedVersion {
  id: number;
  version: number;
  /** The disclosure's posting period (null: permanent). */
  postingDays: number | null;
}

export const postingInput = (p: PostingBody): PostingInput => ({
  channel: p.channel,
  place: p.place,
  postedOn: p.postedOn,
  days: p.days,
  photoAttachmentId: p.photoAttachmentId === undefined ? null : parseId(p.photoAttachmentId, 'photoAttachmentId'),
  note: p.note ?? null,
  placeUnitId: p.placeUnitId === undefined ? null : parseId(p.placeUnitId, 'placeUnitId'),
});

/**
 * Records a posting in the caller's transaction. Those who may publish in the unit post anywhere in it; a village
 * head (disclosure.record_posting) posts in their village.
 */
export async function addPosting(tx: Ctx, du: DisclosingUnit, d: PostedVersion, p: PostingInput): Promise<number> {
  const actor = requireActor(tx.actor);
  assertAllowed(mediumCheck(du.kind, p.channel));
  let placeUnit = du.unit;
  if (p.placeUnitId && p.placeUnitId !== du.unit.id) {
    placeUnit = await getUnit(tx.db, p.placeUnitId);
    assertAllowed(placeCheck(placeUnit.path, du.unit.path, du.commune?.path ?? null));
  }
  if (!can(actor, 'disclosure.publish', du.unit.path)) requirePermission(actor, 'disclosure.record_posting', placeUnit.path);
  const place = cleanText(p.place, 'place', 300);
  const today = todayVn(tx.now);
  const postedOn = p.postedOn ?? today;
  assertAllowed(postedOnCheck(postedOn, today));
  const days = unwrap(postingPeriodDays(p.channel, p.days, d.postingDays));
  if (p.photoAttachmentId) await assertAttachable(tx, [p.photoAttachmentId], du.unit.path);
  const id = await store.insertPosting(tx.db, {
    disclosureId: d.id,
    version: d.version,
    channel: p.channel,
    place: placeUnit.id === du.unit.id ? place : `${place} (${placeUnit.name})`,
    postedAt: tx.now,
    postedOn,
    postedUntil: postingUntil(postedOn, days),
    postedBy: actor.userId,
    postedByName: actor.name,
    photoAttachmentId: p.photoAttachmentId ?? null,
    note: p.note?.trim() || null,
  });
  if (p.photoAttachmentId) await publishAttachments(tx, [p.photoAttachmentId]);
  await audit(tx, {
    action: 'disclosure.posting',
    targetType: 'disclosure',
    targetId: d.id,
    unitId: du.unit.id,
    data: { postingId: id, channel: p.channel, place, postedOn, days, photoAttachmentId: p.photoAttachmentId ?? null },
  });
  return id;
}

/** The posting on the portal itself, recorded with every version as it is published. */
export async function addPortalPosting(tx: Ctx, d: { id: number; version: number; postedOn: string; postedUntil: string | null; note: string | null }): Promise<void> {
  await store.insertPosting(tx.db, {
    disclosureId: d.id,
    version: d.version,
    channel: PORTAL_MEDIUM,
    place: PORTAL_PLACE,
    postedAt: tx.now,
    postedOn: d.postedOn,
    postedUntil: d.postedUntil,
    postedBy: tx.actor?.userId ?? null,
    postedByName: tx.actor?.name ?? 'Hệ thống',
    photoAttachmentId: null,
    note: d.note,
  });
}

/** Records a posting (who, where, when, photo, period) of the current version. */
export async function recordPosting(ctx: Ctx, disclosureId: string, body: PostingBody): Promise<{ id: string }> {
  const input = postingInput(body);
  const id = await inTransaction(ctx, async (tx) => {
    const d = await store.getDisclosure(tx.db, parseId(disclosureId), true);
    const du = await disclosingUnit(tx.db, d.unit_id);
    return addPosting(tx, du, { id: d.id, version: d.version, postingDays: d.posting_days }, input);
  });
  invalidateDisclosureCache();
  return { id: String(id) };
}
