// Kysely types of the reports module's tables (migrations/053_reports.sql).
import type { ColumnType } from 'kysely';
import type { Id, LegalDateColumn } from '../../core/schema.ts';

export interface ReportsTables {
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
