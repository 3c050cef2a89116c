// SQL of the oversight module.
import type { Kysely } from 'kysely';
import type { DB } from '../../core/schema.ts';
import { notFound } from '../../core/refusal.ts';
import type { BoardKind } from './tables.ts';

export async function insertActivity(
  db: Kysely<DB>,
  a: { unitId: number; board: BoardKind; subject: string; heldOn: string; hasViolation: boolean; createdBy: number | null },
): Promise<number> {
  const r = await db
    .insertInto('oversight_activities')
    .values({ unit_id: a.unitId, board: a.board, subject: a.subject, held_on: a.heldOn, has_violation: a.hasViolation, created_by: a.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertFindings(db: Kysely<DB>, activityId: number, fs: { text: string; violation: boolean }[]): Promise<void> {
  if (!fs.length) return;
  await db
    .insertInto('oversight_findings')
    .values(fs.map((f, i) => ({ activity_id: activityId, seq: i + 1, text: f.text, violation: f.violation })))
    .execute();
}

export async function insertRecommendations(
  db: Kysely<DB>,
  activityId: number,
  unitId: number,
  rs: { to: string; text: string; sentOn: string; dueOn: string }[],
): Promise<void> {
  if (!rs.length) return;
  await db
    .insertInto('oversight_recommendations')
    .values(
      rs.map((r, i) => ({ activity_id: activityId, unit_id: unitId, seq: i + 1, addressed_to: r.to, text: r.text, sent_on: r.sentOn, due_on: r.dueOn })),
    )
    .execute();
}

export async function getActivity(db: Kysely<DB>, id: number) {
  const a = await db
    .selectFrom('oversight_activities as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.unit_id', 'u.name as unit_name', 'u.path as unit_path', 'a.board', 'a.subject', 'a.held_on', 'a.has_violation'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!a) throw notFound('Cuộc giám sát');
  const findings = await db.selectFrom('oversight_findings').select(['seq', 'text', 'violation']).where('activity_id', '=', id).orderBy('seq').execute();
  const recommendations = await db
    .selectFrom('oversight_recommendations')
    .select(['id', 'seq', 'addressed_to', 'text', 'sent_on', 'due_on', 'answer', 'answered_on'])
    .where('activity_id', '=', id)
    .orderBy('seq')
    .execute();
  return { ...a, findings, recommendations };
}

export async function listActivities(db: Kysely<DB>, f: { unitPath: string; board?: BoardKind; afterId: number | null; limit: number }) {
  let q = db
    .selectFrom('oversight_activities as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.unit_id', 'u.name as unit_name', 'a.board', 'a.subject', 'a.held_on', 'a.has_violation'])
    .select((eb) =>
      eb
        .selectFrom('oversight_recommendations as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.activity_id', '=', 'a.id')
        .as('recommendations'),
    )
    .where('u.path', 'like', `${f.unitPath}%`);
  if (f.board) q = q.where('a.board', '=', f.board);
  if (f.afterId) q = q.where('a.id', '<', f.afterId);
  return q.orderBy('a.id', 'desc').limit(f.limit + 1).execute();
}

export async function getRecommendationForUpdate(db: Kysely<DB>, id: number) {
  const r = await db
    .selectFrom('oversight_recommendations as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('oversight_activities as a', 'a.id', 'r.activity_id')
    .select(['r.id', 'r.unit_id', 'u.path as unit_path', 'r.sent_on', 'r.due_on', 'r.answered_on', 'a.board'])
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst();
  if (!r) throw notFound('Kiến nghị');
  return r;
}

export async function setAnswer(db: Kysely<DB>, id: number, a: { answer: string; answeredOn: string; by: number }): Promise<void> {
  await db.updateTable('oversight_recommendations').set({ answer: a.answer, answered_on: a.answeredOn, answered_by: a.by }).where('id', '=', id).execute();
}

export async function listRecommendations(
  db: Kysely<DB>,
  f: { unitPath: string; open?: boolean; overdueOn?: string; afterId: number | null; limit: number },
) {
  let q = db
    .selectFrom('oversight_recommendations as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('oversight_activities as a', 'a.id', 'r.activity_id')
    .select([
      'r.id',
      'r.activity_id',
      'r.unit_id',
      'u.name as unit_name',
      'a.board',
      'a.subject',
      'r.addressed_to',
      'r.text',
      'r.sent_on',
      'r.due_on',
      'r.answer',
      'r.answered_on',
    ])
    .where('u.path', 'like', `${f.unitPath}%`);
  if (f.open) q = q.where('r.answered_on', 'is', null);
  if (f.overdueOn) q = q.where('r.answered_on', 'is', null).where('r.due_on', '<', f.overdueOn);
  if (f.afterId) q = q.where('r.id', '<', f.afterId);
  return q.orderBy('r.id', 'desc').limit(f.limit + 1).execute();
}

export async function insertBoard(
  db: Kysely<DB>,
  b: { unitId: number; board: BoardKind; termStart: string; termEnd: string | null; members: { name: string; role?: string }[] },
): Promise<number> {
  const r = await db
    .insertInto('oversight_boards')
    .values({ unit_id: b.unitId, board: b.board, term_start: b.termStart, term_end: b.termEnd, members: JSON.stringify(b.members) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function listBoards(db: Kysely<DB>, unitId: number) {
  return db
    .selectFrom('oversight_boards')
    .select(['id', 'unit_id', 'board', 'term_start', 'term_end', 'members'])
    .where('unit_id', '=', unitId)
    .orderBy('term_start', 'desc')
    .execute();
}
