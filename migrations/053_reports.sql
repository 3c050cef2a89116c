-- 053: reports. Two materialised aggregates of unit_counters, maintained by a trigger in the same transaction as
-- every bump (so they are never out of step with the records):
--  * unit_counter_months: per unit and month — for "units that held" (distinct units with a counter > 0);
--  * unit_counter_rollups: per ancestor, child on the path and month — the indicators of a unit and of each of its
--    children read only rows of that unit: children × keys × months, whatever the size of the subtree and the number
--    of records. Daily rows (unit_counters) are read only for the partial months at the edges of a period.
-- A bump on a unit at depth d writes d + 1 rollup rows (one per ancestor, the country included).
CREATE TABLE unit_counter_months (
  unit_id    bigint NOT NULL REFERENCES units(id),
  unit_path  text NOT NULL,
  key        text NOT NULL,
  month      date NOT NULL, -- first day of the month
  value      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, key, month)
);
CREATE INDEX unit_counter_months_path_idx ON unit_counter_months (key, unit_path text_pattern_ops, month);

CREATE TABLE unit_counter_rollups (
  ancestor_id  bigint NOT NULL,
  -- the child of ancestor_id on the way to the counted unit; ancestor_id itself for counters on the ancestor
  child_id     bigint NOT NULL,
  key          text NOT NULL,
  month        date NOT NULL,
  value        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (ancestor_id, key, month, child_id)
);

CREATE OR REPLACE FUNCTION coso_counter_rollups() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  d bigint;
  m date;
  ids bigint[];
  n integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    d := NEW.value;
  ELSE
    d := NEW.value - OLD.value;
  END IF;
  IF d = 0 THEN
    RETURN NULL;
  END IF;
  m := date_trunc('month', NEW.day)::date;
  INSERT INTO unit_counter_months (unit_id, unit_path, key, month, value)
  VALUES (NEW.unit_id, NEW.unit_path, NEW.key, m, d)
  ON CONFLICT (unit_id, key, month) DO UPDATE SET value = unit_counter_months.value + EXCLUDED.value;
  ids := string_to_array(btrim(NEW.unit_path, '/'), '/')::bigint[];
  n := coalesce(array_length(ids, 1), 0);
  FOR i IN 1..n LOOP
    INSERT INTO unit_counter_rollups (ancestor_id, child_id, key, month, value)
    VALUES (ids[i], ids[LEAST(i + 1, n)], NEW.key, m, d)
    ON CONFLICT (ancestor_id, key, month, child_id) DO UPDATE SET value = unit_counter_rollups.value + EXCLUDED.value;
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER unit_counters_rollups AFTER INSERT OR UPDATE OF value ON unit_counters
  FOR EACH ROW EXECUTE FUNCTION coso_counter_rollups();

-- Counters bumped before this migration.
INSERT INTO unit_counter_months (unit_id, unit_path, key, month, value)
SELECT unit_id, min(unit_path), key, date_trunc('month', day)::date, sum(value)
FROM unit_counters GROUP BY unit_id, key, date_trunc('month', day)::date;
INSERT INTO unit_counter_rollups (ancestor_id, child_id, key, month, value)
SELECT a.ids[a.i], a.ids[LEAST(a.i + 1, a.n)], a.key, a.month, sum(a.value)
FROM (
  SELECT ids, n, i, key, month, value
  FROM (SELECT string_to_array(btrim(unit_path, '/'), '/')::bigint[] AS ids, key, month, value FROM unit_counter_months) c
  CROSS JOIN LATERAL (SELECT coalesce(array_length(c.ids, 1), 0) AS n) l
  CROSS JOIN LATERAL generate_series(1, l.n) AS i
) a
GROUP BY 1, 2, 3, 4;

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
