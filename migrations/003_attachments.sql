-- 003: files attached to records (disclosure documents, posting photos, case evidence…), shared by all modules.
-- Stored in the database (bytea) so that a backup of the database is a backup of everything; 10 MB at most each.
CREATE TABLE attachments (
  id           bigserial PRIMARY KEY,
  unit_id      bigint REFERENCES units(id),
  filename     text NOT NULL CHECK (length(btrim(filename)) BETWEEN 1 AND 255),
  mime         text NOT NULL,
  size         integer NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL,
  -- 'private' until a public record (a published disclosure) references it
  visibility   text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'public')),
  uploaded_by  bigint REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_unit_idx ON attachments (unit_id, id);
CREATE INDEX attachments_sha_idx ON attachments (sha256);
