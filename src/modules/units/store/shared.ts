// What other modules may read of units, households, people and accounts — the only door to those tables. Other
// modules import these through src/modules/units/index.ts, never this file. Two kinds of things:
//  - lookups (`getUnit`, `ancestorsOf`, `usersWithRolesOver`…) that run their own query;
//  - SQL fragments (`unitColumn`, `inUnitTree`, `personNameOfUser`…) that another module's store puts inside its
//    own query, so a list of records with their unit's name stays one statement.
// Append what your module needs at the end of the file, under a heading naming it.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { tablesOf, type Db } from '../../../core/db.ts';
import { notFound } from '../../../core/refusal.ts';
import type { Role, UnitKind } from '../../../core/schema.ts';
import type { UnitsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<UnitsTables>(db);

// ---- units ---------------------------------------------------------------------------------------------------

export interface UnitRow {
  id: number;
  kind: UnitKind;
  name: string;
  code: string | null;
  parent_id: number | null;
  path: string;
  depth: number;
}

export const UNIT_COLS = ['id', 'kind', 'name', 'code', 'parent_id', 'path', 'depth'] as const;

export async function findUnit(db: Db, id: number): Promise<UnitRow | undefined> {
  return q(db).selectFrom('units').select(UNIT_COLS).where('id', '=', id).executeTakeFirst();
}

/** The unit, or 404 "Đơn vị không tồn tại." */
export async function getUnit(db: Db, id: number): Promise<UnitRow> {
  const u = await findUnit(db, id);
  if (!u) throw notFound('Đơn vị');
  return u;
}

/** Units by id (any order; unknown ids are left out). */
export async function unitsByIds(db: Db, ids: readonly number[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return q(db).selectFrom('units').select(UNIT_COLS).where('id', 'in', [...ids]).execute();
}

/** The ancestors of a unit, from the root down (the unit itself left out). */
export async function ancestorsOf(db: Db, unit: Pick<UnitRow, 'id' | 'path'>): Promise<UnitRow[]> {
  const ids = unit.path.split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id);
  const rows = await unitsByIds(db, ids);
  return rows.sort((a, b) => a.depth - b.depth);
}

/** The units right below a unit, by id. */
export async function childUnits(db: Db, unitId: number): Promise<UnitRow[]> {
  return q(db).selectFrom('units').select(UNIT_COLS).where('parent_id', '=', unitId).orderBy('id').execute();
}

/** SQL: a column of the unit whose id is in column `ref` (e.g. `unitColumn('a.unit_id', 'name').as('unit_name')`). */
export function unitColumn<C extends 'name' | 'path' | 'kind' | 'code' | 'depth'>(ref: string, col: C): RawBuilder<C extends 'depth' ? number : C extends 'kind' ? UnitKind : C extends 'code' ? string | null : string> {
  return sql`(SELECT u.${sql.ref(col)} FROM units u WHERE u.id = ${sql.ref(ref)})`;
}

/** SQL: the unit in column `ref` is the unit at `path` or one below it. */
export function inUnitTree(ref: string, path: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(ref)} IN (SELECT u.id FROM units u WHERE u.path LIKE ${`${likeEscape(path)}%`})`;
}

/** A unit's settings (a JSON object; {} when none). */
export async function unitSettings(db: Db, unitId: number): Promise<Record<string, unknown>> {
  const r = await q(db).selectFrom('units').select('settings').where('id', '=', unitId).executeTakeFirst();
  return (r?.settings as Record<string, unknown> | undefined) ?? {};
}

/** Sets one key of a unit's settings (the other keys untouched). */
export async function setUnitSetting(db: Db, unitId: number, key: string, value: unknown): Promise<void> {
  await sql`UPDATE units SET settings = jsonb_set(settings, ${sql.lit(`{${key}}`)}::text[], ${JSON.stringify(value)}::jsonb, true) WHERE id = ${unitId}`.execute(db);
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---- people and accounts -------------------------------------------------------------------------------------

/** The id of an account by username, or null. */
export async function userIdByUsername(db: Db, username: string): Promise<number | null> {
  const u = await q(db).selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return u?.id ?? null;
}

/** SQL: the name of the person of the account whose id is in column `ref` (null when none). */
export function personNameOfUser(ref: string): RawBuilder<string | null> {
  return sql`(SELECT p.name FROM users us JOIN people p ON p.id = us.person_id WHERE us.id = ${sql.ref(ref)})`;
}

/** Enabled accounts holding one of `roles` on the unit at `unitPath` or above it. */
export async function usersWithRolesOver(
  db: Db,
  unitPath: string,
  roles: readonly Role[],
  opts: { belowCountry?: boolean } = {},
): Promise<{ id: number; name: string; username: string }[]> {
  if (!roles.length) return [];
  const r = await sql<{ id: number; name: string; username: string }>`
    SELECT DISTINCT us.id, p.name, us.username FROM role_grants g JOIN units u ON u.id = g.unit_id
      JOIN users us ON us.id = g.user_id JOIN people p ON p.id = us.person_id
    WHERE NOT us.disabled AND g.role IN (${sql.join(roles.map((x) => sql`${x}`))}) AND ${unitPath} LIKE u.path || '%'
      ${opts.belowCountry ? sql`AND u.kind <> 'country'` : sql``}
    ORDER BY p.name`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

/** Whether an enabled account holds one of `roles` on the unit at `unitPath` or above it. */
export async function userCoversUnit(db: Db, userId: number, unitPath: string, roles: readonly Role[]): Promise<boolean> {
  if (!roles.length) return false;
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM role_grants g JOIN units u ON u.id = g.unit_id JOIN users us ON us.id = g.user_id
    WHERE g.user_id = ${userId} AND NOT us.disabled AND g.role IN (${sql.join(roles.map((x) => sql`${x}`))})
      AND ${unitPath} LIKE u.path || '%'`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

// ---- households ----------------------------------------------------------------------------------------------

/** Ids of the active households of a unit, in creation order. */
export async function activeHouseholdIds(db: Db, unitId: number): Promise<number[]> {
  const rows = await q(db).selectFrom('households').select('id').where('unit_id', '=', unitId).where('active', '=', true).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Names of households by id. */
export async function householdNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await q(db).selectFrom('households').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((h) => [Number(h.id), h.name]));
}

// ---- for reports ----------------------------------------------------------------------------------------------

/** Units of the given kinds in the subtree of `unitPath`, counted per child of that unit ('' = the unit itself). */
export async function unitKindsByChild(db: Db, f: { unitPath: string; kinds: readonly string[] }): Promise<{ child: string; kind: string; n: number }[]> {
  if (!f.kinds.length) return [];
  const r = await sql<{ child: string; kind: string; n: number }>`
    SELECT split_part(substr(path, ${f.unitPath.length + 1}), '/', 1) AS child, kind, count(*)::bigint AS n
    FROM units WHERE path LIKE ${`${f.unitPath}%`} AND kind IN (${sql.join(f.kinds.map((k) => sql`${k}`))})
    GROUP BY 1, 2
  `.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}

// ---- for consultations ----

/** Settings of the unit at `path` and of its ancestors, nearest first ({} for a unit without settings). */
export async function unitSettingsChain(db: Db, path: string): Promise<Record<string, unknown>[]> {
  const ids = path.split('/').filter(Boolean).map(Number);
  if (!ids.length) return [];
  const rows = await q(db).selectFrom('units').select(['settings', 'depth']).where('id', 'in', ids).execute();
  return rows.sort((a, b) => b.depth - a.depth).map((r) => (r.settings ?? {}) as Record<string, unknown>);
}

/** The people representing the households of a unit today, in household creation order. */
export async function currentRepresentatives(db: Db, unitId: number): Promise<{ householdId: number; personId: number }[]> {
  const rows = await q(db)
    .selectFrom('household_representatives as r')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .select(['r.household_id', 'r.person_id'])
    .where('h.unit_id', '=', unitId)
    .where('r.to_date', 'is', null)
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({ householdId: Number(r.household_id), personId: Number(r.person_id) }));
}

// ---- for decisions -------------------------------------------------------------------------------------------

/** Whether the person is the household's current representative. */
export async function isCurrentRepresentative(db: Db, householdId: number, personId: number): Promise<boolean> {
  const r = await q(db)
    .selectFrom('household_representatives')
    .select('id')
    .where('household_id', '=', householdId)
    .where('person_id', '=', personId)
    .where('to_date', 'is', null)
    .executeTakeFirst();
  return !!r;
}

/** The households the person currently represents (ids). */
export async function householdsRepresentedBy(db: Db, personId: number): Promise<number[]> {
  const rows = await q(db).selectFrom('household_representatives').select('household_id').where('person_id', '=', personId).where('to_date', 'is', null).execute();
  return rows.map((r) => r.household_id);
}

/** SQL: the active households of a unit, as a table of one column `id` to join (`JOIN ${activeHouseholdsOf(u)} h ON true`). */
export function activeHouseholdsOf(unitId: number): RawBuilder<{ id: number }> {
  return sql`(SELECT h.id FROM households h WHERE h.unit_id = ${unitId} AND h.active)`;
}

/** SQL: a column of the household whose id is in column `ref` (e.g. `householdColumn('e.household_id', 'name').as('name')`). */
export function householdColumn<C extends 'name' | 'address'>(ref: string, col: C): RawBuilder<C extends 'name' ? string : string | null> {
  return sql`(SELECT h.${sql.ref(col)} FROM households h WHERE h.id = ${sql.ref(ref)})`;
}

/** SQL: the name of the current representative of the household whose id is in column `ref` (null when none). */
export function representativeNameOf(ref: string): RawBuilder<string | null> {
  return sql`(SELECT p.name FROM household_representatives r JOIN people p ON p.id = r.person_id WHERE r.household_id = ${sql.ref(ref)} AND r.to_date IS NULL)`;
}

/** SQL: the household in column `ref` has `text` in its name, its address or its current representative's name
 *  (diacritics and case ignored: coso_fold). */
export function householdMatches(ref: string, text: string): Expression<SqlBool> {
  const like = `%${text}%`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM households h
    LEFT JOIN household_representatives r ON r.household_id = h.id AND r.to_date IS NULL
    LEFT JOIN people p ON p.id = r.person_id
    WHERE h.id = ${sql.ref(ref)}
      AND (coso_fold(h.name) LIKE coso_fold(${like}) OR coso_fold(p.name) LIKE coso_fold(${like}) OR coso_fold(h.address) LIKE coso_fold(${like})))`;
}

/**
 * SQL text, for a statement written as text (a prepared statement whose text never varies): a LATERAL subquery
 * giving `person_id`, the current representative of the household whose id is in column `ref` — one index probe
 * per row with LIMIT 1, whatever plan the statistics suggest. `ref` is a column name written by the caller, never
 * input: `LEFT JOIN ${currentRepresentativeLateral('i.household_id')} rep ON true`.
 */
export function currentRepresentativeLateral(ref: string): string {
  if (!/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/.test(ref)) throw new Error(`not a column reference: ${ref}`);
  return `LATERAL (
        SELECT r.person_id FROM household_representatives r
        WHERE r.household_id = ${ref} AND r.to_date IS NULL LIMIT 1
      )`;
}

// ---- for steering ----------------------------------------------------------------------------------------------

/**
 * Grants `role` on a unit to an account; false (nothing written) when the account already holds it there. Used by
 * the steering module: a committee member with an account acts as `steering` on the committee's unit.
 */
export async function grantRole(db: Db, g: { userId: number; role: Role; unitId: number }): Promise<boolean> {
  const r = await q(db)
    .insertInto('role_grants')
    .values({ user_id: g.userId, role: g.role, unit_id: g.unitId })
    .onConflict((oc) => oc.columns(['user_id', 'role', 'unit_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Withdraws `role` on a unit from an account (a grant given by `grantRole`). */
export async function withdrawRole(db: Db, g: { userId: number; role: Role; unitId: number }): Promise<void> {
  await q(db).deleteFrom('role_grants').where('user_id', '=', g.userId).where('role', '=', g.role).where('unit_id', '=', g.unitId).execute();
}

/** Whether an account exists (enabled or not). */
export async function userExists(db: Db, userId: number): Promise<boolean> {
  return !!(await q(db).selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst());
}

// ---- for requests --------------------------------------------------------------------------------------------

/** Units of the given kinds in the subtree of `unitPath` (the unit itself included when of such a kind), by id. */
export async function unitsOfKindsIn(db: Db, unitPath: string, kinds: readonly UnitKind[]): Promise<UnitRow[]> {
  if (!kinds.length) return [];
  return q(db)
    .selectFrom('units')
    .select(UNIT_COLS)
    .where('path', 'like', `${likeEscape(unitPath)}%`)
    .where('kind', 'in', [...kinds])
    .orderBy('id')
    .execute();
}

/** Enabled accounts holding one of `roles` on exactly one of the units (not above them): who answers for a unit. */
export async function usersWithRolesAt(db: Db, unitIds: readonly number[], roles: readonly Role[]): Promise<{ unitId: number; userId: number }[]> {
  if (!unitIds.length || !roles.length) return [];
  const rows = await q(db)
    .selectFrom('role_grants as g')
    .innerJoin('users as us', 'us.id', 'g.user_id')
    .select(['g.unit_id', 'g.user_id'])
    .distinct()
    .where('g.unit_id', 'in', [...unitIds])
    .where('g.role', 'in', [...roles])
    .where('us.disabled', '=', false)
    .orderBy('g.unit_id')
    .orderBy('g.user_id')
    .execute();
  return rows.map((r) => ({ unitId: Number(r.unit_id), userId: Number(r.user_id) }));
}
