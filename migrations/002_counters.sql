-- 002: per-unit, per-day counters maintained in the same transaction as the write that changes them.
-- Reports roll them up through the tree by path prefix, so their cost grows with units and days, not records.
CREATE TABLE unit_counters (
  unit_id    bigint NOT NULL REFERENCES units(id),
  unit_path  text NOT NULL,
  key        text NOT NULL,
  day        date NOT NULL,
  value      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, key, day)
);
CREATE INDEX unit_counters_path_idx ON unit_counters (key, unit_path text_pattern_ops, day);
