// Use cases of steering committees: set up a unit's committee with its members, then add, change and remove members
// with an effective date (every change kept in the history), attach the working rules. A member with an account
// acts as `steering` on the committee's unit while a member (units module's grantRole / withdrawRole).
import { audit } from '../../../core/audit.ts';
import { assertAttachable } from '../../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, conflict, notFound, unprocessable } from '../../../core/refusal.ts';
import { getUnit, grantRole, unitsByIds, userExists, withdrawRole, type UnitRow } from '../../units/index.ts';
import { checkChangeDate, checkCommitteeUnit, checkFollows, checkInitialHeads, checkNewHead, defaultCommitteeName } from '../rules.ts';
import * as store from '../store/committees.ts';
import type { MemberRole } from '../tables.ts';

export interface MemberInput {
  name: string;
  position?: string;
  role: MemberRole;
  userId?: number;
  followsUnitIds?: number[];
}

export interface CreateCommitteeInput {
  unitId: number;
  name?: string;
  members: MemberInput[];
  /** The working rules (quy chế hoạt động), uploaded first to the attachments store. */
  rulesAttachmentId?: number;
  /** The date the committee was set up (default today). */
  establishedOn?: string;
}

type Committee = { id: number; unit_id: number; path: string; unit_name: string };

/** Checks a member's account and followed units against the committee's unit. */
async function checkMember(tx: Ctx, unit: Pick<UnitRow, 'path' | 'name'>, m: MemberInput): Promise<void> {
  if (!m.name.trim()) throw unprocessable('EMPTY_NAME', 'Họ tên thành viên không được để trống.');
  if (m.userId !== undefined && !(await userExists(tx.db, m.userId))) throw unprocessable('USER_NOT_FOUND', 'Tài khoản của thành viên không tồn tại.');
  const follows = [...new Set(m.followsUnitIds ?? [])];
  assertAllowed(checkFollows(unit, follows, await unitsByIds(tx.db, follows)));
}

/** Inserts a member (granting `steering` on the unit to its account) and its "added" event. */
async function addMemberRow(tx: Ctx, c: { id: number; unitId: number }, m: MemberInput, on: string, reason: string): Promise<number> {
  const grantedRole = m.userId !== undefined ? await grantRole(tx.db, { userId: m.userId, role: 'steering', unitId: c.unitId }) : false;
  const id = await store.insertMember(tx.db, {
    committeeId: c.id,
    name: m.name.trim(),
    position: m.position?.trim() ?? '',
    role: m.role,
    userId: m.userId ?? null,
    followsUnitIds: [...new Set(m.followsUnitIds ?? [])],
    fromOn: on,
    grantedRole,
  });
  await store.insertEvent(tx.db, { committeeId: c.id, memberId: id, kind: 'added', on, reason, data: { role: m.role, position: m.position?.trim() ?? '' } });
  return id;
}

export async function createCommittee(ctx: Ctx, input: CreateCommitteeInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'committee.manage', unit.path);
    assertAllowed(checkCommitteeUnit(unit.kind));
    assertAllowed(checkInitialHeads(input.members.map((m) => m.role)));
    const on = input.establishedOn ?? todayVn(tx.now);
    if (on > todayVn(tx.now)) throw unprocessable('CHANGE_IN_FUTURE', 'Ngày thành lập không được sau ngày hôm nay.');
    if (await store.committeeOfUnit(tx.db, unit.id)) throw conflict('COMMITTEE_EXISTS', `${unit.name} đã có Ban Chỉ đạo; hãy kiện toàn Ban Chỉ đạo hiện có.`);
    for (const m of input.members) await checkMember(tx, unit, m);
    if (input.rulesAttachmentId !== undefined) await assertAttachable(tx, [input.rulesAttachmentId], unit.path);
    const name = input.name?.trim() || defaultCommitteeName(unit.name);
    const id = await store.insertCommittee(tx.db, { unitId: unit.id, name, rulesAttachmentId: input.rulesAttachmentId ?? null, createdBy: actor.userId });
    for (const m of input.members) await addMemberRow(tx, { id, unitId: unit.id }, m, on, 'Thành lập Ban Chỉ đạo');
    await audit(tx, { action: 'steering.committee.create', targetType: 'steering_committee', targetId: id, unitId: unit.id, data: { name, members: input.members.length, on } });
    return { id: String(id) };
  });
}

async function lockCommittee(tx: Ctx, id: number): Promise<Committee> {
  const c = await store.findCommitteeForUpdate(tx.db, id);
  if (!c) throw notFound('Ban Chỉ đạo');
  requirePermission(tx.actor, 'committee.manage', c.path);
  return c;
}

async function lockMember(tx: Ctx, committeeId: number, memberId: number) {
  const c = await lockCommittee(tx, committeeId);
  const m = await store.findMemberForUpdate(tx.db, memberId);
  if (!m || m.committee_id !== c.id) throw notFound('Thành viên');
  if (m.to_on) throw conflict('MEMBER_LEFT', `${m.name} đã thôi tham gia Ban Chỉ đạo.`);
  return { c, m };
}

export interface ChangeInput {
  /** The date the change takes effect. */
  on: string;
  reason?: string;
}

export async function addMember(ctx: Ctx, committeeId: number, input: MemberInput & ChangeInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const c = await lockCommittee(tx, committeeId);
    assertAllowed(checkChangeDate(input.on, '1900-01-01', todayVn(tx.now)));
    if (input.role === 'head') assertAllowed(checkNewHead(await store.otherCurrentHeads(tx.db, c.id, null)));
    await checkMember(tx, { path: c.path, name: c.unit_name }, input);
    const id = await addMemberRow(tx, { id: c.id, unitId: c.unit_id }, input, input.on, input.reason?.trim() ?? '');
    await audit(tx, { action: 'steering.member.add', targetType: 'steering_member', targetId: id, unitId: c.unit_id, data: { committeeId: c.id, role: input.role, on: input.on } });
    return { id: String(id) };
  });
}

export interface MemberChange extends ChangeInput {
  name?: string;
  position?: string;
  role?: MemberRole;
  followsUnitIds?: number[];
}

export async function changeMember(ctx: Ctx, committeeId: number, memberId: number, input: MemberChange): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { c, m } = await lockMember(tx, committeeId, memberId);
    assertAllowed(checkChangeDate(input.on, m.from_on, todayVn(tx.now)));
    const next = {
      name: input.name?.trim() ?? m.name,
      position: input.position?.trim() ?? m.position,
      role: input.role ?? m.role,
      followsUnitIds: input.followsUnitIds ? [...new Set(input.followsUnitIds)] : m.follows_unit_ids,
    };
    if (next.role === 'head' && m.role !== 'head') assertAllowed(checkNewHead(await store.otherCurrentHeads(tx.db, c.id, m.id)));
    await checkMember(tx, { path: c.path, name: c.unit_name }, { ...next, userId: undefined });
    const before = { name: m.name, position: m.position, role: m.role, followsUnitIds: m.follows_unit_ids };
    const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before])));
    if (!Object.keys(changed).length) throw unprocessable('NOTHING_CHANGED', 'Không có thay đổi nào so với hiện tại.');
    await store.updateMember(tx.db, m.id, next);
    const from = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof before]]));
    await store.insertEvent(tx.db, { committeeId: c.id, memberId: m.id, kind: 'changed', on: input.on, reason: input.reason?.trim() ?? '', data: { from, to: changed } });
    await audit(tx, { action: 'steering.member.change', targetType: 'steering_member', targetId: m.id, unitId: c.unit_id, data: { from, to: changed, on: input.on } });
    return { id: String(m.id) };
  });
}

export async function removeMember(ctx: Ctx, committeeId: number, memberId: number, input: ChangeInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const { c, m } = await lockMember(tx, committeeId, memberId);
    assertAllowed(checkChangeDate(input.on, m.from_on, todayVn(tx.now)));
    await store.endMember(tx.db, m.id, input.on);
    // The role this membership gave is withdrawn (a grant the account held before is kept).
    if (m.user_id !== null && m.granted_role && !(await store.otherMembershipOfUser(tx.db, c.id, m.user_id, m.id))) {
      await withdrawRole(tx.db, { userId: m.user_id, role: 'steering', unitId: c.unit_id });
    }
    await store.insertEvent(tx.db, { committeeId: c.id, memberId: m.id, kind: 'removed', on: input.on, reason: input.reason?.trim() ?? '', data: { role: m.role } });
    await audit(tx, { action: 'steering.member.remove', targetType: 'steering_member', targetId: m.id, unitId: c.unit_id, data: { role: m.role, on: input.on, roleWithdrawn: m.granted_role } });
    return { id: String(m.id) };
  });
}

/** Attaches (or replaces) the committee's working rules. */
export async function setWorkingRules(ctx: Ctx, committeeId: number, attachmentId: number): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const c = await lockCommittee(tx, committeeId);
    await assertAttachable(tx, [attachmentId], c.path);
    await store.setRulesAttachment(tx.db, c.id, attachmentId);
    await audit(tx, { action: 'steering.committee.rules', targetType: 'steering_committee', targetId: c.id, unitId: c.unit_id, data: { attachmentId } });
    return { id: String(c.id) };
  });
}
