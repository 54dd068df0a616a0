-- A service area is in a contract's scope at most once on any day. Two requests putting the same area in scope at
-- the same moment each check the scope they read and find it free; this constraint lets only one of them in. An
-- area may come back into scope after a gap (transferred out, later transferred in again): only overlapping
-- periods are refused. The period is half-open, [from, to + 1): an area transferred out on its first day in scope
-- (to = from - 1) has an empty period, which overlaps nothing.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE service_area ADD COLUMN in_scope_period DATERANGE
    GENERATED ALWAYS AS (daterange(in_scope_from, in_scope_to + 1)) STORED;

ALTER TABLE service_area ADD CONSTRAINT service_area_in_scope_once
    EXCLUDE USING gist (contract_id WITH =, code WITH =, in_scope_period WITH &&);
