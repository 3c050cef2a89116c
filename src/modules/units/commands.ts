// Use cases of the units module: check permission → validate → rules → store → audit, in one transaction.
import { audit } from '../../core/audit.ts';
import { hashPassword } from '../../core/auth.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { badRequest, conflict, unprocessable } from '../../core/refusal.ts';
import { requireActor, requirePermission } from '../../core/permissions.ts';
import type { Role, UnitKind } from '../../core/schema.ts';
import { todayVn } from '../../core/dates.ts';
import { holdsHouseholds, parentAllowed, parentErrorVi } from './rules.ts';
import * as store from './store.ts';

export const ROOT_UNIT_ID = 1;
/** Bulk creation limit of one call (api.md). */
export const MAX_BULK_HOUSEHOLDS = 10_000;
export const MIN_PASSWORD_LENGTH = 8;

export interface CreateUnitInput {
  kind: Exclude<UnitKind, 'country'>;
  name: string;
  code?: string | null;
  parentId?: number | null;
}

export async function createUnit(ctx: Ctx, input: CreateUnitInput): Promise<store.UnitRow> {
  return inTransaction(ctx, async (tx) => {
    const parent = await store.getUnit(tx.db, input.parentId ?? ROOT_UNIT_ID);
    requirePermission(tx.actor, 'unit.create', parent.path);
    if (!parentAllowed(input.kind, parent.kind)) {
      throw unprocessable('INVALID_PARENT', parentErrorVi(input.kind, parent.kind === 'country' ? null : parent.kind));
    }
    const name = input.name.trim();
    if (!name) throw badRequest('VALIDATION_ERROR', 'Tên đơn vị không được để trống.');
    const code = input.code?.trim() || null;
    if (code) {
      const dup = await tx.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
      if (dup) throw conflict('DUPLICATE_CODE', `Mã đơn vị "${code}" đã được sử dụng.`);
    }
    const unit = await store.insertUnit(tx.db, { kind: input.kind, name, code, parent });
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

export interface HouseholdInput {
  name: string;
  address?: string | null;
  code?: string | null;
  representative: { name: string; phone?: string | null };
}

function cleanHousehold(h: HouseholdInput, index?: number): store.NewHousehold {
  const where = index === undefined ? '' : ` (hộ thứ ${index + 1})`;
  const name = h.name.trim();
  const rep = h.representative.name.trim();
  if (!name) throw badRequest('VALIDATION_ERROR', `Tên hộ gia đình không được để trống${where}.`);
  if (!rep) throw badRequest('VALIDATION_ERROR', `Tên người đại diện hộ không được để trống${where}.`);
  return {
    name,
    address: h.address?.trim() || null,
    code: h.code?.trim() || null,
    representative: { name: rep, phone: h.representative.phone?.trim() || null },
  };
}

async function villageFor(ctx: Ctx, unitId: number) {
  const unit = await store.getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'household.create', unit.path);
  if (!holdsHouseholds(unit.kind)) {
    throw unprocessable('NOT_A_VILLAGE', 'Chỉ thêm được hộ gia đình vào thôn, tổ dân phố.');
  }
  return unit;
}

export async function createHousehold(ctx: Ctx, unitId: number, input: HouseholdInput): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const unit = await villageFor(tx, unitId);
    const h = cleanHousehold(input);
    const [id] = await store.insertHouseholds(tx.db, unit.id, [h], todayVn(tx.now));
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

/** Up to 10,000 households in one call, all or nothing. */
export async function bulkCreateHouseholds(ctx: Ctx, unitId: number, items: HouseholdInput[]): Promise<number[]> {
  if (items.length > MAX_BULK_HOUSEHOLDS) {
    throw badRequest('TOO_MANY_ITEMS', `Mỗi lần chỉ thêm tối đa ${MAX_BULK_HOUSEHOLDS.toLocaleString('vi-VN')} hộ gia đình.`);
  }
  const clean = items.map((h, i) => cleanHousehold(h, i));
  return inTransaction(ctx, async (tx) => {
    const unit = await villageFor(tx, unitId);
    const ids = await store.insertHouseholds(tx.db, unit.id, clean, todayVn(tx.now));
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

export async function changeRepresentative(
  ctx: Ctx,
  householdId: number,
  input: { personId?: number; name?: string; phone?: string | null; fromDate?: string },
): Promise<{ personId: number; fromDate: string }> {
  return inTransaction(ctx, async (tx) => {
    const h = await store.getHousehold(tx.db, householdId);
    const unitPath = await store.unitPathOf(tx.db, h.unit_id);
    requirePermission(tx.actor, 'household.create', unitPath);
    const fromDate = input.fromDate ?? todayVn(tx.now);
    const current = await store.currentRepresentative(tx.db, householdId);
    if (current && current.from_date > fromDate) {
      throw unprocessable('INVALID_DATE', 'Ngày bắt đầu của người đại diện mới phải sau ngày bắt đầu của người hiện tại.');
    }
    let personId = input.personId;
    if (personId) {
      const p = await tx.db.selectFrom('people').select(['id', 'household_id']).where('id', '=', personId).executeTakeFirst();
      if (!p || p.household_id !== householdId) {
        throw unprocessable('NOT_A_MEMBER', 'Người đại diện phải là thành viên của hộ gia đình.');
      }
    } else {
      const name = input.name?.trim();
      if (!name) throw badRequest('VALIDATION_ERROR', 'Cần chọn người đại diện hoặc nhập họ tên.');
      personId = (
        await tx.db
          .insertInto('people')
          .values({ name, phone: input.phone ?? null, household_id: householdId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    if (current) {
      if (current.person_id === personId) throw conflict('ALREADY_REPRESENTATIVE', 'Người này đang là đại diện của hộ.');
      await tx.db.updateTable('household_representatives').set({ to_date: fromDate }).where('id', '=', current.id).execute();
    }
    await tx.db.insertInto('household_representatives').values({ household_id: householdId, person_id: personId, from_date: fromDate }).execute();
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

export interface CreateUserInput {
  username: string;
  password: string;
  name: string;
  phone?: string | null;
  roles: { role: Role; unitId: number }[];
  householdId?: number | null;
}

const PRIVILEGED: readonly Role[] = ['admin', 'steering'];

export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<number> {
  const actor = requireActor(ctx.actor);
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw badRequest('INVALID_USERNAME', 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.');
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest('WEAK_PASSWORD', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  if (!input.name.trim()) throw badRequest('VALIDATION_ERROR', 'Họ tên không được để trống.');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (input.roles.length === 0 && !input.householdId) {
      throw badRequest('VALIDATION_ERROR', 'Người dùng cần ít nhất một vai trò hoặc thuộc một hộ gia đình.');
    }
    for (const g of input.roles) {
      const unit = await store.getUnit(tx.db, g.unitId);
      requirePermission(actor, 'user.create', unit.path);
      if (PRIVILEGED.includes(g.role)) requirePermission(actor, 'user.grant_privileged', unit.path);
      if (g.role === 'village_head' && unit.kind !== 'village') {
        throw unprocessable('INVALID_ROLE_UNIT', 'Vai trò trưởng thôn chỉ gán cho thôn, tổ dân phố.');
      }
    }
    let householdId: number | null = null;
    if (input.householdId) {
      const h = await store.getHousehold(tx.db, input.householdId);
      requirePermission(actor, 'user.create', await store.unitPathOf(tx.db, h.unit_id));
      householdId = h.id;
    }
    const taken = await tx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã được sử dụng.`);
    // A resident account for a household's current representative is that person (no duplicate person).
    let personId: number | undefined;
    if (householdId) {
      const rep = await store.currentRepresentative(tx.db, householdId);
      if (rep && rep.name.trim().toLowerCase() === input.name.trim().toLowerCase()) personId = rep.person_id;
    }
    const roles = [...input.roles];
    if (householdId && !roles.some((r) => r.role === 'resident')) {
      const h = await store.getHousehold(tx.db, householdId);
      roles.push({ role: 'resident', unitId: h.unit_id });
    }
    const id = await store.insertUser(
      tx.db,
      { username, passwordHash, name: input.name.trim(), phone: input.phone ?? null, householdId, personId },
      roles,
    );
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

/** First start: create `admin` (role admin on the root) when COSO_ADMIN_PASSWORD is set and no admin exists. */
export async function ensureAdmin(ctx: Ctx, password: string): Promise<boolean> {
  const existing = await ctx.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (existing) return false;
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`COSO_ADMIN_PASSWORD phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const id = await store.insertUser(
      tx.db,
      { username: 'admin', passwordHash, name: 'Quản trị hệ thống', householdId: null },
      [{ role: 'admin', unitId: ROOT_UNIT_ID }],
    );
    await audit(tx, { action: 'user.create', targetType: 'user', targetId: id, unitId: ROOT_UNIT_ID, data: { username: 'admin', bootstrap: true } });
  });
  return true;
}

export function assertCanListHouseholds(ctx: Ctx, unitPath: string): void {
  requirePermission(ctx.actor, 'household.list', unitPath);
}

