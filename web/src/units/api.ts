// Queries of the unit tree and households (GET /api/v1/units…), shared by the units screens; their types are the
// server's (web/src/api-types.ts).
import { api, type ApiBody, type ApiResponse } from '../api.ts';

type UnitPage = ApiResponse<'/units'>;
/** A unit of a level of the tree (children, households when a village). */
export type UnitItem = UnitPage['items'][number];
/** A unit with its ancestors and what the user may do there. */
export type UnitDetail = ApiResponse<'/units/{id}'>;
type HouseholdPage = ApiResponse<'/units/{id}/households'>;
export type Household = HouseholdPage['items'][number];
type NewHousehold = ApiBody<'/units/{id}/households'>;

const CHILDREN_PAGE = 100;
const HOUSEHOLD_PAGE = 50;

export function fetchChildren(parentId: string | null, cursor: string | null): Promise<UnitPage> {
  const p = new URLSearchParams({ limit: String(CHILDREN_PAGE) });
  if (parentId) p.set('parentId', parentId);
  if (cursor) p.set('cursor', cursor);
  return api<UnitPage>(`/units?${p}`);
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

export function createHousehold(unitId: string, body: NewHousehold): Promise<ApiResponse<'/units/{id}/households', 'post'>> {
  return api(`/units/${encodeURIComponent(unitId)}/households`, { method: 'POST', body });
}
