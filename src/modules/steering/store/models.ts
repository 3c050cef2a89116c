// SQL of the steering module, on its own table; the unit's name and place in the tree come through the units
// module's SQL fragments.
import { tablesOf, type Db } from '../../../core/db.ts';
import { inUnitTree, unitColumn } from '../../units/index.ts';
import type { ModelField, ModelRating, ModelStatus, SteeringTables } from '../tables.ts';

const q = (db: Db) => tablesOf<SteeringTables>(db);

export async function insertModel(
  db: Db,
  m: { unitId: number; name: string; field: ModelField; description: string; startedOn: string; createdBy: number },
): Promise<number> {
  const r = await q(db)
    .insertInto('steering_models')
    .values({ unit_id: m.unitId, name: m.name, field: m.field, description: m.description, started_on: m.startedOn, created_by: m.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** A model, locked until the end of the transaction, with its unit's path; or undefined. */
export async function findModelForUpdate(db: Db, id: number) {
  return q(db)
    .selectFrom('steering_models as m')
    .select(['m.id', 'm.unit_id', 'm.status', 'm.started_on', unitColumn('m.unit_id', 'path').as('path')])
    .where('m.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setEvaluation(db: Db, id: number, e: { rating: ModelRating; evaluation: string; evaluatedOn: string; status: ModelStatus }): Promise<void> {
  await q(db)
    .updateTable('steering_models')
    .set({ rating: e.rating, evaluation: e.evaluation, evaluated_on: e.evaluatedOn, status: e.status })
    .where('id', '=', id)
    .execute();
}

/** Models of a unit's subtree, newest first (at most 500). */
export async function listModels(db: Db, unitPath: string) {
  return q(db)
    .selectFrom('steering_models as m')
    .select(['m.id', 'm.unit_id', 'm.name', 'm.field', 'm.description', 'm.started_on', 'm.status', 'm.rating', 'm.evaluation', 'm.evaluated_on'])
    .select(unitColumn('m.unit_id', 'name').as('unit_name'))
    .where(inUnitTree('m.unit_id', unitPath))
    .orderBy('m.id', 'desc')
    .limit(500)
    .execute();
}
