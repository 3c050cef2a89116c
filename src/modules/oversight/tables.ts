// Kysely types of the oversight module's tables (migrations/051_oversight.sql, 057 recommendation sources).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

export type BoardKind = 'inspection' | 'investment';
/** What a recommendation was made at: a board's activity, or a steering committee's inspection (migration 057). */
export type RecommendationSourceType = 'oversight_activity' | 'steering_inspection';

export interface OversightTables {
  oversight_boards: {
    id: Id;
    unit_id: number;
    board: BoardKind;
    term_start: LegalDateColumn;
    term_end: string | null;
    members: ColumnType<{ name: string; role?: string }[], string | undefined, string>;
    created_at: CreatedAt;
  };
  oversight_activities: {
    id: Id;
    unit_id: number;
    board: BoardKind;
    subject: string;
    held_on: LegalDateColumn;
    has_violation: boolean;
    created_by: number | null;
    created_at: CreatedAt;
  };
  oversight_findings: {
    id: Id;
    activity_id: number;
    seq: number;
    text: string;
    violation: boolean;
  };
  oversight_recommendations: {
    id: Id;
    /** The board's activity (= source_id) when the source is 'oversight_activity', else null. */
    activity_id: number | null;
    source_type: ColumnType<RecommendationSourceType, RecommendationSourceType | undefined, RecommendationSourceType>;
    source_id: number;
    source_label: string | null;
    unit_id: number;
    seq: number;
    addressed_to: string;
    text: string;
    sent_on: LegalDateColumn;
    due_on: LegalDateColumn;
    answer: string | null;
    answered_on: string | null;
    answered_by: number | null;
  };
}
