package io.sdc.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a service records the events of a state change. {@link #publish} joins the caller's transaction and
 * refuses to run outside one: an event is only ever stored together with the change it reports.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    @Inject
    EventTracing tracing;

    @Inject
    OutboxWakeUp wakeUp;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /**
     * Records an event of the given type about a contract (its subject, also the Kafka record key), its data the
     * given record; the id, the source (this service) and the time (the injected clock) are filled in here.
     *
     * @throws IllegalArgumentException if the record does not declare the type in its {@link EventData}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(String type, UUID subject, DomainEvent data) {
        Objects.requireNonNull(subject, "subject");
        EventData declared = declaration(data.getClass());
        if (!Arrays.asList(declared.types()).contains(type)) {
            throw new IllegalArgumentException(data.getClass().getName() + " is not the data of " + type
                    + "; it declares " + Arrays.toString(declared.types()));
        }
        return append(new EventEnvelope(UUID.randomUUID(), type, source, subject.toString(), Instant.now(clock),
                declared.version(), objectMapper.valueToTree(data)));
    }

    /** Records an event already in its envelope (one relayed or replayed as it was). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(EventEnvelope event) {
        OutboxEvent entry = new OutboxEvent(tracing.withCurrentContext(event));
        entry.persist();
        wakeUp.written();
        return entry;
    }

    /** Events not yet published, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEvent> pending(int limit) {
        return OutboxEvent.<OutboxEvent>find("publishedAt is null order by sequenceNumber").page(0, limit).list();
    }

    /** The {@link EventData} a record class carries. */
    public static EventData declaration(Class<?> record) {
        EventData declared = record.getAnnotation(EventData.class);
        if (declared == null || !record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record annotated with @EventData");
        }
        return declared;
    }
}
