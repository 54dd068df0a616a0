package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through Kafka (report-service's topic, report.events) and the default subscriptions, with report-service's event as
 * its AsyncAPI document defines it: an issued report is one notification in the inbox of the commissioners and of the
 * auditors, and none for the trust; a re-issue's reason is in the inbox. An event of an improvement plan the council
 * holds before a trust exists (its subject the plan, no contract in its data, as performance-service's AsyncAPI document
 * defines it) reaches the commissioners, naming no contract.
 */
@QuarkusTest
class ReportIssuedNotificationTest extends WebhookReceiverTest {

    private static final String ISSUED = "report.issued";
    private static final String REVIEW = "performance.improvement-review.recorded";

    @Test
    void anIssuedReportReachesTheCommissionersAndAuditorsOnce() throws Exception {
        String reason = "The trust corrected its staff turnover for 2015-Q3";
        EventEnvelope event = support.publish(as(ISSUED, issued(2, reason)));

        JsonPath commissioner = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("c.commissioner", Roles.COMMISSIONER, ISSUED),
                entries -> !entries.getList("title").isEmpty());
        assertThat(commissioner.getList("title")).containsExactly("Quarterly pack 2015-Q3 is issued again (issue 2)");
        assertThat(commissioner.getList("severity")).containsExactly("INFO");
        assertThat(commissioner.getString("text[0]")).contains("Issued by j.officer at ").contains("The issuer's reason: " + reason);
        JsonPath auditor = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("a.auditor", Roles.AUDITOR, ISSUED),
                entries -> !entries.getList("title").isEmpty());
        assertThat(auditor.getList("title")).hasSize(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(event, "EventNotifier"));
        assertThat(support.rows("SELECT count(*) FROM notification WHERE event_id = ?", event.id())).isEqualTo(1);
        assertThat(inbox("t.performance", Roles.TRUST_PERFORMANCE, ISSUED).getList("title")).isEmpty();
        assertThat(inbox("t.finance", Roles.TRUST_FINANCE, ISSUED).getList("title")).isEmpty();
    }

    @Test
    void aReviewOfAPlanTheCouncilHoldsReachesTheCommissionersNamingNoContract() throws Exception {
        UUID plan = UUID.randomUUID();
        String title = "DfE review " + suffix;
        ObjectNode data = support.data().put("id", UUID.randomUUID().toString()).put("planId", plan.toString()).putNull("contractId")
                .put("kind", "DFE_REVIEW").put("title", title).put("heldOn", "2016-05-17").put("findings", 3).put("recommendationsRaised", 2);
        EventEnvelope event = support.publish(support.asItsProducerDefinesIt(support.event(REVIEW, "performance-service", plan,
                support.now(), data)));
        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(event, "EventNotifier"));

        List<Object> entries = asUser("c.commissioner." + suffix, Roles.COMMISSIONER)
                .get("/api/v1/inbox?size=200&eventType=" + REVIEW).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.title.contains('" + title + "') }");
        assertThat(entries).hasSize(1);
        JsonPath entry = JsonPath.from(support.objectMapper().valueToTree(entries.get(0)).toString());
        assertThat(entry.getString("contractId")).isNull();
        assertThat(entry.getString("text")).contains("Held on 2016-05-17: 3 findings, 2 new recommendations raised.");
        assertThat(asUser("t.performance." + suffix, Roles.TRUST_PERFORMANCE)
                .get("/api/v1/inbox?size=200&eventType=" + REVIEW).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.title.contains('" + title + "') }")).as("the council's own plan").isEmpty();
    }

    private ObjectNode issued(int number, String reason) {
        return support.data().put("id", UUID.randomUUID().toString()).put("contractId", contract.toString()).put("kind", "QUARTERLY_PACK")
                .put("period", "2015-Q3").put("number", number).put("issuedBy", "j.officer").put("issuedAt", support.now().toString())
                .put("pdfSha256", "a".repeat(64)).put("figuresSha256", "b".repeat(64)).put("provisional", false).put("reason", reason);
    }
}
