package io.sdc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Writes and reads events as CloudEvents 1.0 in structured JSON mode: the attributes and the data in one JSON
 * object, with the data schema's version in the {@code dataversion} extension attribute, and the trace context of
 * the work that wrote the event in the distributed-tracing extension attributes {@code traceparent} and
 * {@code tracestate} (each only when present; an event without them reads as before).
 */
@ApplicationScoped
public class CloudEventCodec {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private final ObjectMapper objectMapper;

    @Inject
    public CloudEventCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String encode(OutboxEvent event) {
        try {
            return encode(event.eventId(), event.type(), event.source(), event.subject(), event.occurredAt(),
                    event.dataVersion(), objectMapper.readTree(event.data()), event.traceparent(), event.tracestate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.eventId() + " holds data that is not JSON", e);
        }
    }

    public String encode(EventEnvelope event) {
        return encode(event.id(), event.type(), event.source(), event.subject(), event.time(), event.dataVersion(), event.data(),
                event.traceparent(), event.tracestate());
    }

    private String encode(UUID id, String type, String source, String subject, Instant time, int dataVersion, JsonNode data,
                          String traceparent, String tracestate) {
        ObjectNode json = objectMapper.createObjectNode()
                .put("specversion", EventEnvelope.SPEC_VERSION)
                .put("id", id.toString())
                .put("type", type)
                .put("source", source)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json")
                .put("dataversion", dataVersion);
        if (traceparent != null) {
            json.put("traceparent", traceparent);
        }
        if (tracestate != null) {
            json.put("tracestate", tracestate);
        }
        json.set("data", data);
        return json.toString();
    }

    /** Reads an event; an {@link IllegalArgumentException} says why a message is not one. */
    public EventEnvelope decode(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("the message is empty");
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the message is not JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException("the message is not a JSON object");
        }
        if (!EventEnvelope.SPEC_VERSION.equals(json.path("specversion").asText())) {
            throw new IllegalArgumentException("specversion must be " + EventEnvelope.SPEC_VERSION);
        }
        try {
            return new EventEnvelope(
                    UUID.fromString(required(json, "id")),
                    required(json, "type"),
                    required(json, "source"),
                    required(json, "subject"),
                    Instant.parse(required(json, "time")),
                    json.path("dataversion").asInt(1),
                    json.hasNonNull("data") ? json.get("data") : null,
                    optional(json, "traceparent"),
                    optional(json, "tracestate"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time is not an ISO 8601 instant");
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("data is missing");
        }
    }

    private static String optional(JsonNode json, String attribute) {
        String value = json.path(attribute).asText("");
        return value.isBlank() ? null : value;
    }

    private static String required(JsonNode json, String attribute) {
        String value = json.path(attribute).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(attribute + " is missing");
        }
        return value;
    }
}
