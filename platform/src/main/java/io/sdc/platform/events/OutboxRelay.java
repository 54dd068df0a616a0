package io.sdc.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the outbox to the service's topic, oldest first, keyed by contract id, and marks an event published
 * only once the broker has acknowledged it. Each batch runs in one transaction holding a PostgreSQL advisory
 * lock, so that of several instances of a service exactly one relays at a time: events are neither sent twice by
 * design nor reordered. If Kafka is away the events wait in the outbox for the next run; an acknowledgement lost
 * on the way may repeat an event, which consumers recognise by its id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The advisory lock the relaying instance holds; any fixed number, the same in every instance. */
    static final long RELAY_LOCK = 0x5DC_0_0B0CL;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Producer<String, String> producer;

    @Inject
    CloudEventCodec codec;

    @Inject
    EventTracing tracing;

    @Inject
    EventsConfig config;

    private volatile boolean failing;

    /**
     * Publishes everything waiting in the outbox, batch after batch. {@link OutboxWakeUp} runs it, one run at a time
     * on a thread of its own, when an outbox write commits and at each periodic sweep.
     */
    void relay() {
        if (config.topic().isEmpty()) {
            return;
        }
        try {
            while (publishBatch() == config.relay().batchSize()) {
                // a full batch: there may be more waiting
            }
            if (failing) {
                LOG.info("Outbox relay is publishing again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outbox relay cannot publish yet; events stay in the outbox and will be retried: %s", rootMessage(e));
                failing = true;
            }
        }
    }

    /**
     * Publishes one batch, one event at a time: an event is sent only once the one before it has been acknowledged,
     * so a failure can never let a later event of a contract overtake an earlier one. The events acknowledged before
     * a failure are marked published; the failure is then reported and the rest wait for the next run. Returns how
     * many events were published (0 if another instance holds the relay).
     */
    int publishBatch() {
        String topic = config.topic().orElseThrow();
        RuntimeException[] failure = new RuntimeException[1];
        int published = QuarkusTransaction.requiringNew().timeout(300).call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by sequenceNumber")
                    .page(0, config.relay().batchSize()).list();
            int acknowledged = 0;
            for (OutboxEvent event : batch) {
                try {
                    send(topic, event);
                } catch (RuntimeException e) {
                    failure[0] = e;
                    break;
                }
                event.markPublished(Instant.now(clock));
                acknowledged++;
            }
            return acknowledged;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return published;
    }

    private void send(String topic, OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.subject(), codec.encode(event));
        record.headers().add(new RecordHeader("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", event.type().getBytes(StandardCharsets.UTF_8)));
        try (EventTracing.Publishing span = tracing.publishing(topic, event, record.headers())) {
            // Longer than the producer's delivery timeout, so the send has surely ended one way or the other.
            producer.send(record).get(KafkaClients.DELIVERY_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            span.acknowledged();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge event " + event.eventId(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
