// SQL of the cases module. Identity (case_senders) is NOT here: only identity.ts reads or writes it.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../core/schema.ts';
import { notFound } from '../../core/refusal.ts';
import type { CasesTable } from './tables.ts';

export type CaseRow = Selectable<CasesTable>;

export async function findCase(db: Kysely<DB>, id: number, lock = false): Promise<CaseRow | undefined> {
  let q = db.selectFrom('cases').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function getCase(db: Kysely<DB>, id: number, lock = false): Promise<CaseRow> {
  const c = await findCase(db, id, lock);
  if (!c) throw notFound('Đơn');
  return c;
}

export async function findByTrackingCode(db: Kysely<DB>, code: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

export async function findByIdempotencyKey(db: Kysely<DB>, keyHash: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('idempotency_key_hash', '=', keyHash).executeTakeFirst();
}

export type NewCase = Omit<CaseRow, 'id' | 'created_at' | 'updated_at'>;

export async function insertCase(db: Kysely<DB>, c: NewCase): Promise<CaseRow> {
  return db.insertInto('cases').values(c).returningAll().executeTakeFirstOrThrow();
}

export async function updateCase(db: Kysely<DB>, id: number, patch: Partial<NewCase>, now: Date): Promise<CaseRow> {
  return db.updateTable('cases').set({ ...patch, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function addEvent(
  db: Kysely<DB>,
  e: { caseId: number; onDate: string; actorId: number | null; action: string; note?: string | null; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await db
    .insertInto('case_events')
    .values({ case_id: e.caseId, on_date: e.onDate, actor_id: e.actorId, action: e.action, note: e.note ?? null, data: JSON.stringify(e.data ?? {}), at: e.at } as never)
    .execute();
}

export async function events(db: Kysely<DB>, caseId: number) {
  return db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .leftJoin('people as p', 'p.id', 'u.person_id')
    .select(['e.id', 'e.at', 'e.on_date', 'e.action', 'e.note', 'e.data', 'p.name as actor_name'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

export async function assignees(db: Kysely<DB>, caseIds: number[]): Promise<Map<number, { id: number; name: string }[]>> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (!caseIds.length) return out;
  const rows = await db
    .selectFrom('case_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select(['a.case_id', 'u.id', 'p.name'])
    .where('a.case_id', 'in', caseIds)
    .orderBy('a.assigned_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.case_id) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.case_id, list);
  }
  return out;
}

export async function isAssigned(db: Kysely<DB>, caseId: number, userId: number): Promise<boolean> {
  return !!(await db.selectFrom('case_assignments').select('case_id').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst());
}

export async function assign(db: Kysely<DB>, caseId: number, userId: number, by: number | null, now: Date): Promise<boolean> {
  const r = await db
    .insertInto('case_assignments')
    .values({ case_id: caseId, user_id: userId, assigned_by: by, assigned_at: now } as never)
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function clearAssignments(db: Kysely<DB>, caseId: number): Promise<void> {
  await db.deleteFrom('case_assignments').where('case_id', '=', caseId).execute();
}

/** Users holding one of `roles` on the unit at `unitPath` or above it. */
export async function userCoversUnit(db: Kysely<DB>, userId: number, unitPath: string, roles: readonly string[]): Promise<boolean> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM role_grants g JOIN units u ON u.id = g.unit_id JOIN users us ON us.id = g.user_id
    WHERE g.user_id = ${userId} AND NOT us.disabled AND g.role IN (${sql.join(roles.map((x) => sql`${x}`))})
      AND ${unitPath} LIKE u.path || '%'`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

/** Officials who may handle cases of a unit (for the assignment picker). */
export async function handlersOf(db: Kysely<DB>, unitPath: string, roles: readonly string[]) {
  const r = await sql<{ id: number; name: string; username: string }>`
    SELECT DISTINCT us.id, p.name, us.username FROM role_grants g JOIN units u ON u.id = g.unit_id
      JOIN users us ON us.id = g.user_id JOIN people p ON p.id = us.person_id
    WHERE NOT us.disabled AND g.role IN (${sql.join(roles.map((x) => sql`${x}`))}) AND ${unitPath} LIKE u.path || '%'
    ORDER BY p.name`.execute(db);
  return r.rows;
}

export interface ListFilter {
  paths: string[];
  status?: string[];
  type?: string;
  overdue?: boolean;
  today: string;
  q?: string;
  assignedTo?: number;
  offset: number;
  limit: number;
}

export async function listCases(db: Kysely<DB>, f: ListFilter): Promise<CaseRow[]> {
  let q = db.selectFrom('cases').selectAll();
  q = q.where((eb) => eb.or(f.paths.map((p) => eb('unit_path', 'like', `${p}%`))));
  if (f.status?.length) q = q.where('status', 'in', f.status as CaseRow['status'][]);
  if (f.type) q = q.where('type', '=', f.type as CaseRow['type']);
  if (f.overdue === true) q = q.where('status', 'in', ['received', 'accepted']).where('next_due', '<', f.today);
  if (f.overdue === false) q = q.where((eb) => eb.or([eb('next_due', 'is', null), eb('next_due', '>=', f.today), eb('status', 'not in', ['received', 'accepted'])]));
  if (f.assignedTo) q = q.where('id', 'in', db.selectFrom('case_assignments').select('case_id').where('user_id', '=', f.assignedTo));
  if (f.q) {
    const term = f.q.trim();
    // Subject and tracking code only: never the sender (a denouncer must not be findable by name).
    q = q.where((eb) =>
      eb.or([
        eb(sql`coso_fold(subject)`, 'like', sql`'%' || coso_fold(${term}) || '%'`),
        eb('tracking_code', '=', term.toUpperCase()),
      ]),
    );
  }
  return q
    .orderBy(sql`CASE WHEN status IN ('received', 'accepted') THEN 0 ELSE 1 END`)
    .orderBy(sql`next_due ASC NULLS LAST`)
    .orderBy('id', 'desc')
    .offset(f.offset)
    .limit(f.limit + 1)
    .execute();
}

export interface UnitCaseCounts {
  unit_id: number;
  name: string;
  kind: string;
  open: number;
  overdue: number;
  due_soon: number;
  resolved: number;
  total: number;
}

/** Counts for a unit and each of its children (each child with its whole subtree). */
export async function countsByChild(db: Kysely<DB>, unitId: number, today: string, soonUntil: string): Promise<UnitCaseCounts[]> {
  const r = await sql<UnitCaseCounts>`
    SELECT u.id AS unit_id, u.name, u.kind,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted'))::int AS open,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted') AND c.next_due < ${today})::int AS overdue,
      count(c.id) FILTER (WHERE c.status IN ('received', 'accepted') AND c.next_due >= ${today} AND c.next_due <= ${soonUntil})::int AS due_soon,
      count(c.id) FILTER (WHERE c.status = 'resolved')::int AS resolved,
      count(c.id)::int AS total
    FROM units u LEFT JOIN cases c ON (CASE WHEN u.id = ${unitId} THEN c.unit_id = u.id ELSE c.unit_path LIKE u.path || '%' END)
    WHERE u.id = ${unitId} OR u.parent_id = ${unitId}
    GROUP BY u.id, u.name, u.kind
    ORDER BY (u.id = ${unitId}) DESC, u.id`.execute(db);
  return r.rows;
}

// ---- reception ------------------------------------------------------------------------------------------

export async function insertSchedule(
  db: Kysely<DB>,
  s: { unitId: number; day: string; startsAt: string; endsAt: string; leaderName: string; leaderTitle: string; isChair: boolean; place: string },
) {
  return db
    .insertInto('reception_schedule')
    .values({ unit_id: s.unitId, day: s.day, starts_at: s.startsAt, ends_at: s.endsAt, leader_name: s.leaderName, leader_title: s.leaderTitle, is_chair: s.isChair, place: s.place })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function scheduleOf(db: Kysely<DB>, unitId: number, from: string, to: string) {
  return db
    .selectFrom('reception_schedule')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('starts_at')
    .execute();
}

export async function insertSession(
  db: Kysely<DB>,
  s: { unitId: number; scheduleId: number | null; heldOn: string; receiverName: string; visitorName: string | null; visitorCount: number; topic: string; caseType: CaseRow['type'] | null; outcome: string | null },
) {
  return db
    .insertInto('reception_sessions')
    .values({
      unit_id: s.unitId,
      schedule_id: s.scheduleId,
      held_on: s.heldOn,
      receiver_name: s.receiverName,
      visitor_name: s.visitorName,
      visitor_count: s.visitorCount,
      topic: s.topic,
      case_type: s.caseType,
      outcome: s.outcome,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setSessionCase(db: Kysely<DB>, sessionId: number, caseId: number): Promise<void> {
  await db.updateTable('reception_sessions').set({ case_id: caseId }).where('id', '=', sessionId).execute();
}

export async function sessionsOf(db: Kysely<DB>, unitId: number, offset: number, limit: number) {
  return db
    .selectFrom('reception_sessions as s')
    .leftJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.id', 's.unit_id', 's.schedule_id', 's.held_on', 's.receiver_name', 's.visitor_name', 's.visitor_count', 's.topic', 's.case_type', 's.outcome', 's.case_id', 'c.tracking_code'])
    .where('s.unit_id', '=', unitId)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id', 'desc')
    .offset(offset)
    .limit(limit + 1)
    .execute();
}
