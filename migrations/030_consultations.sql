-- 030: consultations (dân tham gia ý kiến, Law 10/2022 Art. 25–29; spec §4): a draft put to residents of a
-- commune or of some of its villages, the opinions given on it, the groups of the synthesis and the authority's
-- response to every group.
CREATE TABLE consultations (
  id              bigserial PRIMARY KEY,
  unit_id         bigint NOT NULL REFERENCES units(id),
  -- materialised path of unit_id, copied so lists can be scoped by prefix without a join
  unit_path       text NOT NULL,
  -- villages of the commune the consultation is limited to (empty = the whole unit)
  village_ids     jsonb NOT NULL DEFAULT '[]'::jsonb,
  kind            text NOT NULL CHECK (kind IN ('socio_economic_plan', 'land_use_plan', 'investment_project',
                    'administrative_boundary', 'administrative_decision', 'construction_plan', 'democracy_regulation',
                    'convention', 'other')),
  title           text NOT NULL CHECK (length(btrim(title)) > 0),
  draft           text NOT NULL CHECK (length(btrim(draft)) > 0),
  title_folded    text NOT NULL DEFAULT '',
  attachment_ids  jsonb NOT NULL DEFAULT '[]'::jsonb,
  opens_on        date NOT NULL,
  closes_on       date NOT NULL,
  -- the minimum period applied when it was opened (Law 10/2022 Art. 28 cl. 2, Decree 61/2023 Art. 9 cl. 1, or the unit's setting)
  min_days        integer NOT NULL CHECK (min_days > 0),
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'published', 'finished')),
  closed_on       date,
  synthesised_at  timestamptz,
  published_at    timestamptz,
  finished_at     timestamptz,
  created_by      bigint NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_on > opens_on)
);
CREATE INDEX consultations_path_idx ON consultations (unit_path text_pattern_ops, id);
CREATE INDEX consultations_unit_idx ON consultations (unit_id, id);

CREATE TABLE consultation_groups (
  id               bigserial PRIMARY KEY,
  consultation_id  bigint NOT NULL REFERENCES consultations(id),
  key              text NOT NULL,
  label            text NOT NULL CHECK (length(btrim(label)) > 0),
  label_source     text NOT NULL CHECK (label_source IN ('auto', 'official')),
  kind             text NOT NULL CHECK (kind IN ('theme', 'other')),
  top_terms        jsonb NOT NULL DEFAULT '[]'::jsonb,
  position         integer NOT NULL,
  response_kind    text CHECK (response_kind IN ('accepted', 'explained')),
  response_text    text,
  responded_at     timestamptz,
  responded_by     bigint REFERENCES users(id),
  UNIQUE (consultation_id, key),
  CHECK ((response_kind IS NULL) = (response_text IS NULL))
);

CREATE TABLE consultation_opinions (
  id               bigserial PRIMARY KEY,
  consultation_id  bigint NOT NULL REFERENCES consultations(id),
  -- the resident who gave it online; NULL for opinions entered by an official from a meeting or a form
  person_id        bigint REFERENCES people(id),
  -- where the resident lives (their village), when known
  village_id       bigint REFERENCES units(id),
  source           text NOT NULL CHECK (source IN ('online', 'meeting', 'paper_form', 'other')),
  stance           text NOT NULL CHECK (stance IN ('agree', 'disagree', 'other')),
  body             text NOT NULL CHECK (length(btrim(body)) > 0),
  -- name written on a paper form or said in a meeting (optional; never exported)
  author_name      text,
  -- meeting or form reference, e.g. "Họp thôn Đông ngày 12/11/2026"
  source_note      text,
  entered_by       bigint NOT NULL REFERENCES users(id),
  group_id         bigint REFERENCES consultation_groups(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((source = 'online') = (person_id IS NOT NULL))
);
-- One opinion per person per consultation (spec §4), whatever the channel or the concurrency.
CREATE UNIQUE INDEX consultation_opinions_person_uq ON consultation_opinions (consultation_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX consultation_opinions_consultation_idx ON consultation_opinions (consultation_id, id);
CREATE INDEX consultation_opinions_group_idx ON consultation_opinions (group_id);
