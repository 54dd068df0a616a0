package io.sdc.notification.delivery;

import io.sdc.notification.subscription.Channel;
import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification on its way to one subscription: its attempts, when the next is due (the wait doubling each
 * time), who is attempting it now (a claim with a lease), and how it ended — delivered, or dead after the last
 * attempt, visible and re-triggerable. Its lifecycle is {@link DeliveryStatus}'s: every step goes through one guarded
 * move, and an attempt's outcome is recorded only while it is pending and under the attempt's own claim. Its audit
 * history keeps each attempt's outcome and how it ended (status, attempts, last error, when delivered), not its claims.
 */
@Entity
@Table(name = "delivery")
@Audited
public class Delivery {

    @Id
    private UUID id;

    /** Never changes once made, so its history is the delivery's: not audited itself. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "notification_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Notification notification;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private UUID subscriptionId;

    /** The notification's contract (none for a dead letter that named none), so that a contract's change log finds it. */
    @Column(name = "contract_id", updatable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @NotAudited
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** The claim of the instance sending it now, and until when that claim holds. */
    @NotAudited
    @Column(name = "claim_id")
    private UUID claimId;

    @NotAudited
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected Delivery() {
    }

    public Delivery(Notification notification, UUID subscriptionId, Channel channel, String recipient, Instant now) {
        this.id = UUID.randomUUID();
        this.notification = notification;
        this.subscriptionId = subscriptionId;
        this.contractId = notification.contractId();
        this.channel = channel;
        this.recipient = recipient;
        if (channel == Channel.INBOX) {
            this.status = DeliveryStatus.DELIVERED;
            this.deliveredAt = now;
        } else {
            this.status = DeliveryStatus.PENDING;
            this.nextAttemptAt = now;
        }
    }

    /**
     * Reserves a pending delivery that is due for one attempt by whoever holds {@code claim}, for {@code lease}; refused
     * while another claim's lease runs, before the delivery is due, and in any other status than PENDING.
     */
    public void claim(UUID claim, Instant now, Duration lease) {
        if (status != DeliveryStatus.PENDING) {
            throw ProblemException.conflict("Only a PENDING delivery can be claimed; this one is " + status);
        }
        if (nextAttemptAt.isAfter(now)) {
            throw ProblemException.conflict("This delivery is not due until " + nextAttemptAt);
        }
        if (claimedUntil != null && claimedUntil.isAfter(now)) {
            throw ProblemException.conflict("This delivery is claimed by another attempt until " + claimedUntil);
        }
        this.claimId = claim;
        this.claimedUntil = now.plus(lease);
    }

    /** Whether the attempt under this claim may record its outcome: the claim is still the delivery's and it is pending. */
    public boolean heldBy(UUID claim) {
        return status == DeliveryStatus.PENDING && claim.equals(claimId);
    }

    /** The attempt under {@code claim} succeeded: the delivery is DELIVERED. */
    public void delivered(UUID claim, Instant at) {
        requireHeld(claim, DeliveryStatus.DELIVERED);
        attempts++;
        move(DeliveryStatus.DELIVERED);
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The attempt under {@code claim} failed: the next waits twice as long as the one before ({@code firstWait} after the
     * first), and the failure that spends the last of {@code maxAttempts} leaves the delivery DEAD.
     */
    public void failed(UUID claim, String error, Instant at, int maxAttempts, Duration firstWait) {
        requireHeld(claim, DeliveryStatus.DEAD);
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            move(DeliveryStatus.DEAD);
            nextAttemptAt = null;
        } else {
            release();
            nextAttemptAt = at.plus(firstWait.multipliedBy(1L << (attempts - 1)));
        }
    }

    /** Someone dealt with the cause of a dead delivery: it is tried again, from a fresh count. */
    public void retrigger(Instant now) {
        move(DeliveryStatus.PENDING);
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Refuses a step the lifecycle does not allow from here, naming the ones it does. */
    public void requireAllowed(DeliveryStatus target) {
        Lifecycle.requireStep(status, target, status.next(), () -> "A " + status + " delivery cannot become " + target);
    }

    /** An attempt's outcome is recorded only while the delivery is pending and under the attempt's own claim. */
    private void requireHeld(UUID claim, DeliveryStatus outcome) {
        requireAllowed(outcome);
        if (!claim.equals(claimId)) {
            throw ProblemException.conflict("The outcome of an attempt is recorded only under the delivery's current claim; "
                    + "this attempt's claim has lapsed or was never the delivery's");
        }
    }

    private void move(DeliveryStatus target) {
        requireAllowed(target);
        status = target;
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

    public UUID contractId() {
        return contractId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
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
