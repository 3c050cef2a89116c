-- 057: one recommendation follow-up for every source. A recommendation (due date, answer, overdue) now names its
-- source: a board's activity (as before: activity_id = source_id) or an inspection by a steering committee. Existing
-- rows become 'oversight_activity' recommendations of their activity; nothing else about them changes.
-- Then the steering committees' inspections of units below: planned (date, team), held (findings), concluded.
ALTER TABLE oversight_recommendations ADD COLUMN source_type text NOT NULL DEFAULT 'oversight_activity'
  CHECK (source_type IN ('oversight_activity', 'steering_inspection'));
ALTER TABLE oversight_recommendations ADD COLUMN source_id bigint;
-- What the recommendation was made at, for lists (the activity's subject, or "Kiểm tra của Ban Chỉ đạo …").
ALTER TABLE oversight_recommendations ADD COLUMN source_label text;
UPDATE oversight_recommendations SET source_id = activity_id;
ALTER TABLE oversight_recommendations ALTER COLUMN source_id SET NOT NULL;
ALTER TABLE oversight_recommendations ALTER COLUMN activity_id DROP NOT NULL;
ALTER TABLE oversight_recommendations ADD CONSTRAINT oversight_recommendations_source_check
  CHECK (CASE WHEN source_type = 'oversight_activity' THEN activity_id IS NOT NULL AND activity_id = source_id ELSE activity_id IS NULL END);
CREATE UNIQUE INDEX oversight_recommendations_source_idx ON oversight_recommendations (source_type, source_id, seq);

CREATE TABLE steering_inspections (
  id                 bigserial PRIMARY KEY,
  unit_id            bigint NOT NULL REFERENCES units(id),
  inspected_unit_id  bigint NOT NULL REFERENCES units(id) CHECK (inspected_unit_id <> unit_id),
  subject            text NOT NULL DEFAULT '',
  planned_on         date,
  members            jsonb NOT NULL DEFAULT '[]'::jsonb,
  held_on            date,
  has_violation      boolean NOT NULL DEFAULT false,
  conclusion         text,
  concluded_on       date,
  created_by         bigint REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (planned_on IS NOT NULL OR held_on IS NOT NULL),
  CHECK (conclusion IS NULL OR held_on IS NOT NULL),
  CHECK ((conclusion IS NULL) = (concluded_on IS NULL))
);
CREATE INDEX steering_inspections_unit_idx ON steering_inspections (unit_id, id DESC);
CREATE INDEX steering_inspections_inspected_idx ON steering_inspections (inspected_unit_id, id DESC);

CREATE TABLE steering_inspection_findings (
  id             bigserial PRIMARY KEY,
  inspection_id  bigint NOT NULL REFERENCES steering_inspections(id),
  seq            integer NOT NULL,
  text           text NOT NULL CHECK (length(btrim(text)) > 0),
  violation      boolean NOT NULL,
  UNIQUE (inspection_id, seq)
);
