// One disclosure, as the public sees it: content, attachments, postings (who, where, when, photo), the history of
// versions and the public Q&A (askers never named), with what the current user may do with it. Public disclosures
// are cached in the process, one answer per day and per set of rights.
import { attachmentOut, attachmentsMeta } from '../../../core/attachments.ts';
import type { Actor, Ctx } from '../../../core/context.ts';
import type { Db } from '../../../core/db.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { can, scopesFor, type Action } from '../../../core/permissions.ts';
import { notFound } from '../../../core/refusal.ts';
import { cachedAnswer, computeAnswer } from '../cache.ts';
import { categoryByCode, mediumByCode } from '../categories.ts';
import { assertCanRead, disclosingUnit, type DisclosingUnit } from '../disclosing-unit.ts';
import { isOnTime, isPostedOn } from '../rules.ts';
import * as store from '../store.ts';

/** What the current user may do with the disclosure shown. */
interface DetailRights {
  answer: boolean;
  recordPosting: boolean;
  revise: boolean;
}

const RIGHTS: Record<keyof DetailRights, Action> = { answer: 'disclosure.answer', recordPosting: 'disclosure.record_posting', revise: 'disclosure.publish' };
const NO_RIGHTS: DetailRights = { answer: false, recordPosting: false, revise: false };

const rightsOn = (actor: Actor | null, unitPath: string): DetailRights => ({
  answer: can(actor, RIGHTS.answer, unitPath),
  recordPosting: can(actor, RIGHTS.recordPosting, unitPath),
  revise: can(actor, RIGHTS.revise, unitPath),
});
/** Nobody signed in, and most residents, may do none of them anywhere. */
const mayActSomewhere = (actor: Actor | null) => Object.values(RIGHTS).some((a) => scopesFor(actor, a).length > 0);
const cacheKey = (id: number, today: string, r: DetailRights) => `detail|${id}|${today}|${Number(r.answer)}${Number(r.recordPosting)}${Number(r.revise)}`;

const iso = (d: Date | string) => new Date(d).toISOString();
const mediumOut = (code: string) => ({ code, name: mediumByCode(code)?.vi ?? code });

type Attachments = Map<number, ReturnType<typeof attachmentOut>>;
type Posting = Awaited<ReturnType<typeof store.listPostings>>[number];
type Version = Awaited<ReturnType<typeof store.listVersions>>[number];
type Question = Awaited<ReturnType<typeof store.listQuestions>>[number];

const postingOut = (p: Posting, metas: Attachments) => ({
  id: String(p.id),
  version: p.version,
  channel: mediumOut(p.channel),
  place: p.place,
  postedAt: iso(p.posted_at),
  postedOn: p.posted_on,
  postedUntil: p.posted_until,
  postedBy: p.posted_by_name,
  photo: p.photo_attachment_id ? (metas.get(p.photo_attachment_id) ?? null) : null,
  note: p.note,
});

const versionOut = (v: Version, metas: Attachments) => ({
  version: v.version,
  title: v.title,
  body: v.body,
  channels: v.channels.map(mediumOut),
  attachments: v.attachment_ids.flatMap((a) => metas.get(a) ?? []),
  reason: v.reason,
  publishedAt: iso(v.published_at),
  publishedBy: v.published_by_name,
  postedFrom: v.posted_from,
  postedUntil: v.posted_until,
});

/** Public Q&A: the asker is not named (a resident's question is public, their identity need not be). */
const questionOut = (q: Question, du: DisclosingUnit) => ({
  id: String(q.id),
  question: q.question,
  askedAt: iso(q.asked_at),
  answer: q.answer,
  answeredAt: q.answered_at ? iso(q.answered_at) : null,
  answeredBy: q.answer ? `${q.answerer_name ?? ''} — ${du.unit.name}` : null,
});

async function detailOf(db: Db, d: store.DisclosureRow, du: DisclosingUnit, today: string, rights: DetailRights) {
  const [versions, postings, questions] = await Promise.all([store.listVersions(db, d.id), store.listPostings(db, d.id), store.listQuestions(db, d.id)]);
  const ids = new Set<number>(d.attachment_ids);
  for (const v of versions) for (const a of v.attachment_ids) ids.add(a);
  for (const p of postings) if (p.photo_attachment_id) ids.add(p.photo_attachment_id);
  const metas: Attachments = new Map((await attachmentsMeta(db, [...ids])).map((m) => [m.id, attachmentOut(m)]));
  const cat = categoryByCode(d.category);
  return {
    id: String(d.id),
    unitId: String(d.unit_id),
    unitName: du.unit.name,
    unitKind: du.unit.kind,
    category: d.category,
    categoryName: cat?.vi ?? d.category,
    legalBasis: cat?.legalBasis ?? null,
    version: d.version,
    title: d.title,
    body: d.body,
    channels: d.channels.map(mediumOut),
    decidedOn: d.decided_on,
    dueOn: d.due_on,
    onTime: isOnTime(d.published_on, d.due_on),
    publishedAt: iso(d.published_at),
    publishedOn: d.published_on,
    updatedAt: iso(d.updated_at),
    postingDays: d.posting_days,
    postedFrom: d.posted_from,
    postedUntil: d.posted_until,
    permanent: d.posted_until === null,
    postedNow: isPostedOn({ postedFrom: d.posted_from, postedUntil: d.posted_until }, today),
    attachments: d.attachment_ids.flatMap((a) => metas.get(a) ?? []),
    postings: postings.map((p) => postingOut(p, metas)),
    versions: versions.map((v) => versionOut(v, metas)),
    questions: questions.map((q) => questionOut(q, du)),
    can: rights,
  };
}

export async function disclosureDetail(ctx: Ctx, idParam: string) {
  const id = parseId(idParam);
  const today = todayVn(ctx.now);
  // Only public disclosures are cached: a hit for someone who may do nothing needs no database work at all.
  const quick = mayActSomewhere(ctx.actor) ? undefined : cachedAnswer<Awaited<ReturnType<typeof detailOf>>>(cacheKey(id, today, NO_RIGHTS), true, 0);
  if (quick) return quick;
  const d = await store.findDisclosure(ctx.db, id);
  if (!d) throw notFound('Nội dung công khai');
  const du = await disclosingUnit(ctx.db, d.unit_id);
  assertCanRead(ctx.actor, du);
  const rights = rightsOn(ctx.actor, du.unit.path);
  const key = du.isPublic ? cacheKey(id, today, rights) : null;
  const hit = key ? cachedAnswer<Awaited<ReturnType<typeof detailOf>>>(key, true, 0) : undefined;
  return hit ?? computeAnswer(key, () => detailOf(ctx.db, d, du, today, rights), du.isPublic, 0);
}
