package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestEvents;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries are claimed, then sent outside any database transaction, and each outcome recorded on its own: a
 * receiver slower than a transaction may last neither holds back nor undoes the others' recorded successes, nobody
 * is called twice, and the slow one is recorded too. A claim holds other instances off until its lease lapses.
 */
@QuarkusTest
class DeliveryOutsideTransactionTest {

    @Inject
    Producer<String, String> producer;

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "sdc.notifications.transaction-timeout")
    Duration transactionTimeout;

    private WebhookReceiver receiver;
    private UUID contract;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
        contract = UUID.randomUUID();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSlowReceiverNeitherHoldsBackNorUndoesTheOthersSuccesses() throws Exception {
        List<String> fast = List.of(receiver.url("/fast/1"), receiver.url("/fast/2"), receiver.url("/fast/3"));
        String slow = receiver.url("/slow");
        AtomicBoolean othersRecordedWhileSlowWasCalled = new AtomicBoolean();
        Duration slowCall = transactionTimeout.plusSeconds(1);
        receiver.beforeAnswering("/slow", () -> {
            Instant called = Instant.now();
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

        TestEvents.publish(producer, codec, approval());

        await().atMost(Duration.ofSeconds(40)).until(() -> delivered(List.of(slow)) == 1);
        assertThat(othersRecordedWhileSlowWasCalled).as("the fast receivers' successes were recorded while the slow one was called").isTrue();
        // A few more worker runs: nothing is sent again.
        Thread.sleep(1000);
        for (String path : List.of("/fast/1", "/fast/2", "/fast/3", "/slow")) {
            assertThat(receiver.at(path)).as(path).hasSize(1);
        }
        assertThat(receiver.at("/slow").get(0).answered()).isEqualTo(204);
        assertThat(rows("SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id "
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
        update("""
                INSERT INTO notification (id, event_id, event_type, contract_id, severity, title, body, occurred_at)
                VALUES (?, ?, 'contract.change-request.approved', ?, 'INFO', 'Change request NCR-9 is approved', 'NCR-9', now())""",
                notification, UUID.randomUUID(), contract);
        // Claimed by an instance that died (lease over) and by one still sending (lease running).
        String claimed = """
                INSERT INTO delivery (id, notification_id, subscription_id, channel, recipient, status, attempts, next_attempt_at,
                                      claim_id, claimed_until)
                VALUES (?, ?, ?, 'WEBHOOK', 'role:commissioner', 'PENDING', 0, now() - interval '1 minute', ?, now() + CAST(? AS interval))""";
        try {
            update(claimed, held, notification, heldSubscription, otherInstancesClaim, "10 minutes");
            update(claimed, lapsed, notification, lapsedSubscription, otherInstancesClaim, "-1 second");

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/lapsed").size() == 1
                    && rows("SELECT count(*) FROM delivery WHERE id = ? AND status = 'DELIVERED'", lapsed) == 1);
            Thread.sleep(500);
            assertThat(receiver.at("/held")).isEmpty();
            assertThat(rows("SELECT count(*) FROM delivery WHERE id = ? AND status = 'PENDING' AND claim_id = ?", held, otherInstancesClaim))
                    .isEqualTo(1);
        } finally {
            update("DELETE FROM delivery WHERE id IN (?, ?)", held, lapsed);
        }
    }

    private UUID subscribe(String url) {
        ObjectNode body = objectMapper.createObjectNode().put("recipient", "role:commissioner").put("channel", "WEBHOOK")
                .put("contractId", contract.toString()).put("webhookUrl", url);
        body.putArray("eventTypes").add("contract.change-request.approved");
        return UUID.fromString(given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).contentType("application/json")
                .body(body.toString()).post("/api/v1/subscriptions").then().statusCode(201).extract().path("id"));
    }

    private EventEnvelope approval() {
        ObjectNode data = objectMapper.createObjectNode()
                .put("id", UUID.randomUUID().toString()).put("contractId", contract.toString()).put("reference", "NCR-8")
                .put("type", "PI_BASKET_REVISION").put("raisedBy", "COMMISSIONER").put("title", "A revised basket")
                .put("effectiveDate", "2016-04-01").put("requiresStatutoryDirection", false).put("status", "APPROVED").put("version", 3);
        data.putObject("step").put("from", "AGREED_IN_PRINCIPLE").put("to", "APPROVED").put("actor", "a.patel")
                .put("role", "commissioner").put("at", Instant.now().toString());
        return new EventEnvelope(UUID.randomUUID(), "contract.change-request.approved", "contract-service", contract.toString(),
                Instant.now(), 1, data);
    }

    private long delivered(List<String> urls) throws SQLException {
        long count = 0;
        for (String url : urls) {
            count += rows("SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id "
                    + "WHERE s.webhook_url = ? AND d.status = 'DELIVERED'", url);
        }
        return count;
    }

    private long rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void sleepUntil(Instant end) {
        long millis = Duration.between(Instant.now(), end).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
