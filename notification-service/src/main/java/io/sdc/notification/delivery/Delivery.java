package io.sdc.notification.delivery;

import io.sdc.notification.subscription.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification on its way to one subscription: its attempts, when the next is due (the wait doubling each
 * time), who is attempting it now (a claim with a lease), and how it ended — delivered, or dead after the last
 * attempt, visible and re-triggerable.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "notification_id", nullable = false, updatable = false)
    private Notification notification;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** The claim of the instance sending it now, and until when that claim holds. */
    @Column(name = "claim_id")
    private UUID claimId;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected Delivery() {
    }

    public Delivery(Notification notification, UUID subscriptionId, Channel channel, String recipient, Instant now) {
        this.id = UUID.randomUUID();
        this.notification = notification;
        this.subscriptionId = subscriptionId;
        this.channel = channel;
        this.recipient = recipient;
        if (channel == Channel.INBOX) {
            this.status = Status.DELIVERED;
            this.deliveredAt = now;
        } else {
            this.status = Status.PENDING;
            this.nextAttemptAt = now;
        }
    }

    /** Reserves the delivery for one attempt by whoever holds the claim, until the lease ends. */
    public void claim(UUID claim, Instant until) {
        this.claimId = claim;
        this.claimedUntil = until;
    }

    /** Whether the attempt under this claim may record its outcome: the claim is still the delivery's and it is pending. */
    public boolean heldBy(UUID claim) {
        return status == Status.PENDING && claim.equals(claimId);
    }

    public void delivered(Instant at) {
        release();
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: the next waits twice as long as the one before, until the attempts are spent. */
    public void failed(String error, Instant at, int maxAttempts, Duration firstWait) {
        release();
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = Status.DEAD;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(firstWait.multipliedBy(1L << (attempts - 1)));
        }
    }

    /** Someone dealt with the cause of a dead delivery: it is tried again, from a fresh count. */
    public void retrigger(Instant now) {
        if (status != Status.DEAD) {
            throw io.sdc.platform.problem.ProblemException.conflict("Only a DEAD delivery can be re-triggered; this one is " + status);
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimId = null;
        claimedUntil = null;
    }

    public UUID id() {
        return id;
    }

    public Notification notification() {
        return notification;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }
}
