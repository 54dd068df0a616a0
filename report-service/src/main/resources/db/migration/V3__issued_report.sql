-- Reports as the commissioner issued them: the PDF as sent and the figures it was made from (canonical JSON), with a
-- SHA-256 of each, who issued it and when, and its number among the issues of the same report. Kept as issued: the
-- table refuses every UPDATE, DELETE and TRUNCATE; a correction is a new issue, numbered next.
CREATE TABLE issued_report (
    id                 UUID        PRIMARY KEY,
    contract_id        UUID        NOT NULL,
    contract_reference TEXT        NOT NULL,
    kind               TEXT        NOT NULL CHECK (kind IN ('ANNUAL_REPORT', 'QUARTERLY_PACK')),
    period             TEXT        NOT NULL,
    number             INTEGER     NOT NULL CHECK (number >= 1),
    figures            BYTEA       NOT NULL,
    figures_sha256     TEXT        NOT NULL CHECK (figures_sha256 ~ '^[0-9a-f]{64}$'),
    pdf                BYTEA       NOT NULL,
    pdf_sha256         TEXT        NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    issued_by          TEXT        NOT NULL,
    issuer_role        TEXT        NOT NULL,
    issued_at          TIMESTAMPTZ NOT NULL,
    reason             TEXT,
    provisional        BOOLEAN     NOT NULL,
    unvalidated        JSONB       NOT NULL,
    CONSTRAINT issued_report_number UNIQUE (contract_id, kind, period, number),
    CONSTRAINT issued_report_reason_for_reissue CHECK (number = 1 OR reason IS NOT NULL),
    CONSTRAINT issued_report_reason_for_provisional CHECK (NOT provisional OR reason IS NOT NULL)
);
CREATE INDEX issued_report_of_contract ON issued_report (contract_id, issued_at DESC);

CREATE FUNCTION issued_report_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'An issued report is kept as issued: % refused on issued_report', TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'Issue the report again (the next number, with a reason) instead';
END;
$$;

CREATE TRIGGER issued_report_unchangeable
    BEFORE UPDATE OR DELETE ON issued_report
    FOR EACH ROW EXECUTE FUNCTION issued_report_refuse_change();

CREATE TRIGGER issued_report_not_truncated
    BEFORE TRUNCATE ON issued_report
    FOR EACH STATEMENT EXECUTE FUNCTION issued_report_refuse_change();

-- Its audit history: who issued what, when and why (the revision), and the hashes that identify the bytes; the bytes
-- themselves are kept once, above.
CREATE TABLE issued_report_aud (
    id                 UUID     NOT NULL,
    rev                BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype            SMALLINT,
    contract_id        UUID,
    contract_reference TEXT,
    kind               TEXT,
    period             TEXT,
    number             INTEGER,
    figures_sha256     TEXT,
    pdf_sha256         TEXT,
    issued_by          TEXT,
    issuer_role        TEXT,
    issued_at          TIMESTAMPTZ,
    reason             TEXT,
    provisional        BOOLEAN,
    unvalidated        JSONB,
    PRIMARY KEY (id, rev)
);
