// All the SQL of the disclosures module, on its own tables; units and people come in as the units module's
// fragments (unitColumn, personNameOfUser) inside these queries.
import { sql } from 'kysely';
import { tablesOf, type Db } from '../../core/db.ts';
import { notFound } from '../../core/refusal.ts';
import { personNameOfUser, unitColumn } from '../units/index.ts';
import type { DisclosuresTables } from './tables.ts';

const q = (db: Db) => tablesOf<DisclosuresTables>(db);

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface DisclosureRow {
  id: number;
  unit_id: number;
  unit_path: string;
  category: string;
  version: number;
  title: string;
  body: string;
  channels: string[];
  attachment_ids: number[];
  decided_on: string | null;
  due_on: string | null;
  published_on: string;
  published_at: Date;
  posting_days: number | null;
  posted_from: string;
  posted_until: string | null;
  published_by: number | null;
  updated_at: Date;
}

const COLS = [
  'id', 'unit_id', 'unit_path', 'category', 'version', 'title', 'body', 'channels', 'attachment_ids', 'decided_on', 'due_on',
  'published_on', 'published_at', 'posting_days', 'posted_from', 'posted_until', 'published_by', 'updated_at',
] as const;

export async function findDisclosure(db: Db, id: number, forUpdate = false): Promise<DisclosureRow | undefined> {
  let s = q(db).selectFrom('disclosures').select(COLS).where('id', '=', id);
  if (forUpdate) s = s.forUpdate();
  return s.executeTakeFirst();
}

/** The disclosure, or 404 "Nội dung công khai không tồn tại." */
export async function getDisclosure(db: Db, id: number, forUpdate = false): Promise<DisclosureRow> {
  const d = await findDisclosure(db, id, forUpdate);
  if (!d) throw notFound('Nội dung công khai');
  return d;
}

interface NewDisclosure {
  unitId: number;
  unitPath: string;
  category: string;
  title: string;
  body: string;
  channels: string[];
  attachmentIds: number[];
  decidedOn: string | null;
  dueOn: string | null;
  publishedOn: string;
  publishedAt: Date;
  postingDays: number | null;
  postedFrom: string;
  postedUntil: string | null;
  publishedBy: number | null;
}

export async function insertDisclosure(db: Db, d: NewDisclosure): Promise<number> {
  const row = await q(db)
    .insertInto('disclosures')
    .values({
      unit_id: d.unitId,
      unit_path: d.unitPath,
      category: d.category,
      version: 1,
      title: d.title,
      body: d.body,
      channels: JSON.stringify(d.channels),
      attachment_ids: JSON.stringify(d.attachmentIds),
      decided_on: d.decidedOn,
      due_on: d.dueOn,
      published_on: d.publishedOn,
      published_at: d.publishedAt,
      posting_days: d.postingDays,
      posted_from: d.postedFrom,
      posted_until: d.postedUntil,
      published_by: d.publishedBy,
      updated_at: d.publishedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

interface NewVersion {
  disclosureId: number;
  version: number;
  title: string;
  body: string;
  channels: string[];
  attachmentIds: number[];
  reason: string | null;
  publishedAt: Date;
  publishedBy: number | null;
  postedFrom: string;
  postedUntil: string | null;
}

export async function insertVersion(db: Db, v: NewVersion): Promise<void> {
  await q(db)
    .insertInto('disclosure_versions')
    .values({
      disclosure_id: v.disclosureId,
      version: v.version,
      title: v.title,
      body: v.body,
      channels: JSON.stringify(v.channels),
      attachment_ids: JSON.stringify(v.attachmentIds),
      reason: v.reason,
      published_at: v.publishedAt,
      published_by: v.publishedBy,
      posted_from: v.postedFrom,
      posted_until: v.postedUntil,
    })
    .execute();
}

/** The disclosure row always shows its current (latest) version. */
export async function setCurrentVersion(db: Db, id: number, v: NewVersion & { postingDays: number | null }): Promise<void> {
  await q(db)
    .updateTable('disclosures')
    .set({
      version: v.version,
      title: v.title,
      body: v.body,
      channels: JSON.stringify(v.channels),
      attachment_ids: JSON.stringify(v.attachmentIds),
      posting_days: v.postingDays,
      posted_from: v.postedFrom,
      posted_until: v.postedUntil,
      updated_at: v.publishedAt,
    })
    .where('id', '=', id)
    .execute();
}

/** The versions of a disclosure, newest first, with the name of who published each. */
export async function listVersions(db: Db, disclosureId: number) {
  return q(db)
    .selectFrom('disclosure_versions as v')
    .select(['v.version', 'v.title', 'v.body', 'v.channels', 'v.attachment_ids', 'v.reason', 'v.published_at', 'v.posted_from', 'v.posted_until'])
    .select(personNameOfUser('v.published_by').as('published_by_name'))
    .where('v.disclosure_id', '=', disclosureId)
    .orderBy('v.version', 'desc')
    .execute();
}

interface NewPosting {
  disclosureId: number;
  version: number;
  channel: string;
  place: string;
  postedAt: Date;
  postedOn: string;
  postedUntil: string | null;
  postedBy: number | null;
  postedByName: string;
  photoAttachmentId: number | null;
  note: string | null;
}

export async function insertPosting(db: Db, p: NewPosting): Promise<number> {
  const row = await q(db)
    .insertInto('disclosure_postings')
    .values({
      disclosure_id: p.disclosureId,
      version: p.version,
      channel: p.channel,
      place: p.place,
      posted_at: p.postedAt,
      posted_on: p.postedOn,
      posted_until: p.postedUntil,
      posted_by: p.postedBy,
      posted_by_name: p.postedByName,
      photo_attachment_id: p.photoAttachmentId,
      note: p.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listPostings(db: Db, disclosureId: number) {
  return q(db)
    .selectFrom('disclosure_postings')
    .select(['id', 'version', 'channel', 'place', 'posted_at', 'posted_on', 'posted_until', 'posted_by_name', 'photo_attachment_id', 'note'])
    .where('disclosure_id', '=', disclosureId)
    .orderBy('id')
    .execute();
}

// ---- public list ------------------------------------------------------------------------------------------

export interface ListFilter {
  /** Units whose own disclosures are listed. */
  unitIds?: number[];
  /** Or: every disclosure in this subtree (a commune and its villages). */
  unitPathPrefix?: string;
  /** Only units of these kinds (agencies and enterprises inside a commune disclose internally). */
  kinds?: ('commune' | 'village')[];
  category?: string;
  /** Folded search tokens; all must appear. */
  tokens: string[];
  /** Only disclosures being posted on this day. */
  postedOn?: string;
  beforeId: number | null;
  limit: number;
}

export async function listDisclosures(db: Db, f: ListFilter) {
  let s = q(db)
    .selectFrom('disclosures as d')
    .select([
      'd.id',
      'd.unit_id',
      unitColumn('d.unit_id', 'name').as('unit_name'),
      'd.category',
      'd.version',
      'd.title',
      sql<string>`left(d.body, 240)`.as('excerpt'),
      'd.published_at',
      'd.published_on',
      'd.posted_until',
      sql<number>`jsonb_array_length(d.attachment_ids)`.as('attachments'),
      sql<number>`(SELECT count(*) FROM disclosure_questions q WHERE q.disclosure_id = d.id AND q.answer IS NOT NULL)`.as('questions'),
    ])
    .orderBy('d.id', 'desc')
    .limit(f.limit + 1);
  if (f.unitIds) s = s.where('d.unit_id', 'in', f.unitIds);
  if (f.unitPathPrefix) s = s.where('d.unit_path', 'like', `${likeEscape(f.unitPathPrefix)}%`);
  if (f.kinds) s = s.where(unitColumn('d.unit_id', 'kind'), 'in', f.kinds);
  if (f.category) s = s.where('d.category', '=', f.category);
  for (const t of f.tokens) s = s.where(sql<boolean>`d.search LIKE ${`%${likeEscape(t)}%`}`);
  if (f.postedOn) {
    const day = f.postedOn;
    s = s.where('d.posted_from', '<=', day).where((eb) => eb.or([eb('d.posted_until', 'is', null), eb('d.posted_until', '>=', day)]));
  }
  if (f.beforeId !== null) s = s.where('d.id', '<', f.beforeId);
  return s.execute();
}

// ---- questions --------------------------------------------------------------------------------------------

export async function insertQuestion(db: Db, x: { disclosureId: number; askedBy: number; askerName: string; question: string; askedAt: Date }): Promise<number> {
  const row = await q(db)
    .insertInto('disclosure_questions')
    .values({ disclosure_id: x.disclosureId, asked_by: x.askedBy, asker_name: x.askerName, question: x.question, asked_at: x.askedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The question, or 404 "Câu hỏi không tồn tại." */
export async function getQuestion(db: Db, id: number, forUpdate = false) {
  let s = q(db).selectFrom('disclosure_questions').select(['id', 'disclosure_id', 'asked_by', 'answer']).where('id', '=', id);
  if (forUpdate) s = s.forUpdate();
  const r = await s.executeTakeFirst();
  if (!r) throw notFound('Câu hỏi');
  return r;
}

/** Records the answer unless the question already has one (false then). */
export async function answerQuestion(db: Db, id: number, a: { answer: string; by: number; name: string; at: Date }): Promise<boolean> {
  const r = await q(db)
    .updateTable('disclosure_questions')
    .set({ answer: a.answer, answered_by: a.by, answerer_name: a.name, answered_at: a.at })
    .where('id', '=', id)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The public Q&A of a disclosure: never who asked. */
export async function listQuestions(db: Db, disclosureId: number) {
  return q(db)
    .selectFrom('disclosure_questions')
    .select(['id', 'question', 'asked_at', 'answer', 'answered_at', 'answerer_name'])
    .where('disclosure_id', '=', disclosureId)
    .orderBy('id')
    .execute();
}

/** Questions waiting for (or with) an answer in a subtree, for officials. */
export async function listQuestionsIn(db: Db, f: { unitPath: string; open: boolean; beforeId: number | null; limit: number }) {
  let s = q(db)
    .selectFrom('disclosure_questions as q')
    .innerJoin('disclosures as d', 'd.id', 'q.disclosure_id')
    .select(['q.id', 'q.disclosure_id', 'd.title as disclosure_title', 'd.unit_id', 'q.question', 'q.asker_name', 'q.asked_at', 'q.answer', 'q.answered_at', 'q.answerer_name'])
    .where('d.unit_path', 'like', `${likeEscape(f.unitPath)}%`)
    .orderBy('q.id', 'desc')
    .limit(f.limit + 1);
  s = f.open ? s.where('q.answer', 'is', null) : s.where('q.answer', 'is not', null);
  if (f.beforeId !== null) s = s.where('q.id', '<', f.beforeId);
  return s.execute();
}

// ---- subscriptions ----------------------------------------------------------------------------------------

export async function replaceSubscriptions(db: Db, userId: number, unit: { id: number; path: string }, categories: string[]): Promise<void> {
  await q(db).deleteFrom('disclosure_subscriptions').where('user_id', '=', userId).where('unit_id', '=', unit.id).execute();
  if (!categories.length) return;
  await q(db)
    .insertInto('disclosure_subscriptions')
    .values(categories.map((c) => ({ user_id: userId, unit_id: unit.id, unit_path: unit.path, category: c })))
    .execute();
}

export async function listSubscriptions(db: Db, userId: number) {
  return q(db)
    .selectFrom('disclosure_subscriptions as s')
    .select(['s.id', 's.unit_id', unitColumn('s.unit_id', 'name').as('unit_name'), 's.category'])
    .where('s.user_id', '=', userId)
    .orderBy('s.id')
    .execute();
}

export async function deleteSubscription(db: Db, userId: number, id: number): Promise<boolean> {
  const r = await q(db).deleteFrom('disclosure_subscriptions').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/**
 * Enqueues one in-app notification per subscriber of a disclosure, in one statement (thousands of subscribers
 * cost one INSERT … SELECT into core's outbox). A subscriber of the disclosure's unit matches; for commune-level
 * information, so do subscribers of its villages, and for a village's, subscribers of its commune.
 */
export async function enqueueForSubscribers(
  db: Db,
  d: { id: number; unitId: number; unitPath: string; category: string; publicUnit: boolean; excludeUserId: number | null },
  payload: Record<string, unknown>,
  kind: string,
  now: Date,
): Promise<number> {
  const related = d.publicUnit
    ? sql`(s.unit_id = ${d.unitId} OR ((s.unit_path LIKE ${`${likeEscape(d.unitPath)}%`} OR ${d.unitPath} LIKE s.unit_path || '%')
          AND ${unitColumn('s.unit_id', 'kind')} IN ('commune', 'village')))`
    : sql`s.unit_id = ${d.unitId}`;
  const r = await sql`
    INSERT INTO outbox (kind, channel, recipient_id, payload, available_at)
    SELECT DISTINCT ${kind}, 'in_app', s.user_id, ${JSON.stringify(payload)}::jsonb, ${now}::timestamptz
    FROM disclosure_subscriptions s
    WHERE s.category IN (${d.category}, '*') AND ${related}
      AND (${d.excludeUserId}::bigint IS NULL OR s.user_id <> ${d.excludeUserId}::bigint)
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

// ---- compliance input -------------------------------------------------------------------------------------

/** Disclosures of a subtree published up to `to`, with the kind of their unit. */
export async function disclosuresForCompliance(db: Db, f: { unitPath: string; to: string }) {
  return q(db)
    .selectFrom('disclosures as d')
    .select(['d.category', 'd.published_on', 'd.decided_on', unitColumn('d.unit_id', 'kind').as('unit_kind')])
    .where('d.unit_path', 'like', `${likeEscape(f.unitPath)}%`)
    .where('d.published_on', '<=', f.to)
    .execute();
}
