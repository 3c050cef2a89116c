// SQL of accounts and their role grants (users, role_grants, with the person of each account), and the directory
// core asks (core/directory.ts): who an account is, its login record, where a unit sits.
import type { Actor, RoleGrant } from '../../../core/context.ts';
import { tablesOf, type Db } from '../../../core/db.ts';
import type { LoginRecord } from '../../../core/directory.ts';
import type { Role } from '../../../core/schema.ts';
import type { UnitsTables } from '../tables.ts';

const q = (db: Db) => tablesOf<UnitsTables>(db);

export interface NewAccount {
  username: string;
  passwordHash: string;
  name: string;
  phone?: string | null;
  householdId: number | null;
  /** An existing person (e.g. the household's representative); otherwise a person is created. */
  personId?: number;
}

/** Inserts an account (and its person unless given) with its role grants; returns the account's id. */
export async function insertUser(db: Db, u: NewAccount, grants: readonly { role: Role; unitId: number }[]): Promise<number> {
  const personId =
    u.personId ??
    (await q(db).insertInto('people').values({ name: u.name, phone: u.phone ?? null, household_id: u.householdId }).returning('id').executeTakeFirstOrThrow()).id;
  const user = await q(db)
    .insertInto('users')
    .values({ username: u.username, password_hash: u.passwordHash, person_id: personId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (grants.length) {
    await q(db)
      .insertInto('role_grants')
      .values(grants.map((g) => ({ user_id: user.id, role: g.role, unit_id: g.unitId })))
      .execute();
  }
  return user.id;
}

/** Every role grant with its account and unit, in the order the accounts were created. */
export async function accountGrants(db: Db): Promise<{ username: string; role: Role; unitName: string }[]> {
  return q(db)
    .selectFrom('users')
    .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
    .innerJoin('units', 'units.id', 'role_grants.unit_id')
    .select(['users.username', 'role_grants.role', 'units.name as unitName'])
    .orderBy('users.id')
    .execute();
}

// ---- the directory core asks (core/directory.ts) -------------------------------------------------------------

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
