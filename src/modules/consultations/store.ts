// SQL of the consultations module: consultations, opinions, groups and responses — its own tables only (units
// through the units module's index.ts).
import { sql } from 'kysely';
import { tablesOf, type Db } from '../../core/db.ts';
import { notFound } from '../../core/refusal.ts';
import { unitColumn } from '../units/index.ts';
import type { ConsultationKind, ConsultationStatus, ConsultationsTables, OpinionSource, ResponseKind, Stance } from './tables.ts';

const q = (db: Db) => tablesOf<ConsultationsTables>(db);

export interface ConsultationRow {
  id: number;
  unit_id: number;
  unit_path: string;
  village_ids: number[];
  kind: ConsultationKind;
  title: string;
  draft: string;
  attachment_ids: string[];
  opens_on: string;
  closes_on: string;
  min_days: number;
  status: ConsultationStatus;
  closed_on: string | null;
  synthesised_at: Date | null;
  published_at: Date | null;
  finished_at: Date | null;
  created_by: number;
  created_at: Date;
}

const COLS = [
  'id', 'unit_id', 'unit_path', 'village_ids', 'kind', 'title', 'draft', 'attachment_ids', 'opens_on', 'closes_on', 'min_days',
  'status', 'closed_on', 'synthesised_at', 'published_at', 'finished_at', 'created_by', 'created_at',
] as const;

export async function insertConsultation(
  db: Db,
  c: {
    unitId: number;
    unitPath: string;
    villageIds: number[];
    kind: ConsultationKind;
    title: string;
    draft: string;
    attachmentIds: string[];
    opensOn: string;
    closesOn: string;
    minDays: number;
    createdBy: number;
  },
): Promise<ConsultationRow> {
  return q(db)
    .insertInto('consultations')
    .values({
      unit_id: c.unitId,
      unit_path: c.unitPath,
      village_ids: JSON.stringify(c.villageIds),
      kind: c.kind,
      title: c.title,
      title_folded: sql<string>`coso_fold(${c.title})`,
      draft: c.draft,
      attachment_ids: JSON.stringify(c.attachmentIds),
      opens_on: c.opensOn,
      closes_on: c.closesOn,
      min_days: c.minDays,
      created_by: c.createdBy,
    })
    .returning(COLS)
    .executeTakeFirstOrThrow() as Promise<ConsultationRow>;
}

export async function getConsultation(db: Db, id: number, lock = false): Promise<ConsultationRow> {
  let query = q(db).selectFrom('consultations').select(COLS).where('id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Đợt lấy ý kiến');
  return row as ConsultationRow;
}

export async function updateConsultation(
  db: Db,
  id: number,
  set: Partial<{ status: ConsultationStatus; closed_on: string; synthesised_at: Date | null; published_at: Date; finished_at: Date }>,
): Promise<void> {
  await q(db).updateTable('consultations').set(set).where('id', '=', id).execute();
}

/**
 * Consultations that concern a unit: those of the unit itself, of its ancestors (a commune's consultation concerns
 * its villages) and of the units below it.
 */
export async function listConsultations(
  db: Db,
  f: {
    /** Consultations of this unit, of its ancestors and of the units below it. */
    unitPath?: string;
    /** Consultations in these subtrees, or exactly at one of `exactPaths`. */
    scopes?: string[];
    exactPaths?: string[];
    /** Status as residents see it (an open consultation past its closing date counts as closed). */
    status?: ConsultationStatus;
    today: string;
    q?: string;
    afterId?: number | null;
    limit: number;
  },
): Promise<(ConsultationRow & { unit_name: string })[]> {
  let query = q(db).selectFrom('consultations').select([...COLS, unitColumn('consultations.unit_id', 'name').as('unit_name')]);
  if (f.unitPath) {
    const ancestors = f.unitPath.split('/').filter(Boolean).map((_, i, a) => `/${a.slice(0, i + 1).join('/')}/`);
    const unitPath = f.unitPath;
    query = query.where((eb) => eb.or([eb('unit_path', 'in', ancestors), eb('unit_path', 'like', `${unitPath}%`)]));
  }
  if (f.scopes) {
    const scopes = f.scopes;
    const exact = f.exactPaths ?? [];
    if (scopes.length === 0 && exact.length === 0) return [];
    query = query.where((eb) => eb.or([...scopes.map((s) => eb('unit_path', 'like', `${s}%`)), ...(exact.length ? [eb('unit_path', 'in', exact)] : [])]));
  }
  if (f.status === 'open') query = query.where('status', '=', 'open').where('closes_on', '>=', f.today);
  else if (f.status === 'closed') {
    query = query.where((eb) => eb.or([eb('status', '=', 'closed'), eb.and([eb('status', '=', 'open'), eb('closes_on', '<', f.today)])]));
  } else if (f.status) query = query.where('status', '=', f.status);
  if (f.q) query = query.where('title_folded', 'like', sql<string>`'%' || coso_fold(${f.q}) || '%'`);
  if (f.afterId) query = query.where('id', '<', f.afterId);
  return (await query.orderBy('id', 'desc').limit(f.limit + 1).execute()) as (ConsultationRow & { unit_name: string })[];
}

// ---- opinions -------------------------------------------------------------------------------------------

export interface OpinionRow {
  id: number;
  consultation_id: number;
  person_id: number | null;
  village_id: number | null;
  source: OpinionSource;
  stance: Stance;
  body: string;
  author_name: string | null;
  source_note: string | null;
  entered_by: number;
  group_id: number | null;
  created_at: Date;
  updated_at: Date;
}

const OPINION_COLS = [
  'id', 'consultation_id', 'person_id', 'village_id', 'source', 'stance', 'body', 'author_name', 'source_note', 'entered_by',
  'group_id', 'created_at', 'updated_at',
] as const;

export async function findPersonOpinion(db: Db, consultationId: number, personId: number): Promise<OpinionRow | undefined> {
  return q(db)
    .selectFrom('consultation_opinions')
    .select(OPINION_COLS)
    .where('consultation_id', '=', consultationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function insertOpinions(
  db: Db,
  rows: {
    consultationId: number;
    personId: number | null;
    villageId: number | null;
    source: OpinionSource;
    stance: Stance;
    body: string;
    authorName: string | null;
    sourceNote: string | null;
    enteredBy: number;
    at: Date;
  }[],
): Promise<OpinionRow[]> {
  if (rows.length === 0) return [];
  const out: OpinionRow[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    out.push(
      ...(await q(db)
        .insertInto('consultation_opinions')
        .values(
          chunk.map((r) => ({
            consultation_id: r.consultationId,
            person_id: r.personId,
            village_id: r.villageId,
            source: r.source,
            stance: r.stance,
            body: r.body,
            author_name: r.authorName,
            source_note: r.sourceNote,
            entered_by: r.enteredBy,
            created_at: r.at,
            updated_at: r.at,
          })),
        )
        .returning(OPINION_COLS)
        .execute()),
    );
  }
  return out;
}

export async function updateOpinion(db: Db, id: number, set: { stance: Stance; body: string; at: Date }): Promise<OpinionRow> {
  return q(db)
    .updateTable('consultation_opinions')
    .set({ stance: set.stance, body: set.body, updated_at: set.at })
    .where('id', '=', id)
    .returning(OPINION_COLS)
    .executeTakeFirstOrThrow();
}

export async function listOpinions(db: Db, consultationId: number): Promise<OpinionRow[]> {
  return q(db).selectFrom('consultation_opinions').select(OPINION_COLS).where('consultation_id', '=', consultationId).orderBy('id').execute();
}

export async function pageOpinions(
  db: Db,
  consultationId: number,
  f: { afterId?: number | null; limit: number; groupId?: number },
): Promise<OpinionRow[]> {
  let query = q(db).selectFrom('consultation_opinions').select(OPINION_COLS).where('consultation_id', '=', consultationId);
  if (f.groupId) query = query.where('group_id', '=', f.groupId);
  if (f.afterId) query = query.where('id', '>', f.afterId);
  return query.orderBy('id').limit(f.limit + 1).execute();
}

export async function opinionCounts(db: Db, consultationId: number): Promise<{ stance: Stance; source: OpinionSource; n: number }[]> {
  const rows = await q(db)
    .selectFrom('consultation_opinions')
    .select(['stance', 'source', (eb) => eb.fn.countAll<number>().as('n')])
    .where('consultation_id', '=', consultationId)
    .groupBy(['stance', 'source'])
    .execute();
  return rows.map((r) => ({ stance: r.stance, source: r.source, n: Number(r.n) }));
}

// ---- groups ---------------------------------------------------------------------------------------------

export interface GroupRow {
  id: number;
  consultation_id: number;
  key: string;
  label: string;
  label_source: 'auto' | 'official';
  kind: 'theme' | 'other';
  top_terms: string[];
  position: number;
  response_kind: ResponseKind | null;
  response_text: string | null;
  responded_at: Date | null;
  responded_by: number | null;
}

const GROUP_COLS = [
  'id', 'consultation_id', 'key', 'label', 'label_source', 'kind', 'top_terms', 'position', 'response_kind', 'response_text',
  'responded_at', 'responded_by',
] as const;

/** A group with its number of opinions, by stance. */
export type GroupWithCounts = GroupRow & { size: number; stances: Record<Stance, number> };

export async function listGroups(db: Db, consultationId: number): Promise<GroupWithCounts[]> {
  const groups = (await q(db)
    .selectFrom('consultation_groups')
    .select(GROUP_COLS)
    .where('consultation_id', '=', consultationId)
    .orderBy('position')
    .execute()) as GroupRow[];
  const counts = await q(db)
    .selectFrom('consultation_opinions')
    .select(['group_id', 'stance', (eb) => eb.fn.countAll<number>().as('n')])
    .where('consultation_id', '=', consultationId)
    .where('group_id', 'is not', null)
    .groupBy(['group_id', 'stance'])
    .execute();
  const by = new Map<number, Record<Stance, number>>();
  for (const c of counts) {
    const m = by.get(c.group_id!) ?? { agree: 0, disagree: 0, other: 0 };
    m[c.stance] += Number(c.n);
    by.set(c.group_id!, m);
  }
  return groups.map((g) => {
    const stances = by.get(g.id) ?? { agree: 0, disagree: 0, other: 0 };
    return { ...g, size: stances.agree + stances.disagree + stances.other, stances };
  });
}

/** Opinion ids of each group (by group id). */
export async function groupMembers(db: Db, consultationId: number): Promise<Map<number, number[]>> {
  const rows = await q(db)
    .selectFrom('consultation_opinions')
    .select(['id', 'group_id'])
    .where('consultation_id', '=', consultationId)
    .orderBy('id')
    .execute();
  const m = new Map<number, number[]>();
  for (const r of rows) {
    if (r.group_id === null) continue;
    const list = m.get(r.group_id) ?? [];
    list.push(r.id);
    m.set(r.group_id, list);
  }
  return m;
}

export interface NewGroup {
  key: string;
  label: string;
  labelSource: 'auto' | 'official';
  kind: 'theme' | 'other';
  topTerms: string[];
  opinionIds: number[];
  response: { kind: ResponseKind; text: string; at: Date | null; by: number | null } | null;
}

/** Replaces the groups of a consultation and the group of every opinion. */
export async function replaceGroups(db: Db, consultationId: number, groups: NewGroup[]): Promise<void> {
  await q(db).updateTable('consultation_opinions').set({ group_id: null }).where('consultation_id', '=', consultationId).execute();
  await q(db).deleteFrom('consultation_groups').where('consultation_id', '=', consultationId).execute();
  if (groups.length === 0) return;
  const inserted = await q(db)
    .insertInto('consultation_groups')
    .values(
      groups.map((g, i) => ({
        consultation_id: consultationId,
        key: g.key,
        label: g.label,
        label_source: g.labelSource,
        kind: g.kind,
        top_terms: JSON.stringify(g.topTerms),
        position: i,
        response_kind: g.response?.kind ?? null,
        response_text: g.response?.text ?? null,
        responded_at: g.response?.at ?? null,
        responded_by: g.response?.by ?? null,
      })),
    )
    .returning(['id', 'key'])
    .execute();
  const idOf = new Map(inserted.map((r) => [r.key, r.id]));
  // one statement for all opinions: (opinion id, group id) pairs as two parallel arrays
  const oids: number[] = [];
  const gids: number[] = [];
  for (const g of groups) for (const o of g.opinionIds) {
    oids.push(o);
    gids.push(idOf.get(g.key)!);
  }
  for (let i = 0; i < oids.length; i += 20_000) {
    const o = oids.slice(i, i + 20_000);
    const gg = gids.slice(i, i + 20_000);
    await sql`
      UPDATE consultation_opinions AS o SET group_id = v.gid
      FROM (SELECT unnest(${`{${o.join(',')}}`}::bigint[]) AS oid, unnest(${`{${gg.join(',')}}`}::bigint[]) AS gid) AS v
      WHERE o.id = v.oid AND o.consultation_id = ${consultationId}
    `.execute(db);
  }
}

export async function setResponse(
  db: Db,
  groupId: number,
  r: { kind: ResponseKind; text: string; at: Date; by: number },
): Promise<void> {
  await q(db)
    .updateTable('consultation_groups')
    .set({ response_kind: r.kind, response_text: r.text, responded_at: r.at, responded_by: r.by })
    .where('id', '=', groupId)
    .execute();
}

/** How many groups a consultation has, and how many of them have a response. */
export async function groupCounts(db: Db, consultationId: number): Promise<{ groups: number; responses: number }> {
  const r = await q(db)
    .selectFrom('consultation_groups')
    .select((eb) => [eb.fn.countAll<number>().as('groups'), eb.fn.count<number>('response_kind').as('responses')])
    .where('consultation_id', '=', consultationId)
    .executeTakeFirstOrThrow();
  return { groups: Number(r.groups), responses: Number(r.responses) };
}
