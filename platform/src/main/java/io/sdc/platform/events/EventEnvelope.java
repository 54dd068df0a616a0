package io.sdc.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event as it travels over Kafka, named after the CloudEvents attributes: {@code id}, {@code type}
 * (e.g. {@code contract.change-request.submitted}), {@code source} (the producing service), {@code subject}
 * (the contract id, also the record key), {@code time}, the version of the {@code data} schema, and the data;
 * and the CloudEvents distributed-tracing extension: the W3C {@code traceparent} and {@code tracestate} of the
 * work that wrote the event (both null when it was written outside a trace, e.g. by an older version).
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        int dataVersion,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";

    /** An event that carries no trace context. */
    public EventEnvelope(UUID id, String type, String source, String subject, Instant time, int dataVersion, JsonNode data) {
        this(id, type, source, subject, time, dataVersion, data, null, null);
    }

    /** The same event carrying the given trace context (null values for none). */
    public EventEnvelope tracedBy(String traceparent, String tracestate) {
        return new EventEnvelope(id, type, source, subject, time, dataVersion, data, traceparent, tracestate);
    }

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (dataVersion < 1) {
            throw new IllegalArgumentException("dataVersion starts at 1");
        }
    }
}
