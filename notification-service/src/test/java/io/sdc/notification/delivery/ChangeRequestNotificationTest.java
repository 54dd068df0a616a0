package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.RealSmtpServer;
import io.sdc.notification.delivery.service.WebhookSignature;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.OperatorMetrics;
import io.sdc.platform.testing.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A change request approved in contract-service reaches, through Kafka, a real SMTP server, a signed webhook and
 * an inbox, each once even when the event arrives twice; webhooks are retried with backoff, then dead and visible.
 */
@QuarkusTest
class ChangeRequestNotificationTest extends WebhookReceiverTest {

    @Test
    void anApprovedChangeReachesEmailWebhookAndInboxOnceEach() throws Exception {
        io.restassured.response.Response created = subscribe("role:commissioner", "WEBHOOK", null, receiver.url("/hooks/ok"));
        String secret = created.then().statusCode(201).extract().path("webhookSecret");
        UUID subscription = UUID.fromString(created.path("id"));
        // Kept only sealed, and never in the audit history.
        String stored = support.text("SELECT webhook_secret FROM subscription WHERE id = ?", subscription);
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        long auditedSecretColumns = support.rows("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_name = 'subscription_aud' AND column_name = 'webhook_secret'""");
        assertThat(auditedSecretColumns).isZero();
        asUser("admin", Roles.ADMIN).get("/api/v1/subscriptions").then().statusCode(200)
                .body("find { it.id == '" + subscription + "' }.webhookSecret", nullValue());
        subscribe("role:commissioner", "EMAIL", "commissioning@council.example", null).then().statusCode(201);
        subscribe("user:c.jones", "INBOX", null, null).then().statusCode(201);
        int mailBefore = RealSmtpServer.smtp().getReceivedMessages().length;

        EventEnvelope approved = approval("a.patel");
        support.publish(approved);
        support.publish(approved);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(receiver.at("/hooks/ok")).hasSize(1);
            assertThat(mailsAbout(mailBefore)).hasSize(1);
        });
        Thread.sleep(2000);
        assertThat(receiver.at("/hooks/ok")).hasSize(1);
        assertThat(mailsAbout(mailBefore)).hasSize(1);

        WebhookReceiver.Received call = receiver.at("/hooks/ok").get(0);
        assertThat(call.signature()).isEqualTo(WebhookSignature.sign(secret, Long.parseLong(call.timestamp()),
                call.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(support.objectMapper().readTree(call.body()).path("title").asText()).contains("NCR-3").contains("is approved");
        MimeMessage mail = mailsAbout(mailBefore).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("commissioning@council.example");
        assertThat(mail.getContent().toString()).contains("It takes effect on 2016-04-01").doesNotContain("rationale");

        asUser("c.jones", Roles.COMMISSIONER).get("/api/v1/inbox?unread=true").then().statusCode(200)
                .body("findAll { it.contractId == '" + contract + "' }.size()", equalTo(1))
                .body("title", hasItem(containsString("NCR-3 'A revised Performance Indicator basket' is approved")));
    }

    @Test
    void retriesAFailingReceiverWithBackoffAndLeavesOneThatNeverAnswersDead() throws Exception {
        receiver.failing("/hooks/flaky", 3);
        receiver.failing("/hooks/down", -1);
        subscribe("role:commissioner", "WEBHOOK", null, receiver.url("/hooks/flaky")).then().statusCode(201);
        subscribe("role:commissioner", "WEBHOOK", null, receiver.url("/hooks/down")).then().statusCode(201);

        support.publish(approval("a.patel"));

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(receiver.at("/hooks/flaky")).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 503, 204);
            assertThat(receiver.at("/hooks/down")).hasSize(4);
        });
        List<Instant> attempts = receiver.at("/hooks/flaky").stream().map(WebhookReceiver.Received::at).toList();
        assertThat(Duration.between(attempts.get(2), attempts.get(3)))
                .as("the waits grow").isGreaterThan(Duration.between(attempts.get(0), attempts.get(1)));

        String dead = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .get("/api/v1/deliveries?status=DEAD&size=200").then().statusCode(200).extract().jsonPath()
                .getString("find { it.lastError != null && it.lastError.contains('503') && it.attempts == 4 }.id"), id -> id != null);
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR)).post("/api/v1/deliveries/" + dead + "/retry").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).post("/api/v1/deliveries/" + dead + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        Thread.sleep(1500);
        assertThat(receiver.at("/hooks/flaky")).extracting(WebhookReceiver.Received::answered).containsOnlyOnce(204);
    }

    @Test
    void countsForTheOperatorWhatBecameOfEventsDeliveriesAndRequests() throws Exception {
        receiver.failing("/hooks/down", -1);
        subscribe("role:commissioner", "WEBHOOK", null, receiver.url("/hooks/ok")).then().statusCode(201);
        subscribe("role:commissioner", "WEBHOOK", null, receiver.url("/hooks/down")).then().statusCode(201);
        subscribe("role:commissioner", "EMAIL", "operations@council.example", null).then().statusCode(201);
        String inbox = subscribe("user:o.metrics", "INBOX", null, null).then().statusCode(201).extract().path("id");
        List<OperatorMetrics.Sample> before = OperatorMetrics.scrape();

        EventEnvelope approved = approval("a.patel");
        support.publish(approved);
        support.publish(approved);
        support.producer().send(new org.apache.kafka.clients.producer.ProducerRecord<>("contract.events", contract.toString(),
                "not an event")).get(30, java.util.concurrent.TimeUnit.SECONDS);
        asUser("admin", Roles.ADMIN).get("/api/v1/subscriptions/" + inbox).then().statusCode(200);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            List<OperatorMetrics.Sample> after = OperatorMetrics.assertExposed("every", "consumers", "notification-service");
            for (String channel : List.of("email", "webhook", "inbox")) {
                assertThat(OperatorMetrics.increase(before, after, DELIVERIES, "channel", channel, "outcome", "delivered")).as(channel).isGreaterThanOrEqualTo(1);
            }
            assertThat(OperatorMetrics.increase(before, after, DELIVERIES, "channel", "webhook", "outcome", "failed")).isGreaterThanOrEqualTo(3);
            assertThat(OperatorMetrics.increase(before, after, DELIVERIES, "channel", "webhook", "outcome", "dead")).isGreaterThanOrEqualTo(1);
            assertThat(OperatorMetrics.increase(before, after, PROCESSED, "handler", "EventNotifier", "type", APPROVED, "outcome", "applied")).isGreaterThanOrEqualTo(1);
            assertThat(OperatorMetrics.increase(before, after, PROCESSED, "handler", "EventNotifier", "type", APPROVED, "outcome", "duplicate")).isGreaterThanOrEqualTo(1);
            assertThat(OperatorMetrics.increase(before, after, "sdc_dead_letters_total", "topic", "contract.events", "event_type", "unreadable")).isGreaterThanOrEqualTo(1);
            assertThat(OperatorMetrics.sum(after, "sdc_dead_letters_open", "service", "notification-service", "topic", "contract.events"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after).filteredOn(sample -> sample.name().equals("sdc_kafka_consumer_lag_records"))
                    .as("every partition of every subscribed topic, in the service's group")
                    .extracting(sample -> sample.labels().get("topic"))
                    .contains("contract.events", "performance.events", "finance.events", "report.events");
            assertThat(after).filteredOn(sample -> sample.name().equals("sdc_kafka_consumer_lag_records"))
                    .allSatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0))
                    .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("group", "notification-service"));
            assertThat(OperatorMetrics.sum(after, "http_server_requests_seconds_bucket", "service", "notification-service",
                    "method", "GET", "uri", "/api/v1/subscriptions/{id}", "status", "200", "le", "+Inf")).isGreaterThanOrEqualTo(1);
        });
    }

    private static final String DELIVERIES = "sdc_notification_deliveries_total";
    private static final String PROCESSED = "sdc_events_processed_total";

    @Test
    void refusesAWebhookOutsideTheAllowList() {
        subscribe("role:commissioner", "WEBHOOK", null, "https://collector.elsewhere.example/steal").then().statusCode(400)
                .body("detail", containsString("not on the allow-list"));
        subscribe("role:commissioner", "EMAIL", null, null).then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE)).contentType("application/json")
                .body("{\"recipient\":\"role:trust-finance\",\"channel\":\"INBOX\"}").post("/api/v1/subscriptions").then().statusCode(403);
    }

    private io.restassured.response.Response subscribe(String recipient, String channel, String email, String url) {
        ObjectNode body = approvalsOfTheContract(recipient, channel);
        if (email != null) {
            body.put("email", email);
        }
        if (url != null) {
            body.put("webhookUrl", url);
        }
        return support.subscribe(Roles.COMMISSIONER, body);
    }

    private EventEnvelope approval(String actor) throws Exception {
        Instant now = support.now();
        ObjectNode data = support.changeRequest(UUID.randomUUID(), contract, "NCR-3", "PI_BASKET_REVISION",
                        "A revised Performance Indicator basket", "APPROVED", 3)
                .put("rationale", "Internal reasoning that must not leave the platform")
                .put("basketVersionId", UUID.randomUUID().toString());
        support.step(data, "AGREED_IN_PRINCIPLE", "APPROVED", actor, now).put("comment", "Cabinet decision");
        return support.asItsProducerDefinesIt(support.event(APPROVED, "contract-service", contract, now, data));
    }

    private List<MimeMessage> mailsAbout(int before) {
        MimeMessage[] all = RealSmtpServer.smtp().getReceivedMessages();
        return Arrays.stream(all).skip(before).filter(message -> {
            try {
                return message.getSubject().contains("NCR-3") && message.getContent().toString().contains(contract.toString());
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
