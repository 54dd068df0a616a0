package io.sdc.platform.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the service's own database to be published: written in the same transaction as the state
 * change it reports, so that the change and its event are kept or lost together.
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "sequence_number")
    private Long sequenceNumber;

    @Column(name = "event_id", nullable = false, updatable = false, unique = true)
    private UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "data_version", nullable = false, updatable = false)
    private int dataVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String data;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The W3C trace context of the transaction that wrote the event; null if it ran outside a trace. */
    @Column(updatable = false)
    private String traceparent;

    @Column(updatable = false)
    private String tracestate;

    protected OutboxEvent() {
    }

    OutboxEvent(EventEnvelope event) {
        this.eventId = event.id();
        this.type = event.type();
        this.source = event.source();
        this.subject = event.subject();
        this.occurredAt = event.time();
        this.dataVersion = event.dataVersion();
        this.data = event.data().toString();
        this.traceparent = event.traceparent();
        this.tracestate = event.tracestate();
    }

    public Long sequenceNumber() {
        return sequenceNumber;
    }

    public UUID eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public int dataVersion() {
        return dataVersion;
    }

    /** The event's data as JSON text. */
    public String data() {
        return data;
    }

    public String traceparent() {
        return traceparent;
    }

    public String tracestate() {
        return tracestate;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    void markPublished(Instant at) {
        this.publishedAt = at;
    }
}
