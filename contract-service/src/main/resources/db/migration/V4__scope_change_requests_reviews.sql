ALTER TABLE contract ADD COLUMN statutory_directions JSONB NOT NULL DEFAULT '[]';
ALTER TABLE contract_aud ADD COLUMN statutory_directions JSONB;

-- The service areas in a contract's scope, each for a period.
CREATE TABLE service_area (
    id            UUID PRIMARY KEY,
    contract_id   UUID NOT NULL REFERENCES contract (id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    in_scope_from DATE NOT NULL,
    in_scope_to   DATE,
    CHECK (in_scope_to IS NULL OR in_scope_to >= in_scope_from)
);
CREATE INDEX service_area_contract ON service_area (contract_id);

CREATE TABLE service_area_aud (
    id            UUID     NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    contract_id   UUID,
    code          TEXT,
    name          TEXT,
    in_scope_from DATE,
    in_scope_to   DATE,
    PRIMARY KEY (id, rev)
);

-- Numbered versions of a contract: as it commenced, then one per implemented change (a contract variation).
CREATE TABLE contract_version (
    id                UUID        PRIMARY KEY,
    contract_id       UUID        NOT NULL REFERENCES contract (id),
    number            INTEGER     NOT NULL CHECK (number >= 1),
    effective_from    DATE        NOT NULL,
    change_request_id UUID,
    summary           TEXT        NOT NULL,
    document          JSONB       NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (contract_id, number)
);

CREATE TABLE change_request (
    id                            UUID          PRIMARY KEY,
    contract_id                   UUID          NOT NULL REFERENCES contract (id),
    number                        INTEGER       NOT NULL,
    type                          TEXT          NOT NULL,
    raised_by                     TEXT          NOT NULL,
    title                         TEXT          NOT NULL,
    rationale                     TEXT          NOT NULL,
    effective_date                DATE          NOT NULL,
    financial_impact              NUMERIC(15,2),
    requires_statutory_direction  BOOLEAN       NOT NULL,
    statutory_direction_reference TEXT,
    service_area_code             TEXT,
    service_area_name             TEXT,
    basket_version_id             UUID,
    budget_financial_year         TEXT,
    budget_line                   TEXT,
    budget_amount                 NUMERIC(15,2),
    agreed_on                     DATE,
    commissioner_signatory        TEXT,
    provider_signatory            TEXT,
    annual_review_id              UUID,
    variation_number              INTEGER,
    status                        TEXT          NOT NULL,
    version                       BIGINT        NOT NULL,
    UNIQUE (contract_id, number)
);

CREATE TABLE change_request_aud (
    id                            UUID     NOT NULL,
    rev                           BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype                       SMALLINT,
    contract_id                   UUID,
    number                        INTEGER,
    type                          TEXT,
    raised_by                     TEXT,
    title                         TEXT,
    rationale                     TEXT,
    effective_date                DATE,
    financial_impact              NUMERIC(15,2),
    requires_statutory_direction  BOOLEAN,
    statutory_direction_reference TEXT,
    service_area_code             TEXT,
    service_area_name             TEXT,
    basket_version_id             UUID,
    budget_financial_year         TEXT,
    budget_line                   TEXT,
    budget_amount                 NUMERIC(15,2),
    agreed_on                     DATE,
    commissioner_signatory        TEXT,
    provider_signatory            TEXT,
    annual_review_id              UUID,
    variation_number              INTEGER,
    status                        TEXT,
    version                       BIGINT,
    PRIMARY KEY (id, rev)
);

-- Every step of a change request's lifecycle, never changed once written.
CREATE TABLE change_request_transition (
    id                UUID        PRIMARY KEY,
    change_request_id UUID        NOT NULL REFERENCES change_request (id),
    from_status       TEXT,
    to_status         TEXT        NOT NULL,
    actor             TEXT        NOT NULL,
    role              TEXT        NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    comment           TEXT
);
CREATE INDEX change_request_transition_request ON change_request_transition (change_request_id, occurred_at);

CREATE TABLE annual_review (
    id                            UUID          PRIMARY KEY,
    contract_id                   UUID          NOT NULL REFERENCES contract (id),
    contract_year                 TEXT          NOT NULL,
    review_date                   DATE          NOT NULL,
    performance_summary           TEXT          NOT NULL,
    budget_confirmed_in_principle NUMERIC(15,2),
    budget_financial_year         TEXT,
    strategic_priorities          JSONB         NOT NULL,
    areas_of_joint_focus          JSONB         NOT NULL,
    version                       BIGINT        NOT NULL,
    UNIQUE (contract_id, contract_year)
);

CREATE TABLE annual_review_aud (
    id                            UUID     NOT NULL,
    rev                           BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype                       SMALLINT,
    contract_id                   UUID,
    contract_year                 TEXT,
    review_date                   DATE,
    performance_summary           TEXT,
    budget_confirmed_in_principle NUMERIC(15,2),
    budget_financial_year         TEXT,
    strategic_priorities          JSONB,
    areas_of_joint_focus          JSONB,
    version                       BIGINT,
    PRIMARY KEY (id, rev)
);
