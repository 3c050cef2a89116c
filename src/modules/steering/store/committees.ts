// SQL of steering committees: the committee of a unit, its members (current and former) and the dated history of
// its membership. The unit's name and place come through the units module's SQL fragments.
import { tablesOf, type Db } from '../../../core/db.ts';
import { unitColumn } from '../../units/index.ts';
import type { MemberEventKind, MemberRole, SteeringTables } from '../tables.ts';

const q = (db: Db) => tablesOf<SteeringTables>(db);

export async function insertCommittee(db: Db, c: { unitId: number; name: string; rulesAttachmentId: number | null; createdBy: number }): Promise<number> {
  const r = await q(db)
    .insertInto('steering_committees')
    .values({ unit_id: c.unitId, name: c.name, rules_attachment_id: c.rulesAttachmentId, created_by: c.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const COMMITTEE_COLS = ['c.id', 'c.unit_id', 'c.name', 'c.rules_attachment_id', 'c.created_at'] as const;

/** The committee of a unit, or undefined. */
export async function committeeOfUnit(db: Db, unitId: number) {
  return q(db).selectFrom('steering_committees as c').select(COMMITTEE_COLS).where('c.unit_id', '=', unitId).executeTakeFirst();
}

/** A committee with its unit's path, name and kind, locked until the end of the transaction; or undefined. */
export async function findCommitteeForUpdate(db: Db, id: number) {
  return q(db)
    .selectFrom('steering_committees as c')
    .select(COMMITTEE_COLS)
    .select([unitColumn('c.unit_id', 'path').as('path'), unitColumn('c.unit_id', 'name').as('unit_name')])
    .where('c.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setRulesAttachment(db: Db, id: number, attachmentId: number | null): Promise<void> {
  await q(db).updateTable('steering_committees').set({ rules_attachment_id: attachmentId }).where('id', '=', id).execute();
}

export interface NewMember {
  committeeId: number;
  name: string;
  position: string;
  role: MemberRole;
  userId: number | null;
  followsUnitIds: number[];
  fromOn: string;
  grantedRole: boolean;
}

export async function insertMember(db: Db, m: NewMember): Promise<number> {
  const r = await q(db)
    .insertInto('steering_members')
    .values({
      committee_id: m.committeeId,
      name: m.name,
      position: m.position,
      role: m.role,
      user_id: m.userId,
      follows_unit_ids: JSON.stringify(m.followsUnitIds),
      from_on: m.fromOn,
      granted_role: m.grantedRole,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const MEMBER_COLS = ['m.id', 'm.committee_id', 'm.name', 'm.position', 'm.role', 'm.user_id', 'm.follows_unit_ids', 'm.from_on', 'm.to_on', 'm.granted_role'] as const;

/** A member, locked until the end of the transaction; or undefined. */
export async function findMemberForUpdate(db: Db, id: number) {
  return q(db).selectFrom('steering_members as m').select(MEMBER_COLS).where('m.id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateMember(db: Db, id: number, m: { name: string; position: string; role: MemberRole; followsUnitIds: number[] }): Promise<void> {
  await q(db)
    .updateTable('steering_members')
    .set({ name: m.name, position: m.position, role: m.role, follows_unit_ids: JSON.stringify(m.followsUnitIds) })
    .where('id', '=', id)
    .execute();
}

export async function endMember(db: Db, id: number, toOn: string): Promise<void> {
  await q(db).updateTable('steering_members').set({ to_on: toOn }).where('id', '=', id).execute();
}

/** Current heads of a committee other than `exceptMemberId`. */
export async function otherCurrentHeads(db: Db, committeeId: number, exceptMemberId: number | null): Promise<number> {
  let query = q(db)
    .selectFrom('steering_members')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('committee_id', '=', committeeId)
    .where('role', '=', 'head')
    .where('to_on', 'is', null);
  if (exceptMemberId !== null) query = query.where('id', '<>', exceptMemberId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Whether another current member of the committee with the same account holds the grant this one gave. */
export async function otherMembershipOfUser(db: Db, committeeId: number, userId: number, exceptMemberId: number): Promise<boolean> {
  const r = await q(db)
    .selectFrom('steering_members')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('user_id', '=', userId)
    .where('to_on', 'is', null)
    .where('id', '<>', exceptMemberId)
    .executeTakeFirst();
  return !!r;
}

export async function insertEvent(
  db: Db,
  e: { committeeId: number; memberId: number; kind: MemberEventKind; on: string; reason: string; data: Record<string, unknown> },
): Promise<void> {
  await q(db)
    .insertInto('steering_member_events')
    .values({ committee_id: e.committeeId, member_id: e.memberId, kind: e.kind, on_date: e.on, reason: e.reason, data: JSON.stringify(e.data) })
    .execute();
}

/** Members of a committee, current first in order of role, then former ones. */
export async function listMembers(db: Db, committeeId: number) {
  return q(db).selectFrom('steering_members as m').select(MEMBER_COLS).where('m.committee_id', '=', committeeId).orderBy('m.id').execute();
}

/** The history of a committee's membership, oldest first (with the member's name). */
export async function listEvents(db: Db, committeeId: number) {
  return q(db)
    .selectFrom('steering_member_events as e')
    .innerJoin('steering_members as m', 'm.id', 'e.member_id')
    .select(['e.id', 'e.member_id', 'e.kind', 'e.on_date', 'e.reason', 'e.data', 'm.name'])
    .where('e.committee_id', '=', committeeId)
    .orderBy('e.on_date')
    .orderBy('e.id')
    .execute();
}
