// Kysely types of the inspections module's tables (migrations/057_recommendation_sources_inspections.sql). Their
// recommendations live in the oversight module's follow-up (source 'steering_inspection').
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id } from '../../core/schema.ts';

export interface InspectionsTables {
  steering_inspections: {
    id: Id;
    /** The unit whose steering committee inspects. */
    unit_id: number;
    inspected_unit_id: number;
    subject: ColumnType<string, string | undefined, string>;
    planned_on: string | null;
    /** The inspection team, by name. */
    members: ColumnType<string[], string | undefined, string>;
    held_on: string | null;
    has_violation: ColumnType<boolean, boolean | undefined, boolean>;
    conclusion: string | null;
    concluded_on: string | null;
    created_by: number | null;
    created_at: CreatedAt;
  };
  steering_inspection_findings: {
    id: Id;
    inspection_id: number;
    seq: number;
    text: string;
    violation: boolean;
  };
}
