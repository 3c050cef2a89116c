-- 058: evaluation and classification (đánh giá, phân loại) by a steering committee of a unit below, or of the
-- committee below, for a year: a level of the configured list, the criteria met, who evaluated and when. One current
-- evaluation per unit, subject and year; a replacement keeps the old one as replaced, with the reason.
CREATE TABLE steering_evaluations (
  id                 bigserial PRIMARY KEY,
  unit_id            bigint NOT NULL REFERENCES units(id),
  evaluated_unit_id  bigint NOT NULL REFERENCES units(id) CHECK (evaluated_unit_id <> unit_id),
  subject            text NOT NULL CHECK (subject IN ('unit', 'committee')),
  year               integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  level              text NOT NULL CHECK (length(btrim(level)) > 0),
  criteria           jsonb NOT NULL DEFAULT '[]'::jsonb,
  evaluated_on       date NOT NULL,
  evaluated_by       bigint REFERENCES users(id),
  replaces_id        bigint REFERENCES steering_evaluations(id),
  replace_reason     text,
  replaced           boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((replaces_id IS NULL) = (replace_reason IS NULL))
);
CREATE UNIQUE INDEX steering_evaluations_current_idx ON steering_evaluations (evaluated_unit_id, subject, year) WHERE NOT replaced;
CREATE INDEX steering_evaluations_unit_idx ON steering_evaluations (unit_id, year, id);
