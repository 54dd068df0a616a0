package io.sdc.platform.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A consumed message that could not be processed: unreadable, or failing its handler on every attempt. Kept
 * with its reason until someone replays it; never dropped.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(name = "partition_number", nullable = false, updatable = false)
    private int partition;

    @Column(name = "record_offset", nullable = false, updatable = false)
    private long offset;

    @Column(name = "record_key", updatable = false)
    private String key;

    @Column(updatable = false)
    private String payload;

    @Column(name = "event_id", updatable = false)
    private UUID eventId;

    @Column(name = "event_type", updatable = false)
    private String eventType;

    /** The handler that failed; empty when the message could not even be read as an event. */
    @Column(nullable = false, updatable = false)
    private String handler;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "dead_at", nullable = false)
    private Instant deadAt;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    protected DeadLetter() {
    }

    DeadLetter(String topic, int partition, long offset, String key, String payload, EventEnvelope event,
               String handler, String reason, int attempts, Instant deadAt) {
        this.id = UUID.randomUUID();
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.key = key;
        this.payload = payload;
        this.eventId = event == null ? null : event.id();
        this.eventType = event == null ? null : event.type();
        this.handler = handler;
        this.reason = reason;
        this.attempts = attempts;
        this.deadAt = deadAt;
    }

    void failedAgain(String reason) {
        this.reason = reason;
        this.attempts++;
    }

    void replayed(Instant at) {
        this.replayedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public int partition() {
        return partition;
    }

    public long offset() {
        return offset;
    }

    public String key() {
        return key;
    }

    public String payload() {
        return payload;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String handler() {
        return handler;
    }

    public String reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant deadAt() {
        return deadAt;
    }

    public Instant replayedAt() {
        return replayedAt;
    }
}
