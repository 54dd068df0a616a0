package io.sdc.notification.reminder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.notification.reminder.service.ReminderService;
import io.sdc.platform.events.EventEnvelope;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances raising the reminders at the same moment, each in its own transaction, raise each reminder once and
 * neither fails. To make "the same moment" certain, the test holds the reminder table so that neither run can record
 * a reminder until both have started and looked at what is due.
 */
@QuarkusTest
class ReminderOnceAcrossInstancesTest {

    @Inject
    TestSupport support;

    @Inject
    ReminderService reminders;

    @Test
    void twoInstancesAtOnceRaiseEachReminderOnce() throws Exception {
        UUID contract = UUID.randomUUID();
        Instant twoWeeksAgo = support.now().minus(Duration.ofDays(14));
        List<UUID> waiting = new ArrayList<>();
        EventEnvelope last = null;
        for (int i = 1; i <= 5; i++) {
            UUID change = UUID.randomUUID();
            waiting.add(change);
            last = submitted(contract, change, "NCR-" + i, twoWeeksAgo);
            support.publish(last);
        }
        UUID lastEvent = last.id();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                support.rows("SELECT count(*) FROM pending_decision WHERE contract_id = ?", contract) == 5
                        && support.rows("SELECT count(*) FROM processed_event WHERE event_id = ?", lastEvent) > 0);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        try (Connection holder = support.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                // Reading stays possible; recording a reminder waits until the table is let go.
                statement.execute("LOCK TABLE reminder IN EXCLUSIVE MODE");
            }
            CyclicBarrier together = new CyclicBarrier(2);
            Instant now = support.now();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return reminders.raiseDue(now);
                }));
            }
            // Both runs have looked and now wait to record, or one has already stood aside.
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnReminderTable() >= 2 || runs.stream().anyMatch(Future::isDone));
            holder.rollback();
        }
        List<Integer> raised = new ArrayList<>();
        try {
            for (Future<Integer> run : runs) {
                raised.add(run.get(30, TimeUnit.SECONDS));
            }
        } finally {
            instances.shutdownNow();
        }

        assertThat(raised).as("one run raised them, the other stood aside").contains(0).anyMatch(count -> count >= 5);
        for (UUID change : waiting) {
            assertThat(support.rows("SELECT count(*) FROM reminder WHERE kind = 'reminder.decision-waiting' AND item_key = ?",
                    change + ":SUBMITTED")).as("reminders of " + change).isEqualTo(1);
        }
        assertThat(support.rows("SELECT count(*) FROM notification WHERE contract_id = ? AND event_type = 'reminder.decision-waiting'", contract))
                .isEqualTo(5);
        assertThat(reminders.raiseDue(support.now())).as("a later run finds them raised").isZero();
    }

    private long waitingOnReminderTable() throws SQLException {
        return support.rows("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                + "WHERE c.relname = 'reminder' AND NOT l.granted");
    }

    private EventEnvelope submitted(UUID contract, UUID change, String reference, Instant at) {
        ObjectNode data = support.changeRequest(change, contract, reference, "SERVICE_TRANSFER_IN", "Transfer of a service", "SUBMITTED", 1);
        support.step(data, null, "SUBMITTED", "someone", at);
        return support.event("contract.change-request.submitted", "contract-service", contract, at, data);
    }
}
