package io.sdc.platform.events;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace from the work that writes an event, through the outbox and Kafka, to the work an event causes in
 * the consuming service. The outbox keeps the W3C trace context current when the event is written; the relay sends
 * it in a {@code <topic> publish} PRODUCER span, as the CloudEvents distributed-tracing attributes of the envelope
 * and as the record's {@code traceparent}/{@code tracestate} headers; the consumer handles each event in a
 * {@code <topic> process} CONSUMER span whose parent is that context, so the handler's database work and the events
 * it writes belong to the same trace. An event without a trace context starts a trace of its own.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_SOURCE = AttributeKey.stringKey("cloudevents.event_source");
    static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    @Inject
    public EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The given event carrying the trace context current now, unless it carries one already (a relayed event). */
    public EventEnvelope withCurrentContext(EventEnvelope event) {
        if (event.traceparent() != null) {
            return event;
        }
        Map<String, String> carrier = inject(Context.current());
        return event.tracedBy(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /**
     * Starts the PRODUCER span of sending an outbox event to a topic, as a child of the context the event was
     * written in, and puts that span's context in the record's headers. Close it once the broker has answered;
     * {@link Publishing#acknowledged()} before that marks the send a success.
     */
    public Publishing publishing(String topic, OutboxEvent event, Headers headers) {
        Span span = tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(extract(event.traceparent(), event.tracestate()))
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(OPERATION, "publish")
                .setAttribute(MESSAGE_ID, event.eventId().toString())
                .setAttribute(EVENT_TYPE, event.type())
                .setAttribute(EVENT_SUBJECT, event.subject())
                .startSpan();
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        inject(Context.root().with(span)).forEach((name, value) ->
                headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return new Publishing(span);
    }

    /**
     * Starts the CONSUMER span of handling one consumed event and makes it current on this thread until the
     * returned scope is closed. Its parent is the record's {@code traceparent} header (the producer's span), else the
     * envelope's {@code traceparent} attribute, else none.
     */
    public Handling handling(ConsumerRecord<String, String> record, String group, EventEnvelope event) {
        Context parent = extract(header(record.headers(), TRACEPARENT), header(record.headers(), TRACESTATE));
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            parent = extract(event.traceparent(), event.tracestate());
        }
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process")
                .setAttribute(CONSUMER_GROUP, group)
                .setAttribute(MESSAGE_ID, event.id().toString())
                .setAttribute(EVENT_TYPE, event.type())
                .setAttribute(EVENT_SOURCE, event.source())
                .setAttribute(EVENT_SUBJECT, event.subject())
                .startSpan();
        return new Handling(span, span.makeCurrent());
    }

    /** The context a W3C {@code traceparent} (and {@code tracestate}) names; the root context if none or unreadable. */
    static Context extract(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MAP);
    }

    private static Map<String, String> inject(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        carrier.values().removeIf(String::isBlank);
        return carrier;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The span of sending one event; an error unless acknowledged before it is closed. */
    public static final class Publishing implements AutoCloseable {

        private final Span span;
        private boolean acknowledged;

        Publishing(Span span) {
            this.span = span;
        }

        public void acknowledged() {
            acknowledged = true;
        }

        @Override
        public void close() {
            if (!acknowledged) {
                span.setStatus(StatusCode.ERROR, "Kafka did not acknowledge the event");
            }
            span.end();
        }
    }

    /** The span of handling one consumed event, current on its thread until closed. */
    public static final class Handling implements AutoCloseable {

        private final Span span;
        private final Scope scope;

        Handling(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        /** Marks the handling failed (the event was dead-lettered for a handler). */
        public void failed(String reason) {
            span.setStatus(StatusCode.ERROR, reason);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
