// Kysely types of the disclosures module's tables (migrations/010_disclosures.sql).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, LegalDateColumn, NullableTimestamp, Timestamp } from '../../core/schema.ts';

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type JsonArray<T> = ColumnType<T[], string, string>;

interface DisclosuresTable {
  id: Id;
  unit_id: number;
  unit_path: string;
  category: string;
  version: Generated<number>;
  title: string;
  body: string;
  channels: JsonArray<string>;
  attachment_ids: JsonArray<number>;
  decided_on: NullableDate;
  due_on: NullableDate;
  published_on: LegalDateColumn;
  published_at: Timestamp;
  posting_days: number | null;
  posted_from: LegalDateColumn;
  posted_until: NullableDate;
  published_by: number | null;
  updated_at: Timestamp;
  search: ColumnType<string, never, never>;
}

interface DisclosureVersionsTable {
  id: Id;
  disclosure_id: number;
  version: number;
  title: string;
  body: string;
  channels: JsonArray<string>;
  attachment_ids: JsonArray<number>;
  reason: string | null;
  published_at: Timestamp;
  published_by: number | null;
  posted_from: LegalDateColumn;
  posted_until: NullableDate;
}

interface DisclosurePostingsTable {
  id: Id;
  disclosure_id: number;
  version: number;
  channel: string;
  place: string;
  posted_at: Timestamp;
  posted_on: LegalDateColumn;
  posted_until: NullableDate;
  posted_by: number | null;
  posted_by_name: string;
  photo_attachment_id: number | null;
  note: string | null;
  created_at: CreatedAt;
}

interface DisclosureQuestionsTable {
  id: Id;
  disclosure_id: number;
  asked_by: number;
  asker_name: string;
  question: string;
  asked_at: Timestamp;
  answer: string | null;
  answered_by: number | null;
  answerer_name: string | null;
  answered_at: NullableTimestamp;
}

interface DisclosureSubscriptionsTable {
  id: Id;
  user_id: number;
  unit_id: number;
  unit_path: string;
  category: string;
  created_at: CreatedAt;
}

export interface DisclosuresTables {
  disclosures: DisclosuresTable;
  disclosure_versions: DisclosureVersionsTable;
  disclosure_postings: DisclosurePostingsTable;
  disclosure_questions: DisclosureQuestionsTable;
  disclosure_subscriptions: DisclosureSubscriptionsTable;
}
