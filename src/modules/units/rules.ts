// Pure rules of the unit tree, households and accounts: which unit may sit under which, what a household and an
// account need. No I/O, no clock: dates are parameters.
import { formatInt } from '../../core/format.ts';
import { allowed, refusal, refused, type Refusal, type Ruled } from '../../core/refusal.ts';
import type { Role, UnitKind } from '../../core/schema.ts';

/** The country, the root of the tree: created by the first migration, never through the API. */
export const ROOT_UNIT_ID = 1;

export const UNIT_KINDS: readonly UnitKind[] = ['country', 'province', 'commune', 'village', 'agency', 'enterprise', 'district'];

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  country: { vi: 'Quốc gia', en: 'Country' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  district: { vi: 'Cấp trung gian', en: 'Intermediate level' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  village: { vi: 'Thôn, tổ dân phố', en: 'Village' },
  agency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
};

/**
 * Which kind may sit under which. Since 1 July 2025 local government has two levels (province → commune), so
 * the tree does not assume districts; a deployment that keeps an intermediate level may add `district` units
 * between province and commune. `null` = a root.
 */
const ALLOWED_PARENTS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  country: [null],
  province: ['country'],
  district: ['province'],
  commune: ['province', 'district'],
  village: ['commune'],
  agency: ['province', 'district', 'commune'],
  enterprise: ['province', 'district', 'commune'],
};

export function parentAllowed(kind: UnitKind, parentKind: UnitKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

export function parentErrorVi(kind: UnitKind, parentKind: UnitKind | null): string {
  const k = UNIT_KIND_LABELS[kind].vi.toLowerCase();
  if (parentKind === null) return `Đơn vị loại "${k}" phải thuộc một đơn vị cấp trên.`;
  return `Đơn vị loại "${k}" không thể trực thuộc "${UNIT_KIND_LABELS[parentKind].vi.toLowerCase()}".`;
}

/** 422 INVALID_PARENT when a unit of `kind` may not sit under a unit of `parentKind` (the country reads as "no parent"). */
export function parentRefusal(kind: UnitKind, parentKind: UnitKind): Refusal | null {
  if (parentAllowed(kind, parentKind)) return null;
  return refusal('INVALID_PARENT', parentErrorVi(kind, parentKind === 'country' ? null : parentKind));
}

/** Ids on a materialised path '/1/5/23/' from the root down. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** Kinds that can be created through the API (the country root exists from the first migration). */
export const CREATABLE_KINDS = ['province', 'district', 'commune', 'village', 'agency', 'enterprise'] as const;

/**
 * Only villages and residential groups hold households: the residential community is the people of one village or
 * residential group (Law 10/2022 Art. 2 cl. 3), and its meetings are of the households' representatives there
 * (Law 10/2022 Art. 18 cl. 1).
 */
export const holdsHouseholds = (kind: UnitKind) => kind === 'village';

/** 422 NOT_A_VILLAGE when households are added to a unit that is not a village or residential group. */
export function householdUnitRefusal(kind: UnitKind): Refusal | null {
  return holdsHouseholds(kind) ? null : refusal('NOT_A_VILLAGE', 'Chỉ thêm được hộ gia đình vào thôn, tổ dân phố.');
}

/** 400 VALIDATION_ERROR when a unit's name is empty once trimmed. */
export function unitNameRefusal(name: string): Refusal | null {
  return name.trim() ? null : refusal('VALIDATION_ERROR', 'Tên đơn vị không được để trống.', { status: 400 });
}

// ---- households ----------------------------------------------------------------------------------------------

/** Households one bulk call may add, all or nothing. */
export const MAX_BULK_HOUSEHOLDS = 10_000;

/** A household as a user or a file gives it. */
export interface HouseholdInput {
  name: string;
  address?: string | null;
  code?: string | null;
  representative: { name: string; phone?: string | null };
}

/** A household ready to store: trimmed, empty optional fields as null. */
export interface NewHousehold {
  name: string;
  address: string | null;
  code: string | null;
  representative: { name: string; phone: string | null };
}

/**
 * A household trimmed, or 400 VALIDATION_ERROR when its name or its representative's name is empty (every household
 * has a representative: Law 10/2022 Art. 18 cl. 2). `index` (0-based) names the household within a batch.
 */
export function householdOf(h: HouseholdInput, index?: number): Ruled<NewHousehold> {
  const where = index === undefined ? '' : ` (hộ thứ ${index + 1})`;
  const name = h.name.trim();
  const rep = h.representative.name.trim();
  if (!name) return refused(refusal('VALIDATION_ERROR', `Tên hộ gia đình không được để trống${where}.`, { status: 400 }));
  if (!rep) return refused(refusal('VALIDATION_ERROR', `Tên người đại diện hộ không được để trống${where}.`, { status: 400 }));
  return allowed({
    name,
    address: h.address?.trim() || null,
    code: h.code?.trim() || null,
    representative: { name: rep, phone: h.representative.phone?.trim() || null },
  });
}

/** 400 TOO_MANY_ITEMS past MAX_BULK_HOUSEHOLDS households in one call. */
export function bulkSizeRefusal(count: number): Refusal | null {
  if (count <= MAX_BULK_HOUSEHOLDS) return null;
  return refusal('TOO_MANY_ITEMS', `Mỗi lần chỉ thêm tối đa ${formatInt(MAX_BULK_HOUSEHOLDS)} hộ gia đình.`, { status: 400 });
}

/**
 * 422 INVALID_DATE when a new representative would start before the current one did: the history of a household's
 * representatives (Law 10/2022 Art. 18 cl. 2) is a sequence of dated, non-overlapping periods.
 */
export function representativeDateRefusal(currentFrom: string | null, fromDate: string): Refusal | null {
  if (currentFrom === null || currentFrom <= fromDate) return null;
  return refusal('INVALID_DATE', 'Ngày bắt đầu của người đại diện mới phải sau ngày bắt đầu của người hiện tại.');
}

/** 422 NOT_A_MEMBER when the chosen representative is not a member of the household (Law 10/2022 Art. 18 cl. 2). */
export function memberRefusal(personHouseholdId: number | null | undefined, householdId: number): Refusal | null {
  return personHouseholdId === householdId ? null : refusal('NOT_A_MEMBER', 'Người đại diện phải là thành viên của hộ gia đình.');
}

// ---- accounts ------------------------------------------------------------------------------------------------

export const MIN_PASSWORD_LENGTH = 8;

/** Roles only an administrator may grant. */
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'steering'];

/** A username as stored: trimmed, lower case. */
export const normalUsername = (username: string) => username.trim().toLowerCase();

/** 400 INVALID_USERNAME unless 3–64 of a–z, 0–9, dot, hyphen, underscore (after normalUsername). */
export function usernameRefusal(username: string): Refusal | null {
  if (/^[a-z0-9._-]{3,64}$/.test(username)) return null;
  return refusal('INVALID_USERNAME', 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.', { status: 400 });
}

/** 400 WEAK_PASSWORD under MIN_PASSWORD_LENGTH characters. */
export function passwordRefusal(password: string): Refusal | null {
  if (password.length >= MIN_PASSWORD_LENGTH) return null;
  return refusal('WEAK_PASSWORD', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, { status: 400 });
}

/** 422 INVALID_ROLE_UNIT when a village head's role is granted on anything but a village or residential group. */
export function roleUnitRefusal(role: Role, unitKind: UnitKind): Refusal | null {
  if (role !== 'village_head' || unitKind === 'village') return null;
  return refusal('INVALID_ROLE_UNIT', 'Vai trò trưởng thôn chỉ gán cho thôn, tổ dân phố.');
}

/** A resident account named like the household's current representative is that person (no duplicate person). */
export const samePerson = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
