-- 051: oversight by the people's inspection board (Ban thanh tra nhân dân, per commune and agency) and the community
-- investment supervision board (Ban giám sát đầu tư của cộng đồng, per commune): boards, activities, findings,
-- recommendations with due dates and the authority's answers.
CREATE TABLE oversight_boards (
  id          bigserial PRIMARY KEY,
  unit_id     bigint NOT NULL REFERENCES units(id),
  board       text NOT NULL CHECK (board IN ('inspection', 'investment')),
  term_start  date NOT NULL,
  term_end    date,
  members     jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX oversight_boards_unit_idx ON oversight_boards (unit_id, board, term_start DESC);

CREATE TABLE oversight_activities (
  id             bigserial PRIMARY KEY,
  unit_id        bigint NOT NULL REFERENCES units(id),
  board          text NOT NULL CHECK (board IN ('inspection', 'investment')),
  subject        text NOT NULL CHECK (length(btrim(subject)) > 0),
  held_on        date NOT NULL,
  has_violation  boolean NOT NULL DEFAULT false,
  created_by     bigint REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX oversight_activities_unit_idx ON oversight_activities (unit_id, held_on DESC, id DESC);

CREATE TABLE oversight_findings (
  id           bigserial PRIMARY KEY,
  activity_id  bigint NOT NULL REFERENCES oversight_activities(id),
  seq          integer NOT NULL,
  text         text NOT NULL CHECK (length(btrim(text)) > 0),
  violation    boolean NOT NULL,
  UNIQUE (activity_id, seq)
);

CREATE TABLE oversight_recommendations (
  id            bigserial PRIMARY KEY,
  activity_id   bigint NOT NULL REFERENCES oversight_activities(id),
  unit_id       bigint NOT NULL REFERENCES units(id),
  seq           integer NOT NULL,
  addressed_to  text NOT NULL CHECK (length(btrim(addressed_to)) > 0),
  text          text NOT NULL CHECK (length(btrim(text)) > 0),
  sent_on       date NOT NULL,
  due_on        date NOT NULL CHECK (due_on >= sent_on),
  answer        text,
  answered_on   date,
  answered_by   bigint REFERENCES users(id),
  UNIQUE (activity_id, seq),
  CHECK ((answer IS NULL) = (answered_on IS NULL))
);
CREATE INDEX oversight_recommendations_open_idx ON oversight_recommendations (unit_id, due_on) WHERE answered_on IS NULL;
