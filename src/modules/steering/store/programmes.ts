// SQL of the steering committees' annual work programmes and their tasks.
import { tablesOf, type Db } from '../../../core/db.ts';
import { unitColumn } from '../../units/index.ts';
import type { SteeringTables } from '../tables.ts';

const q = (db: Db) => tablesOf<SteeringTables>(db);

export interface NewTask {
  title: string;
  dueOn: string;
  ownerName: string;
  assigneeUnitId: number | null;
  source: string;
}

export async function insertProgramme(db: Db, p: { unitId: number; year: number; number: string | null; issuedOn: string; createdBy: number | null }): Promise<number> {
  const r = await q(db)
    .insertInto('steering_programmes')
    .values({ unit_id: p.unitId, year: p.year, number: p.number, issued_on: p.issuedOn, created_by: p.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertTasks(db: Db, programmeId: number, tasks: readonly NewTask[]): Promise<number[]> {
  if (!tasks.length) return [];
  const rows = await q(db)
    .insertInto('steering_tasks')
    .values(tasks.map((t) => ({ programme_id: programmeId, title: t.title, due_on: t.dueOn, owner_name: t.ownerName, assignee_unit_id: t.assigneeUnitId, source: t.source })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

const PROGRAMME_COLS = ['p.id', 'p.unit_id', 'p.year', 'p.number', 'p.issued_on'] as const;

/** The programme of a unit for a year, locked until the end of the transaction; or undefined. */
export async function programmeOfYearForUpdate(db: Db, unitId: number, year: number) {
  return q(db).selectFrom('steering_programmes as p').select(PROGRAMME_COLS).where('p.unit_id', '=', unitId).where('p.year', '=', year).forUpdate().executeTakeFirst();
}

/** A programme with its unit's path and name; or undefined. */
export async function findProgramme(db: Db, id: number) {
  return q(db)
    .selectFrom('steering_programmes as p')
    .select(PROGRAMME_COLS)
    .select([unitColumn('p.unit_id', 'path').as('path'), unitColumn('p.unit_id', 'name').as('unit_name')])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Programmes of a unit, newest year first. */
export async function listProgrammes(db: Db, unitId: number) {
  return q(db).selectFrom('steering_programmes as p').select(PROGRAMME_COLS).where('p.unit_id', '=', unitId).orderBy('p.year', 'desc').execute();
}

/** Tasks of programmes, by due date (with the assignee unit's name). */
export async function listTasks(db: Db, programmeIds: readonly number[]) {
  if (!programmeIds.length) return [];
  return q(db)
    .selectFrom('steering_tasks as t')
    .select(['t.id', 't.programme_id', 't.title', 't.due_on', 't.owner_name', 't.assignee_unit_id', 't.source', 't.done_on', 't.created_at'])
    .select(unitColumn('t.assignee_unit_id', 'name').as('assignee_name'))
    .where('t.programme_id', 'in', [...programmeIds])
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}

/** Tasks that came from one source (e.g. 'conference:42'), by due date. */
export async function tasksOfSource(db: Db, source: string) {
  return q(db).selectFrom('steering_tasks').select(['id', 'due_on', 'done_on']).where('source', '=', source).orderBy('due_on').orderBy('id').execute();
}

/** A task with its programme's year and unit, locked until the end of the transaction; or undefined. */
export async function findTaskForUpdate(db: Db, id: number) {
  return q(db)
    .selectFrom('steering_tasks as t')
    .innerJoin('steering_programmes as p', 'p.id', 't.programme_id')
    .select(['t.id', 't.programme_id', 't.done_on', 't.title', 'p.year', 'p.unit_id', unitColumn('p.unit_id', 'path').as('path')])
    .where('t.id', '=', id)
    .forUpdate('t')
    .executeTakeFirst();
}

export async function setTaskDone(db: Db, id: number, on: string): Promise<void> {
  await q(db).updateTable('steering_tasks').set({ done_on: on }).where('id', '=', id).execute();
}
