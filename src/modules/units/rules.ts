// Pure rules of the unit tree (spec §1).
import type { UnitKind } from '../../core/schema.ts';

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
export const ALLOWED_PARENTS: Record<UnitKind, readonly (UnitKind | null)[]> = {
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

/** Kinds that can be created through the API (the country root exists from the first migration). */
export const CREATABLE_KINDS = ['province', 'district', 'commune', 'village', 'agency', 'enterprise'] as const;

/** Only villages hold households (spec §1: a household lives in one village). */
export const holdsHouseholds = (kind: UnitKind) => kind === 'village';

/** Ids on a materialised path '/1/5/23/' from the root down. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
