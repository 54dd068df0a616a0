CREATE TABLE performance_indicator (
    code                  TEXT    PRIMARY KEY,
    name                  TEXT    NOT NULL,
    definition            TEXT    NOT NULL,
    unit                  TEXT    NOT NULL,
    polarity              TEXT    NOT NULL,
    frequency             TEXT    NOT NULL,
    numerator_definition  TEXT,
    denominator_definition TEXT,
    minimum_denominator   INTEGER CHECK (minimum_denominator IS NULL OR minimum_denominator >= 1),
    data_source           TEXT,
    version               BIGINT  NOT NULL
);

CREATE TABLE performance_indicator_aud (
    code                   TEXT     NOT NULL,
    rev                    BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype                SMALLINT,
    name                   TEXT,
    definition             TEXT,
    unit                   TEXT,
    polarity               TEXT,
    frequency              TEXT,
    numerator_definition   TEXT,
    denominator_definition TEXT,
    minimum_denominator    INTEGER,
    data_source            TEXT,
    version                BIGINT,
    PRIMARY KEY (code, rev)
);

CREATE TABLE basket_version (
    id                UUID    PRIMARY KEY,
    contract_id       UUID    NOT NULL REFERENCES contract (id),
    number            INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    effective_from    DATE,
    superseded_from   DATE,
    change_request_id UUID,
    version           BIGINT  NOT NULL,
    UNIQUE (contract_id, number)
);

CREATE TABLE basket_version_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    contract_id       UUID,
    number            INTEGER,
    status            TEXT,
    effective_from    DATE,
    superseded_from   DATE,
    change_request_id UUID,
    version           BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE basket_entry (
    id                UUID    PRIMARY KEY,
    basket_version_id UUID    NOT NULL REFERENCES basket_version (id),
    indicator_code    TEXT    NOT NULL REFERENCES performance_indicator (code),
    baseline_value    NUMERIC(12,2),
    baseline_date     DATE,
    target            NUMERIC(12,2) NOT NULL,
    tolerance_kind    TEXT    NOT NULL,
    tolerance         NUMERIC(12,2) NOT NULL,
    comparators       JSONB   NOT NULL,
    UNIQUE (basket_version_id, indicator_code)
);

CREATE TABLE basket_entry_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    basket_version_id UUID,
    indicator_code    TEXT,
    baseline_value    NUMERIC(12,2),
    baseline_date     DATE,
    target            NUMERIC(12,2),
    tolerance_kind    TEXT,
    tolerance         NUMERIC(12,2),
    comparators       JSONB,
    PRIMARY KEY (id, rev)
);

-- Observations are never changed but to mark them superseded by a resubmission; the current one has none.
CREATE TABLE observation (
    id             UUID          PRIMARY KEY,
    contract_id    UUID          NOT NULL REFERENCES contract (id),
    indicator_code TEXT          NOT NULL REFERENCES performance_indicator (code),
    period         TEXT          NOT NULL,
    numerator      BIGINT        CHECK (numerator IS NULL OR numerator >= 0),
    denominator    BIGINT        CHECK (denominator IS NULL OR denominator > 0),
    value          NUMERIC(12,2) NOT NULL,
    status         TEXT          NOT NULL,
    commentary     TEXT,
    submitted_by   TEXT          NOT NULL,
    submitted_at   TIMESTAMPTZ   NOT NULL,
    superseded_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX observation_current ON observation (contract_id, indicator_code, period) WHERE superseded_at IS NULL;
CREATE INDEX observation_period ON observation (contract_id, period) WHERE superseded_at IS NULL;
