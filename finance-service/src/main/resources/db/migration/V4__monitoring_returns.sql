CREATE TABLE monitoring_return (
    id             UUID          PRIMARY KEY,
    budget_id      UUID          NOT NULL REFERENCES budget (id),
    contract_id    UUID          NOT NULL REFERENCES contract (id),
    period         TEXT          NOT NULL,
    file_sha256    TEXT          NOT NULL,
    content_type   TEXT          NOT NULL,
    line_count     INTEGER       NOT NULL,
    total_actual   NUMERIC(15,2) NOT NULL,
    total_forecast NUMERIC(15,2) NOT NULL,
    submitted_by   TEXT          NOT NULL,
    submitted_at   TIMESTAMPTZ   NOT NULL,
    superseded_at  TIMESTAMPTZ,
    UNIQUE (budget_id, period, file_sha256)
);
CREATE UNIQUE INDEX monitoring_return_current ON monitoring_return (budget_id, period) WHERE superseded_at IS NULL;

CREATE TABLE monitoring_return_line (
    return_id        UUID          NOT NULL REFERENCES monitoring_return (id),
    line_code        TEXT          NOT NULL,
    row_number       INTEGER       NOT NULL,
    actual_to_date   NUMERIC(15,2) NOT NULL,
    forecast_outturn NUMERIC(15,2) NOT NULL,
    PRIMARY KEY (return_id, line_code)
);
