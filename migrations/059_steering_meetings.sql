-- 059: the steering committee's meetings and training recorded as conferences (spec §9): six-month, annual and
-- multi-year reviews (sơ kết, tổng kết), quarterly briefings (giao ban quý) and training sessions (tập huấn), and the
-- tasks a review sets for the next period. Steering-committee practice has no statute for these; the kinds follow
-- the committees' own reports (e.g. "sơ kết 05 năm thực hiện Kết luận 120-KL/TW").
ALTER TABLE conferences DROP CONSTRAINT conferences_kind_check;
ALTER TABLE conferences ADD CONSTRAINT conferences_kind_check CHECK (kind IN (
  'staff_conference', 'worker_conference', 'dialogue', 'village_meeting',
  'steering_review', 'steering_briefing', 'training'));

ALTER TABLE conferences ADD COLUMN review_kind text CHECK (review_kind IN ('six_month', 'annual', 'multi_year'));
ALTER TABLE conferences ADD COLUMN quarter smallint CHECK (quarter BETWEEN 1 AND 4);
ALTER TABLE conferences ADD COLUMN audience text;
-- names of the participants of a training (optional; the count is participants_present)
ALTER TABLE conferences ADD COLUMN participant_names jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE conferences ADD CONSTRAINT conferences_review_kind_only_review CHECK ((kind = 'steering_review') = (review_kind IS NOT NULL));
ALTER TABLE conferences ADD CONSTRAINT conferences_quarter_only_briefing CHECK ((kind = 'steering_briefing') = (quarter IS NOT NULL));
ALTER TABLE conferences ADD CONSTRAINT conferences_training_has_participants CHECK (kind <> 'training' OR participants_present > 0);

-- Tasks set at a review for the next period (they become programme tasks of the committee).
CREATE TABLE conference_next_tasks (
  id             bigserial PRIMARY KEY,
  conference_id  bigint NOT NULL REFERENCES conferences(id),
  seq            integer NOT NULL,
  title          text NOT NULL CHECK (length(btrim(title)) > 0),
  due_on         date,
  owner_name     text,
  UNIQUE (conference_id, seq)
);
CREATE INDEX conferences_steering_idx ON conferences (unit_id, kind, held_on) WHERE kind IN ('steering_review', 'steering_briefing', 'training');
