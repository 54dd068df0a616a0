CREATE TABLE item (
    id                          UUID    PRIMARY KEY,
    reference                   TEXT    NOT NULL UNIQUE,
    title                       TEXT    NOT NULL,
    commissioner_name           TEXT    NOT NULL,
    commissioner_identifier     TEXT,
    provider_name               TEXT    NOT NULL,
    provider_identifier         TEXT,
    commencement_date           DATE    NOT NULL,
    expiry_date                 DATE    NOT NULL,
    contract_year_start_month   INTEGER NOT NULL,
    contract_year_start_day     INTEGER NOT NULL,
    financial_year_start_month  INTEGER NOT NULL,
    financial_year_start_day    INTEGER NOT NULL,
    status                      TEXT    NOT NULL,
    version                     BIGINT  NOT NULL
);

-- A few rows to read; the first's id is the one the benchmark asks for.
INSERT INTO item VALUES
    ('00000000-0000-0000-0000-000000000001', 'SDC-2014-001', 'Children''s Social Care Service Delivery Contract',
     'Doncaster Metropolitan Borough Council', 'E08000017', 'Doncaster Children''s Services Trust', '09338960',
     DATE '2014-10-01', DATE '2024-09-30', 10, 1, 4, 1, 'ACTIVE', 3),
    ('00000000-0000-0000-0000-000000000002', 'SDC-2015-002', 'Early Help Hub Management Agreement',
     'Doncaster Metropolitan Borough Council', 'E08000017', 'Doncaster Children''s Services Trust', '09338960',
     DATE '2015-04-01', DATE '2020-03-31', 4, 1, 4, 1, 'DRAFT', 0),
    ('00000000-0000-0000-0000-000000000003', 'SDC-2016-003', 'Children with Disability Service Agreement',
     'Doncaster Metropolitan Borough Council', NULL, 'Doncaster Children''s Services Trust', NULL,
     DATE '2016-04-01', DATE '2021-03-31', 4, 1, 4, 1, 'SUSPENDED', 1);
