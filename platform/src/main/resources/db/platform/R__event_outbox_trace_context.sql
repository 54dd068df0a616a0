-- The W3C trace context (traceparent, tracestate) of the transaction that wrote an event, which the relay sends on
-- as the CloudEvents distributed-tracing extension so that the consumer's work joins the same trace. Null for
-- events written outside a trace.
-- A repeatable migration: the platform's versioned migrations are 1 and 2 and each service's own start at 3, so a
-- platform change made after the services' own migrations is written to run again harmlessly (IF NOT EXISTS), after
-- every versioned one; changing this file makes Flyway run it again.
ALTER TABLE event_outbox
    ADD COLUMN IF NOT EXISTS traceparent TEXT,
    ADD COLUMN IF NOT EXISTS tracestate  TEXT;
