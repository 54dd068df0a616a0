package io.sdc.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What one event means to people, in words from a template, with how urgent it is. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Severity { INFO, ACTION, WARNING }

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false, updatable = false, unique = true)
    private UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    /** The contract the event is about; none for a message that could not be read (a dead letter). */
    @Column(name = "contract_id", updatable = false)
    private UUID contractId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Severity severity;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The kind of resource it is about beyond its contract (see {@link About}); none when it is about the contract only. */
    @Column(name = "about_type", updatable = false)
    private String aboutType;

    @Column(name = "about_id", updatable = false)
    private String aboutId;

    protected Notification() {
    }

    public Notification(UUID eventId, String eventType, UUID contractId, Severity severity, String title, String body, Instant occurredAt) {
        this(eventId, eventType, contractId, null, severity, title, body, occurredAt);
    }

    /** A notification about {@code about} (null: about the contract only). */
    public Notification(UUID eventId, String eventType, UUID contractId, About about, Severity severity, String title, String body,
                        Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.eventType = eventType;
        this.contractId = contractId;
        this.severity = severity;
        this.title = title;
        this.body = body;
        this.occurredAt = occurredAt;
        this.aboutType = about == null ? null : about.type();
        this.aboutId = about == null ? null : about.id();
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public UUID contractId() {
        return contractId;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** What it is about beyond its contract, if known. */
    public java.util.Optional<About> about() {
        return aboutType == null || aboutId == null ? java.util.Optional.empty() : java.util.Optional.of(new About(aboutType, aboutId));
    }
}
