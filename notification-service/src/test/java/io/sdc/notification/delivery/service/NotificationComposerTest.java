package io.sdc.notification.delivery.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Engine;
import io.sdc.notification.delivery.About;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.subscription.EventTypes;
import io.sdc.platform.events.EventEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words and routing of the notifications on signatures and on the council's validation of the trust's figures,
 * without Quarkus: a signature that awaits the other party is addressed to that party's signatories; a return names
 * the council's reason in the inbox text only (never in the title webhooks carry or the body email carries); a
 * validation is an informational notice; a signature that completes the agreement makes none (the agreement follows).
 */
class NotificationComposerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CONTRACT = UUID.fromString("5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11");
    private static final Instant AT = Instant.parse("2016-01-11T09:00:00Z");
    private static final String REASON = "The denominator excludes the children placed out of area";

    private final NotificationComposer composer = new NotificationComposer();

    @BeforeEach
    void template() throws IOException {
        composer.body = Engine.builder().addDefaults().build()
                .parse(Files.readString(Path.of("src/main/resources/templates/notifications/body.txt")));
    }

    private static EventEnvelope event(String type, ObjectNode data) {
        return new EventEnvelope(UUID.randomUUID(), type, "test", CONTRACT.toString(), AT, 1, data);
    }

    private static ObjectNode signature(String party, String awaiting) {
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString())
                .put("reference", "NCR-1").put("title", "Transfer of the Children with Disability service").put("party", party)
                .put("signedBy", "p.moffat").put("signedAt", AT.toString());
        data.putNull("position");
        return awaiting == null ? data.putNull("awaitingParty") : data.put("awaitingParty", awaiting);
    }

    @Test
    void theCouncilsSignatureAwaitsTheTrustsSignatoriesAndNooneElse() {
        Notification notification = composer.compose(event("contract.change-request.signed", signature("COUNCIL", "TRUST"))).orElseThrow();

        assertThat(notification.title()).isEqualTo("Change request NCR-1 'Transfer of the Children with Disability service' is signed "
                + "by the council and awaits the trust's signature");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(notification.addressedTo()).containsExactly("trust-performance", "trust-finance");
        assertThat(notification.isFor("role:trust-performance")).isTrue();
        assertThat(notification.isFor("role:trust-finance")).isTrue();
        assertThat(notification.isFor("role:commissioner")).as("the council has signed").isFalse();
        assertThat(notification.isFor("role:auditor")).isFalse();
        assertThat(notification.isFor("user:j.smith")).as("a person chose the event types themselves").isTrue();
        assertThat(notification.body()).contains("Signed for the council by p.moffat at 2016-01-11T09:00:00Z.")
                .doesNotContain("null");
        assertThat(notification.about().map(About::type)).contains(About.CHANGE_REQUEST);
    }

    @Test
    void theTrustsSignatureAwaitsTheCommissioners() {
        ObjectNode data = signature("TRUST", "COUNCIL").put("position", "Director of Finance");
        Notification notification = composer.compose(event("contract.change-request.signed", data)).orElseThrow();

        assertThat(notification.title()).endsWith("is signed by the trust and awaits the council's signature");
        assertThat(notification.addressedTo()).containsExactly("commissioner");
        assertThat(notification.isFor("role:commissioner")).isTrue();
        assertThat(notification.isFor("role:trust-finance")).isFalse();
        assertThat(notification.body()).contains("Signed for the trust by p.moffat, Director of Finance at");
    }

    @Test
    void theSecondSignatureMakesNoNotificationOfItsOwn() {
        assertThat(composer.compose(event("contract.change-request.signed", signature("TRUST", null)))).isEmpty();
    }

    @Test
    void aReturnedObservationKeepsTheCouncilsReasonForTheInboxOnly() {
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString())
                .put("indicatorCode", "PI-07").put("period", "2016-Q1").put("value", "23.0").put("reason", REASON)
                .put("returnedBy", "c.jones").put("submittedBy", "t.perf");
        EventEnvelope event = event("performance.observation.returned", data);
        Notification notification = composer.compose(event).orElseThrow();

        assertThat(notification.title()).isEqualTo("The observation of PI-07 for 2016-Q1 is returned by the council").doesNotContain(REASON);
        assertThat(notification.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(notification.addressedTo()).as("routed by the trust-performance default subscription").isEmpty();
        assertThat(notification.body()).as("what email carries").contains("Value 23.0 was not validated").doesNotContain(REASON);
        assertThat(notification.inboxText()).contains("Value 23.0 was not validated").contains("The council's reason: " + REASON);
        assertThat(notification.about()).contains(new About(About.OBSERVATION, data.get("id").asText()));
        assertThat(NotificationComposer.actor(event)).as("the council's returner, not the trust's submitter").contains("c.jones");
    }

    @Test
    void aReturnedMonitoringReturnKeepsTheCouncilsReasonForTheInboxOnly() {
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString())
                .put("financialYear", "2015/16").put("period", "2015-Q2").put("reason", REASON);
        Notification notification = composer.compose(event("finance.monitoring-return.returned", data)).orElseThrow();

        assertThat(notification.title()).isEqualTo("The monitoring return for 2015-Q2 (2015/16) is returned by the council");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(notification.body()).doesNotContain(REASON);
        assertThat(notification.inboxText()).contains("The council's reason: " + REASON);
        assertThat(notification.about()).contains(new About(About.MONITORING_RETURN, data.get("id").asText()));
    }

    @Test
    void aValidationIsAnInformationalNoticeWithNothingKeptApart() {
        ObjectNode observation = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("indicatorCode", "PI-07")
                .put("period", "2016-Q1").put("value", "23.0").put("validatedBy", "c.jones");
        Notification validated = composer.compose(event("performance.observation.validated", observation)).orElseThrow();
        assertThat(validated.title()).isEqualTo("The observation of PI-07 for 2016-Q1 is validated by the council");
        assertThat(validated.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(validated.inboxText()).isEqualTo(validated.body()).contains("Value 23.0 is no longer provisional.");

        ObjectNode monitoringReturn = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("financialYear", "2015/16")
                .put("period", "2015-Q2");
        Notification returnValidated = composer.compose(event("finance.monitoring-return.validated", monitoringReturn)).orElseThrow();
        assertThat(returnValidated.title()).isEqualTo("The monitoring return for 2015-Q2 (2015/16) is validated by the council");
        assertThat(returnValidated.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(returnValidated.body()).doesNotContain("replaces");
    }

    @Test
    void aValidatedCorrectionSaysWhatItCorrects() {
        ObjectNode observation = JSON.createObjectNode().put("indicatorCode", "PI-07").put("period", "2016-Q1").put("value", 24.5)
                .put("kind", "CORRECTION").put("supersedes", UUID.randomUUID().toString());
        assertThat(composer.compose(event("performance.observation.validated", observation)).orElseThrow().body())
                .contains("Value 24.5 is no longer provisional.").contains("It corrects a figure the council validated before.");
        ObjectNode monitoringReturn = JSON.createObjectNode().put("financialYear", "2015/16").put("period", "2015-Q2")
                .put("correctionOf", UUID.randomUUID().toString());
        assertThat(composer.compose(event("finance.monitoring-return.validated", monitoringReturn)).orElseThrow().body())
                .contains("It replaces the period's earlier return.");
    }

    @Test
    void everyEventTypeASubscriptionMayNameMakesANotificationAndNoOtherDoes() {
        ObjectNode data = JSON.createObjectNode().put("status", "APPROVED").put("awaitingParty", "COUNCIL");
        for (String type : EventTypes.FROM_EVENTS) {
            assertThat(composer.compose(event(type, data.deepCopy()))).as(type).isPresent();
        }
        for (String type : new String[] {"finance.monitoring-return.imported", "performance.observation.recorded", "contract.registered"}) {
            assertThat(EventTypes.known(type)).as(type).isFalse();
            assertThat(composer.compose(event(type, data.deepCopy()))).as(type).isEqualTo(Optional.empty());
        }
    }

    private static ObjectNode improvementAction(String ownerParty) {
        return JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString())
                .put("title", "Audit early help referrals").put("ownerParty", ownerParty).put("owner", "Head of Early Help")
                .put("dueDate", "2016-05-31").put("status", "OVERDUE").put("asOf", "2016-06-01");
    }

    @Test
    void aRaisedRecommendationIsAnInformationalNoticeToEveryRoleThatFollowsThePlan() {
        String id = UUID.randomUUID().toString();
        ObjectNode data = JSON.createObjectNode().put("id", id).put("number", "2.1.9").put("theme", "Early help")
                .put("text", "Ensure that early help assessments are of consistently good quality").put("sourceKind", "MONITORING_VISIT")
                .put("sourceDate", "2016-02-03").put("status", "OPEN");
        Notification notification = composer.compose(event("performance.recommendation.raised", data)).orElseThrow();

        assertThat(notification.title()).isEqualTo("Recommendation 2.1.9 ('Early help') is raised in the improvement plan");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).as("routed by the default subscriptions").isEmpty();
        assertThat(notification.about()).contains(new About(About.RECOMMENDATION, id));
        assertThat(notification.body()).contains("From the monitoring visit of 2016-02-03.")
                .as("the recommendation's text stays in the platform").doesNotContain("consistently good quality");
    }

    @Test
    void theBoardsDecisionNamesTheStatusAndTheBodyAndKeepsItsReasonForTheInboxOnly() {
        ObjectNode data = JSON.createObjectNode().put("number", "2.1.9").put("theme", "Early help").put("from", "MONITORED_BY_IMPROVEMENT_BOARD")
                .put("status", "MONITORED_BY_OTHER_BODY").put("monitoringBody", "the Safeguarding Children Board").put("reason", REASON)
                .put("decidedOn", "2016-03-14").put("decidedBy", "c.jones");
        EventEnvelope event = event("performance.recommendation.status-decided", data);
        Notification notification = composer.compose(event).orElseThrow();

        assertThat(notification.title()).isEqualTo("Recommendation 2.1.9 ('Early help') is monitored by the Safeguarding Children Board");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).isEmpty();
        assertThat(notification.body()).contains("Decided on 2016-03-14; it was monitored by the improvement board.").doesNotContain(REASON);
        assertThat(notification.inboxText()).contains("The board's reason: " + REASON);
        assertThat(NotificationComposer.actor(event)).contains("c.jones");

        ObjectNode closed = data.deepCopy().put("status", "CLOSED").putNull("monitoringBody");
        assertThat(composer.compose(event("performance.recommendation.status-decided", closed)).orElseThrow().title())
                .isEqualTo("Recommendation 2.1.9 ('Early help') is closed");
        ObjectNode businessAsUsual = data.deepCopy().put("status", "BUSINESS_AS_USUAL").putNull("monitoringBody");
        assertThat(composer.compose(event("performance.recommendation.status-decided", businessAsUsual)).orElseThrow().title())
                .endsWith("is business as usual");
    }

    @Test
    void anOverdueActionIsForItsOwnersPartyAndTheTrustsAlsoForTheCommissioners() {
        ObjectNode trustsAction = improvementAction("TRUST");
        Notification trusts = composer.compose(event("performance.improvement-action.overdue", trustsAction)).orElseThrow();
        assertThat(trusts.title()).isEqualTo("Improvement action 'Audit early help referrals' is overdue");
        assertThat(trusts.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(trusts.addressedTo()).containsExactly("trust-performance", "commissioner");
        assertThat(trusts.isFor("role:trust-finance")).isFalse();
        assertThat(trusts.body()).contains("It was due on 2016-05-31.").contains("It is the trust's to complete");
        assertThat(trusts.about()).contains(new About(About.IMPROVEMENT_ACTION, trustsAction.get("id").asText()));

        Notification councils = composer.compose(event("performance.improvement-action.overdue", improvementAction("COUNCIL"))).orElseThrow();
        assertThat(councils.addressedTo()).containsExactly("commissioner");
        assertThat(councils.isFor("role:trust-performance")).isFalse();
        assertThat(councils.body()).contains("It is the council's to complete");
    }

    @Test
    void aCompletedActionIsAnInformationalNoticeToBothParties() {
        ObjectNode data = improvementAction("TRUST").put("status", "COMPLETE").put("completionConfirmedBy", "c.jones");
        EventEnvelope event = event("performance.improvement-action.completed", data);
        Notification notification = composer.compose(event).orElseThrow();

        assertThat(notification.title()).isEqualTo("Improvement action 'Audit early help referrals' is complete");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).isEmpty();
        assertThat(notification.body()).contains("The council confirmed its completion on 2016-06-01; it was due on 2016-05-31.");
        assertThat(NotificationComposer.actor(event)).contains("c.jones");
    }

    private static ObjectNode announcement(String ownerParty, String status) {
        return improvementAction(ownerParty).put("recommendationId", UUID.randomUUID().toString()).put("planId", UUID.randomUUID().toString())
                .put("status", status).put("asOf", "2016-05-17").putNull("completionConfirmedBy");
    }

    @Test
    void anActionDueSoonIsForItsOwnersPartyLikeAnOverdueOne() {
        Notification trusts = composer.compose(event("performance.improvement-action.due-soon", announcement("TRUST", "ON_TRACK"))).orElseThrow();
        assertThat(trusts.title()).isEqualTo("Improvement action 'Audit early help referrals' is due on 2016-05-31");
        assertThat(trusts.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(trusts.addressedTo()).containsExactly("trust-performance", "commissioner");
        assertThat(trusts.body()).contains("It is on track; its owner is Head of Early Help.").contains("It is the trust's to complete");
        assertThat(trusts.contractId()).isEqualTo(CONTRACT);

        Notification councils = composer.compose(event("performance.improvement-action.due-soon", announcement("COUNCIL", "NOT_STARTED")))
                .orElseThrow();
        assertThat(councils.addressedTo()).containsExactly("commissioner");
        assertThat(councils.body()).contains("It is not started;");
    }

    @Test
    void anAddedActionIsForTheOwningPartysStaffOnly() {
        Notification trusts = composer.compose(event("performance.improvement-action.added", announcement("TRUST", "NOT_STARTED"))).orElseThrow();
        assertThat(trusts.title()).isEqualTo("Improvement action 'Audit early help referrals' is added to the improvement plan");
        assertThat(trusts.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(trusts.addressedTo()).containsExactly("trust-performance");
        assertThat(trusts.isFor("role:commissioner")).isFalse();
        assertThat(trusts.body()).contains("It is due on 2016-05-31; its owner is Head of Early Help.");

        Notification councils = composer.compose(event("performance.improvement-action.added", announcement("COUNCIL", "NOT_STARTED")))
                .orElseThrow();
        assertThat(councils.addressedTo()).containsExactly("commissioner");
        assertThat(councils.isFor("role:trust-performance")).isFalse();
    }

    @Test
    void aReplannedActionIsForTheOwningPartyAndTheCouncilWithItsReasonInTheInboxOnly() {
        String reason = "The audit tool is replaced in April; the first audit follows the training";
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("recommendationId", UUID.randomUUID().toString())
                .put("planId", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString()).put("title", "Audit early help referrals")
                .put("ownerParty", "TRUST").put("owner", "Head of Early Help").put("dueDate", "2016-07-31").put("previousDueDate", "2016-05-31")
                .put("previousOwnerParty", "TRUST").put("reason", reason);
        Notification notification = composer.compose(event("performance.improvement-action.replanned", data)).orElseThrow();

        assertThat(notification.title()).isEqualTo("Improvement action 'Audit early help referrals' is now due on 2016-07-31");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).containsExactly("trust-performance", "commissioner");
        assertThat(notification.body()).contains("It was due on 2016-05-31.").contains("Its owner is Head of Early Help (the trust).")
                .doesNotContain(reason);
        assertThat(notification.title()).doesNotContain(reason);
        assertThat(notification.inboxText()).contains("The reason: " + reason);

        ObjectNode newOwner = data.deepCopy().put("dueDate", "2016-05-31").put("owner", "Early Help Quality Lead").put("ownerParty", "COUNCIL");
        Notification owner = composer.compose(event("performance.improvement-action.replanned", newOwner)).orElseThrow();
        assertThat(owner.title()).isEqualTo("Improvement action 'Audit early help referrals' is re-planned");
        assertThat(owner.body()).doesNotContain("It was due on").contains("Its owner is Early Help Quality Lead (the council).")
                .contains("It was the trust's to complete; it is the council's now.");
        assertThat(owner.addressedTo()).as("the trust hears the council took its action over").containsExactly("commissioner", "trust-performance");
        ObjectNode councils = newOwner.deepCopy().put("previousOwnerParty", "COUNCIL").put("owner", "Head of Service");
        Notification staysTheCouncils = composer.compose(event("performance.improvement-action.replanned", councils)).orElseThrow();
        assertThat(staysTheCouncils.body()).doesNotContain("to complete; it is");
        assertThat(staysTheCouncils.addressedTo()).containsExactly("commissioner");
    }

    private static ObjectNode review(UUID contract) {
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("planId", UUID.randomUUID().toString())
                .put("kind", "MONITORING_VISIT").put("title", "Ofsted monitoring visit 10-11 July 2016").put("heldOn", "2016-07-10")
                .put("findings", 4).put("recommendationsRaised", 1);
        return contract == null ? data.putNull("contractId") : data.put("contractId", contract.toString());
    }

    @Test
    void aReviewRecordedIsForTheCouncilAndForTheTrustWhenThePlanIsTheContracts() {
        Notification contracts = composer.compose(event("performance.improvement-review.recorded", review(CONTRACT))).orElseThrow();
        assertThat(contracts.title()).isEqualTo("'Ofsted monitoring visit 10-11 July 2016' is recorded in the improvement plan");
        assertThat(contracts.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(contracts.body()).contains("Held on 2016-07-10: 4 findings, 1 new recommendation raised.");
        assertThat(contracts.addressedTo()).containsExactlyInAnyOrder("commissioner", "trust-performance");
        assertThat(contracts.contractId()).isEqualTo(CONTRACT);
        assertThat(contracts.about().map(About::type)).contains(About.IMPROVEMENT_REVIEW);
    }

    @Test
    void anEventOfAPlanTheCouncilHoldsBeforeATrustExistsNamesNoContractAndIsForTheCouncilOnly() {
        UUID plan = UUID.randomUUID();
        ObjectNode data = review(null).put("planId", plan.toString()).put("findings", 1).put("recommendationsRaised", 0);
        Notification notification = composer.compose(new EventEnvelope(UUID.randomUUID(), "performance.improvement-review.recorded", "test",
                plan.toString(), AT, 1, data)).orElseThrow();

        assertThat(notification.contractId()).as("the subject is the plan, not a contract").isNull();
        assertThat(notification.addressedTo()).containsExactly("commissioner");
        assertThat(notification.body()).contains("Held on 2016-07-10: 1 finding, 0 new recommendations raised.").doesNotContain("Contract ");

        ObjectNode raised = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("planId", plan.toString()).putNull("contractId")
                .put("number", "3").put("theme", "Leadership").put("sourceKind", "MONITORING_VISIT").put("sourceDate", "2016-07-10");
        assertThat(composer.compose(new EventEnvelope(UUID.randomUUID(), "performance.recommendation.raised", "test", plan.toString(), AT, 1,
                raised)).orElseThrow().contractId()).isNull();
    }

    private static ObjectNode issued(int number, boolean provisional, String reason) {
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("contractId", CONTRACT.toString())
                .put("kind", "QUARTERLY_PACK").put("period", "2015-Q3").put("number", number).put("issuedBy", "j.officer")
                .put("issuedAt", "2015-11-02T10:15:00Z").put("pdfSha256", "a".repeat(64)).put("figuresSha256", "b".repeat(64))
                .put("provisional", provisional);
        return reason == null ? data.putNull("reason") : data.put("reason", reason);
    }

    @Test
    void anIssuedReportIsForTheCommissionersAndAuditorsWithAReissuesReasonInTheInboxOnly() {
        EventEnvelope first = event("report.issued", issued(1, false, null));
        Notification notification = composer.compose(first).orElseThrow();
        assertThat(notification.title()).isEqualTo("Quarterly pack 2015-Q3 is issued");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).containsExactly("commissioner", "auditor");
        assertThat(notification.isFor("role:trust-performance")).isFalse();
        assertThat(notification.body()).contains("Issued by j.officer at 2015-11-02T10:15:00Z; issue 1.").doesNotContain("validated");
        assertThat(notification.inboxText()).isEqualTo(notification.body());
        assertThat(NotificationComposer.actor(first)).contains("j.officer");
        assertThat(notification.about()).contains(new About(About.ISSUED_REPORT, first.data().get("id").asText()));

        String reason = "The trust corrected its staff turnover for 2015-Q3";
        ObjectNode annual = issued(2, true, reason).put("kind", "ANNUAL_REPORT").put("period", "2014/15");
        Notification reissue = composer.compose(event("report.issued", annual)).orElseThrow();
        assertThat(reissue.title()).isEqualTo("Annual report 2014/15 is issued again (issue 2)");
        assertThat(reissue.body()).contains("Issue 1 and every one before it stay kept as they were issued.")
                .contains("It is issued on figures not all validated; its first page names them.").doesNotContain(reason);
        assertThat(reissue.inboxText()).contains("The issuer's reason: " + reason);
    }
}
