-- An indicator's definition, polarity and minimum denominator change from a date: periods ending before it are judged
-- by the definition then in force. Each indicator's definition so far is its first, in force from the start.
CREATE TABLE indicator_definition (
    id                  UUID        PRIMARY KEY,
    indicator_code      TEXT        NOT NULL REFERENCES performance_indicator (code),
    effective_from      DATE,
    definition          TEXT        NOT NULL,
    polarity            TEXT        NOT NULL,
    minimum_denominator INTEGER     CHECK (minimum_denominator IS NULL OR minimum_denominator >= 1),
    recorded_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (indicator_code, effective_from)
);
CREATE UNIQUE INDEX indicator_definition_first ON indicator_definition (indicator_code) WHERE effective_from IS NULL;

INSERT INTO indicator_definition (id, indicator_code, effective_from, definition, polarity, minimum_denominator, recorded_at)
SELECT gen_random_uuid(), code, NULL, definition, polarity, minimum_denominator, now()
FROM performance_indicator;
