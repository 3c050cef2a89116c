// Kysely types of core's tables. Each module declares its own tables in src/modules/<module>/tables.ts and names
// them in its manifest; src/modules/index.ts composes them all into `DB`.
import type { ColumnType, Generated } from 'kysely';
import type { CalendarTables } from './calendar/tables.ts';

export type Id = Generated<number>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A legal date 'YYYY-MM-DD' (Vietnam time); both engines return it as a string. */
export type LegalDateColumn = ColumnType<string, string, string>;

export type UnitKind = 'country' | 'province' | 'commune' | 'village' | 'agency' | 'enterprise' | 'district';

export type Role = 'admin' | 'official' | 'village_head' | 'resident' | 'board_member' | 'steering' | 'union';

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

export interface UnitCounterMonthsTable {
  unit_id: number;
  unit_path: string;
  key: string;
  month: LegalDateColumn;
  value: number;
}

export interface UnitCounterRollupsTable {
  ancestor_id: number;
  child_id: number;
  key: string;
  month: LegalDateColumn;
  value: number;
}

export interface AttachmentsTable {
  id: Id;
  unit_id: number | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  visibility: Generated<'private' | 'public'>;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

/** The tables of core (read only by core's own files): sessions, audit log, outbox, counters, attachments, calendar. */
export interface CoreTables extends CalendarTables {
  unit_counters: UnitCountersTable;
  unit_counter_months: UnitCounterMonthsTable;
  unit_counter_rollups: UnitCounterRollupsTable;
  attachments: AttachmentsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
}
