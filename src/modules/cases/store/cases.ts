// SQL of cases, their events and their assignments. The sender's identity is not here: store/senders.ts holds it,
// and only identity.ts calls it.
import { sql, type Selectable } from 'kysely';
import { tablesOf, type Db } from '../../../core/db.ts';
import { notFound } from '../../../core/refusal.ts';
import { personNameOfUser } from '../../units/index.ts';
import type { CasesTable, CasesTables } from '../tables.ts';

const q = (db: Db) => tablesOf<CasesTables>(db);

export type CaseRow = Selectable<CasesTable>;
export type NewCase = Omit<CaseRow, 'id' | 'created_at' | 'updated_at'>;

async function findCase(db: Db, id: number, lock = false): Promise<CaseRow | undefined> {
  let query = q(db).selectFrom('cases').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The case, or 404 "Đơn không tồn tại."; `lock` takes it FOR UPDATE (inside the transaction of an action). */
export async function getCase(db: Db, id: number, lock = false): Promise<CaseRow> {
  const c = await findCase(db, id, lock);
  if (!c) throw notFound('Đơn');
  return c;
}

export async function findByTrackingCode(db: Db, code: string): Promise<CaseRow | undefined> {
  return q(db).selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

export async function findByIdempotencyKey(db: Db, keyHash: string): Promise<CaseRow | undefined> {
  return q(db).selectFrom('cases').selectAll().where('idempotency_key_hash', '=', keyHash).executeTakeFirst();
}

export async function insertCase(db: Db, c: NewCase): Promise<CaseRow> {
  return q(db).insertInto('cases').values(c).returningAll().executeTakeFirstOrThrow();
}

export async function updateCase(db: Db, id: number, patch: Partial<NewCase>, now: Date): Promise<CaseRow> {
  return q(db).updateTable('cases').set({ ...patch, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// ---- events ----------------------------------------------------------------------------------------------------

export interface NewEvent {
  caseId: number;
  onDate: string;
  actorId: number | null;
  action: string;
  note?: string | null;
  data?: Record<string, unknown>;
  at: Date;
}

export async function addEvent(db: Db, e: NewEvent): Promise<void> {
  await q(db)
    .insertInto('case_events')
    .values({ case_id: e.caseId, on_date: e.onDate, actor_id: e.actorId, action: e.action, note: e.note ?? null, data: JSON.stringify(e.data ?? {}), at: e.at } as never)
    .execute();
}

/** The events of a case, oldest first, with the name of the person who acted. */
export async function events(db: Db, caseId: number) {
  return q(db)
    .selectFrom('case_events as e')
    .select(['e.id', 'e.at', 'e.on_date', 'e.action', 'e.note', 'e.data', personNameOfUser('e.actor_id').as('actor_name')])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

// ---- assignments -----------------------------------------------------------------------------------------------

export interface Assignee {
  id: number;
  name: string;
}

/** The handlers assigned to each case, in the order they were assigned. */
export async function assignees(db: Db, caseIds: number[]): Promise<Map<number, Assignee[]>> {
  const out = new Map<number, Assignee[]>();
  if (!caseIds.length) return out;
  const rows = await q(db)
    .selectFrom('case_assignments as a')
    .select(['a.case_id', 'a.user_id', personNameOfUser('a.user_id').as('name')])
    .where('a.case_id', 'in', caseIds)
    .orderBy('a.assigned_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.case_id) ?? [];
    list.push({ id: r.user_id, name: r.name ?? '' });
    out.set(r.case_id, list);
  }
  return out;
}

export async function isAssigned(db: Db, caseId: number, userId: number): Promise<boolean> {
  return !!(await q(db).selectFrom('case_assignments').select('case_id').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst());
}

/** Assigns a handler; false when they already were. */
export async function assign(db: Db, caseId: number, userId: number, by: number | null, now: Date): Promise<boolean> {
  const r = await q(db)
    .insertInto('case_assignments')
    .values({ case_id: caseId, user_id: userId, assigned_by: by, assigned_at: now } as never)
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function clearAssignments(db: Db, caseId: number): Promise<void> {
  await q(db).deleteFrom('case_assignments').where('case_id', '=', caseId).execute();
}

// ---- lists and counts ------------------------------------------------------------------------------------------

export interface ListFilter {
  /** Units (paths) whose cases, and their subtrees', are listed. */
  paths: string[];
  status?: CaseRow['status'][];
  type?: CaseRow['type'];
  overdue?: boolean;
  today: string;
  q?: string;
  assignedTo?: number;
  offset: number;
  limit: number;
}

/** A page of cases (limit + 1 rows): open ones first, by next due date, then the newest. */
export async function listCases(db: Db, f: ListFilter): Promise<CaseRow[]> {
  let query = q(db).selectFrom('cases').selectAll();
  query = query.where((eb) => eb.or(f.paths.map((p) => eb('unit_path', 'like', `${p}%`))));
  if (f.status?.length) query = query.where('status', 'in', f.status);
  if (f.type) query = query.where('type', '=', f.type);
  if (f.overdue === true) query = query.where('status', 'in', ['received', 'accepted']).where('next_due', '<', f.today);
  if (f.overdue === false) query = query.where((eb) => eb.or([eb('next_due', 'is', null), eb('next_due', '>=', f.today), eb('status', 'not in', ['received', 'accepted'])]));
  if (f.assignedTo) query = query.where('id', 'in', q(db).selectFrom('case_assignments').select('case_id').where('user_id', '=', f.assignedTo));
  if (f.q) {
    const term = f.q.trim();
    // Subject and tracking code only: never the sender (a denouncer must not be findable by name).
    query = query.where((eb) =>
      eb.or([eb(sql`coso_fold(subject)`, 'like', sql`'%' || coso_fold(${term}) || '%'`), eb('tracking_code', '=', term.toUpperCase())]),
    );
  }
  return query
    .orderBy(sql`CASE WHEN status IN ('received', 'accepted') THEN 0 ELSE 1 END`)
    .orderBy(sql`next_due ASC NULLS LAST`)
    .orderBy('id', 'desc')
    .offset(f.offset)
    .limit(f.limit + 1)
    .execute();
}

export interface CaseCounts {
  open: number;
  overdue: number;
  due_soon: number;
  resolved: number;
  total: number;
}

/** Where to count: the cases of the unit itself (`exact`), or of the unit and every unit below it. */
export interface CountScope {
  unitId: number;
  path: string;
  exact: boolean;
}

/** Counts of cases for each scope, in one statement (scopes without cases count zeros). */
export async function countsByScope(db: Db, scopes: readonly CountScope[], today: string, soonUntil: string): Promise<Map<number, CaseCounts>> {
  if (!scopes.length) return new Map();
  const values = sql.join(scopes.map((s) => sql`(${s.unitId}::bigint, ${s.path}::text, ${s.exact}::boolean)`));
  const r = await sql<CaseCounts & { unit_id: number }>`
    SELECT t.unit_id,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted'))::int AS open,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted') AND c.next_due < ${today})::int AS overdue,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted') AND c.next_due >= ${today} AND c.next_due <= ${soonUntil})::int AS due_soon,
      count(c.id) FILTER (WHERE c.status = 'resolved')::int AS resolved,
      count(c.id)::int AS total
    FROM (VALUES ${values}) AS t(unit_id, path, exact)
      LEFT JOIN cases c ON (CASE WHEN t.exact THEN c.unit_id = t.unit_id ELSE c.unit_path LIKE t.path || '%' END)
    GROUP BY t.unit_id`.execute(db);
  return new Map(r.rows.map((row) => [Number(row.unit_id), row]));
}
