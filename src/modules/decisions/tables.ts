// Kysely types of the decisions module's tables (migrations/020_decisions.sql).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn, NullableTimestamp, Timestamp } from '../../core/schema.ts';

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type JsonCol<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface DecisionsTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  title: string;
  description: string | null;
  matter: string;
  kind: string;
  method: string;
  initial_method: string;
  options: JsonCol<string[]>;
  secret: boolean;
  status: string;
  opens_at: Timestamp;
  closes_at: NullableTimestamp;
  opened_on: LegalDateColumn;
  eligible_households: number;
  method_context: ColumnType<Record<string, unknown>, string | undefined, string>;
  meeting: NullableJson<Record<string, unknown>>;
  closed_at: NullableTimestamp;
  closed_on: NullableDate;
  closed_by: number | null;
  result: NullableJson<Record<string, unknown>>;
  passed: boolean | null;
  recognition_authority: string | null;
  submitted_on: NullableDate;
  recognition_due_on: NullableDate;
  recognised_on: NullableDate;
  recognition_number: string | null;
  refusal_reason: string | null;
  answered_by: number | null;
  disclosure_id: number | null;
  created_by: number;
  created_at: CreatedAt;
}

export interface DecisionEligibleHouseholdsTable {
  decision_id: number;
  household_id: number;
  /** The decision's own `secret` (foreign key), carried so that the register pins it with one foreign key. */
  secret: boolean;
}

export interface DecisionRegisterTable {
  decision_id: number;
  household_id: number;
  secret: boolean;
  channel: string;
  recorded_by: number;
  recorded_at: Generated<Date>;
  choice: number | null;
}

export interface DecisionTalliesTable {
  decision_id: number;
  option_index: number;
  shard: number;
  votes: Generated<number>;
}

export interface DecisionsTables {
  decisions: DecisionsTable;
  decision_eligible_households: DecisionEligibleHouseholdsTable;
  decision_register: DecisionRegisterTable;
  decision_tallies: DecisionTalliesTable;
}
