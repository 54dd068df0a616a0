-- The last change request number and contract version number given out for each contract. The next number is
-- taken by incrementing it (UPDATE ... RETURNING): that holds the contract's row until the transaction ends, so two
-- requests numbering at once for one contract take turns instead of both reading the same maximum. The unique
-- constraints on (contract_id, number) stay as the backstop.
ALTER TABLE contract ADD COLUMN last_change_request_number INTEGER NOT NULL DEFAULT 0 CHECK (last_change_request_number >= 0);
ALTER TABLE contract ADD COLUMN last_version_number INTEGER NOT NULL DEFAULT 0 CHECK (last_version_number >= 0);

UPDATE contract c SET
    last_change_request_number = COALESCE((SELECT max(r.number) FROM change_request r WHERE r.contract_id = c.id), 0),
    last_version_number = COALESCE((SELECT max(v.number) FROM contract_version v WHERE v.contract_id = c.id), 0);
