package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sdc.notification.RealSmtpServer;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * Through Kafka and the default subscriptions: a signature awaiting the other party reaches that party's inbox and
 * nobody else's, and the one that completes the agreement makes no notice of its own; figures the council returns
 * reach the trust staff who submit them, with the council's reason in the inbox and never in a webhook or an email;
 * figures validated are an informational notice to the same staff. Subscriptions and the inbox name only event types
 * that make a notification.
 */
@QuarkusTest
class SignatureAndValidationNotificationTest extends WebhookReceiverTest {

    private static final String SIGNED = "contract.change-request.signed";
    private static final String OBSERVATION_RETURNED = "performance.observation.returned";
    private static final String OBSERVATION_VALIDATED = "performance.observation.validated";
    private static final String RETURN_RETURNED = "finance.monitoring-return.returned";
    private static final String RETURN_VALIDATED = "finance.monitoring-return.validated";
    private static final String OBSERVATION_REASON = "The denominator leaves out the children placed out of area";
    private static final String RETURN_REASON = "Placements are forecast below the commitments already made";

    @Test
    void aSignatureAwaitingTheOtherPartyReachesThatPartyOnly() throws Exception {
        support.publish(signature("NCR-1", "COUNCIL", "TRUST"));
        support.publish(signature("NCR-2", "TRUST", "COUNCIL"));
        EventEnvelope both = support.publish(signature("NCR-3", "COUNCIL", null));

        JsonPath finance = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("t.finance", Roles.TRUST_FINANCE, SIGNED),
                entries -> entries.getList("title").size() == 1);
        assertThat(finance.getString("title[0]")).contains("NCR-1").endsWith("is signed by the council and awaits the trust's signature");
        assertThat(finance.getString("severity[0]")).isEqualTo("ACTION");
        JsonPath performance = await().atMost(Duration.ofSeconds(10)).until(() -> inbox("t.performance", Roles.TRUST_PERFORMANCE, SIGNED),
                entries -> entries.getList("title").size() == 1);
        assertThat(performance.getString("title[0]")).contains("NCR-1");
        JsonPath council = await().atMost(Duration.ofSeconds(10)).until(() -> inbox("c.commissioner", Roles.COMMISSIONER, SIGNED),
                entries -> entries.getList("title").size() == 1);
        assertThat(council.getString("title[0]")).contains("NCR-2").endsWith("is signed by the trust and awaits the council's signature");

        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(both, "EventNotifier"));
        assertThat(support.rows("SELECT count(*) FROM notification WHERE event_id = ?", both.id()))
                .as("the agreement in principle that follows is the notice").isZero();
        assertThat(inbox("c.commissioner", Roles.COMMISSIONER, SIGNED).getList("title")).hasSize(1);
        assertThat(inbox("t.finance", Roles.TRUST_FINANCE, SIGNED).getList("title")).hasSize(1);
    }

    @Test
    void returnedFiguresReachTheTrustWithTheReasonInTheInboxOnlyAndValidatedOnesAsANotice() throws Exception {
        support.subscribe(Roles.COMMISSIONER, support.subscription("role:trust-performance", "WEBHOOK", contract, OBSERVATION_RETURNED,
                RETURN_RETURNED).put("webhookUrl", receiver.url("/hooks/returns"))).then().statusCode(201);
        support.subscribe(Roles.COMMISSIONER, support.subscription("role:trust-finance", "EMAIL", contract, RETURN_RETURNED)
                .put("email", "finance@trust.example")).then().statusCode(201);
        int mailBefore = RealSmtpServer.smtp().getReceivedMessages().length;

        support.publish(as(OBSERVATION_RETURNED, observation().put("returnedBy", "c.jones").put("returnedAt", support.now().toString())
                .put("reason", OBSERVATION_REASON)));
        support.publish(as(OBSERVATION_VALIDATED, observation().put("kind", "SUBMISSION").putNull("supersedes").put("validatedBy", "c.jones")
                .put("validatedAt", support.now().toString())));
        support.publish(as(RETURN_RETURNED, monitoringReturn().put("returnedBy", "c.jones").put("returnedAt", support.now().toString())
                .put("reason", RETURN_REASON)));
        support.publish(as(RETURN_VALIDATED, monitoringReturn().put("validatedBy", "c.jones").put("validatedAt", support.now().toString())
                .putNull("correctionOf")));

        JsonPath performance = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("t.performance", Roles.TRUST_PERFORMANCE, null),
                entries -> entries.getList("title").size() == 2);
        assertThat(performance.getString("find { it.eventType == '" + OBSERVATION_RETURNED + "' }.severity")).isEqualTo("ACTION");
        assertThat(performance.getString("find { it.eventType == '" + OBSERVATION_RETURNED + "' }.text")).contains(OBSERVATION_REASON);
        assertThat(performance.getString("find { it.eventType == '" + OBSERVATION_RETURNED + "' }.about.type")).isEqualTo("observation");
        assertThat(performance.getString("find { it.eventType == '" + OBSERVATION_VALIDATED + "' }.severity")).isEqualTo("INFO");
        JsonPath finance = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("t.finance", Roles.TRUST_FINANCE, null),
                entries -> entries.getList("title").size() == 2);
        assertThat(finance.getString("find { it.eventType == '" + RETURN_RETURNED + "' }.text")).contains(RETURN_REASON);
        assertThat(finance.getString("find { it.eventType == '" + RETURN_RETURNED + "' }.about.type")).isEqualTo("monitoring-return");
        assertThat(finance.getString("find { it.eventType == '" + RETURN_VALIDATED + "' }.severity")).isEqualTo("INFO");
        assertThat(inbox("c.commissioner", Roles.COMMISSIONER, null).getList("title")).as("the council acted; it is told nothing").isEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(receiver.at("/hooks/returns")).hasSize(2);
            assertThat(mailsAboutTheContract(mailBefore)).hasSize(1);
        });
        assertThat(receiver.at("/hooks/returns")).extracting(WebhookReceiver.Received::body)
                .allSatisfy(body -> assertThat(body).contains("is returned by the council").doesNotContain(OBSERVATION_REASON)
                        .doesNotContain(RETURN_REASON));
        MimeMessage mail = mailsAboutTheContract(mailBefore).get(0);
        assertThat(mail.getSubject()).contains("monitoring return for 2015-Q2 (2015/16) is returned");
        assertThat(mail.getContent().toString()).contains("correct it and send the period's return again").doesNotContain(RETURN_REASON);
    }

    @Test
    void onlyEventTypesThatMakeANotificationCanBeSubscribedToOrLookedFor() {
        support.subscribe(Roles.COMMISSIONER, support.subscription("role:trust-finance", "INBOX", contract, RETURN_RETURNED,
                "finance.monitoring-return.imported")).then().statusCode(400).body("violations.field", contains("eventTypes"));
        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE)).get("/api/v1/inbox?eventType=finance.monitoring-return.imported")
                .then().statusCode(400).body("violations.field", contains("eventType"));
        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE)).get("/api/v1/inbox?eventType=" + RETURN_RETURNED).then().statusCode(200);
    }

    /** A signature as contract-service's AsyncAPI document defines it (awaiting null: the second signature). */
    private EventEnvelope signature(String reference, String party, String awaiting) throws java.io.IOException {
        ObjectNode data = support.data().put("id", UUID.randomUUID().toString()).put("contractId", contract.toString())
                .put("reference", reference).put("title", "Management oversight of the Early Help Hub").put("party", party)
                .put("signedBy", "s." + party.toLowerCase()).put("role", "COUNCIL".equals(party) ? Roles.COMMISSIONER : Roles.TRUST_FINANCE)
                .put("position", "Director").put("signedAt", support.now().toString()).put("signedOn", "2016-01-11")
                .put("status", awaiting == null ? "AGREED_IN_PRINCIPLE" : "SUBMITTED").put("version", 2);
        data.putNull("annualReviewId");
        if (awaiting == null) {
            data.putNull("awaitingParty");
        } else {
            data.put("awaitingParty", awaiting);
        }
        return as(SIGNED, data);
    }

    private ObjectNode observation() {
        return support.data().put("id", UUID.randomUUID().toString()).put("contractId", contract.toString())
                .put("indicatorCode", "PI-07").put("period", "2016-Q1").put("value", new java.math.BigDecimal("23.0"))
                .put("numerator", 23).put("denominator", 100).put("submittedBy", "t.perf").put("submittedAt", support.now().toString());
    }

    private ObjectNode monitoringReturn() {
        return support.data().put("id", UUID.randomUUID().toString()).put("contractId", contract.toString())
                .put("budgetId", UUID.randomUUID().toString()).put("financialYear", "2015/16").put("period", "2015-Q2")
                .put("submittedBy", "t.fin").put("submittedAt", support.now().toString());
    }
}
