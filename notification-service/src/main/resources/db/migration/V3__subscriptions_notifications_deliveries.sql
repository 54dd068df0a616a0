-- Who hears about what: a role or a named user, some event types (none: all), one contract or all, by one channel.
CREATE TABLE subscription (
    id             UUID        PRIMARY KEY,
    recipient      TEXT        NOT NULL,
    event_types    JSONB       NOT NULL,
    contract_id    UUID,
    channel        TEXT        NOT NULL,
    email          TEXT,
    webhook_url    TEXT,
    webhook_secret TEXT,
    active         BOOLEAN     NOT NULL,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL
);

CREATE TABLE subscription_aud (
    id             UUID     NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    recipient      TEXT,
    event_types    JSONB,
    contract_id    UUID,
    channel        TEXT,
    email          TEXT,
    webhook_url    TEXT,
    webhook_secret TEXT,
    active         BOOLEAN,
    created_by     TEXT,
    created_at     TIMESTAMPTZ,
    version        BIGINT,
    PRIMARY KEY (id, rev)
);

-- One notification per event that matters to people, in words from a template.
CREATE TABLE notification (
    id          UUID        PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    event_type  TEXT        NOT NULL,
    contract_id UUID        NOT NULL,
    severity    TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);

-- One delivery per notification and subscription, never two; its attempts and outcome.
CREATE TABLE delivery (
    id              UUID        PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    subscription_id UUID        NOT NULL REFERENCES subscription (id),
    channel         TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ,
    read_at         TIMESTAMPTZ,
    UNIQUE (notification_id, subscription_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_inbox ON delivery (recipient, delivered_at) WHERE channel = 'INBOX';

-- Sensible defaults: commissioners hear about decisions waiting for them and warnings; trust finance about budget and outturn.
INSERT INTO subscription (id, recipient, event_types, contract_id, channel, active, created_by, created_at, version) VALUES
  ('00000000-0000-0000-0000-00000000c001', 'role:commissioner',
   '["contract.change-request.submitted","contract.change-request.agreed-in-principle","performance.indicator.turned-red","performance.milestone.missed","finance.forecast.overspend"]',
   NULL, 'INBOX', TRUE, 'system:notification-service', now(), 0),
  ('00000000-0000-0000-0000-00000000f001', 'role:trust-finance',
   '["finance.budget.status-changed","finance.budget.varied","finance.outturn.finalised","finance.forecast.overspend"]',
   NULL, 'INBOX', TRUE, 'system:notification-service', now(), 0);
