package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.DeadLetter;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The events a service's tests deal with, on the service's own clock: other services' events put on their topics,
 * and what the service made of them (processed, dead-lettered) and published (its outbox). Tests inject it.
 */
@ApplicationScoped
public class ServiceEvents {

    @Inject
    Producer<String, String> producer;

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Now, by the service's clock (which tests start at a fixed instant). */
    public Instant now() {
        return Instant.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public CloudEventCodec codec() {
        return codec;
    }

    public Producer<String, String> producer() {
        return producer;
    }

    /** The event as it goes over Kafka. */
    public String encode(EventEnvelope event) {
        return codec.encode(event);
    }

    /** Puts the event on its producer's topic ({@code contract.events} for {@code contract.*}), keyed by its subject. */
    public EventEnvelope publish(EventEnvelope event) throws Exception {
        TestEvents.publish(producer, codec, event);
        return event;
    }

    /** Puts a message, as it is, on a topic under a key. */
    public void send(String topic, String key, String message) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, message)).get(30, TimeUnit.SECONDS);
    }

    /**
     * Announces the seed's contract as contract-service would, and waits until the service knows it: until an
     * auditor's GET of {@code probe} (a path with {@code %s} for the contract id) answers 200.
     */
    public UUID knownContract(String probe) throws Exception {
        return TestEvents.knownContract(producer, codec, objectMapper, probe);
    }

    /** Whether a handler of the service has processed the event. */
    public boolean processed(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, event).getSingleResult()).longValue() > 0);
    }

    /** Whether the service has dead-lettered the event. */
    public boolean deadLettered(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetter.count("eventId = ?1", event) > 0);
    }

    /** The service's outbox events that a Panache query ({@code "subject = ?1 and type = ?2"}) selects, in a transaction of their own. */
    public List<OutboxEvent> outbox(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(query, parameters));
    }
}
