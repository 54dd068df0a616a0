-- finance-service's copy of each contract, kept from contract-service's events.
CREATE TABLE contract (
    id                         UUID        PRIMARY KEY,
    reference                  TEXT        NOT NULL,
    commencement_date          DATE        NOT NULL,
    expiry_date                DATE        NOT NULL,
    financial_year_start_month INTEGER     NOT NULL,
    financial_year_start_day   INTEGER     NOT NULL,
    as_of                      TIMESTAMPTZ NOT NULL
);

CREATE TABLE budget (
    id             UUID          PRIMARY KEY,
    contract_id    UUID          NOT NULL REFERENCES contract (id),
    financial_year TEXT          NOT NULL,
    base_amount    NUMERIC(15,2) NOT NULL,
    base_source    TEXT          NOT NULL,
    status         TEXT          NOT NULL,
    closed         BOOLEAN       NOT NULL,
    adjustments    JSONB         NOT NULL,
    lines          JSONB         NOT NULL,
    funding        JSONB         NOT NULL,
    version        BIGINT        NOT NULL,
    UNIQUE (contract_id, financial_year)
);

CREATE TABLE budget_aud (
    id             UUID     NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    contract_id    UUID,
    financial_year TEXT,
    base_amount    NUMERIC(15,2),
    base_source    TEXT,
    status         TEXT,
    closed         BOOLEAN,
    adjustments    JSONB,
    lines          JSONB,
    funding        JSONB,
    version        BIGINT,
    PRIMARY KEY (id, rev)
);
