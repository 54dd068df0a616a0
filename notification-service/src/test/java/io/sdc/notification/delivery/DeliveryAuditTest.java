package io.sdc.notification.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An auditor reads how each delivery went (its attempts, how it ended, who re-triggered it and why) and who read an
 * inbox entry when, per delivery and in the contract's change log.
 */
@QuarkusTest
class DeliveryAuditTest extends WebhookReceiverTest {

    private static final String MET = "performance.milestone.met";

    @Test
    void aDeliveryThatDiedAndWasReTriggeredShowsEachOutcomeAndWhoReTriggeredItWhy() throws Exception {
        Instant start = support.now();
        // Four failures spend every attempt (four in tests); the attempt after the re-trigger succeeds.
        receiver.failing("/hooks/audit", 4);
        String subscription = support.subscribe(Roles.ADMIN, support.subscription("role:commissioner", "WEBHOOK", contract, MET)
                .put("webhookUrl", receiver.url("/hooks/audit"))).then().statusCode(201).extract().path("id");
        EventEnvelope met = support.publish(MET, contract, support.data().put("id", UUID.randomUUID().toString()).put("title", "Good by 2017"));

        String delivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveryIn(subscription, "DEAD"), id -> id != null);
        String admin = "d.admin." + UUID.randomUUID().toString().substring(0, 8);
        asUser(admin, Roles.ADMIN).header("Change-Reason", "The trust's receiver is back")
                .post("/api/v1/deliveries/" + delivery + "/retry").then().statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveryIn(subscription, "DELIVERED") != null);
        Instant end = support.now();

        List<Map<String, Object>> history = support.history("delivery", delivery);
        String system = "system:notification-service";
        support.assertChange(history.get(0), "CREATED", system, "system", "event " + MET + " " + met.id(), start, end,
                "status", null, "PENDING");
        Map<String, Object> died = history.stream().filter(change -> "DEAD".equals(state(change).get("status"))).findFirst().orElseThrow();
        support.assertChange(died, "UPDATED", system, "system", null, start, end, "status", "PENDING", "DEAD");
        support.assertChange(died, "UPDATED", system, "system", null, start, end, "attempts", "3", "4");
        Map<String, Object> retriggered = history.get(history.indexOf(died) + 1);
        support.assertChange(retriggered, "UPDATED", admin, Roles.ADMIN, "The trust's receiver is back", start, end,
                "status", "DEAD", "PENDING");
        support.assertChange(retriggered, "UPDATED", admin, Roles.ADMIN, "The trust's receiver is back", start, end,
                "attempts", "4", "0");
        support.assertChange(history.get(history.size() - 1), "UPDATED", system, "system", null, start, end,
                "status", "PENDING", "DELIVERED");
        assertThat(state(history.get(history.size() - 1))).containsEntry("attempts", 1).containsEntry("eventType", MET);
        assertThat(history).as("one change per attempt and the re-trigger; claims are not history").hasSize(7);
        assertThat(support.changes(contract, "delivery")).as("in the contract's change log").hasSize(7);
    }

    @Test
    void readingAnInboxEntryIsInTheContractsChangeLogWithWhoReadItWhenAndWhy() throws Exception {
        Instant start = support.now();
        String reader = "r.reader." + UUID.randomUUID().toString().substring(0, 8);
        support.subscribe(Roles.ADMIN, support.subscription("user:" + reader, "INBOX", contract, MET)).then().statusCode(201);
        support.publish(MET, contract, support.data().put("id", UUID.randomUUID().toString()).put("title", "Outstanding by 2019"));
        String entry = await().atMost(Duration.ofSeconds(30)).until(() -> asUser(reader, Roles.TRUST_PERFORMANCE)
                .get("/api/v1/inbox?eventType=" + MET).then().statusCode(200).extract().jsonPath()
                .getString("find { it.contractId == '" + contract + "' }.id"), id -> id != null);

        asUser(reader, Roles.TRUST_PERFORMANCE).header("Change-Reason", "Discussed at the monitoring meeting")
                .post("/api/v1/inbox/" + entry + "/read").then().statusCode(200);
        asUser(reader, Roles.TRUST_PERFORMANCE).post("/api/v1/inbox/" + entry + "/read").then().statusCode(200);
        Instant end = support.now();

        List<Map<String, Object>> readings = support.changes(contract, "inbox-read");
        assertThat(readings).as("the first reading stays; reading again changes nothing").hasSize(1);
        support.assertChange(readings.get(0), "CREATED", reader, Roles.TRUST_PERFORMANCE, "Discussed at the monitoring meeting", start, end,
                "reader", null, reader);
        assertThat(state(readings.get(0))).containsEntry("deliveryId", entry);
        assertThat(support.history("inbox-read", readings.get(0).get("resourceId"))).hasSize(1);
        assertThat(support.changes(contract, "delivery")).as("the inbox delivery, made on the event")
                .singleElement().satisfies(made -> assertThat(made).containsEntry("action", "CREATED").containsEntry("resourceId", entry));
    }

    private String deliveryIn(String subscription, String status) throws Exception {
        return support.rows("SELECT count(*) FROM delivery WHERE subscription_id = ?::uuid AND status = ?", subscription, status) == 0 ? null
                : support.text("SELECT id FROM delivery WHERE subscription_id = ?::uuid", subscription);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> change) {
        return (Map<String, Object>) change.get("state");
    }
}
