-- 040: cases (đơn thư: phản ánh, kiến nghị, khiếu nại, tố cáo) and citizen reception (tiếp công dân).
-- The sender's identity lives in its own table (case_senders), read only by src/modules/cases/identity.ts, which
-- checks the reader is an assigned handler and audits every read of a denouncer's identity. Lists, search,
-- tracking and exports read `cases` only.
CREATE TABLE cases (
  id                     bigserial PRIMARY KEY,
  unit_id                bigint NOT NULL REFERENCES units(id),
  unit_path              text NOT NULL,
  type                   text NOT NULL CHECK (type IN ('feedback', 'petition', 'complaint', 'denunciation')),
  channel                text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'reception', 'post', 'village_head', 'board')),
  status                 text NOT NULL DEFAULT 'received'
                           CHECK (status IN ('received', 'accepted', 'refused', 'resolved', 'transferred', 'withdrawn')),
  tracking_code          text NOT NULL UNIQUE,
  -- sha256 of the tracking secret; the secret itself is never stored.
  secret_hash            text NOT NULL,
  -- sha256 of the client's Idempotency-Key: a retried submission returns the same case.
  idempotency_key_hash   text UNIQUE,
  request_hash           text,
  subject                text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  content                text NOT NULL CHECK (length(content) BETWEEN 1 AND 20000),
  received_on            date NOT NULL,
  rules_version          text NOT NULL,
  remote_area            boolean NOT NULL DEFAULT false,
  instance               smallint NOT NULL DEFAULT 1 CHECK (instance IN (1, 2)),
  complexity             text NOT NULL DEFAULT 'normal' CHECK (complexity IN ('normal', 'complex', 'especially_complex')),
  extensions             smallint NOT NULL DEFAULT 0 CHECK (extensions BETWEEN 0 AND 2),
  process_extended       boolean NOT NULL DEFAULT false,
  answer_days            smallint,
  accepted_on            date,
  closed_on              date,
  accept_due             date,
  resolve_due            date,
  next_due               date,
  public_answer          text,
  transferred_from       bigint REFERENCES units(id),
  transferred_to         bigint REFERENCES units(id),
  reception_session_id   bigint,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (accepted_on IS NULL OR accepted_on >= received_on)
);
CREATE INDEX cases_queue_idx ON cases (unit_path text_pattern_ops, status, next_due);
CREATE INDEX cases_unit_idx ON cases (unit_id, id);

-- Who sent it. Never joined by lists, search, tracking, exports or reports.
CREATE TABLE case_senders (
  case_id    bigint PRIMARY KEY REFERENCES cases(id),
  name       text NOT NULL,
  phone      text,
  address    text,
  id_number  text
);

CREATE TABLE case_assignments (
  case_id      bigint NOT NULL REFERENCES cases(id),
  user_id      bigint NOT NULL REFERENCES users(id),
  assigned_at  timestamptz NOT NULL DEFAULT now(),
  assigned_by  bigint REFERENCES users(id),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignments_user_idx ON case_assignments (user_id);

-- History of a case as the handlers and the sender see it (never identity).
CREATE TABLE case_events (
  id          bigserial PRIMARY KEY,
  case_id     bigint NOT NULL REFERENCES cases(id),
  at          timestamptz NOT NULL DEFAULT now(),
  on_date     date NOT NULL,
  actor_id    bigint REFERENCES users(id),
  action      text NOT NULL,
  note        text,
  data        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);

-- Leaders' citizen reception schedule (published) and the session log (sổ tiếp công dân, Mẫu 03/TCD).
CREATE TABLE reception_schedule (
  id            bigserial PRIMARY KEY,
  unit_id       bigint NOT NULL REFERENCES units(id),
  day           date NOT NULL,
  starts_at     text NOT NULL CHECK (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
  ends_at       text NOT NULL CHECK (ends_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
  leader_name   text NOT NULL,
  leader_title  text NOT NULL,
  is_chair      boolean NOT NULL DEFAULT true,
  place         text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  UNIQUE (unit_id, day, starts_at, leader_name)
);
CREATE INDEX reception_schedule_unit_idx ON reception_schedule (unit_id, day);

CREATE TABLE reception_sessions (
  id             bigserial PRIMARY KEY,
  unit_id        bigint NOT NULL REFERENCES units(id),
  schedule_id    bigint REFERENCES reception_schedule(id),
  held_on        date NOT NULL,
  receiver_name  text NOT NULL,
  -- Who came; NULL when the visit opened a denunciation (the denouncer's identity stays in case_senders).
  visitor_name   text,
  visitor_count  integer NOT NULL DEFAULT 1 CHECK (visitor_count BETWEEN 1 AND 10000),
  topic          text NOT NULL,
  case_type      text CHECK (case_type IN ('feedback', 'petition', 'complaint', 'denunciation')),
  outcome        text,
  case_id        bigint REFERENCES cases(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reception_sessions_unit_idx ON reception_sessions (unit_id, held_on);
ALTER TABLE cases ADD CONSTRAINT cases_reception_session_fk FOREIGN KEY (reception_session_id) REFERENCES reception_sessions(id);
