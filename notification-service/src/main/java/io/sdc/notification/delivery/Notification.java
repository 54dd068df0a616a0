package io.sdc.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one event means to people, in words from a template, with how urgent it is. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Severity { INFO, ACTION, WARNING }

    /** How a subscription names a role as its recipient: {@code role:commissioner}. */
    public static final String ROLE = "role:";

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

    /**
     * The text the platform's own inbox shows where it says more than may leave the platform: the event's free text
     * (the council's reason for returning figures, the board's for a recommendation's status). Never sent by email or webhook; none when the inbox shows {@link #body}.
     */
    @Column(name = "inbox_body", updatable = false)
    private String inboxBody;

    /**
     * The roles the notification is addressed to, when only some roles must act on it (a signature awaited from one
     * party): a role's subscription hears of it only if the role is one of these. Empty: every subscription covering it.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "addressed_to", updatable = false, columnDefinition = "jsonb")
    private List<String> addressedTo = new ArrayList<>();

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

    /** Keeps a fuller text for the platform's own inbox only (see {@link #inboxText()}); null: the inbox shows the body. */
    public Notification keepingInTheInbox(String inboxBody) {
        this.inboxBody = inboxBody;
        return this;
    }

    /** Addresses the notification to these roles only (see {@link #isFor(String)}). */
    public Notification addressedTo(List<String> roles) {
        this.addressedTo = new ArrayList<>(roles);
        return this;
    }

    /**
     * Whether a subscription of this recipient is to hear of it: a role only if the notification is addressed to no
     * role in particular or to this one; a person always, having chosen the event types themselves.
     */
    public boolean isFor(String recipient) {
        if (addressedTo == null || addressedTo.isEmpty() || !recipient.startsWith(ROLE)) {
            return true;
        }
        return addressedTo.contains(recipient.substring(ROLE.length()));
    }

    /** The text the in-app inbox shows: the body, or the fuller text kept in the platform. */
    public String inboxText() {
        return inboxBody == null ? body : inboxBody;
    }

    public List<String> addressedTo() {
        return addressedTo == null ? List.of() : List.copyOf(addressedTo);
    }

    /** What it is about beyond its contract, if known. */
    public java.util.Optional<About> about() {
        return aboutType == null || aboutId == null ? java.util.Optional.empty() : java.util.Optional.of(new About(aboutType, aboutId));
    }
}
