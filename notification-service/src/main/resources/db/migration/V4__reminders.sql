-- Change requests waiting for a decision, kept from contract-service's events.
CREATE TABLE pending_decision (
    change_request_id UUID        PRIMARY KEY,
    contract_id       UUID        NOT NULL,
    reference         TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    waiting_since     TIMESTAMPTZ NOT NULL
);

-- Each reminder is raised once per due item.
CREATE TABLE reminder (
    id              UUID        PRIMARY KEY,
    kind            TEXT        NOT NULL,
    item_key        TEXT        NOT NULL,
    notification_id UUID        NOT NULL REFERENCES notification (id),
    raised_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, item_key)
);

-- Commissioners hear of decisions that have waited too long.
UPDATE subscription SET event_types = event_types || '["reminder.decision-waiting"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001';
