// SQL of the evaluations module, on its own table; units' names and places and the evaluator's name come through the
// units module's SQL fragments.
import { tablesOf, type Db } from '../../core/db.ts';
import { inUnitTree, personNameOfUser, unitColumn } from '../units/index.ts';
import type { EvaluationSubject, EvaluationsTables } from './tables.ts';

const q = (db: Db) => tablesOf<EvaluationsTables>(db);

/** The current evaluation of a unit (or its committee) for a year, locked until the end of the transaction. */
export async function findCurrentForUpdate(db: Db, f: { evaluatedUnitId: number; subject: EvaluationSubject; year: number }) {
  return q(db)
    .selectFrom('steering_evaluations')
    .select(['id', 'level', 'evaluated_on'])
    .where('evaluated_unit_id', '=', f.evaluatedUnitId)
    .where('subject', '=', f.subject)
    .where('year', '=', f.year)
    .where('replaced', '=', false)
    .forUpdate()
    .executeTakeFirst();
}

export async function markReplaced(db: Db, id: number): Promise<void> {
  await q(db).updateTable('steering_evaluations').set({ replaced: true }).where('id', '=', id).execute();
}

export async function insertEvaluation(
  db: Db,
  e: {
    unitId: number;
    evaluatedUnitId: number;
    subject: EvaluationSubject;
    year: number;
    level: string;
    criteria: readonly { text: string; met: boolean }[];
    evaluatedOn: string;
    evaluatedBy: number;
    replacesId: number | null;
    reason: string | null;
  },
): Promise<number> {
  const r = await q(db)
    .insertInto('steering_evaluations')
    .values({
      unit_id: e.unitId,
      evaluated_unit_id: e.evaluatedUnitId,
      subject: e.subject,
      year: e.year,
      level: e.level,
      criteria: JSON.stringify(e.criteria),
      evaluated_on: e.evaluatedOn,
      evaluated_by: e.evaluatedBy,
      replaces_id: e.replacesId,
      replace_reason: e.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Evaluations of a year of the units in a subtree (current ones, or all), by unit name then subject (keyset on id). */
export async function listEvaluations(db: Db, f: { unitPath: string; year: number; includeReplaced: boolean; afterId: number | null; limit: number }) {
  let query = q(db)
    .selectFrom('steering_evaluations as e')
    .select([
      'e.id',
      'e.unit_id',
      'e.evaluated_unit_id',
      'e.subject',
      'e.year',
      'e.level',
      'e.criteria',
      'e.evaluated_on',
      'e.replaces_id',
      'e.replace_reason',
      'e.replaced',
      unitColumn('e.unit_id', 'name').as('unit_name'),
      unitColumn('e.evaluated_unit_id', 'name').as('evaluated_unit_name'),
      personNameOfUser('e.evaluated_by').as('evaluated_by_name'),
    ])
    .where(inUnitTree('e.evaluated_unit_id', f.unitPath))
    .where('e.year', '=', f.year);
  if (!f.includeReplaced) query = query.where('e.replaced', '=', false);
  if (f.afterId) query = query.where('e.id', '<', f.afterId);
  return query.orderBy('e.id', 'desc').limit(f.limit + 1).execute();
}
