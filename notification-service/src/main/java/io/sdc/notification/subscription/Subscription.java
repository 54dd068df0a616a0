package io.sdc.notification.subscription;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who hears about what: a role ({@code role:commissioner}) or a named user ({@code user:j.smith}), some event
 * types (none: all that make notifications), one contract or every one, by email, signed webhook or the in-app inbox.
 */
@Entity
@Table(name = "subscription")
@Audited
public class Subscription {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false, columnDefinition = "jsonb")
    private List<String> eventTypes = new ArrayList<>();

    @Column(name = "contract_id")
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    private String email;

    @Column(name = "webhook_url")
    private String webhookUrl;

    /** The webhook secret, sealed (see WebhookSecrets); never in the audit history. */
    @NotAudited
    @Column(name = "webhook_secret")
    private String sealedWebhookSecret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(UUID id, String recipient, List<String> eventTypes, UUID contractId, Channel channel, String email,
                        String webhookUrl, String sealedWebhookSecret, String createdBy, Instant createdAt) {
        requireAddress(channel, email, webhookUrl);
        this.id = id;
        this.recipient = recipient;
        this.eventTypes = new ArrayList<>(eventTypes);
        this.contractId = contractId;
        this.channel = channel;
        this.email = email;
        this.webhookUrl = webhookUrl;
        this.sealedWebhookSecret = sealedWebhookSecret;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Refuses a subscription without the address its channel sends to: an EMAIL subscription needs an email address,
     * a WEBHOOK subscription a webhook URL; the in-app INBOX needs neither.
     */
    public static void requireAddress(Channel channel, String email, String webhookUrl) {
        switch (channel) {
            case EMAIL -> require(email != null, "An EMAIL subscription needs email");
            case WEBHOOK -> require(webhookUrl != null, "A WEBHOOK subscription needs webhookUrl");
            case INBOX -> {
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw ProblemException.invalid(message);
        }
    }

    /** Whether an event of this type about this contract is for this subscription. */
    public boolean covers(String eventType, UUID contract) {
        return active && (eventTypes.isEmpty() || eventTypes.contains(eventType)) && (contractId == null || contractId.equals(contract));
    }

    /**
     * Changes what the subscription covers and where it sends: its event types (none: all), its contract (none: every
     * one), and its channel's address. Who hears and by which channel stay: for another, end it and subscribe anew.
     * Refused for an ended subscription, and without the address its channel needs.
     */
    public void change(List<String> eventTypes, UUID contractId, String email, String webhookUrl) {
        if (!active) {
            throw ProblemException.conflict("This subscription is ended; subscribe anew instead");
        }
        requireAddress(channel, email, webhookUrl);
        this.eventTypes = new ArrayList<>(eventTypes);
        this.contractId = contractId;
        this.email = email;
        this.webhookUrl = webhookUrl;
    }

    /** Ends the subscription: it covers nothing from now on, and stays in the audit history. Ending it again changes nothing. */
    public void end() {
        this.active = false;
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public List<String> eventTypes() {
        return List.copyOf(eventTypes);
    }

    public UUID contractId() {
        return contractId;
    }

    public Channel channel() {
        return channel;
    }

    public String email() {
        return email;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public String sealedWebhookSecret() {
        return sealedWebhookSecret;
    }

    /** Replaces a secret kept in plain text by an earlier release with its sealed form. */
    public void keepSealed(String sealed) {
        this.sealedWebhookSecret = sealed;
    }

    public boolean active() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
