// Kysely types of the requests module's tables (migrations/056_requests.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn, NullableTimestamp } from '../../core/schema.ts';

export type RequestKind = 'self_inspection' | 'period_report' | 'guidance';
/** The stored state of an addressed unit; the status shown is derived from it and the dates (rules.ts). */
export type RecipientState = 'waiting' | 'submitted' | 'returned';

export interface RequestsTables {
  steering_requests: {
    id: Id;
    unit_id: number;
    kind: RequestKind;
    title: string;
    number: string | null;
    issued_on: LegalDateColumn;
    period_from: string | null;
    period_to: string | null;
    due_on: string | null;
    created_by: number | null;
    created_at: CreatedAt;
  };
  steering_request_recipients: {
    id: Id;
    request_id: number;
    unit_id: number;
    expected: boolean;
    state: ColumnType<RecipientState, RecipientState | undefined, RecipientState>;
    first_submitted_on: string | null;
    on_time: boolean | null;
    last_submission_id: number | null;
    last_submitted_on: string | null;
    reminders: ColumnType<number, number | undefined, number>;
    last_reminded_at: NullableTimestamp;
  };
  steering_submissions: {
    id: Id;
    request_id: number;
    recipient_id: number;
    unit_id: number;
    narrative: ColumnType<string, string | undefined, string>;
    attachment_ids: ColumnType<string[], string | undefined, string>;
    indicators: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
    submitted_on: LegalDateColumn;
    submitted_by: number | null;
    returned_on: string | null;
    return_reason: string | null;
    returned_by: number | null;
    created_at: CreatedAt;
  };
}
