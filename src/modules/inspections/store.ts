// SQL of the inspections module, on its own tables; units' names and places in the tree come through the units
// module's SQL fragments. Recommendations are the oversight module's (through its index.ts, in commands/queries).
import { tablesOf, type Db } from '../../core/db.ts';
import { inUnitTree, unitColumn } from '../units/index.ts';
import type { InspectionsTables } from './tables.ts';

const q = (db: Db) => tablesOf<InspectionsTables>(db);

export async function insertInspection(
  db: Db,
  i: {
    unitId: number;
    inspectedUnitId: number;
    subject: string;
    plannedOn: string | null;
    members: readonly string[];
    heldOn: string | null;
    hasViolation: boolean;
    conclusion: string | null;
    concludedOn: string | null;
    createdBy: number;
  },
): Promise<number> {
  const r = await q(db)
    .insertInto('steering_inspections')
    .values({
      unit_id: i.unitId,
      inspected_unit_id: i.inspectedUnitId,
      subject: i.subject,
      planned_on: i.plannedOn,
      members: JSON.stringify(i.members),
      held_on: i.heldOn,
      has_violation: i.hasViolation,
      conclusion: i.conclusion,
      concluded_on: i.concludedOn,
      created_by: i.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertFindings(db: Db, inspectionId: number, fs: readonly { text: string; violation: boolean }[]): Promise<void> {
  if (!fs.length) return;
  await q(db)
    .insertInto('steering_inspection_findings')
    .values(fs.map((f, i) => ({ inspection_id: inspectionId, seq: i + 1, text: f.text, violation: f.violation })))
    .execute();
}

export async function setResult(db: Db, id: number, r: { heldOn: string; hasViolation: boolean; members?: readonly string[] }): Promise<void> {
  await q(db)
    .updateTable('steering_inspections')
    .set({ held_on: r.heldOn, has_violation: r.hasViolation, ...(r.members ? { members: JSON.stringify(r.members) } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function setConclusion(db: Db, id: number, c: { text: string; on: string }): Promise<void> {
  await q(db).updateTable('steering_inspections').set({ conclusion: c.text, concluded_on: c.on }).where('id', '=', id).execute();
}

const INSPECTION_COLS = [
  'i.id',
  'i.unit_id',
  'i.inspected_unit_id',
  'i.subject',
  'i.planned_on',
  'i.members',
  'i.held_on',
  'i.has_violation',
  'i.conclusion',
  'i.concluded_on',
] as const;

/** An inspection with both units' names and paths, or undefined; locked until the end of the transaction if asked. */
export async function findInspection(db: Db, id: number, o: { forUpdate?: boolean } = {}) {
  let query = q(db)
    .selectFrom('steering_inspections as i')
    .select(INSPECTION_COLS)
    .select([
      unitColumn('i.unit_id', 'name').as('unit_name'),
      unitColumn('i.unit_id', 'path').as('unit_path'),
      unitColumn('i.inspected_unit_id', 'name').as('inspected_unit_name'),
      unitColumn('i.inspected_unit_id', 'path').as('inspected_unit_path'),
    ])
    .where('i.id', '=', id);
  if (o.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findingsOf(db: Db, id: number) {
  return q(db).selectFrom('steering_inspection_findings').select(['seq', 'text', 'violation']).where('inspection_id', '=', id).orderBy('seq').execute();
}

/**
 * Inspections by the committees of a unit's subtree (`by`) or of the units in a subtree (`of`), newest first (keyset
 * on id), optionally those planned or held in a year.
 */
export async function listInspections(db: Db, f: { by?: string; of?: string; year?: number; afterId: number | null; limit: number }) {
  let query = q(db)
    .selectFrom('steering_inspections as i')
    .select(INSPECTION_COLS)
    .select([unitColumn('i.unit_id', 'name').as('unit_name'), unitColumn('i.inspected_unit_id', 'name').as('inspected_unit_name')]);
  if (f.by) query = query.where(inUnitTree('i.unit_id', f.by));
  if (f.of) query = query.where(inUnitTree('i.inspected_unit_id', f.of));
  if (f.year) {
    const from = `${f.year}-01-01`;
    const to = `${f.year}-12-31`;
    query = query.where((eb) => eb(eb.fn.coalesce('i.held_on', 'i.planned_on'), '>=', from).and(eb.fn.coalesce('i.held_on', 'i.planned_on'), '<=', to));
  }
  if (f.afterId) query = query.where('i.id', '<', f.afterId);
  return query.orderBy('i.id', 'desc').limit(f.limit + 1).execute();
}

/** Names of the units inspected by the committee of one unit, held in a period, in the order held. */
export async function inspectedNames(db: Db, f: { unitId: number; from: string; to: string }): Promise<string[]> {
  const rows = await q(db)
    .selectFrom('steering_inspections as i')
    .select(unitColumn('i.inspected_unit_id', 'name').as('name'))
    .where('i.unit_id', '=', f.unitId)
    .where('i.held_on', '>=', f.from)
    .where('i.held_on', '<=', f.to)
    .orderBy('i.held_on')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => r.name);
}
