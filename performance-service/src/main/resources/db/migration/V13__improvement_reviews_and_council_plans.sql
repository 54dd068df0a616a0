-- An improvement plan the council holds before a trust exists: no contract, the council named; its recommendations,
-- actions and reviews have no contract either until the plan passes to the trust's contract.
ALTER TABLE improvement_plan ALTER COLUMN contract_id DROP NOT NULL;
ALTER TABLE improvement_plan ADD COLUMN council TEXT;
ALTER TABLE improvement_plan ADD CONSTRAINT improvement_plan_holder CHECK (contract_id IS NOT NULL OR council IS NOT NULL);
CREATE INDEX improvement_plan_council ON improvement_plan (lower(council)) WHERE contract_id IS NULL;
ALTER TABLE improvement_plan_aud ADD COLUMN council TEXT;

ALTER TABLE recommendation ALTER COLUMN contract_id DROP NOT NULL;
-- In a council's plan an Ofsted inspection's recommendations name no inspection (inspections are recorded with a contract).
ALTER TABLE recommendation DROP CONSTRAINT recommendation_check;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_inspection_source CHECK (source_inspection_id IS NULL OR source_kind = 'OFSTED_INSPECTION');

ALTER TABLE improvement_action ALTER COLUMN contract_id DROP NOT NULL;

-- Monitoring visits and reviews of a plan, recorded once with their findings in order (each mapped to a recommendation
-- of the plan it evidences or raised).
CREATE TABLE improvement_review (
    id          UUID   PRIMARY KEY,
    plan_id     UUID   NOT NULL REFERENCES improvement_plan (id),
    contract_id UUID   REFERENCES contract (id),
    kind        TEXT   NOT NULL CHECK (kind IN ('MONITORING_VISIT', 'DFE_REVIEW', 'PEER_REVIEW', 'COMMISSIONED_REPORT')),
    title       TEXT   NOT NULL,
    held_on     DATE   NOT NULL,
    reported_on DATE   CHECK (reported_on >= held_on),
    reviewer    TEXT   NOT NULL,
    summary     TEXT,
    findings    JSONB  NOT NULL CHECK (jsonb_typeof(findings) = 'array' AND jsonb_array_length(findings) > 0),
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX improvement_review_plan ON improvement_review (plan_id);

CREATE TABLE improvement_review_aud (
    id          UUID     NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype     SMALLINT,
    plan_id     UUID,
    contract_id UUID,
    kind        TEXT,
    title       TEXT,
    held_on     DATE,
    reported_on DATE,
    reviewer    TEXT,
    summary     TEXT,
    findings    JSONB,
    version     BIGINT,
    PRIMARY KEY (id, rev)
);
