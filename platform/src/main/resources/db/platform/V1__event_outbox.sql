-- Events recorded in the same transaction as the state change they report, until the relay has published
-- them to Kafka. sequence_number orders them; subject (the contract id) is the record key.
CREATE TABLE event_outbox (
    sequence_number BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    event_type      TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    data_version    INTEGER     NOT NULL CHECK (data_version >= 1),
    data            JSONB       NOT NULL,
    published_at    TIMESTAMPTZ
);

CREATE INDEX event_outbox_unpublished ON event_outbox (sequence_number) WHERE published_at IS NULL;
