-- 055: steering committees (Ban Chỉ đạo thực hiện dân chủ ở cơ sở) — one per unit, members with dated changes,
-- the units each member follows, the working rules as an attachment — and each committee's annual work programme.
CREATE TABLE steering_committees (
  id                   bigserial PRIMARY KEY,
  unit_id              bigint NOT NULL UNIQUE REFERENCES units(id),
  name                 text NOT NULL CHECK (length(btrim(name)) > 0),
  rules_attachment_id  bigint REFERENCES attachments(id),
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now()
);

-- A member's current state; `to_on` set when the member leaves. `granted_role`: the membership gave the account
-- the role `steering` on the committee's unit (withdrawn when the member leaves; a grant held before is kept).
CREATE TABLE steering_members (
  id                bigserial PRIMARY KEY,
  committee_id      bigint NOT NULL REFERENCES steering_committees(id),
  name              text NOT NULL CHECK (length(btrim(name)) > 0),
  position          text NOT NULL DEFAULT '',
  role              text NOT NULL CHECK (role IN ('head', 'deputy', 'standing', 'member', 'secretary')),
  user_id           bigint REFERENCES users(id),
  follows_unit_ids  jsonb NOT NULL DEFAULT '[]',
  from_on           date NOT NULL,
  to_on             date,
  granted_role      boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX steering_members_committee_idx ON steering_members (committee_id, id);
-- One head at a time among the current members.
CREATE UNIQUE INDEX steering_members_one_head ON steering_members (committee_id) WHERE role = 'head' AND to_on IS NULL;

-- The history of the committee's membership: who joined, changed, left, on which date and why.
CREATE TABLE steering_member_events (
  id            bigserial PRIMARY KEY,
  committee_id  bigint NOT NULL REFERENCES steering_committees(id),
  member_id     bigint NOT NULL REFERENCES steering_members(id),
  kind          text NOT NULL CHECK (kind IN ('added', 'changed', 'removed')),
  on_date       date NOT NULL,
  reason        text NOT NULL DEFAULT '',
  data          jsonb NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX steering_member_events_committee_idx ON steering_member_events (committee_id, on_date, id);

CREATE TABLE steering_programmes (
  id          bigserial PRIMARY KEY,
  unit_id     bigint NOT NULL REFERENCES units(id),
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number      text,
  issued_on   date NOT NULL,
  created_by  bigint REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year)
);

CREATE TABLE steering_tasks (
  id                bigserial PRIMARY KEY,
  programme_id      bigint NOT NULL REFERENCES steering_programmes(id),
  title             text NOT NULL CHECK (length(btrim(title)) > 0),
  due_on            date NOT NULL,
  owner_name        text NOT NULL DEFAULT '',
  assignee_unit_id  bigint REFERENCES units(id),
  source            text NOT NULL DEFAULT 'programme',
  done_on           date,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX steering_tasks_programme_idx ON steering_tasks (programme_id, due_on, id);
