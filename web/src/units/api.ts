// Types and queries of the unit tree and households (GET /api/v1/units…), shared by the units screens.
import { api, type Page } from '../api.ts';

export type UnitKind = 'country' | 'province' | 'district' | 'commune' | 'village' | 'agency' | 'enterprise';

export interface UnitItem {
  id: string;
  kind: UnitKind;
  kindLabel: string;
  name: string;
  code: string | null;
  parentId: string | null;
  depth: number;
  children?: number;
  /** Present on villages from GET /units/:id (and on list items if the server adds it). */
  households?: number;
}

export interface UnitDetail extends UnitItem {
  ancestors: { id: string; kind: UnitKind; name: string }[];
}

export interface Household {
  id: string;
  name: string;
  address: string | null;
  code: string | null;
  active?: boolean;
  representative: { name: string; phone: string | null; since: string | null } | null;
}

export interface HouseholdPage extends Page<Household> {
  total: number;
}

export const CHILDREN_PAGE = 100;
export const HOUSEHOLD_PAGE = 50;

export function fetchChildren(parentId: string | null, cursor: string | null): Promise<Page<UnitItem>> {
  const p = new URLSearchParams({ limit: String(CHILDREN_PAGE) });
  if (parentId) p.set('parentId', parentId);
  if (cursor) p.set('cursor', cursor);
  return api<Page<UnitItem>>(`/units?${p}`);
}

export function fetchUnit(id: string): Promise<UnitDetail> {
  return api<UnitDetail>(`/units/${encodeURIComponent(id)}`);
}

export function fetchHouseholds(unitId: string, q: string, cursor: string | null): Promise<HouseholdPage> {
  const p = new URLSearchParams({ limit: String(HOUSEHOLD_PAGE) });
  if (q) p.set('q', q);
  if (cursor) p.set('cursor', cursor);
  return api<HouseholdPage>(`/units/${encodeURIComponent(unitId)}/households?${p}`);
}

export interface NewHousehold {
  name: string;
  address?: string;
  representative: { name: string; phone?: string };
}

export function createHousehold(unitId: string, body: NewHousehold): Promise<{ id: string }> {
  return api<{ id: string }>(`/units/${encodeURIComponent(unitId)}/households`, { method: 'POST', body });
}
