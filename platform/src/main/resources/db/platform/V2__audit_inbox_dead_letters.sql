-- Audit history (Hibernate Envers): one revision per transaction that changed audited resources, with its author.
CREATE TABLE audit_revision (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_timestamp BIGINT      NOT NULL,
    changed_at         TIMESTAMPTZ NOT NULL,
    actor              TEXT        NOT NULL,
    role               TEXT        NOT NULL,
    reason             TEXT
);
CREATE INDEX audit_revision_changed_at ON audit_revision (changed_at);

-- Inbox: each consumed event applied once per handler, recorded in the same transaction as its effect.
CREATE TABLE processed_event (
    event_id     UUID        NOT NULL,
    handler      TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, handler)
);

-- Consumed messages that could not be processed, kept with the reason until replayed.
CREATE TABLE dead_letter (
    id               UUID        PRIMARY KEY,
    topic            TEXT        NOT NULL,
    partition_number INTEGER     NOT NULL,
    record_offset    BIGINT      NOT NULL,
    record_key       TEXT,
    payload          TEXT,
    event_id         UUID,
    event_type       TEXT,
    handler          TEXT        NOT NULL,
    reason           TEXT        NOT NULL,
    attempts         INTEGER     NOT NULL,
    dead_at          TIMESTAMPTZ NOT NULL,
    replayed_at      TIMESTAMPTZ,
    UNIQUE (topic, partition_number, record_offset, handler)
);
CREATE INDEX dead_letter_open ON dead_letter (dead_at) WHERE replayed_at IS NULL;
