// Correcting a disclosure by publishing a new version: the old versions stay, visible in the history, and the
// corrected content is disclosed again (Law 10/2022 Art. 14 cl. 1, last para.): a new posting period starts today.
import { audit } from '../../../core/audit.ts';
import { assertAttachable, publishAttachments } from '../../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, unprocessable, unwrap } from '../../../core/refusal.ts';
import { invalidateDisclosureCache } from '../cache.ts';
import { categoryByCode } from '../categories.ts';
import { disclosingUnit, postingDaysFor, type DisclosingUnit } from '../disclosing-unit.ts';
import { cleanBody, cleanText, disclosureMedia, disclosurePostingDays, isOnTime, noticeBoardCheck, postingUntil } from '../rules.ts';
import type { ReviseBody } from '../schema/disclosing.ts';
import * as store from '../store.ts';
import { addPortalPosting } from './postings.ts';
import { notifySubscribers, publishOut } from './publish.ts';

/** The new content: what the body changes, the rest as it is. */
async function newContent(tx: Ctx, du: DisclosingUnit, d: store.DisclosureRow, b: ReviseBody) {
  const title = b.title === undefined ? d.title : cleanText(b.title, 'title', 300);
  const body = b.body === undefined ? d.body : cleanBody(b.body);
  const channels = b.channels ? unwrap(disclosureMedia(du.kind, b.channels)) : d.channels;
  const cat = categoryByCode(d.category);
  assertAllowed(noticeBoardCheck(du.kind, cat, channels));
  const unchanged = title === d.title && body === d.body && JSON.stringify(channels) === JSON.stringify(d.channels) && b.attachmentIds === undefined;
  if (unchanged) throw unprocessable('NOTHING_CHANGED', 'Phiên bản mới phải thay đổi tiêu đề, nội dung, hình thức hoặc tệp đính kèm.');
  const attachmentIds = b.attachmentIds ? [...new Set(b.attachmentIds.map((x) => parseId(x, 'attachmentIds')))] : d.attachment_ids;
  if (b.attachmentIds) await assertAttachable(tx, attachmentIds, du.unit.path);
  // A correction keeps the disclosure's period unless asked otherwise, lengthened to the unit's minimum.
  const setting = await postingDaysFor(tx.db, du);
  const requested = b.postingDays ?? (d.posting_days === null ? null : Math.max(d.posting_days, setting.days));
  const postingDays = unwrap(disclosurePostingDays(requested, setting.days, cat?.frequency));
  return { title, body, channels, attachmentIds, postingDays };
}

/** Publishes version n + 1 of a disclosure; answers like publishing. */
export async function reviseDisclosure(ctx: Ctx, disclosureId: string, b: ReviseBody) {
  const result = await inTransaction(ctx, async (tx) => {
    const d = await store.getDisclosure(tx.db, parseId(disclosureId), true);
    const du = await disclosingUnit(tx.db, d.unit_id);
    const actor = requirePermission(tx.actor, 'disclosure.publish', du.unit.path);
    const reason = cleanText(b.reason, 'reason', 1000);
    const { postingDays, ...content } = await newContent(tx, du, d, b);
    const today = todayVn(tx.now);
    const version = d.version + 1;
    const postedUntil = postingUntil(today, postingDays);
    const v = { ...content, disclosureId: d.id, version, reason, publishedAt: tx.now, publishedBy: actor.userId, postedFrom: today, postedUntil };
    await store.insertVersion(tx.db, v);
    await store.setCurrentVersion(tx.db, d.id, { ...v, postingDays });
    await publishAttachments(tx, content.attachmentIds);
    await addPortalPosting(tx, { id: d.id, version, postedOn: today, postedUntil, note: `Phiên bản ${version}: ${reason}` });
    await notifySubscribers(tx, du, { id: d.id, category: d.category }, 'disclosure.revised', { title: `Đính chính (phiên bản ${version}): ${content.title}`, body: reason });
    const { title, channels, attachmentIds } = content;
    await audit(tx, {
      action: 'disclosure.revise',
      targetType: 'disclosure',
      targetId: d.id,
      unitId: du.unit.id,
      data: { version, reason, title, channels, attachmentIds, postingDays, postedUntil },
    });
    const onTime = isOnTime(d.published_on, d.due_on);
    return { id: d.id, version, publishedAt: tx.now, publishedOn: d.published_on, postedUntil, dueOn: d.due_on, onTime, channels, warnings: [] };
  });
  invalidateDisclosureCache();
  return publishOut(result);
}
