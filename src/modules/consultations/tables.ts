// Kysely types of the consultations module (migrations/030_consultations.sql).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn, NullableTimestamp } from '../../core/schema.ts';

export type ConsultationKind =
  | 'socio_economic_plan'
  | 'land_use_plan'
  | 'investment_project'
  | 'administrative_boundary'
  | 'administrative_decision'
  | 'construction_plan'
  | 'democracy_regulation'
  | 'convention'
  | 'other';
export type ConsultationStatus = 'open' | 'closed' | 'published' | 'finished';
export type OpinionSource = 'online' | 'meeting' | 'paper_form' | 'other';
export type Stance = 'agree' | 'disagree' | 'other';
export type ResponseKind = 'accepted' | 'explained';

type JsonArray<T> = ColumnType<T[], string | undefined, string>;

export interface ConsultationsTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  village_ids: JsonArray<number>;
  kind: ConsultationKind;
  title: string;
  draft: string;
  title_folded: Generated<string>;
  attachment_ids: JsonArray<string>;
  opens_on: LegalDateColumn;
  closes_on: LegalDateColumn;
  min_days: number;
  status: Generated<ConsultationStatus>;
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
  synthesised_at: NullableTimestamp;
  published_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  created_by: number;
  created_at: CreatedAt;
}

export interface ConsultationGroupsTable {
  id: Id;
  consultation_id: number;
  key: string;
  label: string;
  label_source: 'auto' | 'official';
  kind: 'theme' | 'other';
  top_terms: JsonArray<string>;
  position: number;
  response_kind: ResponseKind | null;
  response_text: string | null;
  responded_at: NullableTimestamp;
  responded_by: number | null;
}

export interface ConsultationOpinionsTable {
  id: Id;
  consultation_id: number;
  person_id: number | null;
  village_id: number | null;
  source: OpinionSource;
  stance: Stance;
  body: string;
  author_name: string | null;
  source_note: string | null;
  entered_by: number;
  group_id: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ConsultationsTables {
  consultations: ConsultationsTable;
  consultation_groups: ConsultationGroupsTable;
  consultation_opinions: ConsultationOpinionsTable;
}
