-- The register's two composite foreign keys become one (measured: each foreign key check is a per-row trigger, and
-- the two cost a ballot about a third of its PostgreSQL time; bench/README.md).
--
-- Before: register (decision_id, household_id) → electorate, and register (decision_id, secret) → decisions.
-- After:  electorate (decision_id, secret) → decisions, checked once per household when a decision opens, and
--         register (decision_id, household_id, secret) → electorate: one check per ballot.
-- The guarantees are the same: only a household frozen in the electorate has a ballot, and `secret` in the register
-- is the decision's own (so that, with CHECK (secret = (choice IS NULL)), a secret decision's register cannot hold
-- a choice). A decision's `secret` cannot change once households are frozen: the electorate rows refer to it.

ALTER TABLE decision_eligible_households ADD COLUMN secret boolean;
UPDATE decision_eligible_households e SET secret = d.secret FROM decisions d WHERE d.id = e.decision_id;
ALTER TABLE decision_eligible_households ALTER COLUMN secret SET NOT NULL;
ALTER TABLE decision_eligible_households
  ADD CONSTRAINT decision_eligible_households_secret_fkey FOREIGN KEY (decision_id, secret) REFERENCES decisions (id, secret),
  ADD CONSTRAINT decision_eligible_households_secret_key UNIQUE (decision_id, household_id, secret);

ALTER TABLE decision_register
  DROP CONSTRAINT decision_register_decision_id_household_id_fkey,
  DROP CONSTRAINT decision_register_decision_id_secret_fkey,
  ADD CONSTRAINT decision_register_eligible_fkey FOREIGN KEY (decision_id, household_id, secret)
    REFERENCES decision_eligible_households (decision_id, household_id, secret);
