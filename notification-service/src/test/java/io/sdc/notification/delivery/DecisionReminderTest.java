package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.reminder.ReminderService;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A change request left waiting for a decision longer than configured is brought to the commissioners' attention once. */
@QuarkusTest
class DecisionReminderTest {

    @Inject
    Producer<String, String> producer;

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager entityManager;

    @Test
    void remindsOnceOfAChangeRequestWaitingTooLongAndNotOfOneDecided() throws Exception {
        UUID contract = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        Instant twoWeeksAgo = Instant.now().minus(Duration.ofDays(14));
        publish(step("contract.change-request.submitted", contract, waiting, "NCR-1", "SUBMITTED", twoWeeksAgo));
        publish(step("contract.change-request.submitted", contract, decided, "NCR-2", "SUBMITTED", twoWeeksAgo));
        EventEnvelope rejection = step("contract.change-request.rejected", contract, decided, "NCR-2", "REJECTED", Instant.now());
        publish(rejection);
        // The three events are consumed in order; once the rejection is, NCR-2 no longer waits.
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1 AND handler = 'DecisionTracker'")
                .setParameter(1, rejection.id()).getSingleResult()).longValue()) == 1);

        reminders.raiseDue(Instant.now());
        assertThat(reminders.raiseDue(Instant.now())).as("each reminder once").isZero();
        assertThat(inboxFor(contract)).isEqualTo(1);

        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?size=200").then().statusCode(200)
                .body("findAll { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }.size()", equalTo(1))
                .body("find { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }.title",
                        containsString("NCR-1 'Transfer of the Children with Disability service' has waited 14 days"))
                .body("find { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }.about.type",
                        equalTo("change-request"))
                .body("find { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }.about.id",
                        equalTo(waiting.toString()));
    }

    private int inboxFor(UUID contract) {
        return given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?size=200").then().extract()
                .jsonPath().getList("findAll { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }").size();
    }

    private EventEnvelope step(String type, UUID contract, UUID change, String reference, String status, Instant at) {
        ObjectNode data = objectMapper.createObjectNode()
                .put("id", change.toString()).put("contractId", contract.toString()).put("reference", reference)
                .put("type", "SERVICE_TRANSFER_IN").put("raisedBy", "COMMISSIONER").put("title", "Transfer of the Children with Disability service")
                .put("rationale", "x").put("effectiveDate", "2016-04-01").put("requiresStatutoryDirection", true)
                .put("status", status).put("version", 1);
        data.putObject("step").put("to", status).put("actor", "someone").put("role", "commissioner").put("at", at.toString());
        return new EventEnvelope(UUID.randomUUID(), type, "contract-service", contract.toString(), at, 1, data);
    }

    private void publish(EventEnvelope event) throws Exception {
        producer.send(new ProducerRecord<>("contract.events", event.subject(), codec.encode(event))).get(30, TimeUnit.SECONDS);
    }
}
