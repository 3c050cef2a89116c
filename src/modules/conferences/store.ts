// SQL of the conferences module, on its own tables; the unit's name and place in the tree come through the units
// module's SQL fragments.
import { tablesOf, type Db } from '../../core/db.ts';
import { inUnitTree, unitColumn } from '../units/index.ts';
import type { ConferenceKind, ConferencesTables, ReviewKind } from './tables.ts';

const q = (db: Db) => tablesOf<ConferencesTables>(db);

interface NewConference {
  unitId: number;
  kind: ConferenceKind;
  title: string | null;
  heldOn: string;
  onRequest: boolean;
  participantsTotal: number | null;
  participantsPresent: number | null;
  valid: boolean | null;
  opinionsRaised: number;
  opinionsResolved: number;
  minutes: string | null;
  followUps: string | null;
  attachmentIds: string[];
  reviewKind: ReviewKind | null;
  quarter: number | null;
  audience: string | null;
  participantNames: string[];
  createdBy: number | null;
}

export async function insertConference(db: Db, c: NewConference): Promise<number> {
  const r = await q(db)
    .insertInto('conferences')
    .values({
      unit_id: c.unitId,
      kind: c.kind,
      title: c.title,
      held_on: c.heldOn,
      on_request: c.onRequest,
      participants_total: c.participantsTotal,
      participants_present: c.participantsPresent,
      valid: c.valid,
      opinions_raised: c.opinionsRaised,
      opinions_resolved: c.opinionsResolved,
      minutes: c.minutes,
      follow_ups: c.followUps,
      attachment_ids: JSON.stringify(c.attachmentIds),
      review_kind: c.reviewKind,
      quarter: c.quarter,
      audience: c.audience,
      participant_names: JSON.stringify(c.participantNames),
      created_by: c.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertResolutions(
  db: Db,
  conferenceId: number,
  rs: readonly { text: string; agree: number; passed: boolean }[],
): Promise<void> {
  if (!rs.length) return;
  await q(db)
    .insertInto('conference_resolutions')
    .values(rs.map((r, i) => ({ conference_id: conferenceId, seq: i + 1, text: r.text, agree: r.agree, passed: r.passed })))
    .execute();
}

const COLS = [
  'c.id',
  'c.unit_id',
  'c.kind',
  'c.title',
  'c.held_on',
  'c.on_request',
  'c.participants_total',
  'c.participants_present',
  'c.valid',
  'c.opinions_raised',
  'c.opinions_resolved',
  'c.minutes',
  'c.follow_ups',
  'c.attachment_ids',
  'c.review_kind',
  'c.quarter',
  'c.audience',
  'c.participant_names',
] as const;

/** A conference with its unit's name and path and its resolutions, or undefined. */
export async function findConference(db: Db, id: number) {
  const row = await q(db)
    .selectFrom('conferences as c')
    .select([...COLS, unitColumn('c.unit_id', 'name').as('unit_name'), unitColumn('c.unit_id', 'path').as('unit_path')])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const resolutions = await q(db)
    .selectFrom('conference_resolutions')
    .select(['seq', 'text', 'agree', 'passed'])
    .where('conference_id', '=', id)
    .orderBy('seq')
    .execute();
  const nextTasks = await q(db)
    .selectFrom('conference_next_tasks')
    .select(['id', 'seq', 'title', 'due_on', 'owner_name'])
    .where('conference_id', '=', id)
    .orderBy('seq')
    .execute();
  return { ...row, resolutions, nextTasks };
}

export type ConferenceRow = Awaited<ReturnType<typeof listConferences>>[number];

/** Conferences of a unit's subtree, newest first (keyset on id). */
export async function listConferences(
  db: Db,
  f: { unitPath: string; kind?: ConferenceKind; from?: string; to?: string; afterId: number | null; limit: number },
) {
  let query = q(db)
    .selectFrom('conferences as c')
    .select([...COLS, unitColumn('c.unit_id', 'name').as('unit_name')])
    .where(inUnitTree('c.unit_id', f.unitPath));
  if (f.kind) query = query.where('c.kind', '=', f.kind);
  if (f.from) query = query.where('c.held_on', '>=', f.from);
  if (f.to) query = query.where('c.held_on', '<=', f.to);
  if (f.afterId) query = query.where('c.id', '<', f.afterId);
  return query.orderBy('c.id', 'desc').limit(f.limit + 1).execute();
}

export interface NewNextTask {
  title: string;
  dueOn: string | null;
  ownerName: string | null;
}

/** The tasks a review sets for the next period, in order; their ids. */
export async function insertNextTasks(db: Db, conferenceId: number, ts: readonly NewNextTask[]): Promise<{ id: number; seq: number }[]> {
  if (!ts.length) return [];
  return q(db)
    .insertInto('conference_next_tasks')
    .values(ts.map((t, i) => ({ conference_id: conferenceId, seq: i + 1, title: t.title, due_on: t.dueOn, owner_name: t.ownerName })))
    .returning(['id', 'seq'])
    .execute();
}

const STEERING = ['steering_review', 'steering_briefing', 'training'] as const;

/** The committee meetings and trainings a unit itself held in a period (not those of the units below), by date. */
export async function unitMeetings(db: Db, f: { unitId: number; from: string; to: string }) {
  return q(db)
    .selectFrom('conferences')
    .select(['id', 'kind', 'title', 'held_on', 'review_kind', 'quarter', 'audience', 'participants_present'])
    .where('unit_id', '=', f.unitId)
    .where('kind', 'in', STEERING)
    .where('held_on', '>=', f.from)
    .where('held_on', '<=', f.to)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

/** Tasks set at the reviews a unit held in a period, by review date then order. */
export async function unitNextTasks(db: Db, f: { unitId: number; from: string; to: string }) {
  return q(db)
    .selectFrom('conference_next_tasks as t')
    .innerJoin('conferences as c', 'c.id', 't.conference_id')
    .select(['t.id', 't.seq', 't.title', 't.due_on', 't.owner_name', 'c.id as conference_id', 'c.held_on', 'c.title as conference_title', 'c.review_kind'])
    .where('c.unit_id', '=', f.unitId)
    .where('c.kind', '=', 'steering_review')
    .where('c.held_on', '>=', f.from)
    .where('c.held_on', '<=', f.to)
    .orderBy('c.held_on')
    .orderBy('c.id')
    .orderBy('t.seq')
    .execute();
}
