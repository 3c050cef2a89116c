// Kysely types of the evaluations module's table (migrations/058_evaluations.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

export type EvaluationSubject = 'unit' | 'committee';

export interface EvaluationsTables {
  steering_evaluations: {
    id: Id;
    /** The unit whose steering committee evaluates. */
    unit_id: number;
    evaluated_unit_id: number;
    /** The unit's implementation, or the quality of the unit's own steering committee. */
    subject: EvaluationSubject;
    year: number;
    level: string;
    criteria: ColumnType<{ text: string; met: boolean }[], string | undefined, string>;
    evaluated_on: LegalDateColumn;
    evaluated_by: number | null;
    replaces_id: number | null;
    replace_reason: string | null;
    replaced: ColumnType<boolean, boolean | undefined, boolean>;
    created_at: CreatedAt;
  };
}
