// SQL of the conferences module.
import type { Kysely } from 'kysely';
import type { DB } from '../../core/schema.ts';
import { notFound } from '../../core/refusal.ts';
import type { ConferenceKind } from './tables.ts';

export interface NewConference {
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
  createdBy: number | null;
}

export async function insertConference(db: Kysely<DB>, c: NewConference): Promise<number> {
  const r = await db
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
      created_by: c.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertResolutions(
  db: Kysely<DB>,
  conferenceId: number,
  rs: { text: string; agree: number; passed: boolean }[],
): Promise<void> {
  if (!rs.length) return;
  await db
    .insertInto('conference_resolutions')
    .values(rs.map((r, i) => ({ conference_id: conferenceId, seq: i + 1, text: r.text, agree: r.agree, passed: r.passed })))
    .execute();
}

const COLS = [
  'c.id',
  'c.unit_id',
  'u.name as unit_name',
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
  'c.created_at',
] as const;

export async function getConference(db: Kysely<DB>, id: number) {
  const row = await db
    .selectFrom('conferences as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select([...COLS, 'u.path as unit_path'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Hội nghị');
  const resolutions = await db
    .selectFrom('conference_resolutions')
    .select(['seq', 'text', 'agree', 'passed'])
    .where('conference_id', '=', id)
    .orderBy('seq')
    .execute();
  return { ...row, resolutions };
}

export type ConferenceRow = Awaited<ReturnType<typeof listConferences>>[number];

/** Conferences of a unit's subtree, newest first (keyset on id). */
export async function listConferences(
  db: Kysely<DB>,
  f: { unitPath: string; kind?: ConferenceKind; from?: string; to?: string; afterId: number | null; limit: number },
) {
  let q = db
    .selectFrom('conferences as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select(COLS)
    .where('u.path', 'like', `${f.unitPath}%`);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.from) q = q.where('c.held_on', '>=', f.from);
  if (f.to) q = q.where('c.held_on', '<=', f.to);
  if (f.afterId) q = q.where('c.id', '<', f.afterId);
  return q.orderBy('c.id', 'desc').limit(f.limit + 1).execute();
}
