// Publishing a disclosure (version 1) with its postings: permission → validation → rules → store → audit, in one
// transaction; `disclosures.published` counted and subscribers notified through the outbox in the same one.
import { audit } from '../../../core/audit.ts';
import { assertAttachable, publishAttachments } from '../../../core/attachments.ts';
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, unwrap } from '../../../core/refusal.ts';
import { invalidateDisclosureCache } from '../cache.ts';
import type { DisclosureCategory } from '../categories.ts';
import { disclosingUnit, postingDaysFor, type DisclosingUnit } from '../disclosing-unit.ts';
import {
  categoryFor,
  cleanBody,
  cleanText,
  decidedOnCheck,
  disclosureDueOn,
  disclosureMedia,
  disclosurePostingDays,
  isOnTime,
  loudspeakerWarnings,
  noticeBoardCheck,
  postingUntil,
} from '../rules.ts';
import type { PublishBody } from '../schema/disclosing.ts';
import * as store from '../store.ts';
import { addPortalPosting, addPosting, postingInput, type PostingInput } from './postings.ts';

/** Counter key of published disclosures (docs/conventions.md). */
const COUNTER_PUBLISHED = 'disclosures.published';

export interface PublishInput {
  unitId: number;
  category: string;
  title: string;
  body: string;
  channels: string[];
  postingDays?: number | null;
  /** Date of the decision or document disclosed; the legal deadline runs from it. */
  decidedOn?: string | null;
  attachmentIds?: number[];
  postings?: PostingInput[];
}

interface PublishResult {
  id: number;
  version: number;
  publishedAt: Date;
  publishedOn: string;
  postedUntil: string | null;
  dueOn: string | null;
  onTime: boolean;
  channels: string[];
  warnings: string[];
}

/** What publishing and correcting answer over HTTP. */
export const publishOut = (r: PublishResult) => ({
  id: String(r.id),
  version: r.version,
  publishedAt: r.publishedAt.toISOString(),
  publishedOn: r.publishedOn,
  postedUntil: r.postedUntil,
  dueOn: r.dueOn,
  onTime: r.onTime,
  channels: r.channels,
  warnings: r.warnings,
});

/** A disclosure checked against the rules, ready to be stored. */
interface Checked {
  cat: DisclosureCategory;
  title: string;
  body: string;
  channels: string[];
  warnings: string[];
  today: string;
  decidedOn: string | null;
  dueOn: string | null;
  postingDays: number | null;
  postedUntil: string | null;
  attachmentIds: number[];
}

async function check(tx: Ctx, du: DisclosingUnit, input: PublishInput): Promise<Checked> {
  const cat = unwrap(categoryFor(du.kind, input.category));
  const title = cleanText(input.title, 'title', 300);
  const body = cleanBody(input.body);
  const channels = unwrap(disclosureMedia(du.kind, input.channels));
  assertAllowed(noticeBoardCheck(du.kind, cat, channels));
  const today = todayVn(tx.now);
  const decidedOn = input.decidedOn ?? null;
  assertAllowed(decidedOnCheck(decidedOn, today));
  // The official holiday schedule loaded by the administrator, when there is one, else the default.
  const dueOn = decidedOn ? disclosureDueOn(await calendarFor(tx.db), du.kind, decidedOn) : null;
  const setting = await postingDaysFor(tx.db, du);
  const postingDays = unwrap(disclosurePostingDays(input.postingDays ?? setting.days, setting.days, cat.frequency));
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  await assertAttachable(tx, attachmentIds, du.unit.path);
  const warnings = loudspeakerWarnings(du.kind, cat, channels);
  return { cat, title, body, channels, warnings, today, decidedOn, dueOn, postingDays, postedUntil: postingUntil(today, postingDays), attachmentIds };
}

/** Writes the disclosure, its first version and its portal posting; returns its id. */
async function writeDisclosure(tx: Ctx, du: DisclosingUnit, c: Checked): Promise<number> {
  const publishedBy = tx.actor?.userId ?? null;
  const content = { title: c.title, body: c.body, channels: c.channels, attachmentIds: c.attachmentIds };
  const id = await store.insertDisclosure(tx.db, {
    ...content,
    unitId: du.unit.id,
    unitPath: du.unit.path,
    category: c.cat.code,
    decidedOn: c.decidedOn,
    dueOn: c.dueOn,
    publishedOn: c.today,
    publishedAt: tx.now,
    postingDays: c.postingDays,
    postedFrom: c.today,
    postedUntil: c.postedUntil,
    publishedBy,
  });
  await store.insertVersion(tx.db, { ...content, disclosureId: id, version: 1, reason: null, publishedAt: tx.now, publishedBy, postedFrom: c.today, postedUntil: c.postedUntil });
  await publishAttachments(tx, c.attachmentIds);
  await addPortalPosting(tx, { id, version: 1, postedOn: c.today, postedUntil: c.postedUntil, note: null });
  return id;
}

/** Notifies the subscribers of a disclosure's unit and category (through the outbox, in the transaction). */
export async function notifySubscribers(
  tx: Ctx,
  du: DisclosingUnit,
  d: { id: number; category: string },
  kind: 'disclosure.published' | 'disclosure.revised',
  message: { title: string; body: string },
): Promise<void> {
  await store.enqueueForSubscribers(
    tx.db,
    { id: d.id, unitId: du.unit.id, unitPath: du.unit.path, category: d.category, publicUnit: du.isPublic, excludeUserId: tx.actor?.userId ?? null },
    { ...message, link: `/cong-khai/${d.id}` },
    kind,
    tx.now,
  );
}

/**
 * Publishes a disclosure (version 1) with its postings, bumps `disclosures.published` and notifies subscribers,
 * in one transaction. In-process callers that have already authorised the act (e.g. the decisions module
 * publishing a vote result) pass `{ authorized: true }`; HTTP routes never do.
 */
export async function publishDisclosure(ctx: Ctx, input: PublishInput, opts: { authorized?: boolean } = {}): Promise<PublishResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const du = await disclosingUnit(tx.db, input.unitId);
    if (!opts.authorized) requirePermission(tx.actor, 'disclosure.publish', du.unit.path);
    const c = await check(tx, du, input);
    const id = await writeDisclosure(tx, du, c);
    const posted = { id, version: 1, postingDays: c.postingDays };
    for (const p of input.postings ?? []) await addPosting(tx, du, posted, p);
    const today = c.today;
    await bumpCounter(tx, { unitId: du.unit.id, unitPath: du.unit.path, key: COUNTER_PUBLISHED, day: today });
    await notifySubscribers(tx, du, { id, category: c.cat.code }, 'disclosure.published', { title: `Công khai mới: ${c.title}`, body: `${du.unit.name} — ${c.cat.vi}` });
    const { title, channels, decidedOn, dueOn, postingDays, postedUntil, attachmentIds } = c;
    await audit(tx, {
      action: 'disclosure.publish',
      targetType: 'disclosure',
      targetId: id,
      unitId: du.unit.id,
      data: { category: c.cat.code, title, channels, decidedOn, dueOn, postingDays, postedUntil, attachmentIds, byProcess: opts.authorized ? true : undefined },
    });
    return { id, version: 1, publishedAt: tx.now, publishedOn: today, postedUntil, dueOn, onTime: isOnTime(today, dueOn), channels, warnings: c.warnings };
  });
  invalidateDisclosureCache();
  return result;
}

/** Publishing over HTTP: ids as strings in and out. */
export async function publish(ctx: Ctx, b: PublishBody): Promise<ReturnType<typeof publishOut>> {
  const input: PublishInput = {
    unitId: parseId(b.unitId, 'unitId'),
    category: b.category,
    title: b.title,
    body: b.body,
    channels: b.channels,
    postingDays: b.postingDays ?? null,
    decidedOn: b.decidedOn ?? null,
    attachmentIds: (b.attachmentIds ?? []).map((x) => parseId(x, 'attachmentIds')),
    postings: (b.postings ?? []).map(postingInput),
  };
  return publishOut(await publishDisclosure(ctx, input));
}
