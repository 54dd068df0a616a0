package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A change request left waiting for a decision longer than configured is brought to the commissioners' attention once. */
@QuarkusTest
class DecisionReminderTest {

    @Inject
    TestSupport support;

    @Test
    void remindsOnceOfAChangeRequestWaitingTooLongAndNotOfOneDecided() throws Exception {
        UUID contract = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        Instant now = support.now();
        Instant twoWeeksAgo = now.minus(Duration.ofDays(14));
        support.publish(step("contract.change-request.submitted", contract, waiting, "NCR-1", "SUBMITTED", twoWeeksAgo));
        support.publish(step("contract.change-request.submitted", contract, decided, "NCR-2", "SUBMITTED", twoWeeksAgo));
        EventEnvelope rejection = support.publish(step("contract.change-request.rejected", contract, decided, "NCR-2", "REJECTED", now));
        // The three events are consumed in order; once the rejection is, NCR-2 no longer waits.
        await().atMost(Duration.ofSeconds(30)).until(() -> support.rows(
                "SELECT count(*) FROM processed_event WHERE event_id = ? AND handler = 'DecisionTracker'", rejection.id()) == 1);

        support.raiseRemindersOnce(support.now());
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

    @Test
    void aChangeRequestsWaitForADecisionIsInTheAuditHistoryFromSubmissionUntilDecided() throws Exception {
        UUID contract = UUID.randomUUID();
        UUID change = UUID.randomUUID();
        Instant start = support.now();
        EventEnvelope submitted = support.publish(step("contract.change-request.submitted", contract, change, "NCR-4", "SUBMITTED", start));
        EventEnvelope agreed = support.publish(step("contract.change-request.agreed-in-principle", contract, change, "NCR-4",
                "AGREED_IN_PRINCIPLE", start));
        EventEnvelope approved = support.publish(step("contract.change-request.approved", contract, change, "NCR-4", "APPROVED", start));
        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(approved, "DecisionTracker"));
        Instant end = support.now();

        List<Map<String, Object>> history = support.history("pending-decision", change);
        assertThat(history).extracting(record -> record.get("action")).containsExactly("CREATED", "UPDATED", "DELETED");
        String system = "system:notification-service";
        support.assertChange(history.get(0), "CREATED", system, "system", "event " + submitted.type() + " " + submitted.id(), start, end,
                "status", null, "SUBMITTED");
        support.assertChange(history.get(1), "UPDATED", system, "system", "event " + agreed.type() + " " + agreed.id(), start, end,
                "status", "SUBMITTED", "AGREED_IN_PRINCIPLE");
        support.assertChange(history.get(2), "DELETED", system, "system", "event " + approved.type() + " " + approved.id(), start, end,
                "status", "AGREED_IN_PRINCIPLE", null);
        assertThat(support.changes(contract, "pending-decision")).as("the decision is in the contract's change log too").hasSize(3);
    }

    private int inboxFor(UUID contract) {
        return given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?size=200").then().extract()
                .jsonPath().getList("findAll { it.contractId == '" + contract + "' && it.eventType == 'reminder.decision-waiting' }").size();
    }

    private EventEnvelope step(String type, UUID contract, UUID change, String reference, String status, Instant at) {
        ObjectNode data = support.changeRequest(change, contract, reference, "SERVICE_TRANSFER_IN",
                "Transfer of the Children with Disability service", status, 1).put("rationale", "x").put("requiresStatutoryDirection", true);
        support.step(data, null, status, "someone", at);
        return support.event(type, "contract-service", contract, at, data);
    }
}
