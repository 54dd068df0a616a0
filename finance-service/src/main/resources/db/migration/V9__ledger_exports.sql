-- Ledger-level monitoring exports. The trust's finance system exports one row per cost centre and account (and
-- optionally per transaction); a mapping kept per contract says which budget line each (cost centre, account) counts
-- towards. Every change to the mapping is a new version; the earlier versions stay as they were.
CREATE TABLE ledger_mapping (
    id          UUID        PRIMARY KEY,
    contract_id UUID        NOT NULL REFERENCES contract (id),
    version     INTEGER     NOT NULL CHECK (version > 0),
    row_count   INTEGER     NOT NULL,
    file_sha256 TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    reason      TEXT,
    UNIQUE (contract_id, version)
);

CREATE TABLE ledger_mapping_row (
    mapping_id  UUID    NOT NULL REFERENCES ledger_mapping (id),
    row_number  INTEGER NOT NULL,
    cost_centre TEXT    NOT NULL,
    account     TEXT    NOT NULL,
    budget_line TEXT    NOT NULL,
    PRIMARY KEY (mapping_id, cost_centre, account)
);

-- A monitoring return imported from a ledger export: the mapping version it went through, how many rows the file had,
-- and each row as imported, with the budget line it counted towards. The return's lines (monitoring_return_line) are
-- these rows added up per budget line.
CREATE TABLE ledger_return (
    return_id  UUID    PRIMARY KEY REFERENCES monitoring_return (id),
    mapping_id UUID    NOT NULL REFERENCES ledger_mapping (id),
    row_count  INTEGER NOT NULL
);

CREATE TABLE ledger_line (
    return_id             UUID          NOT NULL REFERENCES ledger_return (return_id),
    row_number            INTEGER       NOT NULL,
    cost_centre           TEXT          NOT NULL,
    account               TEXT          NOT NULL,
    transaction_reference TEXT,
    period                TEXT,
    budget_line           TEXT          NOT NULL,
    actual_to_date        NUMERIC(15,2) NOT NULL,
    forecast_outturn      NUMERIC(15,2) NOT NULL,
    PRIMARY KEY (return_id, row_number)
);

-- A large ledger export is imported by a worker: the job says how far it got and how it ended. A job whose instance
-- stopped without finishing it (its heartbeat older than the timeout) is marked FAILED.
CREATE TABLE ledger_import_job (
    id              UUID        PRIMARY KEY,
    budget_id       UUID        NOT NULL REFERENCES budget (id),
    contract_id     UUID        NOT NULL REFERENCES contract (id),
    period          TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    bytes           BIGINT      NOT NULL,
    file_sha256     TEXT        NOT NULL,
    rows_read       BIGINT      NOT NULL DEFAULT 0,
    submitted_by    TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    heartbeat_at    TIMESTAMPTZ NOT NULL,
    return_id       UUID        REFERENCES monitoring_return (id),
    already_applied BOOLEAN,
    problem         JSONB
);
CREATE INDEX ledger_import_job_unfinished ON ledger_import_job (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
