package io.sdc.notification.delivery;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries are claimed, then sent outside any database transaction, and each outcome recorded on its own: a
 * receiver slower than a transaction may last neither holds back nor undoes the others' recorded successes, nobody
 * is called twice, and the slow one is recorded too. A claim holds other instances off until its lease lapses.
 */
@QuarkusTest
class DeliveryOutsideTransactionTest extends WebhookReceiverTest {

    @ConfigProperty(name = "sdc.notifications.transaction-timeout")
    Duration transactionTimeout;

    @Test
    void aSlowReceiverNeitherHoldsBackNorUndoesTheOthersSuccesses() throws Exception {
        List<String> fast = List.of(receiver.url("/fast/1"), receiver.url("/fast/2"), receiver.url("/fast/3"));
        String slow = receiver.url("/slow");
        AtomicBoolean othersRecordedWhileSlowWasCalled = new AtomicBoolean();
        Duration slowCall = transactionTimeout.plusSeconds(1);
        receiver.beforeAnswering("/slow", () -> {
            Instant called = support.now();
            try {
                await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(50))
                        .until(() -> delivered(fast) == fast.size());
                othersRecordedWhileSlowWasCalled.set(true);
            } catch (org.awaitility.core.ConditionTimeoutException notRecorded) {
                // left false
            }
            sleepUntil(called.plus(slowCall));
        });
        for (String url : fast) {
            subscribe(url);
        }
        subscribe(slow);

        support.publish(approval());

        await().atMost(Duration.ofSeconds(40)).until(() -> delivered(List.of(slow)) == 1);
        assertThat(othersRecordedWhileSlowWasCalled).as("the fast receivers' successes were recorded while the slow one was called").isTrue();
        // A few more worker runs: nothing is sent again.
        Thread.sleep(1000);
        for (String path : List.of("/fast/1", "/fast/2", "/fast/3", "/slow")) {
            assertThat(receiver.at(path)).as(path).hasSize(1);
        }
        assertThat(receiver.at("/slow").get(0).answered()).isEqualTo(204);
        assertThat(support.rows("SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id "
                + "WHERE s.webhook_url IN (?, ?, ?, ?) AND d.status = 'DELIVERED' AND d.attempts = 1 AND d.claim_id IS NULL",
                fast.get(0), fast.get(1), fast.get(2), slow)).isEqualTo(4);
    }

    @Test
    void aLapsedClaimIsTakenOverAndAHeldOneIsLeftAlone() throws Exception {
        UUID lapsedSubscription = subscribe(receiver.url("/lapsed"));
        UUID heldSubscription = subscribe(receiver.url("/held"));
        UUID notification = UUID.randomUUID();
        UUID lapsed = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        UUID otherInstancesClaim = UUID.randomUUID();
        Instant now = support.now();
        support.update("""
                INSERT INTO notification (id, event_id, event_type, contract_id, severity, title, body, occurred_at)
                VALUES (?, ?, 'contract.change-request.approved', ?, 'INFO', 'Change request NCR-9 is approved', 'NCR-9', ?)""",
                notification, UUID.randomUUID(), contract, now);
        // Claimed by an instance that died (lease over) and by one still sending (lease running).
        String claimed = """
                INSERT INTO delivery (id, notification_id, subscription_id, channel, recipient, status, attempts, next_attempt_at,
                                      claim_id, claimed_until)
                VALUES (?, ?, ?, 'WEBHOOK', 'role:commissioner', 'PENDING', 0, ?, ?, ?)""";
        try {
            support.update(claimed, held, notification, heldSubscription, now.minus(Duration.ofMinutes(1)), otherInstancesClaim,
                    now.plus(Duration.ofMinutes(10)));
            support.update(claimed, lapsed, notification, lapsedSubscription, now.minus(Duration.ofMinutes(1)), otherInstancesClaim,
                    now.minusSeconds(1));

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/lapsed").size() == 1
                    && support.rows("SELECT count(*) FROM delivery WHERE id = ? AND status = 'DELIVERED'", lapsed) == 1);
            Thread.sleep(500);
            assertThat(receiver.at("/held")).isEmpty();
            assertThat(support.rows("SELECT count(*) FROM delivery WHERE id = ? AND status = 'PENDING' AND claim_id = ?", held, otherInstancesClaim))
                    .isEqualTo(1);
        } finally {
            support.update("DELETE FROM delivery WHERE id IN (?, ?)", held, lapsed);
        }
    }

    private void sleepUntil(Instant end) {
        long millis = Duration.between(support.now(), end).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
