package io.sdc.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace context of an event, from the work that wrote it through the outbox and Kafka to its handling. */
class EventTracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

    private final ObjectMapper objectMapper = new ObjectMapper().findAndRegisterModules();
    private final CloudEventCodec codec = new CloudEventCodec(objectMapper);
    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).setSampler(Sampler.alwaysOn()).build();
    private final EventTracing tracing = new EventTracing(provider.get("test"));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void anEventWrittenInATraceKeepsItsContextAndOneWrittenOutsideKeepsNone() {
        try (Scope ignored = remoteParent().makeCurrent()) {
            EventEnvelope traced = tracing.withCurrentContext(event(null));
            assertThat(traced.traceparent()).isEqualTo(TRACEPARENT);
            assertThat(traced.tracestate()).isEqualTo("council=7");
        }
        EventEnvelope untraced = tracing.withCurrentContext(event(null));
        assertThat(untraced.traceparent()).isNull();
        assertThat(untraced.tracestate()).isNull();
    }

    @Test
    void aRelayedEventKeepsTheContextItArrivedWith() {
        String earlier = "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01";
        try (Scope ignored = remoteParent().makeCurrent()) {
            assertThat(tracing.withCurrentContext(event(earlier)).traceparent()).isEqualTo(earlier);
        }
    }

    @Test
    void theEnvelopeCarriesTheDistributedTracingAttributesAndReadsThemBack() throws Exception {
        EventEnvelope traced = event(TRACEPARENT).tracedBy(TRACEPARENT, "council=7");
        String json = codec.encode(traced);
        assertThat(objectMapper.readTree(json).get("traceparent").asText()).isEqualTo(TRACEPARENT);
        assertThat(objectMapper.readTree(json).get("tracestate").asText()).isEqualTo("council=7");
        assertThat(codec.decode(json)).isEqualTo(traced);
    }

    @Test
    void anEnvelopeWithoutTraceContextIsWrittenAndReadAsBefore() throws Exception {
        EventEnvelope untraced = event(null);
        String json = codec.encode(untraced);
        assertThat(objectMapper.readTree(json).has("traceparent")).isFalse();
        assertThat(objectMapper.readTree(json).has("tracestate")).isFalse();
        assertThat(codec.decode(json)).isEqualTo(untraced);
    }

    @Test
    void theProducerSpanIsAChildOfTheStoredContextAndTravelsInTheRecordHeaders() {
        OutboxEvent stored = new OutboxEvent(event(TRACEPARENT));
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader(EventTracing.TRACEPARENT, "stale".getBytes(StandardCharsets.UTF_8)));
        try (EventTracing.Publishing span = tracing.publishing("contract-events", stored, headers)) {
            span.acknowledged();
        }

        SpanData producer = single();
        assertThat(producer.getName()).isEqualTo("contract-events publish");
        assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(producer.getParentSpanId()).isEqualTo(SPAN_ID);
        assertThat(producer.getAttributes().get(EventTracing.EVENT_TYPE)).isEqualTo("contract.change-request.approved");
        assertThat(producer.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(headers.headers(EventTracing.TRACEPARENT)).hasSize(1);
        assertThat(new String(headers.lastHeader(EventTracing.TRACEPARENT).value(), StandardCharsets.UTF_8))
                .isEqualTo("00-" + TRACE_ID + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void aSendTheBrokerDidNotAcknowledgeEndsItsSpanInError() {
        try (EventTracing.Publishing ignored = tracing.publishing("contract-events", new OutboxEvent(event(null)), new RecordHeaders())) {
            // the broker did not answer
        }
        assertThat(single().getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void theConsumerSpanFollowsTheRecordHeaderAndIsCurrentWhileTheEventIsHandled() {
        String producerSpan = "a".repeat(16);
        ConsumerRecord<String, String> record = record(event(TRACEPARENT));
        record.headers().add(EventTracing.TRACEPARENT, ("00-" + TRACE_ID + "-" + producerSpan + "-01").getBytes(StandardCharsets.UTF_8));

        String currentTrace;
        try (EventTracing.Handling ignored = tracing.handling(record, "notification-service", event(TRACEPARENT))) {
            currentTrace = Span.current().getSpanContext().getTraceId();
        }

        SpanData consumer = single();
        assertThat(currentTrace).isEqualTo(TRACE_ID);
        assertThat(consumer.getName()).isEqualTo("contract-events process");
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(producerSpan);
        assertThat(consumer.getAttributes().get(EventTracing.CONSUMER_GROUP)).isEqualTo("notification-service");
        assertThat(Span.current().getSpanContext().isValid()).as("no span current after handling").isFalse();
    }

    @Test
    void withoutAHeaderTheConsumerSpanFollowsTheEnvelopeAndWithoutEitherStartsATrace() {
        try (EventTracing.Handling ignored = tracing.handling(record(event(TRACEPARENT)), "g", event(TRACEPARENT))) {
            // handled
        }
        try (EventTracing.Handling handling = tracing.handling(record(event(null)), "g", event(null))) {
            handling.failed("dead-lettered");
        }

        assertThat(exported.getFinishedSpanItems()).hasSize(2);
        SpanData fromEnvelope = exported.getFinishedSpanItems().get(0);
        SpanData untraced = exported.getFinishedSpanItems().get(1);
        assertThat(fromEnvelope.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(fromEnvelope.getParentSpanId()).isEqualTo(SPAN_ID);
        assertThat(untraced.getTraceId()).isNotEqualTo(TRACE_ID);
        assertThat(untraced.getParentSpanContext().isValid()).isFalse();
        assertThat(untraced.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    private SpanData single() {
        assertThat(exported.getFinishedSpanItems()).hasSize(1);
        return exported.getFinishedSpanItems().get(0);
    }

    private static Context remoteParent() {
        SpanContext remote = SpanContext.createFromRemoteParent(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.builder().put("council", "7").build());
        return Context.root().with(Span.wrap(remote));
    }

    private EventEnvelope event(String traceparent) {
        return new EventEnvelope(UUID.fromString("0b6f6a8e-5d0e-4c1e-9d1e-2a7c3f1b9e11"), "contract.change-request.approved",
                "contract-service", "9c1d2e3f-4a5b-4c6d-8e7f-901234567890", Instant.parse("2026-06-15T09:00:00Z"), 1,
                objectMapper.createObjectNode().put("changeRequestId", "r-1"), traceparent, null);
    }

    private ConsumerRecord<String, String> record(EventEnvelope event) {
        return new ConsumerRecord<>("contract-events", 0, 42L, event.subject(), codec.encode(event));
    }
}
