-- 053: reports. A monthly roll-up of unit_counters maintained by a trigger in the same transaction as every bump,
-- so that an indicator over whole months reads at most units × months rows, whatever the number of records
-- (daily rows are read only for the partial months at the edges of a period).
CREATE TABLE unit_counter_months (
  unit_id    bigint NOT NULL REFERENCES units(id),
  unit_path  text NOT NULL,
  key        text NOT NULL,
  month      date NOT NULL, -- first day of the month
  value      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, key, month)
);
CREATE INDEX unit_counter_months_path_idx ON unit_counter_months (key, unit_path text_pattern_ops, month);

CREATE OR REPLACE FUNCTION coso_counter_months() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  d bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    d := NEW.value;
  ELSE
    d := NEW.value - OLD.value;
  END IF;
  IF d <> 0 THEN
    INSERT INTO unit_counter_months (unit_id, unit_path, key, month, value)
    VALUES (NEW.unit_id, NEW.unit_path, NEW.key, date_trunc('month', NEW.day)::date, d)
    ON CONFLICT (unit_id, key, month) DO UPDATE SET value = unit_counter_months.value + EXCLUDED.value;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER unit_counters_months AFTER INSERT OR UPDATE OF value ON unit_counters
  FOR EACH ROW EXECUTE FUNCTION coso_counter_months();

-- Counters bumped before this migration.
INSERT INTO unit_counter_months (unit_id, unit_path, key, month, value)
SELECT unit_id, min(unit_path), key, date_trunc('month', day)::date, sum(value)
FROM unit_counters GROUP BY unit_id, key, date_trunc('month', day)::date;

-- Report drafts: the narrative sections written by people for a unit and period; the figures are computed.
CREATE TABLE report_drafts (
  id           bigserial PRIMARY KEY,
  unit_id      bigint NOT NULL REFERENCES units(id),
  period_from  date NOT NULL,
  period_to    date NOT NULL CHECK (period_to >= period_from),
  number       text,
  sections     jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_by   bigint REFERENCES users(id),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, period_from, period_to)
);
