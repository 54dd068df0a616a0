-- A delivery is claimed by one instance for a while (its lease) before it is sent outside any transaction; a claim
-- whose lease ran out (the instance died) is taken by the next.
ALTER TABLE delivery ADD COLUMN claim_id UUID;
ALTER TABLE delivery ADD COLUMN claimed_until TIMESTAMPTZ;
