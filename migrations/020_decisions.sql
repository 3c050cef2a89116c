-- 020: decisions taken directly by the households of a village ("Nhân dân bàn và quyết định", Law 10/2022
-- Art. 15–22; Decree 59/2023). Four tables:
--
--   decisions                        the matter, its options, its status, the stored result and recognition;
--   decision_eligible_households     the households of the village FROZEN when the decision opens: the denominator
--                                    of every threshold, and (by foreign key) the only households that may vote;
--   decision_register                WHO voted: one row per household, UNIQUE (decision_id, household_id). That
--                                    constraint is the one-household-one-ballot guarantee, shared by every channel
--                                    (online by the representative, paper / meeting entered by the village head);
--   decision_tallies                 the BALLOT BOX: per-option aggregate counters, spread over a few shards.
--
-- Secrecy by schema. The ballot box holds no household id, no serial id, no timestamp and no channel: only
-- (decision, option, shard, votes). Ballots are written in one statement with their register rows (one or several
-- ballots arriving together: src/modules/decisions/store.ts recordBallots): the register rows, and `votes = votes + n`
-- on one randomly chosen shard of each chosen option; nothing in the stored rows links a register row to an option.
-- We chose aggregate counters over one row per ballot (even with random UUIDs and no time):
-- rows appended to a heap keep their physical order (ctid), which would order the ballot box alongside the
-- register. Shards (DECISION_TALLY_SHARDS in commands) only spread row locks so concurrent writes for the same
-- option do not queue behind each other; their sum is the count. For a secret decision the register cannot hold the
-- choice (CHECK below, with `secret` pinned to the decision by a composite foreign key), and the audit entry of a
-- ballot does not contain it. Limit that no schema removes: a database superuser watching row versions (xmin) or
-- the WAL in real time can see which counter a transaction changed; running counts are therefore never shown by
-- the API before closing, and only officials see who voted.
CREATE TABLE decisions (
  id                      bigserial PRIMARY KEY,
  unit_id                 bigint NOT NULL REFERENCES units(id),
  unit_path               text NOT NULL,
  title                   text NOT NULL CHECK (length(btrim(title)) > 0),
  description             text,
  matter                  text NOT NULL CHECK (matter IN ('contribution', 'contribution_management', 'convention',
                                                         'village_head', 'board_member', 'other')),
  kind                    text NOT NULL CHECK (kind IN ('question', 'election')),
  method                  text NOT NULL CHECK (method IN ('meeting', 'ballot', 'online')),
  -- the method chosen at creation; `method` becomes 'ballot' when a meeting lacked the households needed
  initial_method          text NOT NULL CHECK (initial_method IN ('meeting', 'ballot', 'online')),
  options                 jsonb NOT NULL CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) BETWEEN 1 AND 50),
  secret                  boolean NOT NULL DEFAULT false,
  status                  text NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'recognised', 'refused', 'cancelled')),
  opens_at                timestamptz NOT NULL,
  closes_at               timestamptz,
  opened_on               date NOT NULL,
  eligible_households     integer NOT NULL CHECK (eligible_households >= 0),
  -- how the method was justified (Law Art. 17, 19; Decree 59 Art. 5): {meetingLackedHouseholds, communeWide,
  -- householdsChoosingOnline}
  method_context          jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- the meeting's roll call: {heldOn, place, chair, secretary, represented, valid, nextStep}
  meeting                 jsonb,
  closed_at               timestamptz,
  closed_on               date,
  closed_by               bigint REFERENCES users(id),
  result                  jsonb,
  passed                  boolean,
  -- recognition by the commune (Law Art. 21 cl. 2): who, when sent, when due, the answer
  recognition_authority   text CHECK (recognition_authority IN ('commune_people_committee', 'commune_fatherland_front')),
  submitted_on            date,
  recognition_due_on      date,
  recognised_on           date,
  recognition_number      text,
  refusal_reason          text,
  answered_by             bigint REFERENCES users(id),
  disclosure_id           bigint,
  created_by              bigint NOT NULL REFERENCES users(id),
  created_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_at IS NULL OR closes_at > opens_at),
  CHECK (status NOT IN ('closed', 'recognised', 'refused') OR (result IS NOT NULL AND closed_on IS NOT NULL)),
  CHECK (status <> 'refused' OR length(btrim(coalesce(refusal_reason, ''))) > 0),
  -- target of the register's composite foreign key that pins `secret`
  UNIQUE (id, secret)
);
CREATE INDEX decisions_unit_path_idx ON decisions (unit_path text_pattern_ops, id DESC);
CREATE INDEX decisions_status_idx ON decisions (status, id DESC);

CREATE TABLE decision_eligible_households (
  decision_id   bigint NOT NULL REFERENCES decisions(id),
  household_id  bigint NOT NULL REFERENCES households(id),
  PRIMARY KEY (decision_id, household_id)
);

CREATE TABLE decision_register (
  decision_id   bigint NOT NULL,
  household_id  bigint NOT NULL,
  secret        boolean NOT NULL,
  channel       text NOT NULL CHECK (channel IN ('online', 'paper', 'meeting')),
  recorded_by   bigint NOT NULL REFERENCES users(id),
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  -- the option index, for open (non-secret) decisions only
  choice        smallint CHECK (choice IS NULL OR choice >= 0),
  -- one household, one ballot, across all channels
  PRIMARY KEY (decision_id, household_id),
  -- only households frozen at opening may vote
  FOREIGN KEY (decision_id, household_id) REFERENCES decision_eligible_households (decision_id, household_id),
  FOREIGN KEY (decision_id, secret) REFERENCES decisions (id, secret),
  CHECK (secret = (choice IS NULL))
);

CREATE TABLE decision_tallies (
  decision_id   bigint NOT NULL REFERENCES decisions(id),
  option_index  smallint NOT NULL CHECK (option_index >= 0),
  shard         smallint NOT NULL CHECK (shard >= 0),
  votes         integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  PRIMARY KEY (decision_id, option_index, shard)
);
