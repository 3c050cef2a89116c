-- 001: the tree of units, households, people, users and roles, sessions, the audit log and the outbox.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Diacritics- and case-insensitive folding used by search columns ("ngan sach" finds "ngân sách").
-- unaccent maps đ/Đ to d/D; lower() after unaccent gives the folded form.
CREATE OR REPLACE FUNCTION coso_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))) $$;

CREATE TABLE units (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('country', 'province', 'commune', 'village', 'agency', 'enterprise', 'district')),
  name        text NOT NULL CHECK (length(btrim(name)) > 0),
  code        text UNIQUE,
  parent_id   bigint REFERENCES units(id),
  -- materialised path of ids, '/1/5/23/': ancestry checks and subtree queries without recursion
  path        text NOT NULL,
  depth       integer NOT NULL,
  settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX units_parent_idx ON units (parent_id);
CREATE INDEX units_path_idx ON units (path text_pattern_ops);
CREATE INDEX units_kind_idx ON units (kind);

-- The root of the tree: the country. Provinces hang under it; the first administrator's role is granted here.
INSERT INTO units (id, kind, name, code, parent_id, path, depth) VALUES (1, 'country', 'Việt Nam', 'VN', NULL, '/1/', 0);
SELECT setval('units_id_seq', 1);

CREATE TABLE households (
  id          bigserial PRIMARY KEY,
  unit_id     bigint NOT NULL REFERENCES units(id),
  name        text NOT NULL CHECK (length(btrim(name)) > 0),
  address     text,
  code        text,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX households_unit_idx ON households (unit_id, id);
CREATE UNIQUE INDEX households_code_uq ON households (unit_id, code) WHERE code IS NOT NULL;

CREATE TABLE people (
  id            bigserial PRIMARY KEY,
  name          text NOT NULL CHECK (length(btrim(name)) > 0),
  phone         text,
  household_id  bigint REFERENCES households(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_household_idx ON people (household_id);

-- The representative of a household, with dates: the current one has to_date NULL (exactly one at a time).
CREATE TABLE household_representatives (
  id            bigserial PRIMARY KEY,
  household_id  bigint NOT NULL REFERENCES households(id),
  person_id     bigint NOT NULL REFERENCES people(id),
  from_date     date NOT NULL,
  to_date       date,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX household_representatives_current_uq ON household_representatives (household_id) WHERE to_date IS NULL;
CREATE INDEX household_representatives_person_idx ON household_representatives (person_id);

CREATE TABLE users (
  id             bigserial PRIMARY KEY,
  username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  password_hash  text NOT NULL,
  person_id      bigint NOT NULL REFERENCES people(id),
  disabled       boolean NOT NULL DEFAULT false,
  locale         text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_grants (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id),
  role        text NOT NULL CHECK (role IN ('admin', 'official', 'village_head', 'resident', 'board_member', 'steering', 'union')),
  unit_id     bigint NOT NULL REFERENCES units(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, role, unit_id)
);
CREATE INDEX role_grants_unit_idx ON role_grants (unit_id);

CREATE TABLE sessions (
  id           bigserial PRIMARY KEY,
  token_hash   text NOT NULL UNIQUE,
  csrf_token   text NOT NULL,
  user_id      bigint NOT NULL REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Append-only, hash-chained audit log. Each target (a unit, a case, a decision…) has its own chain so that its
-- history can be verified alone; audit_chain_heads holds the last hash and length of every chain.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  chain        text NOT NULL,
  chain_seq    integer NOT NULL,
  at           timestamptz NOT NULL,
  actor_id     bigint,
  actor_name   text,
  action       text NOT NULL,
  target_type  text NOT NULL,
  target_id    text NOT NULL,
  unit_id      bigint,
  ip           text,
  user_agent   text,
  request_id   text,
  data         jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash    text NOT NULL,
  hash         text NOT NULL,
  UNIQUE (chain, chain_seq)
);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, id);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

CREATE TABLE audit_chain_heads (
  chain       text PRIMARY KEY,
  last_seq    integer NOT NULL,
  last_hash   text NOT NULL
);

CREATE OR REPLACE FUNCTION coso_audit_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION coso_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION coso_audit_append_only();

-- Notifications and other side effects are written here in the same transaction as the change that causes
-- them, and delivered afterwards: a crash loses nothing.
CREATE TABLE outbox (
  id            bigserial PRIMARY KEY,
  kind          text NOT NULL,
  channel       text NOT NULL DEFAULT 'in_app',
  recipient_id  bigint REFERENCES users(id),
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  available_at  timestamptz NOT NULL DEFAULT now(),
  delivered_at  timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text
);
CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE delivered_at IS NULL;

CREATE TABLE notifications (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id),
  kind        text NOT NULL,
  title       text NOT NULL,
  body        text,
  link        text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC);
