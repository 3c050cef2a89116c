// Use cases of disclosures ("dân biết"): publish, correct by a new version, record postings, questions and
// answers, subscriptions, posting-period settings, compliance. Each: permission → validation → rules → store →
// audit, in one transaction.
import { audit } from '../../core/audit.ts';
import { assertAttachable, publishAttachments } from '../../core/attachments.ts';
import { compareDates } from '../../core/calendar/index.ts';
import { calendarFor } from '../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, conflict, forbidden, unprocessable } from '../../core/refusal.ts';
import { formatPercent } from '../../core/format.ts';
import { enqueue } from '../../core/outbox.ts';
import { can, requireActor, requirePermission, rolesFor } from '../../core/permissions.ts';
import * as units from '../units/store.ts';
import {
  categoriesFor,
  categoryByCode,
  channelByCode,
  disclosureKindOf,
  type DisclosureUnitKind,
} from './categories.ts';
import {
  LOUDSPEAKER_MIN_DAYS,
  MAX_POSTING_DAYS,
  complianceFor,
  defaultPostingDays,
  disclosureDueOn,
  postingUntil,
  type ComplianceResult,
} from './rules.ts';
import * as store from './store.ts';
import { invalidateDisclosureCache } from './cache.ts';

/** Counter key of published disclosures (docs/conventions.md). */
export const COUNTER_PUBLISHED = 'disclosures.published';
/** The portal itself is a publication on the commune's website (Law 10/2022 Art. 12 cl. 1 b, Art. 13 cl. 1). */
export const PORTAL_CHANNEL = 'website';
export const PORTAL_PLACE = 'Cổng thông tin Cơ Sở (trang công khai)';


export interface DisclosureUnit {
  unit: units.UnitRow;
  kind: DisclosureUnitKind;
  /** The commune of a village (itself for a commune); null for agencies and enterprises. */
  commune: units.UnitRow | null;
  /** Commune-level information is public; agencies' and enterprises' is internal (Art. 46, 64: "trong nội bộ"). */
  isPublic: boolean;
}

export async function disclosureUnit(ctx: Pick<Ctx, 'db'>, unitId: number): Promise<DisclosureUnit> {
  const unit = await units.getUnit(ctx.db, unitId);
  const kind = disclosureKindOf(unit.kind);
  if (!kind) throw unprocessable('UNIT_CANNOT_DISCLOSE', 'Chỉ xã, phường, thôn, tổ dân phố, cơ quan, đơn vị và doanh nghiệp mới công khai thông tin.');
  let commune: units.UnitRow | null = null;
  if (unit.kind === 'commune') commune = unit;
  else if (unit.kind === 'village' && unit.parent_id !== null) commune = await units.getUnit(ctx.db, unit.parent_id);
  return { unit, kind, commune, isPublic: kind === 'commune' };
}

/** Posting period of a unit: its own setting, else its commune's (for a village), else the legal default. */
export async function postingDaysFor(ctx: Pick<Ctx, 'db'>, du: DisclosureUnit): Promise<{ days: number; configured: boolean }> {
  const owner = du.unit.kind === 'village' && du.commune ? du.commune : du.unit;
  const s = (await store.unitSettings(ctx.db, owner.id)).disclosures as { postingDays?: unknown } | undefined;
  const v = s?.postingDays;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_POSTING_DAYS) return { days: v, configured: true };
  return { days: defaultPostingDays(du.kind), configured: false };
}

/** Whether the actor may read a unit's disclosures: commune information is public; internal otherwise. */
export function canRead(ctx: Pick<Ctx, 'actor'>, du: DisclosureUnit): boolean {
  if (du.isPublic) return true;
  const a = ctx.actor;
  return !!a && a.grants.some((g) => du.unit.path.startsWith(g.unitPath));
}

export function assertCanRead(ctx: Pick<Ctx, 'actor'>, du: DisclosureUnit): void {
  if (canRead(ctx, du)) return;
  if (!ctx.actor) throw unprocessableLogin();
  throw forbidden('Thông tin này chỉ công khai trong nội bộ cơ quan, đơn vị, doanh nghiệp.');
}
const unprocessableLogin = () => forbidden('Thông tin này chỉ công khai trong nội bộ cơ quan, đơn vị, doanh nghiệp; vui lòng đăng nhập.');

// ---- publish ----------------------------------------------------------------------------------------------

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

export interface PublishResult {
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

function cleanText(v: string, field: string, max: number): string {
  const s = v.normalize('NFC').trim();
  if (!s) throw badRequest('VALIDATION_ERROR', `Trường "${field}" không được để trống.`);
  if (s.length > max) throw badRequest('VALIDATION_ERROR', `Trường "${field}" dài quá ${max} ký tự.`);
  return s;
}

function checkChannels(kind: DisclosureUnitKind, channels: string[]): string[] {
  const out = [...new Set([PORTAL_CHANNEL, ...channels])];
  for (const c of out) {
    const ch = channelByCode(c);
    if (!ch) throw badRequest('INVALID_CHANNEL', `Hình thức công khai "${c}" không hợp lệ.`);
    if (!ch.kinds.includes(kind)) throw unprocessable('CHANNEL_NOT_ALLOWED', `Hình thức "${ch.vi}" không áp dụng cho loại đơn vị này.`);
  }
  return out;
}

/**
 * Publishes a disclosure (version 1) with its postings, bumps `disclosures.published` and notifies subscribers,
 * in one transaction. In-process callers that have already authorised the act (e.g. the decisions module
 * publishing a vote result) pass `{ authorized: true }`; HTTP routes never do.
 */
export async function publishDisclosure(ctx: Ctx, input: PublishInput, opts: { authorized?: boolean } = {}): Promise<PublishResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const du = await disclosureUnit(tx, input.unitId);
    if (!opts.authorized) requirePermission(tx.actor, 'disclosure.publish', du.unit.path);
    const cat = categoryByCode(input.category);
    if (!cat) throw badRequest('INVALID_CATEGORY', `Danh mục công khai "${input.category}" không hợp lệ.`);
    if (cat.kind !== du.kind) throw unprocessable('CATEGORY_NOT_ALLOWED', `Danh mục "${cat.vi}" không áp dụng cho loại đơn vị này.`);
    const title = cleanText(input.title, 'title', 300);
    const body = input.body.normalize('NFC').trim();
    if (body.length > 100_000) throw badRequest('VALIDATION_ERROR', 'Trường "body" dài quá 100.000 ký tự.');
    if (!input.channels.length) throw badRequest('VALIDATION_ERROR', 'Cần chọn ít nhất một hình thức công khai.');
    const channels = checkChannels(du.kind, input.channels);
    const warnings: string[] = [];
    // Law 10/2022 Art. 13 cl. 2: mandatory commune information is posted at the commune office and villages.
    if (du.kind === 'commune' && cat.mandatory && !channels.includes('notice_board')) {
      throw unprocessable('NOTICE_BOARD_REQUIRED', 'Nội dung này phải được niêm yết tại trụ sở UBND xã và nhà văn hóa thôn (Luật 10/2022/QH15, Điều 13 khoản 2).');
    }
    if (du.kind === 'commune' && cat.loudspeaker && !channels.includes('loudspeaker')) {
      warnings.push(`Nội dung này cần được phát trên hệ thống truyền thanh của xã (nếu có) ít nhất ${LOUDSPEAKER_MIN_DAYS} ngày liên tục (Luật 10/2022/QH15, Điều 13 khoản 3).`);
    }
    const today = todayVn(tx.now);
    const decidedOn = input.decidedOn ?? null;
    if (decidedOn && compareDates(decidedOn, today) > 0) {
      throw unprocessable('DECIDED_IN_FUTURE', 'Ngày ban hành quyết định, văn bản không được sau ngày hôm nay.');
    }
    // The official holiday schedule loaded by the administrator, when there is one, else the default.
    const dueOn = decidedOn ? disclosureDueOn(await calendarFor(tx.db), du.kind, decidedOn) : null;
    const setting = await postingDaysFor(tx, du);
    let postingDays: number | null = input.postingDays ?? setting.days;
    if (postingDays < setting.days) {
      throw unprocessable('POSTING_TOO_SHORT', `Thời gian niêm yết tối thiểu của đơn vị là ${setting.days} ngày liên tục.`);
    }
    if (cat.frequency === 'permanent') postingDays = null; // posted permanently (Art. 13 cl. 2, para. 2)
    const postedUntil = postingUntil(today, postingDays);
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    await assertAttachable(tx, attachmentIds, du.unit.path);
    const actor = tx.actor;
    const id = await store.insertDisclosure(tx.db, {
      unitId: du.unit.id,
      unitPath: du.unit.path,
      category: cat.code,
      title,
      body,
      channels,
      attachmentIds,
      decidedOn,
      dueOn,
      publishedOn: today,
      publishedAt: tx.now,
      postingDays,
      postedFrom: today,
      postedUntil,
      publishedBy: actor?.userId ?? null,
    });
    await store.insertVersion(tx.db, {
      disclosureId: id,
      version: 1,
      title,
      body,
      channels,
      attachmentIds,
      reason: null,
      publishedAt: tx.now,
      publishedBy: actor?.userId ?? null,
      postedFrom: today,
      postedUntil,
    });
    await publishAttachments(tx, attachmentIds);
    // The portal posting is recorded at once; physical postings come with the input or later.
    await store.insertPosting(tx.db, {
      disclosureId: id,
      version: 1,
      channel: PORTAL_CHANNEL,
      place: PORTAL_PLACE,
      postedAt: tx.now,
      postedOn: today,
      postedUntil,
      postedBy: actor?.userId ?? null,
      postedByName: actor?.name ?? 'Hệ thống',
      photoAttachmentId: null,
      note: null,
    });
    for (const p of input.postings ?? []) await addPosting(tx, du, { id, version: 1, postingDays, loudspeaker: !!cat.loudspeaker, channels }, p);
    await bumpCounter(tx, { unitId: du.unit.id, unitPath: du.unit.path, key: COUNTER_PUBLISHED, day: today });
    await store.enqueueForSubscribers(
      tx.db,
      { id, unitId: du.unit.id, unitPath: du.unit.path, category: cat.code, publicUnit: du.isPublic, excludeUserId: actor?.userId ?? null },
      { title: `Công khai mới: ${title}`, body: `${du.unit.name} — ${cat.vi}`, link: `/cong-khai/${id}` },
      'disclosure.published',
      tx.now,
    );
    await audit(tx, {
      action: 'disclosure.publish',
      targetType: 'disclosure',
      targetId: id,
      unitId: du.unit.id,
      data: { category: cat.code, title, channels, decidedOn, dueOn, postingDays, postedUntil, attachmentIds, byProcess: opts.authorized ? true : undefined },
    });
    return {
      id,
      version: 1,
      publishedAt: tx.now,
      publishedOn: today,
      postedUntil,
      dueOn,
      onTime: dueOn === null || compareDates(today, dueOn) <= 0,
      channels,
      warnings,
    };
  });
  invalidateDisclosureCache();
  return result;
}

async function addPosting(
  tx: Ctx,
  du: DisclosureUnit,
  d: { id: number; version: number; postingDays: number | null; loudspeaker: boolean; channels: string[] },
  p: PostingInput,
): Promise<number> {
  const actor = requireActor(tx.actor);
  const ch = channelByCode(p.channel);
  if (!ch) throw badRequest('INVALID_CHANNEL', `Hình thức công khai "${p.channel}" không hợp lệ.`);
  if (!ch.kinds.includes(du.kind)) throw unprocessable('CHANNEL_NOT_ALLOWED', `Hình thức "${ch.vi}" không áp dụng cho loại đơn vị này.`);
  let placeUnit = du.unit;
  if (p.placeUnitId && p.placeUnitId !== du.unit.id) {
    placeUnit = await units.getUnit(tx.db, p.placeUnitId);
    if (!placeUnit.path.startsWith(du.unit.path) && !(du.commune && placeUnit.path.startsWith(du.commune.path))) {
      throw unprocessable('PLACE_OUTSIDE_UNIT', 'Nơi niêm yết phải thuộc đơn vị công khai thông tin.');
    }
  }
  if (!can(actor, 'disclosure.publish', du.unit.path)) requirePermission(actor, 'disclosure.record_posting', placeUnit.path);
  const place = cleanText(p.place, 'place', 300);
  const today = todayVn(tx.now);
  const postedOn = p.postedOn ?? today;
  if (compareDates(postedOn, today) > 0) throw unprocessable('POSTED_IN_FUTURE', 'Ngày niêm yết không được sau ngày hôm nay.');
  let days: number | null = p.days ?? (ch.code === 'loudspeaker' ? LOUDSPEAKER_MIN_DAYS : d.postingDays);
  if (ch.code === 'loudspeaker' && days !== null && days < LOUDSPEAKER_MIN_DAYS) {
    throw unprocessable('BROADCAST_TOO_SHORT', `Phát trên hệ thống truyền thanh ít nhất ${LOUDSPEAKER_MIN_DAYS} ngày liên tục (Luật 10/2022/QH15, Điều 13 khoản 3).`);
  }
  if (ch.code === 'notice_board') {
    const min = d.postingDays;
    if (min === null) days = null;
    else if (days !== null && days < min) {
      throw unprocessable('POSTING_TOO_SHORT', `Thời gian niêm yết tối thiểu là ${min} ngày liên tục.`);
    }
  }
  if (p.photoAttachmentId) await assertAttachable(tx, [p.photoAttachmentId], du.unit.path);
  const id = await store.insertPosting(tx.db, {
    disclosureId: d.id,
    version: d.version,
    channel: ch.code,
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
    data: { postingId: id, channel: ch.code, place, postedOn, days, photoAttachmentId: p.photoAttachmentId ?? null },
  });
  return id;
}

/** Records a posting (who, where, when, photo, period) of the current version. */
export async function recordPosting(ctx: Ctx, disclosureId: number, p: PostingInput): Promise<number> {
  const id = await inTransaction(ctx, async (tx) => {
    const d = await store.getDisclosure(tx.db, disclosureId, true);
    const du = await disclosureUnit(tx, d.unit_id);
    const cat = categoryByCode(d.category);
    return addPosting(tx, du, { id: d.id, version: d.version, postingDays: d.posting_days, loudspeaker: !!cat?.loudspeaker, channels: d.channels }, p);
  });
  invalidateDisclosureCache();
  return id;
}

// ---- correction by a new version --------------------------------------------------------------------------

export interface ReviseInput {
  reason: string;
  title?: string;
  body?: string;
  channels?: string[];
  attachmentIds?: number[];
  postingDays?: number;
}

/**
 * Corrects a disclosure by publishing a new version (the old ones stay, visible in the history). The corrected
 * content is disclosed again (Law 10/2022 Art. 14 cl. 1, last para.): a new posting period starts today.
 */
export async function reviseDisclosure(ctx: Ctx, disclosureId: number, input: ReviseInput): Promise<PublishResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const d = await store.getDisclosure(tx.db, disclosureId, true);
    const du = await disclosureUnit(tx, d.unit_id);
    const actor = requirePermission(tx.actor, 'disclosure.publish', du.unit.path);
    const reason = cleanText(input.reason, 'reason', 1000);
    const title = input.title === undefined ? d.title : cleanText(input.title, 'title', 300);
    const body = input.body === undefined ? d.body : input.body.normalize('NFC').trim();
    const channels = input.channels ? checkChannels(du.kind, input.channels) : d.channels;
    const cat = categoryByCode(d.category);
    if (du.kind === 'commune' && cat?.mandatory && !channels.includes('notice_board')) {
      throw unprocessable('NOTICE_BOARD_REQUIRED', 'Nội dung này phải được niêm yết (Luật 10/2022/QH15, Điều 13 khoản 2).');
    }
    const unchanged = title === d.title && body === d.body && JSON.stringify(channels) === JSON.stringify(d.channels) && input.attachmentIds === undefined;
    if (unchanged) throw unprocessable('NOTHING_CHANGED', 'Phiên bản mới phải thay đổi tiêu đề, nội dung, hình thức hoặc tệp đính kèm.');
    const attachmentIds = input.attachmentIds ? [...new Set(input.attachmentIds)] : d.attachment_ids;
    if (input.attachmentIds) await assertAttachable(tx, attachmentIds, du.unit.path);
    const setting = await postingDaysFor(tx, du);
    let postingDays: number | null = input.postingDays ?? (d.posting_days === null ? null : Math.max(d.posting_days, setting.days));
    if (postingDays !== null && postingDays < setting.days) {
      throw unprocessable('POSTING_TOO_SHORT', `Thời gian niêm yết tối thiểu của đơn vị là ${setting.days} ngày liên tục.`);
    }
    if (cat?.frequency === 'permanent') postingDays = null;
    const today = todayVn(tx.now);
    const version = d.version + 1;
    const postedUntil = postingUntil(today, postingDays);
    const v = {
      disclosureId: d.id,
      version,
      title,
      body,
      channels,
      attachmentIds,
      reason,
      publishedAt: tx.now,
      publishedBy: actor.userId,
      postedFrom: today,
      postedUntil,
    };
    await store.insertVersion(tx.db, v);
    await store.setCurrentVersion(tx.db, d.id, { ...v, postingDays });
    await publishAttachments(tx, attachmentIds);
    await store.insertPosting(tx.db, {
      disclosureId: d.id,
      version,
      channel: PORTAL_CHANNEL,
      place: PORTAL_PLACE,
      postedAt: tx.now,
      postedOn: today,
      postedUntil,
      postedBy: actor.userId,
      postedByName: actor.name,
      photoAttachmentId: null,
      note: `Phiên bản ${version}: ${reason}`,
    });
    await store.enqueueForSubscribers(
      tx.db,
      { id: d.id, unitId: du.unit.id, unitPath: du.unit.path, category: d.category, publicUnit: du.isPublic, excludeUserId: actor.userId },
      { title: `Đính chính (phiên bản ${version}): ${title}`, body: reason, link: `/cong-khai/${d.id}` },
      'disclosure.revised',
      tx.now,
    );
    await audit(tx, {
      action: 'disclosure.revise',
      targetType: 'disclosure',
      targetId: d.id,
      unitId: du.unit.id,
      data: { version, reason, title, channels, attachmentIds, postingDays, postedUntil },
    });
    return {
      id: d.id,
      version,
      publishedAt: tx.now,
      publishedOn: d.published_on,
      postedUntil,
      dueOn: d.due_on,
      onTime: d.due_on === null || compareDates(d.published_on, d.due_on) <= 0,
      channels,
      warnings: [],
    };
  });
  invalidateDisclosureCache();
  return result;
}

// ---- questions and answers --------------------------------------------------------------------------------

/** Residents (anyone with a role in or above the commune, or below it) may ask on a disclosure they can read. */
export async function askQuestion(ctx: Ctx, disclosureId: number, text: string): Promise<number> {
  const id = await inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const d = await store.getDisclosure(tx.db, disclosureId);
    const du = await disclosureUnit(tx, d.unit_id);
    assertCanRead(tx, du);
    const scope = (du.commune ?? du.unit).path;
    const related = actor.grants.some((g) => g.unitPath.startsWith(scope) || scope.startsWith(g.unitPath));
    if (!related) throw forbidden('Chỉ người dân, cán bộ của địa phương, đơn vị này mới gửi được câu hỏi.');
    const question = cleanText(text, 'question', 2000);
    const qid = await store.insertQuestion(tx.db, { disclosureId: d.id, askedBy: actor.userId, askerName: actor.name, question, askedAt: tx.now });
    const officials = await store.usersWithRolesOver(tx.db, d.unit_path, rolesFor('disclosure.answer'));
    await enqueue(
      tx,
      ...officials
        .filter((u) => u !== actor.userId)
        .map((u) => ({
          kind: 'disclosure.question',
          recipientId: u,
          channel: 'in_app',
          payload: { title: `Câu hỏi mới về: ${d.title}`, body: question.slice(0, 200), link: `/cong-khai/${d.id}` },
        })),
    );
    await audit(tx, { action: 'disclosure.ask', targetType: 'disclosure', targetId: d.id, unitId: d.unit_id, data: { questionId: qid } });
    return qid;
  });
  invalidateDisclosureCache();
  return id;
}

export async function answerQuestion(ctx: Ctx, disclosureId: number, questionId: number, text: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const q = await store.getQuestion(tx.db, questionId, true);
    if (q.disclosure_id !== disclosureId) throw unprocessable('QUESTION_NOT_ON_DISCLOSURE', 'Câu hỏi không thuộc nội dung công khai này.');
    const d = await store.getDisclosure(tx.db, disclosureId);
    const actor = requirePermission(tx.actor, 'disclosure.answer', d.unit_path);
    if (q.answer !== null) throw conflict('ALREADY_ANSWERED', 'Câu hỏi này đã được trả lời.');
    const answer = cleanText(text, 'answer', 5000);
    const ok = await store.answerQuestion(tx.db, questionId, { answer, by: actor.userId, name: actor.name, at: tx.now });
    if (!ok) throw conflict('ALREADY_ANSWERED', 'Câu hỏi này đã được trả lời.');
    await enqueue(tx, {
      kind: 'disclosure.answered',
      recipientId: q.asked_by,
      channel: 'in_app',
      payload: { title: `Câu hỏi của bạn đã được trả lời: ${d.title}`, body: answer.slice(0, 200), link: `/cong-khai/${d.id}` },
    });
    await audit(tx, { action: 'disclosure.answer', targetType: 'disclosure', targetId: d.id, unitId: d.unit_id, data: { questionId, answer } });
  });
  invalidateDisclosureCache();
}

// ---- subscriptions ----------------------------------------------------------------------------------------

export const ALL_CATEGORIES_MARK = '*';

/** Sets the categories the actor follows in a unit (replaces the previous choice; empty = unsubscribe). */
export async function subscribe(ctx: Ctx, unitId: number, categories: string[]): Promise<string[]> {
  return inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const du = await disclosureUnit(tx, unitId);
    assertCanRead(tx, du);
    const list = [...new Set(categories)];
    if (list.includes(ALL_CATEGORIES_MARK) && list.length > 1) {
      throw badRequest('VALIDATION_ERROR', 'Chọn "tất cả" (*) hoặc từng danh mục, không chọn cả hai.');
    }
    const allowed = new Set(categoriesFor(du.kind).map((c) => c.code));
    for (const c of list) {
      if (c !== ALL_CATEGORIES_MARK && !allowed.has(c)) throw unprocessable('CATEGORY_NOT_ALLOWED', `Danh mục "${c}" không áp dụng cho đơn vị này.`);
    }
    await store.replaceSubscriptions(tx.db, actor.userId, du.unit, list);
    await audit(tx, { action: 'disclosure.subscribe', targetType: 'user', targetId: actor.userId, unitId: du.unit.id, data: { categories: list } });
    return list;
  });
}

export async function unsubscribe(ctx: Ctx, subscriptionId: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    if (!(await store.deleteSubscription(tx.db, actor.userId, subscriptionId))) {
      throw unprocessable('SUBSCRIPTION_NOT_FOUND', 'Không tìm thấy đăng ký theo dõi này.');
    }
    await audit(tx, { action: 'disclosure.unsubscribe', targetType: 'user', targetId: actor.userId, data: { subscriptionId } });
  });
}

// ---- per-unit posting period ------------------------------------------------------------------------------

export async function setPostingDays(ctx: Ctx, unitId: number, postingDays: number | null): Promise<{ days: number; configured: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const du = await disclosureUnit(tx, unitId);
    requirePermission(tx.actor, 'settings.manage', du.unit.path);
    if (du.unit.kind === 'village') {
      throw unprocessable('SET_ON_COMMUNE', 'Thời gian niêm yết được thiết lập cho cả xã, phường (thôn, tổ dân phố dùng thiết lập của xã).');
    }
    if (postingDays !== null && (!Number.isInteger(postingDays) || postingDays < 1 || postingDays > MAX_POSTING_DAYS)) {
      throw badRequest('VALIDATION_ERROR', `Thời gian niêm yết phải từ 1 đến ${MAX_POSTING_DAYS} ngày.`);
    }
    const before = await postingDaysFor(tx, du);
    await store.setDisclosureSettings(tx.db, du.unit.id, postingDays === null ? {} : { postingDays });
    await audit(tx, {
      action: 'unit.settings.disclosures',
      targetType: 'unit',
      targetId: du.unit.id,
      unitId: du.unit.id,
      data: { before: before.configured ? before.days : null, after: postingDays, legalDefault: defaultPostingDays(du.kind) },
    });
    return postingDaysFor(tx, du);
  });
}

// ---- compliance (for the compliance screen and the reports module) ----------------------------------------

export interface UnitCompliance extends ComplianceResult {
  unitId: number;
  unitName: string;
  /** "12/14 nội dung, 85,7%". */
  label: string;
}

export function complianceLabel(r: Pick<ComplianceResult, 'disclosed' | 'required' | 'share'>): string {
  return `${r.disclosed}/${r.required} nội dung, ${formatPercent(r.share)}`;
}

/**
 * Compliance of a unit (a commune with its villages, an agency, an enterprise) over [from, to]. In-process use
 * case for the reports module; the caller's permission is checked ('disclosure.compliance').
 */
export async function disclosureCompliance(ctx: Ctx, unitId: number, from: string, to: string): Promise<UnitCompliance> {
  if (compareDates(from, to) > 0) throw badRequest('INVALID_PERIOD', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
  const du = await disclosureUnit(ctx, unitId);
  requirePermission(ctx.actor, 'disclosure.compliance', du.unit.path);
  const scope = du.unit.kind === 'village' && du.commune ? du.commune : du.unit;
  const rows = await store.disclosuresForCompliance(ctx.db, { unitPath: scope.path, to });
  // A commune's compliance counts its own and its villages' disclosures, not the agencies' inside it.
  const kinds = new Map<number, string>();
  for (const id of new Set(rows.map((r) => r.unit_id))) kinds.set(id, (await units.getUnit(ctx.db, id)).kind);
  const mine = rows.filter((r) => disclosureKindOf(kinds.get(r.unit_id) ?? '') === du.kind);
  const result = complianceFor(
    categoriesFor(du.kind),
    mine.map((r) => ({ category: r.category, publishedOn: r.published_on, decidedOn: r.decided_on, kind: du.kind })),
    { from, to },
    await calendarFor(ctx.db),
  );
  return { ...result, unitId: scope.id, unitName: scope.name, label: complianceLabel(result) };
}
