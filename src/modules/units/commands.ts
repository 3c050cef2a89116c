// Use cases of the units module: permission → validate → rules → store → audit, in one transaction. The last section
// takes the API's bodies (schema.ts) and answers the API's shapes, so that each route handler is one call.
import { audit } from '../../core/audit.ts';
import { hashPassword } from '../../core/auth.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { parseId } from '../../core/http.ts';
import { requireActor, requirePermission } from '../../core/permissions.ts';
import { assertAllowed, badRequest, conflict, unwrap } from '../../core/refusal.ts';
import type { Role, UnitKind } from '../../core/schema.ts';
import { unitView, type UnitView } from './queries.ts';
import {
  bulkSizeRefusal,
  householdOf,
  householdUnitRefusal,
  memberRefusal,
  MIN_PASSWORD_LENGTH,
  normalUsername,
  parentRefusal,
  passwordRefusal,
  PRIVILEGED_ROLES,
  representativeDateRefusal,
  ROOT_UNIT_ID,
  roleUnitRefusal,
  samePerson,
  unitNameRefusal,
  usernameRefusal,
  type HouseholdInput,
} from './rules.ts';
import type { HouseholdBody, RepresentativeBody, UnitBody, UserBody } from './schema.ts';
import * as accounts from './store/accounts.ts';
import * as households from './store/households.ts';
import { getUnit, userIdByUsername, type UnitRow } from './store/shared.ts';
import * as units from './store/units.ts';

/** The size of a bulk call, for callers that add households in bulk (the ballots bench). */
export { MAX_BULK_HOUSEHOLDS } from './rules.ts';

export interface CreateUnitInput {
  kind: Exclude<UnitKind, 'country'>;
  name: string;
  code?: string | null;
  parentId?: number | null;
}

export async function createUnit(ctx: Ctx, input: CreateUnitInput): Promise<UnitRow> {
  return inTransaction(ctx, async (tx) => {
    const parent = await getUnit(tx.db, input.parentId ?? ROOT_UNIT_ID);
    requirePermission(tx.actor, 'unit.create', parent.path);
    assertAllowed(parentRefusal(input.kind, parent.kind));
    assertAllowed(unitNameRefusal(input.name));
    const name = input.name.trim();
    const code = input.code?.trim() || null;
    if (code && (await units.unitCodeTaken(tx.db, code))) throw conflict('DUPLICATE_CODE', `Mã đơn vị "${code}" đã được sử dụng.`);
    const unit = await units.insertUnit(tx.db, { kind: input.kind, name, code, parent });
    await audit(tx, {
      action: 'unit.create',
      targetType: 'unit',
      targetId: unit.id,
      unitId: unit.id,
      data: { kind: unit.kind, name: unit.name, code, parentId: parent.id },
    });
    return unit;
  });
}

/** The village a household is added to, once the actor may add households there. */
async function villageFor(ctx: Ctx, unitId: number): Promise<UnitRow> {
  const unit = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'household.create', unit.path);
  assertAllowed(householdUnitRefusal(unit.kind));
  return unit;
}

export async function createHousehold(ctx: Ctx, unitId: number, input: HouseholdInput): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const unit = await villageFor(tx, unitId);
    const h = unwrap(householdOf(input));
    const [id] = await households.insertHouseholds(tx.db, unit.id, [h], todayVn(tx.now));
    await audit(tx, {
      action: 'household.create',
      targetType: 'household',
      targetId: id!,
      unitId: unit.id,
      data: { name: h.name, representative: h.representative.name },
    });
    return id!;
  });
}

/** Up to MAX_BULK_HOUSEHOLDS households in one call, all or nothing. */
export async function bulkCreateHouseholds(ctx: Ctx, unitId: number, items: readonly HouseholdInput[]): Promise<number[]> {
  assertAllowed(bulkSizeRefusal(items.length));
  const clean = items.map((h, i) => unwrap(householdOf(h, i)));
  return inTransaction(ctx, async (tx) => {
    const unit = await villageFor(tx, unitId);
    const ids = await households.insertHouseholds(tx.db, unit.id, clean, todayVn(tx.now));
    await audit(tx, {
      action: 'household.bulk_create',
      targetType: 'unit',
      targetId: unit.id,
      unitId: unit.id,
      data: { created: ids.length, firstId: ids[0] ?? null, lastId: ids[ids.length - 1] ?? null },
    });
    return ids;
  });
}

interface RepresentativeInput {
  /** A member of the household; otherwise a new member named `name`. */
  personId?: number;
  name?: string;
  phone?: string | null;
  /** Default: today in Vietnam. */
  fromDate?: string;
}

/** A new representative of a household from `fromDate`; the current one's period ends that day. */
async function changeRepresentative(ctx: Ctx, householdId: number, input: RepresentativeInput): Promise<{ personId: number; fromDate: string }> {
  return inTransaction(ctx, async (tx) => {
    const h = await households.getHousehold(tx.db, householdId);
    requirePermission(tx.actor, 'household.create', (await getUnit(tx.db, h.unit_id)).path);
    const fromDate = input.fromDate ?? todayVn(tx.now);
    const current = await households.currentRepresentative(tx.db, householdId);
    assertAllowed(representativeDateRefusal(current?.from_date ?? null, fromDate));
    let personId = input.personId;
    if (personId) {
      assertAllowed(memberRefusal(await households.householdOfPerson(tx.db, personId), householdId));
    } else {
      const name = input.name?.trim();
      if (!name) throw badRequest('VALIDATION_ERROR', 'Cần chọn người đại diện hoặc nhập họ tên.');
      personId = await households.insertPerson(tx.db, { name, phone: input.phone ?? null, householdId });
    }
    if (current?.person_id === personId) throw conflict('ALREADY_REPRESENTATIVE', 'Người này đang là đại diện của hộ.');
    await households.replaceRepresentative(tx.db, householdId, current?.id ?? null, personId, fromDate);
    await audit(tx, {
      action: 'household.change_representative',
      targetType: 'household',
      targetId: householdId,
      unitId: h.unit_id,
      data: { from: current?.person_id ?? null, to: personId, fromDate },
    });
    return { personId, fromDate };
  });
}

interface CreateUserInput {
  username: string;
  password: string;
  name: string;
  phone?: string | null;
  roles: { role: Role; unitId: number }[];
  householdId?: number | null;
}

/** Checks the grants the actor gives: each on a unit they may create accounts for, admin and steering by admins only. */
async function checkGrants(tx: Ctx, roles: CreateUserInput['roles']): Promise<void> {
  const actor = requireActor(tx.actor);
  for (const g of roles) {
    const unit = await getUnit(tx.db, g.unitId);
    requirePermission(actor, 'user.create', unit.path);
    if (PRIVILEGED_ROLES.includes(g.role)) requirePermission(actor, 'user.grant_privileged', unit.path);
    assertAllowed(roleUnitRefusal(g.role, unit.kind));
  }
}

async function createUser(ctx: Ctx, input: CreateUserInput): Promise<number> {
  requireActor(ctx.actor);
  const username = normalUsername(input.username);
  assertAllowed(usernameRefusal(username));
  assertAllowed(passwordRefusal(input.password));
  const name = input.name.trim();
  if (!name) throw badRequest('VALIDATION_ERROR', 'Họ tên không được để trống.');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (input.roles.length === 0 && !input.householdId) {
      throw badRequest('VALIDATION_ERROR', 'Người dùng cần ít nhất một vai trò hoặc thuộc một hộ gia đình.');
    }
    await checkGrants(tx, input.roles);
    const household = input.householdId ? await households.getHousehold(tx.db, input.householdId) : null;
    if (household) requirePermission(tx.actor, 'user.create', (await getUnit(tx.db, household.unit_id)).path);
    if (await userIdByUsername(tx.db, username)) throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã được sử dụng.`);
    const rep = household ? await households.currentRepresentative(tx.db, household.id) : undefined;
    const personId = rep && samePerson(rep.name, name) ? rep.person_id : undefined;
    const roles = [...input.roles];
    if (household && !roles.some((r) => r.role === 'resident')) roles.push({ role: 'resident', unitId: household.unit_id });
    const householdId = household?.id ?? null;
    const id = await accounts.insertUser(tx.db, { username, passwordHash, name, phone: input.phone ?? null, householdId, personId }, roles);
    await audit(tx, {
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      unitId: roles[0]?.unitId ?? null,
      data: { username, roles, householdId },
    });
    return id;
  });
}

interface SystemAccount extends accounts.NewAccount {
  grants: { role: Role; unitId: number }[];
}

/**
 * An account the platform creates itself (first start, demo): nobody acts, so no permission is asked; audited with
 * `data` on the unit of its first grant.
 */
export async function createSystemAccount(ctx: Ctx, account: SystemAccount, data: Record<string, unknown>): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const { grants, ...a } = account;
    const id = await accounts.insertUser(tx.db, a, grants);
    await audit(tx, { action: 'user.create', targetType: 'user', targetId: id, unitId: grants[0]?.unitId ?? null, data });
    return id;
  });
}

/** First start: create `admin` (role admin on the root) when COSO_ADMIN_PASSWORD is set and no admin exists. */
export async function ensureAdmin(ctx: Ctx, password: string): Promise<boolean> {
  if (await userIdByUsername(ctx.db, 'admin')) return false;
  if (passwordRefusal(password)) throw new Error(`COSO_ADMIN_PASSWORD phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  const passwordHash = await hashPassword(password);
  await createSystemAccount(
    ctx,
    { username: 'admin', passwordHash, name: 'Quản trị hệ thống', householdId: null, grants: [{ role: 'admin', unitId: ROOT_UNIT_ID }] },
    { username: 'admin', bootstrap: true },
  );
  return true;
}

// ---- as the API calls them: bodies as schema.ts accepts them, answers as it describes them ----------------------

export async function postUnit(ctx: Ctx, b: UnitBody): Promise<UnitView> {
  const parentId = b.parentId === undefined ? null : parseId(b.parentId, 'parentId');
  return unitView(await createUnit(ctx, { kind: b.kind, name: b.name, code: b.code ?? null, parentId }));
}

export async function postHousehold(ctx: Ctx, unitId: number, b: HouseholdBody): Promise<{ id: string }> {
  return { id: String(await createHousehold(ctx, unitId, b)) };
}

export async function postHouseholds(ctx: Ctx, unitId: number, b: { households: HouseholdBody[] }): Promise<{ created: number }> {
  return { created: (await bulkCreateHouseholds(ctx, unitId, b.households)).length };
}

export async function postRepresentative(ctx: Ctx, householdId: number, b: RepresentativeBody): Promise<{ personId: string; fromDate: string }> {
  const personId = b.personId === undefined ? undefined : parseId(b.personId, 'personId');
  const r = await changeRepresentative(ctx, householdId, { personId, name: b.name, phone: b.phone, fromDate: b.fromDate });
  return { personId: String(r.personId), fromDate: r.fromDate };
}

export async function postUser(ctx: Ctx, b: UserBody): Promise<{ id: string }> {
  const id = await createUser(ctx, {
    username: b.username,
    password: b.password,
    name: b.name,
    phone: b.phone ?? null,
    roles: b.roles.map((r) => ({ role: r.role, unitId: parseId(r.unitId, 'unitId') })),
    householdId: b.householdId === undefined ? null : parseId(b.householdId, 'householdId'),
  });
  return { id: String(id) };
}
