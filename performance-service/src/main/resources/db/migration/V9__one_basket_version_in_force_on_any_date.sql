-- One basket version of a contract is in force on any date: a version is in force from its effective date until the
-- date a later version supersedes it, [effective_from, superseded_from), and no two versions of one contract may be
-- in force on the same date, also when two approvals arrive at the same moment. A version is superseded only after it
-- took effect, and only a version that took effect is superseded.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE basket_version ADD CONSTRAINT basket_version_superseded_after_effect
    CHECK (superseded_from IS NULL OR (effective_from IS NOT NULL AND superseded_from > effective_from));

ALTER TABLE basket_version ADD CONSTRAINT basket_version_one_in_force
    EXCLUDE USING gist (contract_id WITH =, daterange(effective_from, superseded_from) WITH &&)
    WHERE (effective_from IS NOT NULL);
