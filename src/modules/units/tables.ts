// Kysely types of the units module's tables (migrations/001_core.sql): the unit tree, households and their
// representatives, people, accounts and their role grants.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn, Role, UnitKind } from '../../core/schema.ts';

export interface UnitsTable {
  id: Id;
  kind: UnitKind;
  name: string;
  code: string | null;
  parent_id: number | null;
  path: string;
  depth: number;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
}

export interface HouseholdsTable {
  id: Id;
  unit_id: number;
  name: string;
  address: string | null;
  code: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface PeopleTable {
  id: Id;
  name: string;
  phone: string | null;
  household_id: number | null;
  created_at: CreatedAt;
}

export interface HouseholdRepresentativesTable {
  id: Id;
  household_id: number;
  person_id: number;
  from_date: LegalDateColumn;
  to_date: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Id;
  username: string;
  password_hash: string;
  person_id: number;
  disabled: Generated<boolean>;
  locale: Generated<'vi' | 'en'>;
  created_at: CreatedAt;
}

export interface RoleGrantsTable {
  id: Id;
  user_id: number;
  role: Role;
  unit_id: number;
  created_at: CreatedAt;
}

export interface UnitsTables {
  units: UnitsTable;
  households: HouseholdsTable;
  people: PeopleTable;
  household_representatives: HouseholdRepresentativesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
}
