// SQL of the units module: units, households, representatives, people, users, role grants.
import type { Kysely } from 'kysely';
import type { Actor, RoleGrant } from '../../core/context.ts';
import { tablesOf, type Db } from '../../core/db.ts';
import type { LoginRecord } from '../../core/directory.ts';
import type { DB, Role, UnitKind } from '../../core/schema.ts';
import type { UnitsTables } from './tables.ts';
import { notFound } from '../../core/refusal.ts';

export { UNIT_COLS, findUnit, getUnit, type UnitRow } from './store/shared.ts';
import { UNIT_COLS, getUnit, type UnitRow } from './store/shared.ts';

export async function unitPathOf(db: Kysely<DB>, id: number): Promise<string> {
  return (await getUnit(db, id)).path;
}

export async function insertUnit(
  db: Kysely<DB>,
  u: { kind: UnitKind; name: string; code: string | null; parent: UnitRow | null },
): Promise<UnitRow> {
  const row = await db
    .insertInto('units')
    .values({
      kind: u.kind,
      name: u.name,
      code: u.code,
      parent_id: u.parent?.id ?? null,
      path: '/', // set below once the id is known
      depth: u.parent ? u.parent.depth + 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${u.parent?.path ?? '/'}${row.id}/`;
  await db.updateTable('units').set({ path }).where('id', '=', row.id).execute();
  return { id: row.id, kind: u.kind, name: u.name, code: u.code, parent_id: u.parent?.id ?? null, path, depth: u.parent ? u.parent.depth + 1 : 0 };
}

export async function listUnits(
  db: Kysely<DB>,
  f: { parentId?: number | null; kind?: UnitKind; q?: string; afterId?: number | null; limit: number },
): Promise<(UnitRow & { children: number; households: number })[]> {
  let q = db
    .selectFrom('units as u')
    .select(UNIT_COLS.map((c) => `u.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('units as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.parent_id', '=', 'u.id')
        .as('children'),
    )
    .select((eb) =>
      eb
        .selectFrom('households as h')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('h.unit_id', '=', 'u.id')
        .where('h.active', '=', true)
        .as('households'),
    );
  if (f.parentId === null) q = q.where('u.parent_id', 'is', null);
  else if (f.parentId !== undefined) q = q.where('u.parent_id', '=', f.parentId);
  if (f.kind) q = q.where('u.kind', '=', f.kind);
  if (f.afterId) q = q.where('u.id', '>', f.afterId);
  const rows = await q.orderBy('u.id').limit(f.limit + 1).execute();
  return rows.map((r) => ({ ...r, children: Number(r.children ?? 0), households: Number(r.households ?? 0) }));
}

export async function ancestorsOf(db: Kysely<DB>, unit: UnitRow): Promise<UnitRow[]> {
  const ids = unit.path.split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id);
  if (!ids.length) return [];
  const rows = await db.selectFrom('units').select(UNIT_COLS).where('id', 'in', ids).execute();
  return rows.sort((a, b) => a.depth - b.depth);
}

// ---- households ----------------------------------------------------------------------------------------

export interface NewHousehold {
  name: string;
  address?: string | null;
  code?: string | null;
  representative: { name: string; phone?: string | null };
}

/** Inserts households with their representatives in chunks (multi-row INSERTs); returns the new ids in order. */
export async function insertHouseholds(db: Kysely<DB>, unitId: number, items: NewHousehold[], fromDate: string): Promise<number[]> {
  const CHUNK = 2000;
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const hh = await db
      .insertInto('households')
      .values(chunk.map((h) => ({ unit_id: unitId, name: h.name, address: h.address ?? null, code: h.code ?? null })))
      .returning('id')
      .execute();
    const hhIds = hh.map((r) => r.id);
    const people = await db
      .insertInto('people')
      .values(chunk.map((h, k) => ({ name: h.representative.name, phone: h.representative.phone ?? null, household_id: hhIds[k]! })))
      .returning('id')
      .execute();
    await db
      .insertInto('household_representatives')
      .values(people.map((p, k) => ({ household_id: hhIds[k]!, person_id: p.id, from_date: fromDate })))
      .execute();
    ids.push(...hhIds);
  }
  return ids;
}

export async function listHouseholds(
  db: Kysely<DB>,
  unitId: number,
  f: { q?: string; afterId?: number | null; limit: number },
) {
  let q = db
    .selectFrom('households as h')
    .leftJoin('household_representatives as r', (j) => j.onRef('r.household_id', '=', 'h.id').on('r.to_date', 'is', null))
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select(['h.id', 'h.name', 'h.address', 'h.code', 'h.active', 'p.name as rep_name', 'p.phone as rep_phone', 'r.from_date as rep_since'])
    .where('h.unit_id', '=', unitId);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('coso_fold', ['h.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
        eb(eb.fn('coso_fold', ['p.name']), 'like', eb.fn('coso_fold', [eb.val(like)])),
      ]),
    );
  }
  if (f.afterId) q = q.where('h.id', '>', f.afterId);
  return q.orderBy('h.id').limit(f.limit + 1).execute();
}

export async function countHouseholds(db: Kysely<DB>, unitId: number): Promise<number> {
  const r = await db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function getHousehold(db: Kysely<DB>, id: number) {
  const h = await db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
  if (!h) throw notFound('Hộ gia đình');
  return h;
}

/** The person currently representing a household (null when none). */
export async function currentRepresentative(db: Kysely<DB>, householdId: number) {
  return db
    .selectFrom('household_representatives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.from_date', 'p.name', 'p.phone'])
    .where('r.household_id', '=', householdId)
    .where('r.to_date', 'is', null)
    .executeTakeFirst();
}

export async function representativeHistory(db: Kysely<DB>, householdId: number) {
  return db
    .selectFrom('household_representatives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.from_date', 'r.to_date', 'p.name'])
    .where('r.household_id', '=', householdId)
    .orderBy('r.id')
    .execute();
}

// ---- users ---------------------------------------------------------------------------------------------

export async function insertUser(
  db: Kysely<DB>,
  u: { username: string; passwordHash: string; name: string; phone?: string | null; householdId: number | null; personId?: number },
  grants: { role: Role; unitId: number }[],
): Promise<number> {
  const personId =
    u.personId ??
    (
      await db
        .insertInto('people')
        .values({ name: u.name, phone: u.phone ?? null, household_id: u.householdId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const user = await db
    .insertInto('users')
    .values({ username: u.username, password_hash: u.passwordHash, person_id: personId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (grants.length) {
    await db
      .insertInto('role_grants')
      .values(grants.map((g) => ({ user_id: user.id, role: g.role, unit_id: g.unitId })))
      .execute();
  }
  return user.id;
}

// ---- the directory core asks (core/directory.ts) -----------------------------------------------------------

const q = (db: Db) => tablesOf<UnitsTables>(db);

export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  const user = await q(db)
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.username', 'users.disabled', 'people.name', 'people.id as person_id', 'people.household_id'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled) return null;
  const grants = await q(db)
    .selectFrom('role_grants')
    .innerJoin('units', 'units.id', 'role_grants.unit_id')
    .select(['role_grants.role', 'role_grants.unit_id', 'units.path', 'units.kind'])
    .where('role_grants.user_id', '=', userId)
    .orderBy('role_grants.id')
    .execute();
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    personId: user.person_id,
    householdId: user.household_id,
    grants: grants.map((g): RoleGrant => ({ role: g.role, unitId: g.unit_id, unitPath: g.path, unitKind: g.kind })),
  };
}

export async function findLogin(db: Db, username: string): Promise<LoginRecord | null> {
  const u = await q(db).selectFrom('users').select(['id', 'password_hash', 'disabled']).where('username', '=', username).executeTakeFirst();
  return u ? { userId: u.id, passwordHash: u.password_hash, disabled: u.disabled } : null;
}

export async function unitPath(db: Db, unitId: number): Promise<string | null> {
  const u = await q(db).selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirst();
  return u?.path ?? null;
}
