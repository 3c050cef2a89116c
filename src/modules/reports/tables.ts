// Kysely types of the reports module's tables (migrations/053_reports.sql).
import type { ColumnType } from 'kysely';
import type { Id, LegalDateColumn } from '../../core/schema.ts';

export interface ReportsTables {
  unit_counter_months: {
    unit_id: number;
    unit_path: string;
    key: string;
    month: LegalDateColumn;
    value: number;
  };
  unit_counter_rollups: {
    ancestor_id: number;
    child_id: number;
    key: string;
    month: LegalDateColumn;
    value: number;
  };
  report_drafts: {
    id: Id;
    unit_id: number;
    period_from: LegalDateColumn;
    period_to: LegalDateColumn;
    number: string | null;
    sections: ColumnType<Record<string, string>, string | undefined, string>;
    updated_by: number | null;
    updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
}
