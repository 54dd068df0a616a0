package io.sdc.notification.delivery;

import io.sdc.notification.subscription.Channel;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A delivery's lifecycle without Quarkus: the steps its status allows, claims with a lease, outcomes recorded only
 * while pending and under the attempt's own claim, the doubling wait, death after the last attempt, and re-triggering.
 */
class DeliveryTest {

    private static final Instant NOW = Instant.parse("2016-01-11T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 3;

    private final Notification notification = new Notification(UUID.randomUUID(), "contract.change-request.approved",
            UUID.randomUUID(), Notification.Severity.INFO, "Change request NCR-3 is approved", "NCR-3", NOW);

    private Delivery pending() {
        return new Delivery(notification, UUID.randomUUID(), Channel.WEBHOOK, "role:commissioner", NOW);
    }

    /** A pending delivery claimed at {@code at} under {@code claim}. */
    private Delivery claimed(UUID claim, Instant at) {
        Delivery delivery = pending();
        delivery.claim(claim, at, LEASE);
        return delivery;
    }

    private Delivery dead() {
        Delivery delivery = pending();
        Instant at = NOW;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            UUID claim = UUID.randomUUID();
            delivery.claim(claim, at, LEASE);
            delivery.failed(claim, "the receiver answered 503", at, MAX_ATTEMPTS, FIRST_WAIT);
            at = delivery.status() == DeliveryStatus.DEAD ? at : delivery.nextAttemptAt();
        }
        return delivery;
    }

    private Delivery delivered() {
        UUID claim = UUID.randomUUID();
        Delivery delivery = claimed(claim, NOW);
        delivery.delivered(claim, NOW.plusSeconds(1));
        return delivery;
    }

    @Test
    void theStatusTableAllowsDeliveredOrDeadFromPendingAndPendingAgainOnlyFromDead() {
        assertThat(DeliveryStatus.PENDING.next()).isEqualTo(EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD));
        assertThat(DeliveryStatus.DEAD.next()).isEqualTo(EnumSet.of(DeliveryStatus.PENDING));
        assertThat(DeliveryStatus.DELIVERED.next()).isEmpty();
    }

    @Test
    void anInboxDeliveryArrivesAtOnceAndOthersAreDueNow() {
        Delivery inbox = new Delivery(notification, UUID.randomUUID(), Channel.INBOX, "user:c.jones", NOW);
        assertThat(inbox.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(inbox.deliveredAt()).isEqualTo(NOW);
        assertThat(inbox.nextAttemptAt()).isNull();

        for (Channel channel : new Channel[] {Channel.EMAIL, Channel.WEBHOOK}) {
            Delivery delivery = new Delivery(notification, UUID.randomUUID(), channel, "role:commissioner", NOW);
            assertThat(delivery.status()).as(channel.name()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.deliveredAt()).isNull();
        }
    }

    @Test
    void aClaimReservesADueDeliveryForItsLease() {
        UUID claim = UUID.randomUUID();
        Delivery delivery = claimed(claim, NOW);

        assertThat(delivery.claimedUntil()).isEqualTo(NOW.plus(LEASE));
        assertThat(delivery.heldBy(claim)).isTrue();
        assertThat(delivery.heldBy(UUID.randomUUID())).isFalse();
    }

    @Test
    void aClaimIsRefusedWhileAnotherClaimsLeaseRunsAndTakenOverOnceItLapsed() {
        UUID first = UUID.randomUUID();
        Delivery delivery = claimed(first, NOW);
        UUID second = UUID.randomUUID();

        refused(() -> delivery.claim(second, NOW.plus(LEASE).minusSeconds(1), LEASE), "claimed by another attempt until " + NOW.plus(LEASE));
        assertThat(delivery.heldBy(first)).isTrue();

        delivery.claim(second, NOW.plus(LEASE), LEASE);
        assertThat(delivery.heldBy(second)).isTrue();
        assertThat(delivery.heldBy(first)).isFalse();
        assertThat(delivery.claimedUntil()).isEqualTo(NOW.plus(LEASE).plus(LEASE));
    }

    @Test
    void aClaimIsRefusedBeforeTheDeliveryIsDue() {
        Delivery delivery = pending();
        refused(() -> delivery.claim(UUID.randomUUID(), NOW.minusSeconds(1), LEASE), "not due until " + NOW);
        assertThat(delivery.claimedUntil()).isNull();
    }

    @Test
    void onlyAPendingDeliveryCanBeClaimed() {
        refused(() -> delivered().claim(UUID.randomUUID(), NOW.plusSeconds(60), LEASE),
                "Only a PENDING delivery can be claimed; this one is DELIVERED");
        refused(() -> dead().claim(UUID.randomUUID(), NOW.plus(Duration.ofHours(1)), LEASE),
                "Only a PENDING delivery can be claimed; this one is DEAD");
    }

    @Test
    void aSuccessfulAttemptUnderItsClaimDeliversAndReleasesTheClaim() {
        UUID claim = UUID.randomUUID();
        Delivery delivery = claimed(claim, NOW);

        delivery.delivered(claim, NOW.plusSeconds(2));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.deliveredAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.lastError()).isNull();
        assertThat(delivery.claimedUntil()).isNull();
        assertThat(delivery.heldBy(claim)).isFalse();
    }

    @Test
    void aSuccessAfterFailuresForgetsTheLastError() {
        UUID first = UUID.randomUUID();
        Delivery delivery = claimed(first, NOW);
        delivery.failed(first, "the receiver answered 503", NOW, MAX_ATTEMPTS, FIRST_WAIT);
        UUID second = UUID.randomUUID();
        delivery.claim(second, delivery.nextAttemptAt(), LEASE);

        delivery.delivered(second, NOW.plus(FIRST_WAIT));

        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isNull();
    }

    @Test
    void anOutcomeIsRefusedUnderALapsedOrForeignClaimAndWithoutAny() {
        UUID lapsed = UUID.randomUUID();
        Delivery delivery = claimed(lapsed, NOW);
        UUID current = UUID.randomUUID();
        delivery.claim(current, NOW.plus(LEASE), LEASE);

        refused(() -> delivery.delivered(lapsed, NOW.plus(LEASE)), "only under the delivery's current claim");
        refused(() -> delivery.failed(lapsed, "timeout", NOW.plus(LEASE), MAX_ATTEMPTS, FIRST_WAIT),
                "only under the delivery's current claim");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.heldBy(current)).isTrue();

        Delivery neverClaimed = pending();
        refused(() -> neverClaimed.delivered(UUID.randomUUID(), NOW), "only under the delivery's current claim");
    }

    @Test
    void noOutcomeIsRecordedOnceDeliveredOrDeadNamingTheStepsAllowed() {
        Delivery delivered = delivered();
        refused(() -> delivered.delivered(UUID.randomUUID(), NOW), "A DELIVERED delivery cannot become DELIVERED; "
                + "the steps allowed from DELIVERED are none: it is final");
        refused(() -> delivered.failed(UUID.randomUUID(), "late", NOW, MAX_ATTEMPTS, FIRST_WAIT),
                "A DELIVERED delivery cannot become DEAD; the steps allowed from DELIVERED are none: it is final");

        Delivery dead = dead();
        refused(() -> dead.delivered(UUID.randomUUID(), NOW), "A DEAD delivery cannot become DELIVERED; "
                + "the steps allowed from DEAD are PENDING");
        refused(() -> dead.failed(UUID.randomUUID(), "late", NOW, MAX_ATTEMPTS, FIRST_WAIT),
                "A DEAD delivery cannot become DEAD; the steps allowed from DEAD are PENDING");
        assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void eachFailureWaitsTwiceAsLongAsTheOneBeforeAndTheLastLeavesItDead() {
        UUID first = UUID.randomUUID();
        Delivery delivery = claimed(first, NOW);

        delivery.failed(first, "the receiver answered 503", NOW, MAX_ATTEMPTS, FIRST_WAIT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isEqualTo("the receiver answered 503");
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(FIRST_WAIT));
        assertThat(delivery.claimedUntil()).as("released").isNull();

        Instant secondAt = NOW.plus(FIRST_WAIT);
        UUID second = UUID.randomUUID();
        delivery.claim(second, secondAt, LEASE);
        delivery.failed(second, "the receiver could not be reached", secondAt, MAX_ATTEMPTS, FIRST_WAIT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(secondAt.plus(FIRST_WAIT.multipliedBy(2)));

        Instant thirdAt = delivery.nextAttemptAt();
        UUID third = UUID.randomUUID();
        delivery.claim(third, thirdAt, LEASE);
        delivery.failed(third, "the receiver answered 500", thirdAt, MAX_ATTEMPTS, FIRST_WAIT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(delivery.lastError()).isEqualTo("the receiver answered 500");
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.claimedUntil()).isNull();
        assertThat(delivery.heldBy(third)).isFalse();
    }

    @Test
    void aDeadDeliveryIsTriggeredAgainFromAFreshCount() {
        Delivery delivery = dead();
        Instant later = NOW.plus(Duration.ofDays(1));

        delivery.retrigger(later);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.nextAttemptAt()).isEqualTo(later);
        assertThat(delivery.lastError()).as("kept until the next attempt").isEqualTo("the receiver answered 503");
        UUID claim = UUID.randomUUID();
        delivery.claim(claim, later, LEASE);
        assertThat(delivery.heldBy(claim)).isTrue();
    }

    @Test
    void onlyADeadDeliveryCanBeTriggeredAgain() {
        Delivery pending = claimed(UUID.randomUUID(), NOW);
        refused(() -> pending.retrigger(NOW), "A PENDING delivery cannot become PENDING; the steps allowed from PENDING are DELIVERED, DEAD");
        assertThat(pending.claimedUntil()).as("the claim stands").isEqualTo(NOW.plus(LEASE));

        refused(() -> delivered().retrigger(NOW), "A DELIVERED delivery cannot become PENDING; "
                + "the steps allowed from DELIVERED are none: it is final");
    }

    private static void refused(ThrowableAssert.ThrowingCallable step, String detail) {
        assertThatThrownBy(step).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT)).hasMessageContaining(detail);
    }
}
