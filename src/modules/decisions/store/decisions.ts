// The decisions themselves: read with their unit's name, listed, opened, changed.
import type { Updateable } from 'kysely';
import { tablesOf, type Db } from '../../../core/db.ts';
import { notFound } from '../../../core/refusal.ts';
import { unitColumn } from '../../units/index.ts';
import type { DecisionsTable, DecisionsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<DecisionsTables>(db);

const DECISION_COLUMNS = [
  'd.id',
  'd.unit_id',
  'd.unit_path',
  'd.title',
  'd.description',
  'd.matter',
  'd.kind',
  'd.method',
  'd.initial_method',
  'd.options',
  'd.secret',
  'd.status',
  'd.opens_at',
  'd.closes_at',
  'd.opened_on',
  'd.eligible_households',
  'd.method_context',
  'd.meeting',
  'd.closed_at',
  'd.closed_on',
  'd.result',
  'd.passed',
  'd.recognition_authority',
  'd.submitted_on',
  'd.recognition_due_on',
  'd.recognised_on',
  'd.recognition_number',
  'd.refusal_reason',
  'd.disclosure_id',
  'd.created_by',
  'd.created_at',
] as const;

const selectDecisions = (db: Db) => q(db).selectFrom('decisions as d').select([...DECISION_COLUMNS, unitColumn('d.unit_id', 'name').as('unit_name')]);

/** A decision as the use cases read it, with its unit's name. */
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** The decision, locked FOR UPDATE when asked (closing, recognising, recording a meeting). */
async function findDecision(db: Db, id: number, lock: 'update' | null = null) {
  let query = selectDecisions(db).where('d.id', '=', id);
  if (lock === 'update') query = query.forUpdate('d');
  return query.executeTakeFirst();
}

/** The decision, or 404 "Nội dung biểu quyết không tồn tại." */
export async function getDecision(db: Db, id: number, lock: 'update' | null = null): Promise<DecisionRow> {
  const d = await findDecision(db, id, lock);
  if (!d) throw notFound('Nội dung biểu quyết');
  return d;
}

/** Decisions newest first, of a unit and those below it, of one status; keyset on the id. */
export async function listDecisions(db: Db, f: { unitPath?: string; status?: string; beforeId?: number | null; limit: number }) {
  let query = selectDecisions(db);
  if (f.unitPath) query = query.where('d.unit_path', 'like', `${f.unitPath}%`);
  if (f.status) query = query.where('d.status', '=', f.status);
  if (f.beforeId) query = query.where('d.id', '<', f.beforeId);
  return query.orderBy('d.id', 'desc').limit(f.limit + 1).execute();
}

/** Open decisions whose end has passed, oldest end first. */
export async function dueDecisionIds(db: Db, now: Date): Promise<number[]> {
  const rows = await q(db)
    .selectFrom('decisions')
    .select('id')
    .where('status', '=', 'open')
    .where('closes_at', 'is not', null)
    .where('closes_at', '<=', now)
    .orderBy('closes_at')
    .limit(500)
    .execute();
  return rows.map((r) => r.id);
}

export interface NewDecision {
  unitId: number;
  unitPath: string;
  title: string;
  description: string | null;
  matter: string;
  kind: string;
  method: string;
  options: string[];
  secret: boolean;
  opensAt: Date;
  closesAt: Date | null;
  openedOn: string;
  methodContext: Record<string, unknown>;
  createdBy: number;
}

/** Inserts an open decision (its electorate is frozen next: `snapshotEligible`). */
export async function insertDecision(db: Db, d: NewDecision): Promise<number> {
  const r = await q(db)
    .insertInto('decisions')
    .values({
      unit_id: d.unitId,
      unit_path: d.unitPath,
      title: d.title,
      description: d.description,
      matter: d.matter,
      kind: d.kind,
      method: d.method,
      initial_method: d.method,
      options: JSON.stringify(d.options),
      secret: d.secret,
      status: 'open',
      opens_at: d.opensAt,
      closes_at: d.closesAt,
      opened_on: d.openedOn,
      eligible_households: 0,
      method_context: JSON.stringify(d.methodContext),
      created_by: d.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateDecision(db: Db, id: number, values: Updateable<DecisionsTable>): Promise<void> {
  await q(db).updateTable('decisions').set(values).where('id', '=', id).execute();
}
