-- A contract has at most one basket version in preparation (DRAFT or PROPOSED) and at most one ACTIVE, also when two
-- requests or events arrive at the same moment: the second is refused by the database, not by a check in code alone.
CREATE UNIQUE INDEX basket_version_one_in_preparation ON basket_version (contract_id) WHERE status IN ('DRAFT', 'PROPOSED');
CREATE UNIQUE INDEX basket_version_one_active ON basket_version (contract_id) WHERE status = 'ACTIVE';
