// Kysely types of the steering module's tables (migrations/052_steering.sql, 055_steering_committees.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

export type MemberRole = 'head' | 'deputy' | 'standing' | 'member' | 'secretary';
export type MemberEventKind = 'added' | 'changed' | 'removed';

export type ModelField = 'economy' | 'culture_society' | 'defence_security' | 'party_government' | 'other';
export type ModelRating = 'excellent' | 'good' | 'fair' | 'poor';
export type ModelStatus = 'registered' | 'evaluated' | 'commended';

export interface SteeringTables {
  steering_models: {
    id: Id;
    unit_id: number;
    name: string;
    field: ModelField;
    description: ColumnType<string, string | undefined, string>;
    started_on: LegalDateColumn;
    status: ColumnType<ModelStatus, ModelStatus | undefined, ModelStatus>;
    rating: ModelRating | null;
    evaluation: string | null;
    evaluated_on: string | null;
    created_by: number | null;
    created_at: CreatedAt;
  };
  steering_committees: {
    id: Id;
    unit_id: number;
    name: string;
    rules_attachment_id: number | null;
    created_by: number | null;
    created_at: CreatedAt;
  };
  steering_members: {
    id: Id;
    committee_id: number;
    name: string;
    position: ColumnType<string, string | undefined, string>;
    role: MemberRole;
    user_id: number | null;
    follows_unit_ids: ColumnType<number[], string | undefined, string>;
    from_on: LegalDateColumn;
    to_on: string | null;
    granted_role: ColumnType<boolean, boolean | undefined, boolean>;
    created_at: CreatedAt;
  };
  steering_member_events: {
    id: Id;
    committee_id: number;
    member_id: number;
    kind: MemberEventKind;
    on_date: LegalDateColumn;
    reason: ColumnType<string, string | undefined, string>;
    data: ColumnType<Record<string, unknown>, string | undefined, string>;
    created_at: CreatedAt;
  };
  steering_programmes: {
    id: Id;
    unit_id: number;
    year: number;
    number: string | null;
    issued_on: LegalDateColumn;
    created_by: number | null;
    created_at: CreatedAt;
  };
  steering_tasks: {
    id: Id;
    programme_id: number;
    title: string;
    due_on: LegalDateColumn;
    owner_name: ColumnType<string, string | undefined, string>;
    assignee_unit_id: number | null;
    source: ColumnType<string, string | undefined, string>;
    done_on: string | null;
    created_at: CreatedAt;
  };
}
