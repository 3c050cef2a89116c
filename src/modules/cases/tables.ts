// Kysely types of the cases module's tables (migrations/040_cases.sql).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CasesTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  type: 'feedback' | 'petition' | 'complaint' | 'denunciation';
  channel: Generated<'online' | 'reception' | 'post' | 'village_head' | 'board'>;
  status: Generated<'received' | 'accepted' | 'refused' | 'resolved' | 'transferred' | 'withdrawn'>;
  tracking_code: string;
  secret_hash: string;
  idempotency_key_hash: string | null;
  request_hash: string | null;
  subject: string;
  content: string;
  received_on: LegalDateColumn;
  rules_version: string;
  remote_area: Generated<boolean>;
  instance: Generated<number>;
  complexity: Generated<'normal' | 'complex' | 'especially_complex'>;
  extensions: Generated<number>;
  process_extended: Generated<boolean>;
  answer_days: number | null;
  accepted_on: NullableDate;
  closed_on: NullableDate;
  accept_due: NullableDate;
  resolve_due: NullableDate;
  next_due: NullableDate;
  public_answer: string | null;
  transferred_from: number | null;
  transferred_to: number | null;
  reception_session_id: number | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CaseSendersTable {
  case_id: number;
  name: string;
  phone: string | null;
  address: string | null;
  id_number: string | null;
}

export interface CaseAssignmentsTable {
  case_id: number;
  user_id: number;
  assigned_at: CreatedAt;
  assigned_by: number | null;
}

export interface CaseEventsTable {
  id: Id;
  case_id: number;
  at: CreatedAt;
  on_date: LegalDateColumn;
  actor_id: number | null;
  action: string;
  note: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface ReceptionScheduleTable {
  id: Id;
  unit_id: number;
  day: LegalDateColumn;
  starts_at: string;
  ends_at: string;
  leader_name: string;
  leader_title: string;
  is_chair: Generated<boolean>;
  place: string;
  created_at: CreatedAt;
}

export interface ReceptionSessionsTable {
  id: Id;
  unit_id: number;
  schedule_id: number | null;
  held_on: LegalDateColumn;
  receiver_name: string;
  visitor_name: string | null;
  visitor_count: Generated<number>;
  topic: string;
  case_type: 'feedback' | 'petition' | 'complaint' | 'denunciation' | null;
  outcome: string | null;
  case_id: number | null;
  created_at: CreatedAt;
}

export interface CasesTables {
  cases: CasesTable;
  case_senders: CaseSendersTable;
  case_assignments: CaseAssignmentsTable;
  case_events: CaseEventsTable;
  reception_schedule: ReceptionScheduleTable;
  reception_sessions: ReceptionSessionsTable;
}
