package io.sdc.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event as it travels over Kafka, named after the CloudEvents attributes: {@code id}, {@code type}
 * (e.g. {@code contract.change-request.submitted}), {@code source} (the producing service), {@code subject}
 * (the contract id, also the record key), {@code time}, the version of the {@code data} schema, and the data.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        int dataVersion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

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
