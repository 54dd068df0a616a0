CREATE TABLE contract (
    id                          UUID    PRIMARY KEY,
    reference                   TEXT    NOT NULL UNIQUE,
    title                       TEXT    NOT NULL,
    commissioner_name           TEXT    NOT NULL,
    commissioner_identifier     TEXT,
    provider_name               TEXT    NOT NULL,
    provider_identifier         TEXT,
    commencement_date           DATE    NOT NULL,
    expiry_date                 DATE    NOT NULL,
    contract_year_start_month   INTEGER NOT NULL CHECK (contract_year_start_month BETWEEN 1 AND 12),
    contract_year_start_day     INTEGER NOT NULL CHECK (contract_year_start_day BETWEEN 1 AND 31),
    financial_year_start_month  INTEGER NOT NULL CHECK (financial_year_start_month BETWEEN 1 AND 12),
    financial_year_start_day    INTEGER NOT NULL CHECK (financial_year_start_day BETWEEN 1 AND 31),
    status                      TEXT    NOT NULL,
    version                     BIGINT  NOT NULL,
    CHECK (expiry_date > commencement_date)
);

-- Every version of every contract, kept by Hibernate Envers.
CREATE TABLE contract_aud (
    id                          UUID     NOT NULL,
    rev                         BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype                     SMALLINT,
    reference                   TEXT,
    title                       TEXT,
    commissioner_name           TEXT,
    commissioner_identifier     TEXT,
    provider_name               TEXT,
    provider_identifier         TEXT,
    commencement_date           DATE,
    expiry_date                 DATE,
    contract_year_start_month   INTEGER,
    contract_year_start_day     INTEGER,
    financial_year_start_month  INTEGER,
    financial_year_start_day    INTEGER,
    status                      TEXT,
    version                     BIGINT,
    PRIMARY KEY (id, rev)
);
