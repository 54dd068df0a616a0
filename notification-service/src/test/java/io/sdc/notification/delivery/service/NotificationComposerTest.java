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
        ObjectNode data = JSON.createObjectNode().put("number", "2.1.9").put("theme", "Early help")
                .put("text", "Ensure that early help assessments are of consistently good quality").put("sourceKind", "MONITORING_VISIT")
                .put("sourceDate", "2016-02-03").put("status", "OPEN");
        Notification notification = composer.compose(event("performance.recommendation.raised", data)).orElseThrow();

        assertThat(notification.title()).isEqualTo("Recommendation 2.1.9 ('Early help') is raised in the improvement plan");
        assertThat(notification.severity()).isEqualTo(Notification.Severity.INFO);
        assertThat(notification.addressedTo()).as("routed by the default subscriptions").isEmpty();
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
        Notification trusts = composer.compose(event("performance.improvement-action.overdue", improvementAction("TRUST"))).orElseThrow();
        assertThat(trusts.title()).isEqualTo("Improvement action 'Audit early help referrals' is overdue");
        assertThat(trusts.severity()).isEqualTo(Notification.Severity.ACTION);
        assertThat(trusts.addressedTo()).containsExactly("trust-performance", "commissioner");
        assertThat(trusts.isFor("role:trust-finance")).isFalse();
        assertThat(trusts.body()).contains("It was due on 2016-05-31.").contains("It is the trust's to complete");

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
}
