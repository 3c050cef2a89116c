// SQL of the oversight module, on its own tables; the unit's name and place in the tree come through the units
// module's SQL fragments.
import { tablesOf, type Db } from '../../core/db.ts';
import { inUnitTree, unitColumn } from '../units/index.ts';
import type { BoardKind, OversightTables, RecommendationSourceType } from './tables.ts';

const q = (db: Db) => tablesOf<OversightTables>(db);

// ---- activities ----------------------------------------------------------------------------------------------

export async function insertActivity(
  db: Db,
  a: { unitId: number; board: BoardKind; subject: string; heldOn: string; hasViolation: boolean; createdBy: number | null },
): Promise<number> {
  const r = await q(db)
    .insertInto('oversight_activities')
    .values({ unit_id: a.unitId, board: a.board, subject: a.subject, held_on: a.heldOn, has_violation: a.hasViolation, created_by: a.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertFindings(db: Db, activityId: number, fs: readonly { text: string; violation: boolean }[]): Promise<void> {
  if (!fs.length) return;
  await q(db)
    .insertInto('oversight_findings')
    .values(fs.map((f, i) => ({ activity_id: activityId, seq: i + 1, text: f.text, violation: f.violation })))
    .execute();
}

/**
 * Recommendations of one source (a board's activity or a steering inspection), numbered 1…n, addressed to the
 * authority of `unitId` (who answers them).
 */
export async function insertRecommendations(
  db: Db,
  source: { type: RecommendationSourceType; id: number; label: string | null },
  unitId: number,
  rs: readonly { to: string; text: string; sentOn: string; dueOn: string }[],
): Promise<void> {
  if (!rs.length) return;
  const activityId = source.type === 'oversight_activity' ? source.id : null;
  await q(db)
    .insertInto('oversight_recommendations')
    .values(
      rs.map((r, i) => ({
        activity_id: activityId,
        source_type: source.type,
        source_id: source.id,
        source_label: source.label,
        unit_id: unitId,
        seq: i + 1,
        addressed_to: r.to,
        text: r.text,
        sent_on: r.sentOn,
        due_on: r.dueOn,
      })),
    )
    .execute();
}

/** The recommendations of one source, in their order, with the path of the unit that answers them. */
export async function recommendationsOfSource(db: Db, source: { type: RecommendationSourceType; id: number }) {
  return q(db)
    .selectFrom('oversight_recommendations as r')
    .select(['r.id', 'r.seq', 'r.addressed_to', 'r.text', 'r.sent_on', 'r.due_on', 'r.answer', 'r.answered_on', unitColumn('r.unit_id', 'path').as('unit_path')])
    .where('r.source_type', '=', source.type)
    .where('r.source_id', '=', source.id)
    .orderBy('r.seq')
    .execute();
}

/** An activity with its unit's name, path and kind, its findings and its recommendations, or undefined. */
export async function findActivity(db: Db, id: number) {
  const a = await q(db)
    .selectFrom('oversight_activities as a')
    .select(['a.id', 'a.unit_id', 'a.board', 'a.subject', 'a.held_on', 'a.has_violation'])
    .select([unitColumn('a.unit_id', 'name').as('unit_name'), unitColumn('a.unit_id', 'path').as('unit_path'), unitColumn('a.unit_id', 'kind').as('unit_kind')])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!a) return undefined;
  const findings = await q(db).selectFrom('oversight_findings').select(['seq', 'text', 'violation']).where('activity_id', '=', id).orderBy('seq').execute();
  const recommendations = await q(db)
    .selectFrom('oversight_recommendations')
    .select(['id', 'seq', 'addressed_to', 'text', 'sent_on', 'due_on', 'answer', 'answered_on'])
    .where('activity_id', '=', id)
    .orderBy('seq')
    .execute();
  return { ...a, findings, recommendations };
}

/** Activities of a unit's subtree, newest first (keyset on id), with their number of recommendations. */
export async function listActivities(db: Db, f: { unitPath: string; board?: BoardKind; afterId: number | null; limit: number }) {
  let query = q(db)
    .selectFrom('oversight_activities as a')
    .select(['a.id', 'a.unit_id', 'a.board', 'a.subject', 'a.held_on', 'a.has_violation', unitColumn('a.unit_id', 'name').as('unit_name')])
    .select((eb) =>
      eb
        .selectFrom('oversight_recommendations as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.activity_id', '=', 'a.id')
        .as('recommendations'),
    )
    .where(inUnitTree('a.unit_id', f.unitPath));
  if (f.board) query = query.where('a.board', '=', f.board);
  if (f.afterId) query = query.where('a.id', '<', f.afterId);
  return query.orderBy('a.id', 'desc').limit(f.limit + 1).execute();
}

// ---- recommendations -----------------------------------------------------------------------------------------

/** A recommendation, locked until the end of the transaction, with its unit's path; or undefined. */
export async function findRecommendationForUpdate(db: Db, id: number) {
  return q(db)
    .selectFrom('oversight_recommendations as r')
    .select(['r.id', 'r.unit_id', 'r.source_type', 'r.source_id', 'r.sent_on', 'r.due_on', 'r.answered_on', unitColumn('r.unit_id', 'path').as('unit_path')])
    .where('r.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setAnswer(db: Db, id: number, a: { answer: string; answeredOn: string; by: number }): Promise<void> {
  await q(db).updateTable('oversight_recommendations').set({ answer: a.answer, answered_on: a.answeredOn, answered_by: a.by }).where('id', '=', id).execute();
}

/** Recommendations to a unit's subtree, newest first (keyset on id): all, those not answered, or those overdue on a day. */
export async function listRecommendations(
  db: Db,
  f: { unitPath: string; sourceType?: RecommendationSourceType; open?: boolean; overdueOn?: string; afterId: number | null; limit: number },
) {
  let query = q(db)
    .selectFrom('oversight_recommendations as r')
    .leftJoin('oversight_activities as a', 'a.id', 'r.activity_id')
    .select((eb) => [
      'r.id',
      'r.activity_id',
      'r.source_type',
      'r.source_id',
      'r.unit_id',
      'a.board',
      eb.fn.coalesce('a.subject', 'r.source_label', eb.val('')).as('subject'),
      'r.addressed_to',
      'r.text',
      'r.sent_on',
      'r.due_on',
      'r.answer',
      'r.answered_on',
      unitColumn('r.unit_id', 'name').as('unit_name'),
      unitColumn('r.unit_id', 'path').as('unit_path'),
    ])
    .where(inUnitTree('r.unit_id', f.unitPath));
  if (f.sourceType) query = query.where('r.source_type', '=', f.sourceType);
  if (f.open) query = query.where('r.answered_on', 'is', null);
  if (f.overdueOn) query = query.where('r.answered_on', 'is', null).where('r.due_on', '<', f.overdueOn);
  if (f.afterId) query = query.where('r.id', '<', f.afterId);
  return query.orderBy('r.id', 'desc').limit(f.limit + 1).execute();
}

// ---- boards --------------------------------------------------------------------------------------------------

export async function insertBoard(
  db: Db,
  b: { unitId: number; board: BoardKind; termStart: string; termEnd: string | null; members: readonly { name: string; role?: string }[] },
): Promise<number> {
  const r = await q(db)
    .insertInto('oversight_boards')
    .values({ unit_id: b.unitId, board: b.board, term_start: b.termStart, term_end: b.termEnd, members: JSON.stringify(b.members) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function listBoards(db: Db, unitId: number) {
  return q(db)
    .selectFrom('oversight_boards')
    .select(['id', 'unit_id', 'board', 'term_start', 'term_end', 'members'])
    .where('unit_id', '=', unitId)
    .orderBy('term_start', 'desc')
    .execute();
}
