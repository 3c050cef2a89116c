-- 041: the yearly official schedule of days off (loaded by an administrator); it replaces the computed default of
-- that year everywhere deadlines are computed.
CREATE TABLE calendar_schedules (
  year          integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
  days          jsonb NOT NULL,
  working_days  jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    bigint REFERENCES users(id)
);
