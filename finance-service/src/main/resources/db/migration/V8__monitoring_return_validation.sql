-- The council validates the trust's monitoring returns, or returns them with a reason; a return for a period whose
-- return was submitted or validated corrects it, with a reason. Returns imported before are SUBMITTED (provisional)
-- while they are their period's return, SUPERSEDED otherwise. Every change to a return is kept in the audit history.
ALTER TABLE monitoring_return
    ADD COLUMN status            TEXT,
    ADD COLUMN validated_by      TEXT,
    ADD COLUMN validated_at      TIMESTAMPTZ,
    ADD COLUMN returned_by       TEXT,
    ADD COLUMN returned_at       TIMESTAMPTZ,
    ADD COLUMN return_reason     TEXT,
    ADD COLUMN correction_of     UUID REFERENCES monitoring_return (id),
    ADD COLUMN correction_reason TEXT,
    ADD COLUMN superseded_by     UUID,
    ADD COLUMN version           BIGINT NOT NULL DEFAULT 0;

UPDATE monitoring_return SET status = CASE WHEN superseded_at IS NULL THEN 'SUBMITTED' ELSE 'SUPERSEDED' END;
ALTER TABLE monitoring_return ALTER COLUMN status SET NOT NULL;

CREATE TABLE monitoring_return_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    budget_id         UUID,
    contract_id       UUID,
    period            TEXT,
    file_sha256       TEXT,
    content_type      TEXT,
    line_count        INTEGER,
    total_actual      NUMERIC(15,2),
    total_forecast    NUMERIC(15,2),
    submitted_by      TEXT,
    submitted_at      TIMESTAMPTZ,
    status            TEXT,
    validated_by      TEXT,
    validated_at      TIMESTAMPTZ,
    returned_by       TEXT,
    returned_at       TIMESTAMPTZ,
    return_reason     TEXT,
    correction_of     UUID,
    correction_reason TEXT,
    superseded_at     TIMESTAMPTZ,
    superseded_by     UUID,
    version           BIGINT,
    PRIMARY KEY (id, rev)
);
