package io.sdc.platform.events;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.audit.ChangeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Applies consumed events through the service's {@link EventHandler}s, each at most once: the event's id is
 * recorded as processed in the same transaction as the handler's effect. A handler that keeps failing is tried a
 * bounded number of times with a doubling wait, then the event is dead-lettered with the reason; an unreadable
 * message is dead-lettered at once.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    Clock clock;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    CloudEventCodec codec;

    @Inject
    EventTracing tracing;

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @Inject
    Producer<String, String> producer;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Inject
    EventMetrics eventMetrics;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public void process(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            event = codec.decode(record.value());
        } catch (IllegalArgumentException unreadable) {
            deadLetter(record, null, "", "Not a readable event: " + unreadable.getMessage(), 1);
            return;
        }
        try (EventTracing.Handling span = tracing.handling(record, config.consumerGroup(), event)) {
            for (EventHandler handler : handlersFor(event.type())) {
                Optional<String> failure = applyWithRetries(handler, event);
                failure.ifPresent(reason -> {
                    span.failed(reason);
                    deadLetter(record, event, handler.name(), reason, config.maxAttempts());
                });
            }
        }
    }

    List<EventHandler> handlersFor(String eventType) {
        return handlers.stream().filter(handler -> handler.handles(eventType)).toList();
    }

    Optional<EventHandler> handlerNamed(String name) {
        return handlers.stream().filter(handler -> handler.name().equals(name)).findFirst();
    }

    /**
     * Applies the event through one handler unless it was applied before; returns whether it was applied now.
     * Outside a request (on the consumer's thread) the change is audited as made by the service itself.
     */
    boolean applyOnce(EventHandler handler, EventEnvelope event) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        try {
            if (ownContext) {
                Arc.container().instance(ChangeContext.class).get().actAsSystem("event " + event.type() + " " + event.id());
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                int recorded = entityManager.createNativeQuery("""
                                INSERT INTO processed_event (event_id, handler, event_type, processed_at)
                                VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING""")
                        .setParameter(1, event.id())
                        .setParameter(2, handler.name())
                        .setParameter(3, event.type())
                        .executeUpdate();
                if (recorded == 0) {
                    return false;
                }
                handler.handle(event);
                return true;
            });
        } finally {
            if (ownContext) {
                requestContext.terminate();
            }
        }
    }

    private Optional<String> applyWithRetries(EventHandler handler, EventEnvelope event) {
        Duration wait = config.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = applyOnce(handler, event);
                eventMetrics.handled(handler.name(), event.type(), applied ? EventMetrics.Outcome.APPLIED : EventMetrics.Outcome.DUPLICATE);
                return Optional.empty();
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    eventMetrics.handled(handler.name(), event.type(), EventMetrics.Outcome.FAILED);
                    return Optional.of(describe(e));
                }
                LOG.debugf("Attempt %d of %s on event %s failed: %s", attempt, handler.name(), event.id(), describe(e));
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, EventEnvelope event, String handler, String reason, int attempts) {
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            long known = DeadLetter.count("topic = ?1 and partition = ?2 and offset = ?3 and handler = ?4",
                    record.topic(), record.partition(), record.offset(), handler);
            if (known == 0) {
                new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(), event,
                        handler, reason, attempts, Instant.now(clock)).persist();
            }
            return known == 0;
        });
        if (recorded) {
            meters.counter("sdc.dead.letters", "service", service, "topic", record.topic(),
                    "event_type", event == null ? "unreadable" : event.type()).increment();
        }
        LOG.warnf("Dead-lettered the message at %s-%d@%d%s: %s", record.topic(), record.partition(), record.offset(),
                handler.isEmpty() ? "" : " for " + handler, reason);
        publishToDeadLetterTopic(record, reason);
    }

    /** Copies the message to the service's dead-letter topic for other tools; the table above is the record. */
    private void publishToDeadLetterTopic(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(service + ".dead-letter", record.key(), record.value());
        copy.headers().add(new RecordHeader("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8)));
        copy.headers().add(new RecordHeader("dead-letter-origin",
                (record.topic() + "-" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(copy).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("Could not copy a dead letter to %s.dead-letter; it is kept in the database: %s", service, e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
