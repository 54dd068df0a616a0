-- The council validates the trust's figures. An observation is SUBMITTED (provisional) until a commissioner validates
-- it (VALIDATED: its period is locked, a later figure is a correction with a reason) or returns it with a reason
-- (RETURNED); a later submission supersedes it (SUPERSEDED). Each keeps who took each step, when and why, and which
-- figure superseded which.
ALTER TABLE observation
    ADD COLUMN kind              TEXT NOT NULL DEFAULT 'SUBMISSION',
    ADD COLUMN submission_reason TEXT,
    ADD COLUMN supersedes        UUID,
    ADD COLUMN superseded_by     UUID,
    ADD COLUMN validated_by      TEXT,
    ADD COLUMN validated_at      TIMESTAMPTZ,
    ADD COLUMN returned_by       TEXT,
    ADD COLUMN returned_at       TIMESTAMPTZ,
    ADD COLUMN return_reason     TEXT,
    ADD COLUMN version           BIGINT NOT NULL DEFAULT 0;
ALTER TABLE observation ALTER COLUMN kind DROP DEFAULT;

-- Figures recorded before: the trust marked some VALIDATED itself, which no commissioner did, so every current figure
-- awaits the council's validation; each superseded one is linked to the figure that replaced it.
WITH chain AS (
    SELECT id,
           LAG(id) OVER (PARTITION BY contract_id, indicator_code, period ORDER BY submitted_at, id)  AS before,
           LEAD(id) OVER (PARTITION BY contract_id, indicator_code, period ORDER BY submitted_at, id) AS after
    FROM observation)
UPDATE observation o
SET supersedes    = chain.before,
    superseded_by = chain.after,
    kind          = CASE WHEN chain.before IS NULL THEN 'SUBMISSION' ELSE 'RESUBMISSION' END,
    status        = CASE WHEN o.superseded_at IS NULL THEN 'SUBMITTED' ELSE 'SUPERSEDED' END
FROM chain
WHERE chain.id = o.id;

ALTER TABLE observation ADD CONSTRAINT observation_status
    CHECK (status IN ('SUBMITTED', 'VALIDATED', 'RETURNED', 'SUPERSEDED'));
ALTER TABLE observation ADD CONSTRAINT observation_superseded_when_replaced
    CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL));
ALTER TABLE observation ADD CONSTRAINT observation_validated_by_someone
    CHECK ((validated_at IS NULL) = (validated_by IS NULL));
CREATE INDEX observation_validated ON observation (contract_id, period) WHERE validated_at IS NOT NULL;

CREATE TABLE observation_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    contract_id       UUID,
    indicator_code    TEXT,
    period            TEXT,
    numerator         BIGINT,
    denominator       BIGINT,
    value             NUMERIC(12,2),
    status            TEXT,
    kind              TEXT,
    commentary        TEXT,
    submitted_by      TEXT,
    submitted_at      TIMESTAMPTZ,
    submission_reason TEXT,
    supersedes        UUID,
    superseded_by     UUID,
    superseded_at     TIMESTAMPTZ,
    validated_by      TEXT,
    validated_at      TIMESTAMPTZ,
    returned_by       TEXT,
    returned_at       TIMESTAMPTZ,
    return_reason     TEXT,
    version           BIGINT,
    PRIMARY KEY (id, rev)
);

-- Inspections and milestones are corrected with If-Match: each has a version.
ALTER TABLE inspection ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE inspection_aud ADD COLUMN version BIGINT;
ALTER TABLE milestone ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE milestone_aud ADD COLUMN version BIGINT;
