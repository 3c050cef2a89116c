// Kysely types of the steering module's tables (migrations/052_steering.sql).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn } from '../../core/schema.ts';

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
}
