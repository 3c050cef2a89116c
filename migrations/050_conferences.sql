-- 050: conferences — staff conferences of agencies (hội nghị cán bộ, công chức, viên chức; Law 10/2022 Art. 50–51),
-- worker conferences and dialogues at the workplace (Art. 68–69, 73), village meetings (hội nghị thôn, tổ dân phố).
CREATE TABLE conferences (
  id                    bigserial PRIMARY KEY,
  unit_id               bigint NOT NULL REFERENCES units(id),
  kind                  text NOT NULL CHECK (kind IN ('staff_conference', 'worker_conference', 'dialogue', 'village_meeting')),
  title                 text,
  held_on               date NOT NULL,
  -- a dialogue held at the request of one of the parties (Art. 73 cl. 1), not the periodic one
  on_request            boolean NOT NULL DEFAULT false,
  -- all staff / workers (or delegates called) and those present; validity per conferences/rules.ts
  participants_total    integer CHECK (participants_total IS NULL OR participants_total >= 0),
  participants_present  integer CHECK (participants_present IS NULL OR participants_present >= 0),
  valid                 boolean,
  opinions_raised       integer NOT NULL DEFAULT 0 CHECK (opinions_raised >= 0),
  opinions_resolved     integer NOT NULL DEFAULT 0 CHECK (opinions_resolved >= 0 AND opinions_resolved <= opinions_raised),
  minutes               text,
  follow_ups            text,
  -- ids of files in the attachments store (referenced only)
  attachment_ids        jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_by            bigint REFERENCES users(id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (participants_total IS NULL OR participants_present IS NULL OR participants_present <= participants_total)
);
CREATE INDEX conferences_unit_idx ON conferences (unit_id, held_on DESC, id DESC);

-- Resolutions voted by the conference: pass with more than half of those present (Art. 51 cl. 2 c, Art. 69 cl. 2 c).
CREATE TABLE conference_resolutions (
  id             bigserial PRIMARY KEY,
  conference_id  bigint NOT NULL REFERENCES conferences(id),
  seq            integer NOT NULL,
  text           text NOT NULL CHECK (length(btrim(text)) > 0),
  agree          integer NOT NULL CHECK (agree >= 0),
  passed         boolean NOT NULL,
  UNIQUE (conference_id, seq)
);
