-- performance-service's copy of each contract, kept from contract-service's events.
CREATE TABLE contract (
    id                        UUID        PRIMARY KEY,
    reference                 TEXT        NOT NULL,
    title                     TEXT        NOT NULL,
    commencement_date         DATE        NOT NULL,
    expiry_date               DATE        NOT NULL,
    contract_year_start_month INTEGER     NOT NULL,
    contract_year_start_day   INTEGER     NOT NULL,
    status                    TEXT        NOT NULL,
    as_of                     TIMESTAMPTZ NOT NULL
);
