-- 052: steering committees' "Dân vận khéo" models: registered by a unit, monitored, evaluated, commended.
CREATE TABLE steering_models (
  id            bigserial PRIMARY KEY,
  unit_id       bigint NOT NULL REFERENCES units(id),
  name          text NOT NULL CHECK (length(btrim(name)) > 0),
  field         text NOT NULL CHECK (field IN ('economy', 'culture_society', 'defence_security', 'party_government', 'other')),
  description   text NOT NULL DEFAULT '',
  started_on    date NOT NULL,
  status        text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'evaluated', 'commended')),
  rating        text CHECK (rating IN ('excellent', 'good', 'fair', 'poor')),
  evaluation    text,
  evaluated_on  date,
  created_by    bigint REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX steering_models_unit_idx ON steering_models (unit_id, id);
