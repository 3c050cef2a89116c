// Kysely types of the oversight module's tables (migrations/051_oversight.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

export type BoardKind = 'inspection' | 'investment';

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
    activity_id: number;
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
