// Reads of the units module with their permission checks, answering the API's shapes (ids as strings). The tree is
// public (residents pick their commune and village on the public portal); households are for those who keep them.
import type { Ctx } from '../../core/context.ts';
import { decodeCursor, toPage, type Page } from '../../core/http.ts';
import { can, requirePermission } from '../../core/permissions.ts';
import type { UnitKind } from '../../core/schema.ts';
import { holdsHouseholds, ROOT_UNIT_ID, UNIT_KIND_LABELS } from './rules.ts';
import type { HouseholdListQuery, UnitListQuery } from './schema.ts';
import * as accounts from './store/accounts.ts';
import * as households from './store/households.ts';
import { ancestorsOf, getUnit, type UnitRow } from './store/shared.ts';
import * as units from './store/units.ts';

export interface UnitView {
  id: string;
  kind: UnitKind;
  kindLabel: string;
  name: string;
  code: string | null;
  parentId: string | null;
  depth: number;
}

export function unitView(u: UnitRow): UnitView {
  return {
    id: String(u.id),
    kind: u.kind,
    kindLabel: UNIT_KIND_LABELS[u.kind].vi,
    name: u.name,
    code: u.code,
    parentId: u.parent_id === null ? null : String(u.parent_id),
    depth: u.depth,
  };
}

type UnitListItem = UnitView & { children: number; households?: number };

/**
 * A level of the tree: the units under `parentId` ('root' = the roots), or of a kind anywhere; neither given = the
 * units right under the country. Villages say how many active households they have.
 */
export async function listUnits(ctx: Ctx, query: UnitListQuery): Promise<Page<UnitListItem>> {
  const parentId = query.parentId === 'root' ? null : query.parentId ? Number(query.parentId) : query.kind ? undefined : ROOT_UNIT_ID;
  const rows = await units.listUnits(ctx.db, { parentId, kind: query.kind, afterId: decodeCursor(query.cursor), limit: query.limit });
  return toPage(rows, query.limit, (u) => ({
    ...unitView(u),
    children: u.children,
    ...(u.kind === 'village' ? { households: u.households } : {}),
  }));
}

/** A unit with its ancestors (root first), its number of households when a village, and what the actor may do there. */
export async function unitDetail(ctx: Ctx, id: number) {
  const unit = await getUnit(ctx.db, id);
  const ancestors = await ancestorsOf(ctx.db, unit);
  const village = holdsHouseholds(unit.kind);
  return {
    ...unitView(unit),
    ancestors: ancestors.map((a) => ({ id: String(a.id), kind: a.kind, name: a.name })),
    ...(village ? { households: await households.countHouseholds(ctx.db, unit.id) } : {}),
    can: {
      addHouseholds: village && can(ctx.actor, 'household.create', unit.path),
      listHouseholds: can(ctx.actor, 'household.list', unit.path),
    },
  };
}

/** A page of a village's households with their current representatives, and how many it has. */
export async function listHouseholds(ctx: Ctx, unitId: number, query: HouseholdListQuery) {
  const unit = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'household.list', unit.path);
  const rows = await households.listHouseholds(ctx.db, unit.id, {
    q: query.q?.trim() || undefined,
    afterId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({
    id: String(r.id),
    name: r.name,
    address: r.address,
    code: r.code,
    active: r.active,
    representative: r.rep_name ? { name: r.rep_name, phone: r.rep_phone, since: r.rep_since } : null,
  }));
  return { ...page, total: await households.countHouseholds(ctx.db, unit.id) };
}

/** A household and the dated history of its representatives: for its own members, and those who keep households. */
export async function householdDetail(ctx: Ctx, id: number) {
  const h = await households.getHousehold(ctx.db, id);
  const unit = await getUnit(ctx.db, h.unit_id);
  if (ctx.actor?.householdId !== h.id) requirePermission(ctx.actor, 'household.list', unit.path);
  const history = await households.representativeHistory(ctx.db, h.id);
  return {
    id: String(h.id),
    unitId: String(h.unit_id),
    unitName: unit.name,
    name: h.name,
    address: h.address,
    code: h.code,
    representatives: history.map((r) => ({ personId: String(r.person_id), name: r.name, fromDate: r.from_date, toDate: r.to_date })),
  };
}

// ---- for the platform itself (demo seeding and announcing): nobody acts, nothing is checked ---------------------

/** Whether a unit has this code. */
export const unitCodeExists = (ctx: Ctx, code: string) => units.unitCodeTaken(ctx.db, code);

/** The first household of a unit that has a representative, with that person (demo accounts). */
export const firstRepresentedHousehold = (ctx: Ctx, unitId: number) => households.firstRepresentedHousehold(ctx.db, unitId);

/** Every role grant with its account and unit (the demo accounts printed at start). */
export const accountGrants = (ctx: Ctx) => accounts.accountGrants(ctx.db);
