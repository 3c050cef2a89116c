// Kysely table types. Core tables are declared here; each module declares its own tables in
// src/modules/<module>/tables.ts and they are composed into DB below (one line per module).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { DecisionsTables } from '../modules/decisions/tables.ts';
import type { ConferencesTables } from '../modules/conferences/tables.ts';
import type { OversightTables } from '../modules/oversight/tables.ts';
import type { SteeringTables } from '../modules/steering/tables.ts';
import type { ReportsTables } from '../modules/reports/tables.ts';
import type { AttachmentsTables, DisclosuresTables } from '../modules/disclosures/tables.ts';
import type { ConsultationsTables } from '../modules/consultations/tables.ts';
import type { CasesTables } from '../modules/cases/tables.ts';
import type { CalendarTables } from '../modules/calendar/tables.ts';

export type Id = Generated<number>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A legal date 'YYYY-MM-DD' (Vietnam time); both engines return it as a string. */
export type LegalDateColumn = ColumnType<string, string, string>;
export type Json<T extends object | null> = JSONColumnType<T, T, T>;

export type UnitKind = 'country' | 'province' | 'commune' | 'village' | 'agency' | 'enterprise' | 'district';

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

export type Role = 'admin' | 'official' | 'village_head' | 'resident' | 'board_member' | 'steering' | 'union';

export interface RoleGrantsTable {
  id: Id;
  user_id: number;
  role: Role;
  unit_id: number;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Id;
  token_hash: string;
  csrf_token: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Id;
  chain: string;
  chain_seq: number;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string;
  unit_id: number | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadsTable {
  chain: string;
  last_seq: number;
  last_hash: string;
}

export interface OutboxTable {
  id: Id;
  kind: string;
  channel: Generated<string>;
  recipient_id: number | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  created_at: CreatedAt;
  available_at: ColumnType<Date, Date | string | undefined, Date | string>;
  delivered_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface NotificationsTable {
  id: Id;
  user_id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  created_at: CreatedAt;
  read_at: NullableTimestamp;
}

export interface UnitCountersTable {
  unit_id: number;
  unit_path: string;
  key: string;
  day: LegalDateColumn;
  value: number;
}

export interface CoreTables {
  unit_counters: UnitCountersTable;
  units: UnitsTable;
  households: HouseholdsTable;
  people: PeopleTable;
  household_representatives: HouseholdRepresentativesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
}

// Module tables: add one import and one `extends` entry per module.
export interface DB extends CoreTables, DisclosuresTables, AttachmentsTables, DecisionsTables, ConferencesTables, OversightTables, SteeringTables, ReportsTables, ConsultationsTables, CasesTables, CalendarTables {}
