// Kysely types of the conferences module's tables (migrations/050_conferences.sql, 059_steering_meetings.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

export type ConferenceKind =
  | 'staff_conference'
  | 'worker_conference'
  | 'dialogue'
  | 'village_meeting'
  | 'steering_review'
  | 'steering_briefing'
  | 'training';

export type ReviewKind = 'six_month' | 'annual' | 'multi_year';

export interface ConferencesTables {
  conferences: {
    id: Id;
    unit_id: number;
    kind: ConferenceKind;
    title: string | null;
    held_on: LegalDateColumn;
    on_request: ColumnType<boolean, boolean | undefined, boolean>;
    participants_total: number | null;
    participants_present: number | null;
    valid: boolean | null;
    opinions_raised: ColumnType<number, number | undefined, number>;
    opinions_resolved: ColumnType<number, number | undefined, number>;
    minutes: string | null;
    follow_ups: string | null;
    attachment_ids: ColumnType<string[], string | undefined, string>;
    review_kind: ReviewKind | null;
    quarter: number | null;
    audience: string | null;
    participant_names: ColumnType<string[], string | undefined, string>;
    created_by: number | null;
    created_at: CreatedAt;
  };
  conference_resolutions: {
    id: Id;
    conference_id: number;
    seq: number;
    text: string;
    agree: number;
    passed: boolean;
  };
  conference_next_tasks: {
    id: Id;
    conference_id: number;
    seq: number;
    title: string;
    due_on: LegalDateColumn | null;
    owner_name: string | null;
  };
}
