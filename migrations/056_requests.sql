-- 056: requests of a steering committee sent down to the units below it — guidance (hướng dẫn), self-inspection
-- requests (tự kiểm tra) and period report requests (báo cáo định kỳ) — one row per addressed unit, and the units'
-- submissions (each version kept: a submission returned for correction stays, the resubmission is a new row).
CREATE TABLE steering_requests (
  id           bigserial PRIMARY KEY,
  -- the unit whose steering committee issues the request
  unit_id      bigint NOT NULL REFERENCES units(id),
  kind         text NOT NULL CHECK (kind IN ('self_inspection', 'period_report', 'guidance')),
  title        text NOT NULL CHECK (length(btrim(title)) > 0),
  number       text,
  issued_on    date NOT NULL,
  period_from  date,
  period_to    date,
  -- no due date: nothing is asked back (guidance only; see requests/rules.ts)
  due_on       date,
  created_by   bigint REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on IS NULL OR due_on >= issued_on),
  CHECK ((period_from IS NULL) = (period_to IS NULL) AND (period_to IS NULL OR period_to >= period_from))
);
CREATE INDEX steering_requests_unit_idx ON steering_requests (unit_id, issued_on DESC, id DESC);

-- One row per addressed unit: its current state. `expected` when the request asks a submission back (has a due date).
CREATE TABLE steering_request_recipients (
  id                 bigserial PRIMARY KEY,
  request_id         bigint NOT NULL REFERENCES steering_requests(id),
  unit_id            bigint NOT NULL REFERENCES units(id),
  expected           boolean NOT NULL,
  state              text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'submitted', 'returned')),
  -- the first submission decides on-time-ness (requests/rules.ts); the latest is what the committee reads
  first_submitted_on date,
  on_time            boolean,
  last_submission_id bigint,
  last_submitted_on  date,
  reminders          integer NOT NULL DEFAULT 0 CHECK (reminders >= 0),
  last_reminded_at   timestamptz,
  UNIQUE (request_id, unit_id),
  CHECK ((state = 'waiting') = (first_submitted_on IS NULL))
);
CREATE INDEX steering_request_recipients_unit_idx ON steering_request_recipients (unit_id, request_id DESC);

CREATE TABLE steering_submissions (
  id              bigserial PRIMARY KEY,
  request_id      bigint NOT NULL REFERENCES steering_requests(id),
  recipient_id    bigint NOT NULL REFERENCES steering_request_recipients(id),
  unit_id         bigint NOT NULL REFERENCES units(id),
  narrative       text NOT NULL DEFAULT '',
  attachment_ids  jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- the unit's computed indicators for the request's period at the time of submission (null: no period)
  indicators      jsonb,
  submitted_on    date NOT NULL,
  submitted_by    bigint REFERENCES users(id),
  returned_on     date,
  return_reason   text,
  returned_by     bigint REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((returned_on IS NULL) = (return_reason IS NULL))
);
CREATE INDEX steering_submissions_recipient_idx ON steering_submissions (recipient_id, id DESC);
