package io.sdc.notification.deadletter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sdc.notification.TestSupport;
import io.sdc.notification.deadletter.service.DeadLetterNotifier;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.sdc.notification.TestSupport.asUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dead letter in any service reaches the admins' inbox once, as a warning naming the service, the event type and
 * the reason, never the event's free text; a dead letter in this service also counts in {@code sdc.dead.letters}.
 */
@QuarkusTest
class DeadLetterNotificationTest {

    @Inject
    TestSupport support;

    @Inject
    MeterRegistry meters;

    @Test
    void anotherServicesDeadLetterReachesTheAdminsOnce() throws Exception {
        UUID contract = UUID.randomUUID();
        ObjectNode data = support.changeRequest(UUID.randomUUID(), contract, "NCR-7", "BUDGET_VARIATION", "Catering moved to the trust",
                "APPROVED", 3).put("rationale", "PRIVATE-RATIONALE-NOT-FOR-NOTIFICATIONS");
        EventEnvelope approved = support.event("contract.change-request.approved", "contract-service", contract, support.now(), data);
        // As finance-service's EventProcessor copies a dead letter: the message as it was, with its reason and origin.
        ProducerRecord<String, String> copy = new ProducerRecord<>("finance-service.dead-letter", contract.toString(), support.codec().encode(approved));
        copy.headers().add(new RecordHeader("dead-letter-reason",
                "IllegalStateException: the 2015/16 budget has no line named catering".getBytes(StandardCharsets.UTF_8)));
        copy.headers().add(new RecordHeader("dead-letter-origin", "contract.events-2@17".getBytes(StandardCharsets.UTF_8)));
        support.producer().send(copy).get(30, TimeUnit.SECONDS);
        support.producer().send(copy).get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> adminInbox("admin.one").getList(aboutContract(contract)).size() == 1);
        Thread.sleep(1000);
        JsonPath inbox = adminInbox("admin.one");
        assertThat(inbox.getList(aboutContract(contract))).as("once, though the copy came twice").hasSize(1);
        Map<String, Object> entry = inbox.getMap(aboutContract(contract) + "[0]");
        assertThat(entry.get("severity")).isEqualTo("WARNING");
        assertThat((String) entry.get("title")).contains("finance-service").contains("contract.change-request.approved");
        assertThat((String) entry.get("text")).contains("Service: finance-service")
                .contains("Event type: contract.change-request.approved")
                .contains("Reason: IllegalStateException: the 2015/16 budget has no line named catering")
                .contains("contract.events-2@17")
                .doesNotContain("PRIVATE-RATIONALE").doesNotContain("Catering moved");
        // Every admin sees it, each with their own unread mark.
        assertThat(adminInbox("admin.two").getList(aboutContract(contract))).hasSize(1);
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?size=200&eventType=" + DeadLetterNotifier.DEAD_LETTER)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void ownDeadLetterCountsAndReachesTheAdmins() throws Exception {
        double before = unreadableDeadLetters();
        RecordMetadata sent = support.producer().send(new ProducerRecord<>("contract.events", UUID.randomUUID().toString(),
                "{ this is not an event: PRIVATE-TEXT")).get(30, TimeUnit.SECONDS);
        String origin = "contract.events-" + sent.partition() + "@" + sent.offset();

        await().atMost(Duration.ofSeconds(30)).until(() -> unreadableDeadLetters() == before + 1);
        // The whole origin: contract.events-2@1 must not also find contract.events-2@17, the other test's.
        String about = "findAll { it.text =~ /Received from: " + origin + "\\b/ }";
        await().atMost(Duration.ofSeconds(30)).until(() -> adminInbox("admin.one").getList(about).size() == 1);
        Map<String, Object> entry = adminInbox("admin.one").getMap(about + "[0]");
        assertThat(entry.get("severity")).isEqualTo("WARNING");
        assertThat(entry.get("contractId")).isNull();
        assertThat((String) entry.get("title")).isEqualTo("Dead letter in notification-service: an unreadable message could not be processed");
        assertThat((String) entry.get("text")).contains("Event type: unreadable").contains("the message is not a readable event")
                .doesNotContain("PRIVATE-TEXT");
        assertThat(unreadableDeadLetters()).as("counted once").isEqualTo(before + 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("sdc_dead_letters_total{event_type=\"unreadable\",service=\"notification-service\",topic=\"contract.events\"}"));
    }

    private double unreadableDeadLetters() {
        return meters.find("sdc.dead.letters").tags("service", "notification-service", "topic", "contract.events", "event_type", "unreadable")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private static String aboutContract(UUID contract) {
        return "findAll { it.contractId == '" + contract + "' }";
    }

    private static JsonPath adminInbox(String admin) {
        return asUser(admin, Roles.ADMIN)
                .get("/api/v1/inbox?size=200&eventType=" + DeadLetterNotifier.DEAD_LETTER).then().statusCode(200).extract().jsonPath();
    }
}
