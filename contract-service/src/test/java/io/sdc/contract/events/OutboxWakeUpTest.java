package io.sdc.contract.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.events.OutboxListener;
import io.sdc.platform.events.OutboxWakeUp;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static io.sdc.contract.contract.ContractTestSupport.registerContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay wakes when an outbox write commits, here or in another instance, not at its periodic sweep: with
 * the sweep paused, events are still published; a write rolled back wakes nothing.
 */
@QuarkusTest
class OutboxWakeUpTest {

    @Inject
    Scheduler scheduler;

    @Inject
    OutboxWakeUp wakeUp;

    @Inject
    OutboxListener listener;

    @Inject
    EventOutbox outbox;

    @Inject
    ContractEventRecorder recorder;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @BeforeEach
    void pauseTheSweep() {
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.timesListening() > 0);
        scheduler.pause(OutboxWakeUp.SWEEP);
        assertThat(scheduler.isPaused(OutboxWakeUp.SWEEP)).isTrue();
    }

    @AfterEach
    void resumeTheSweep() {
        scheduler.resume(OutboxWakeUp.SWEEP);
    }

    @Test
    void aCommittedWriteIsPublishedWithoutTheSweep() {
        long commits = wakeUp.commitsSignalled();
        long own = listener.ownNotificationsHeard();

        String contract = registerContract();

        assertThat(wakeUp.commitsSignalled()).as("the commit signalled before the answer").isGreaterThan(commits);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(published(contract)).isTrue();
            assertThat(recorder.appliedFor(contract)).extracting(EventEnvelope::type).containsExactly("contract.registered");
        });
        // The other instances are told too; this one hears its own notification and knows it for its own.
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.ownNotificationsHeard() > own);
    }

    @Test
    void itsOwnNotificationDoesNotWakeTheRelayAgain() throws Exception {
        long heard = listener.notificationsHeard();
        long own = listener.ownNotificationsHeard();
        String subject = UUID.randomUUID().toString();

        // A row whose notification names this instance: only this instance's own commit would, and that commit has
        // already woken the relay, so the notification must not.
        writeAsAnotherInstance(subject, wakeUp.instance());
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.ownNotificationsHeard() == own + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !published(subject));

        try (Connection other = connect()) {
            notify(other, "");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> published(subject));
        assertThat(listener.notificationsHeard()).isEqualTo(heard + 2);
    }

    @Test
    void aNotificationFromAnotherInstanceWakesTheRelay() throws Exception {
        long commits = wakeUp.commitsSignalled();
        long heard = listener.notificationsHeard();
        long listening = listener.timesListening();
        String subject = UUID.randomUUID().toString();

        // What another instance of the service does when it writes to the outbox: the row and the notification in one transaction.
        writeAsAnotherInstance(subject, "");

        await().atMost(Duration.ofSeconds(30)).until(() -> published(subject));
        assertThat(listener.notificationsHeard()).isGreaterThan(heard);
        assertThat(wakeUp.commitsSignalled()).as("no write of this instance woke the relay").isEqualTo(commits);
        assertThat(listener.timesListening()).as("nor a reconnection").isEqualTo(listening);
    }

    @Test
    void aRolledBackWriteWakesNothing() throws Exception {
        long commits = wakeUp.commitsSignalled();
        long heard = listener.notificationsHeard();
        String subject = UUID.randomUUID().toString();

        transactions.begin();
        try {
            outbox.append(new EventEnvelope(UUID.randomUUID(), "contract.outbox-wake-up-probe", "contract-service", subject,
                    Instant.parse("2026-06-15T09:00:00Z"), 1, objectMapper.createObjectNode()));
        } finally {
            transactions.rollback();
        }

        assertThat(wakeUp.commitsSignalled()).isEqualTo(commits);
        // A notification sent after the rollback: had the rolled-back write notified, that would have been heard first.
        String marker = "after-rollback-" + UUID.randomUUID();
        try (Connection other = connect()) {
            notify(other, marker);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.lastPayload().equals(Optional.of(marker)));
        assertThat(listener.notificationsHeard()).isEqualTo(heard + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", subject))).isZero();
    }

    /** An outbox row and a notification with the payload, in one transaction on a connection of its own. */
    private void writeAsAnotherInstance(String subject, String payload) throws Exception {
        try (Connection other = connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO event_outbox (event_id, event_type, source, subject, occurred_at, data_version, data)
                    VALUES (?, 'contract.outbox-wake-up-probe', 'contract-service', ?, now(), 1, '{}'::jsonb)""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, subject);
                insert.executeUpdate();
            }
            notify(other, payload);
            other.commit();
        }
    }

    private boolean published(String subject) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("subject = ?1 and publishedAt is not null", subject) == 1);
    }

    private void notify(Connection connection, String payload) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, wakeUp.channel());
            notify.setString(2, payload);
            notify.execute();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        return new org.postgresql.Driver().connect(url, properties);
    }
}
