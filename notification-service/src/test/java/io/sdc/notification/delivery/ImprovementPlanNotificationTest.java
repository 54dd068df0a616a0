package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sdc.notification.RealSmtpServer;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through Kafka and the default subscriptions, with performance-service's events as its AsyncAPI document defines them:
 * a recommendation raised, the board's decision on its status and an action completed reach the commissioners and the
 * trust's performance staff, each once; the board's reason is in the inbox and never in a webhook or an email; an
 * overdue action is addressed to the party that owns it (the commissioners also hear of the trust's), and the
 * council's overdue action reaches the commissioners only. A new action reaches its owning party's staff only; one due
 * soon is addressed as an overdue one; a re-planned one reaches its owning party and the council, its reason in the
 * inbox.
 */
@QuarkusTest
class ImprovementPlanNotificationTest extends WebhookReceiverTest {

    private static final String RAISED = "performance.recommendation.raised";
    private static final String DECIDED = "performance.recommendation.status-decided";
    private static final String OVERDUE = "performance.improvement-action.overdue";
    private static final String COMPLETED = "performance.improvement-action.completed";
    private static final String BOARD_REASON = "The Safeguarding Children Board already reviews early help each quarter";

    private final UUID plan = UUID.randomUUID();
    private final UUID recommendation = UUID.randomUUID();

    @Test
    void recommendationsAndCompletedActionsReachBothPartiesWithTheBoardsReasonInTheInboxOnly() throws Exception {
        support.subscribe(Roles.COMMISSIONER, support.subscription("role:trust-performance", "WEBHOOK", contract, DECIDED)
                .put("webhookUrl", receiver.url("/hooks/decisions"))).then().statusCode(201);
        support.subscribe(Roles.COMMISSIONER, support.subscription("role:commissioner", "EMAIL", contract, DECIDED)
                .put("email", "board@council.example")).then().statusCode(201);
        int mailBefore = RealSmtpServer.smtp().getReceivedMessages().length;

        support.publish(as(RAISED, raised()));
        support.publish(as(DECIDED, decided()));
        support.publish(as(COMPLETED, action("COUNCIL", "COMPLETE").put("completionConfirmedBy", "c.jones")));

        for (String[] person : new String[][] {{"c.commissioner", Roles.COMMISSIONER}, {"t.performance", Roles.TRUST_PERFORMANCE}}) {
            JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> inbox(person[0], person[1], null),
                    entries -> entries.getList("title").size() == 3);
            assertThat(inbox.getList("eventType")).as(person[1]).containsExactlyInAnyOrder(RAISED, DECIDED, COMPLETED);
            assertThat(inbox.getList("severity")).as(person[1]).containsOnly("INFO");
            assertThat(inbox.getString("find { it.eventType == '" + RAISED + "' }.title"))
                    .isEqualTo("Recommendation 2.1.9 ('Early help') is raised in the improvement plan");
            assertThat(inbox.getString("find { it.eventType == '" + DECIDED + "' }.title"))
                    .isEqualTo("Recommendation 2.1.9 ('Early help') is monitored by the Safeguarding Children Board");
            assertThat(inbox.getString("find { it.eventType == '" + DECIDED + "' }.text")).contains("The board's reason: " + BOARD_REASON);
            assertThat(inbox.getString("find { it.eventType == '" + COMPLETED + "' }.title"))
                    .isEqualTo("Improvement action 'Audit early help referrals' is complete");
        }
        assertThat(inbox("t.finance", Roles.TRUST_FINANCE, null).getList("title")).as("not the finance staff's plan").isEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(receiver.at("/hooks/decisions")).hasSize(1);
            assertThat(mailsAboutTheContract(mailBefore)).hasSize(1);
        });
        assertThat(receiver.at("/hooks/decisions").get(0).body()).contains("is monitored by the Safeguarding Children Board")
                .doesNotContain(BOARD_REASON);
        MimeMessage mail = mailsAboutTheContract(mailBefore).get(0);
        assertThat(mail.getSubject()).contains("Recommendation 2.1.9");
        assertThat(mail.getContent().toString()).contains("it was open").doesNotContain(BOARD_REASON);
    }

    @Test
    void anOverdueActionIsForItsOwnersPartyAndTheTrustsAlsoForTheCommissioners() throws Exception {
        support.publish(as(OVERDUE, action("TRUST", "OVERDUE")));
        EventEnvelope councils = support.publish(as(OVERDUE, action("COUNCIL", "OVERDUE")));

        JsonPath council = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("c.commissioner", Roles.COMMISSIONER, OVERDUE),
                entries -> entries.getList("title").size() == 2);
        assertThat(council.getList("severity")).containsOnly("ACTION");
        assertThat(council.getList("title")).containsOnly("Improvement action 'Audit early help referrals' is overdue");
        JsonPath trust = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("t.performance", Roles.TRUST_PERFORMANCE, OVERDUE),
                entries -> entries.getList("title").size() == 1);
        assertThat(trust.getString("text[0]")).contains("It was due on 2016-05-31.").contains("It is the trust's to complete");

        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(councils, "EventNotifier"));
        assertThat(inbox("t.performance", Roles.TRUST_PERFORMANCE, OVERDUE).getList("title")).as("the council's own action").hasSize(1);
        assertThat(inbox("t.finance", Roles.TRUST_FINANCE, OVERDUE).getList("title")).isEmpty();
    }

    @Test
    void actionsAddedDueSoonAndReplannedReachTheirOwnersPartyWithAReplansReasonInTheInboxOnly() throws Exception {
        String added = "performance.improvement-action.added";
        String dueSoon = "performance.improvement-action.due-soon";
        String replanned = "performance.improvement-action.replanned";
        String reason = "The audit tool is replaced in April; the first audit follows the training";
        support.publish(as(added, action("TRUST", "NOT_STARTED")));
        support.publish(as(dueSoon, action("TRUST", "ON_TRACK").put("asOf", "2016-05-17")));
        EventEnvelope councils = support.publish(as(replanned, support.data().put("id", UUID.randomUUID().toString())
                .put("recommendationId", recommendation.toString()).put("planId", plan.toString()).put("contractId", contract.toString())
                .put("title", "Audit early help referrals").put("ownerParty", "COUNCIL").put("owner", "Head of Early Help")
                .put("dueDate", "2016-07-31").put("previousDueDate", "2016-05-31").put("previousOwnerParty", "COUNCIL")
                .put("reason", reason)));

        JsonPath trust = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("t.performance", Roles.TRUST_PERFORMANCE, null),
                entries -> entries.getList("title").size() == 2);
        assertThat(trust.getList("title")).containsExactlyInAnyOrder(
                "Improvement action 'Audit early help referrals' is added to the improvement plan",
                "Improvement action 'Audit early help referrals' is due on 2016-05-31");
        assertThat(trust.getList("severity")).containsOnly("ACTION");
        JsonPath council = await().atMost(Duration.ofSeconds(30)).until(() -> inbox("c.commissioner", Roles.COMMISSIONER, null),
                entries -> entries.getList("title").size() == 2);
        assertThat(council.getList("eventType")).as("not the trust's new action").containsExactlyInAnyOrder(dueSoon, replanned);
        assertThat(council.getString("find { it.eventType == '" + replanned + "' }.title"))
                .isEqualTo("Improvement action 'Audit early help referrals' is now due on 2016-07-31");
        assertThat(council.getString("find { it.eventType == '" + replanned + "' }.text")).contains("It was due on 2016-05-31.")
                .contains("The reason: " + reason);

        await().atMost(Duration.ofSeconds(30)).until(() -> support.handled(councils, "EventNotifier"));
        assertThat(inbox("t.performance", Roles.TRUST_PERFORMANCE, replanned).getList("title")).as("the council's own action").isEmpty();
        assertThat(inbox("t.finance", Roles.TRUST_FINANCE, null).getList("title")).isEmpty();
    }

    private ObjectNode raised() {
        ObjectNode data = support.data().put("id", recommendation.toString()).put("planId", plan.toString())
                .put("contractId", contract.toString()).put("number", "2.1.9")
                .put("text", "Ensure that early help assessments are of consistently good quality").put("theme", "Early help")
                .put("sourceKind", "OFSTED_INSPECTION").put("sourceTitle", "Ofsted inspection of children's services")
                .put("sourceDate", "2015-11-20").put("inspectionId", UUID.randomUUID().toString()).put("status", "OPEN");
        data.putArray("indicatorCodes").add("PI-07");
        return data;
    }

    private ObjectNode decided() {
        return support.data().put("id", recommendation.toString()).put("planId", plan.toString()).put("contractId", contract.toString())
                .put("number", "2.1.9").put("theme", "Early help").put("from", "OPEN").put("status", "MONITORED_BY_OTHER_BODY")
                .put("monitoringBody", "the Safeguarding Children Board").put("reason", BOARD_REASON).put("decidedOn", "2016-03-14")
                .put("decidedBy", "c.jones");
    }

    private ObjectNode action(String ownerParty, String status) {
        return support.data().put("id", UUID.randomUUID().toString()).put("recommendationId", recommendation.toString())
                .put("planId", plan.toString()).put("contractId", contract.toString()).put("title", "Audit early help referrals")
                .put("ownerParty", ownerParty).put("owner", "Head of Early Help").put("dueDate", "2016-05-31").put("status", status)
                .put("asOf", "2016-06-01").putNull("completionConfirmedBy");
    }
}
