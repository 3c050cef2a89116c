-- 010: "dân biết" — disclosures (Law 10/2022/QH15 Art. 11–14, 46–48, 64–66), their versions, postings (proof of
-- niêm yết and other channels), public questions and answers, and residents' subscriptions.
-- Categories are data in src/modules/disclosures/categories.ts; `category` holds their code.
CREATE TABLE disclosures (
  id              bigserial PRIMARY KEY,
  unit_id         bigint NOT NULL REFERENCES units(id),
  unit_path       text NOT NULL,
  category        text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]{1,60}$'),
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  title           text NOT NULL CHECK (length(btrim(title)) > 0),
  body            text NOT NULL,
  channels        jsonb NOT NULL DEFAULT '[]'::jsonb,
  attachment_ids  jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- date of the decision / document being disclosed (the 5-working-day clock runs from it), if known
  decided_on      date,
  due_on          date,
  published_on    date NOT NULL,
  published_at    timestamptz NOT NULL,
  -- posting period of the current version; NULL posted_until = posted permanently (Art. 13 cl. 2, para. 2)
  posting_days    integer CHECK (posting_days IS NULL OR posting_days BETWEEN 1 AND 3650),
  posted_from     date NOT NULL,
  posted_until    date,
  published_by    bigint REFERENCES users(id),
  updated_at      timestamptz NOT NULL,
  -- folded title + body for diacritics- and case-insensitive search ("ngan sach" finds "ngân sách")
  search          text GENERATED ALWAYS AS (coso_fold(title || ' ' || body)) STORED,
  CHECK (posted_until IS NULL OR posted_until >= posted_from)
);
CREATE INDEX disclosures_unit_idx ON disclosures (unit_id, id DESC);
CREATE INDEX disclosures_unit_cat_idx ON disclosures (unit_id, category, id DESC);
CREATE INDEX disclosures_path_idx ON disclosures (unit_path text_pattern_ops, published_on);
CREATE INDEX disclosures_search_trgm ON disclosures USING gin (search gin_trgm_ops);

-- Every version as published; a disclosure is corrected only by adding a version (never edited in place).
CREATE TABLE disclosure_versions (
  id              bigserial PRIMARY KEY,
  disclosure_id   bigint NOT NULL REFERENCES disclosures(id),
  version         integer NOT NULL,
  title           text NOT NULL,
  body            text NOT NULL,
  channels        jsonb NOT NULL,
  attachment_ids  jsonb NOT NULL,
  reason          text,
  published_at    timestamptz NOT NULL,
  published_by    bigint REFERENCES users(id),
  posted_from     date NOT NULL,
  posted_until    date,
  UNIQUE (disclosure_id, version)
);

CREATE OR REPLACE FUNCTION coso_disclosure_versions_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disclosure_versions is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER disclosure_versions_no_change BEFORE UPDATE OR DELETE ON disclosure_versions
  FOR EACH ROW EXECUTE FUNCTION coso_disclosure_versions_immutable();

-- Proof of each posting: who posted, where, when, an optional photo, and for how long.
CREATE TABLE disclosure_postings (
  id                   bigserial PRIMARY KEY,
  disclosure_id        bigint NOT NULL REFERENCES disclosures(id),
  version              integer NOT NULL,
  channel              text NOT NULL,
  place                text NOT NULL CHECK (length(btrim(place)) > 0),
  posted_at            timestamptz NOT NULL,
  posted_on            date NOT NULL,
  posted_until         date,
  posted_by            bigint REFERENCES users(id),
  posted_by_name       text NOT NULL,
  photo_attachment_id  bigint REFERENCES attachments(id),
  note                 text,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (posted_until IS NULL OR posted_until >= posted_on)
);
CREATE INDEX disclosure_postings_disclosure_idx ON disclosure_postings (disclosure_id, id);

CREATE TABLE disclosure_questions (
  id              bigserial PRIMARY KEY,
  disclosure_id   bigint NOT NULL REFERENCES disclosures(id),
  asked_by        bigint NOT NULL REFERENCES users(id),
  asker_name      text NOT NULL,
  question        text NOT NULL CHECK (length(btrim(question)) > 0),
  asked_at        timestamptz NOT NULL,
  answer          text,
  answered_by     bigint REFERENCES users(id),
  answerer_name   text,
  answered_at     timestamptz,
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX disclosure_questions_disclosure_idx ON disclosure_questions (disclosure_id, id);
CREATE INDEX disclosure_questions_open_idx ON disclosure_questions (disclosure_id) WHERE answer IS NULL;

-- A resident follows categories of a unit (their commune or village); '*' = every category.
CREATE TABLE disclosure_subscriptions (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id),
  unit_id     bigint NOT NULL REFERENCES units(id),
  unit_path   text NOT NULL,
  category    text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, unit_id, category)
);
CREATE INDEX disclosure_subscriptions_unit_idx ON disclosure_subscriptions (unit_id, category);
