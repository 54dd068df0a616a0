-- The audit history (Hibernate Envers, revisions in the platform's audit_revision) of every resource of this service
-- that changes, beside subscriptions (subscription_aud): deliveries, each person's reading of an inbox entry, and the
-- change requests waiting for a decision.

-- A delivery keeps its notification's contract, so that a contract's change log finds it.
ALTER TABLE delivery ADD COLUMN contract_id UUID;
UPDATE delivery d SET contract_id = n.contract_id FROM notification n WHERE n.id = d.notification_id;

-- Its attempts and how it ended; claims and the time of the next attempt are working state, not history.
CREATE TABLE delivery_aud (
    id              UUID     NOT NULL,
    rev             BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype         SMALLINT,
    notification_id UUID,
    subscription_id UUID,
    contract_id     UUID,
    channel         TEXT,
    recipient       TEXT,
    status          TEXT,
    attempts        INTEGER,
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
CREATE INDEX delivery_aud_contract ON delivery_aud (contract_id);

-- A reading has an id of its own (still once per delivery and reader) and its delivery's contract.
ALTER TABLE inbox_read ADD COLUMN id UUID;
UPDATE inbox_read SET id = gen_random_uuid();
ALTER TABLE inbox_read ALTER COLUMN id SET NOT NULL;
ALTER TABLE inbox_read DROP CONSTRAINT inbox_read_pkey;
ALTER TABLE inbox_read ADD PRIMARY KEY (id);
ALTER TABLE inbox_read ADD CONSTRAINT inbox_read_once UNIQUE (delivery_id, reader);
ALTER TABLE inbox_read ADD COLUMN contract_id UUID;
UPDATE inbox_read r SET contract_id = d.contract_id FROM delivery d WHERE d.id = r.delivery_id;

CREATE TABLE inbox_read_aud (
    id          UUID     NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype     SMALLINT,
    delivery_id UUID,
    contract_id UUID,
    reader      TEXT,
    read_at     TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
CREATE INDEX inbox_read_aud_contract ON inbox_read_aud (contract_id);

-- A change request's wait for a decision: from its submission, through agreement in principle, until decided (the
-- row then goes; its history keeps the last state it had).
CREATE TABLE pending_decision_aud (
    change_request_id UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    contract_id       UUID,
    reference         TEXT,
    title             TEXT,
    status            TEXT,
    waiting_since     TIMESTAMPTZ,
    PRIMARY KEY (change_request_id, rev)
);
CREATE INDEX pending_decision_aud_contract ON pending_decision_aud (contract_id);
