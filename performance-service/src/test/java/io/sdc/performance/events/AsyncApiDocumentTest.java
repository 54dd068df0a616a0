package io.sdc.performance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.basket.events.BasketRevisionRefused;
import io.sdc.performance.basket.events.BasketVersionActivated;
import io.sdc.performance.improvement.events.ImprovementActionAnnouncement;
import io.sdc.performance.improvement.events.ImprovementReviewRecorded;
import io.sdc.performance.improvement.events.ImprovementActionReplanned;
import io.sdc.performance.improvement.events.RecommendationRaised;
import io.sdc.performance.improvement.events.RecommendationStatusDecided;
import io.sdc.performance.improvement.service.ImprovementActionReminders;
import io.sdc.performance.inspection.events.InspectionRecorded;
import io.sdc.performance.inspection.events.MilestoneAnnouncement;
import io.sdc.performance.observation.events.IndicatorAlert;
import io.sdc.performance.observation.events.ObservationRecorded;
import io.sdc.performance.observation.events.ObservationReturned;
import io.sdc.performance.observation.events.ObservationValidated;
import io.sdc.performance.support.ImprovementPlanCalls;
import io.sdc.performance.support.ImprovementReviewCalls;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.EventRecords;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.observationId;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static io.sdc.performance.support.PerformanceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The AsyncAPI document names every event type performance-service publishes, each the data of one record; every
 * event published, by this test's own calls (one of each type) and by the other tests of this module, fits its
 * schema and reads strictly into its record and back. Runs after the other tests.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AsyncApiDocumentTest {

    private static final List<Class<? extends DomainEvent>> RECORDS = List.of(ObservationRecorded.class, ObservationValidated.class,
            ObservationReturned.class, IndicatorAlert.class,
            BasketVersionActivated.class, BasketRevisionRefused.class, InspectionRecorded.class, MilestoneAnnouncement.class,
            RecommendationRaised.class, RecommendationStatusDecided.class, ImprovementActionAnnouncement.class, ImprovementReviewRecorded.class,
            ImprovementActionReplanned.class);

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    PerformanceTestSupport support;

    @Inject
    ImprovementActionReminders improvementActionReminders;

    @Test
    void documentsEveryEventTypeAndEveryPublishedEventFitsItsSchema() throws Exception {
        publishOneOfEach();
        JsonNode document = new YAMLMapper().readTree(given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        assertThat(document.at("/channels/performanceEvents/address").asText()).isEqualTo("performance.events");
        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventRecords.types(RECORDS));

        // Whatever this test and the others of this run published (observations, alerts, baskets, inspections, milestones).
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("type like 'performance.%' order by sequenceNumber"));
        assertThat(published).extracting(OutboxEvent::type).containsAll(EventRecords.types(RECORDS));
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
        EventRecords.assertMatch(objectMapper, RECORDS, published);
    }

    /**
     * A first basket in force, an approval naming no basket version here refused, RE-REFERRALS turning red in 2015-Q1
     * and recovering in 2015-Q2, 2015-Q2 validated and 2015-Q1 returned, an inspection, and milestones added, met by it
     * and missed; an improvement plan's recommendation raised and decided, a monitoring visit recorded raising another,
     * its actions added, one overdue, one completed, one re-planned and due soon.
     */
    private void publishOneOfEach() throws Exception {
        UUID contract = support.contractWithFirstBasket().contract();
        support.publish(support.basketRevision("contract.change-request.approved", contract, UUID.randomUUID(), UUID.randomUUID(),
                "2016-04-01"));
        observe(contract, """
                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q1","numerator":80,"denominator":200,"status":"PROVISIONAL"}]""");
        observe(contract, """
                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q2","numerator":40,"denominator":200,
                  "commentary":"Front Door arrangements strengthened"}]""");
        validate(contract, "RE-REFERRALS", "2015-Q2");
        String returned = "/api/v1/contracts/" + contract + "/observations/" + observationId(contract, "RE-REFERRALS", "2015-Q1");
        as(Roles.COMMISSIONER).header("If-Match", etag(returned)).body("{\"reason\":\"The denominator leaves out September\"}")
                .post(returned + "/return").then().statusCode(200);
        String base = "/api/v1/contracts/" + contract;
        as(Roles.COMMISSIONER).body("""
                        {"inspectorate":"Ofsted","type":"Services for children in need of help and protection","date":"2015-11-04",
                         "overallJudgement":"REQUIRES_IMPROVEMENT","recommendations":20,
                         "areaJudgements":[{"area":"Adoption performance","judgement":"GOOD"}]}""")
                .post(base + "/inspections").then().statusCode(201);
        for (String milestone : List.of(
                "{\"title\":\"Requires Improvement by April 2016\",\"targetJudgement\":\"REQUIRES_IMPROVEMENT\",\"dueDate\":\"2016-04-30\"}",
                "{\"title\":\"Outstanding by October 2019\",\"targetJudgement\":\"OUTSTANDING\",\"dueDate\":\"2019-10-31\"}")) {
            as(Roles.COMMISSIONER).body(milestone).post(base + "/milestones").then().statusCode(201);
        }
        String plan = ImprovementPlanCalls.plan(contract, "2015-12-01", List.of("Safeguarding"));
        String recommendation = ImprovementPlanCalls.recommendation(plan, "1", "Safeguarding", "Timeliness of assessments", null, "RE-REFERRALS");
        ImprovementPlanCalls.decide(recommendation, "MONITORED_BY_OTHER_BODY", "Local Safeguarding Children Board", "2016-01-14",
                "Monitored by the LSCB");
        ImprovementReviewCalls.record(plan, ImprovementReviewCalls.monitoringVisit(ImprovementReviewCalls.evidencing("STRENGTH", recommendation,
                "Timeliness of assessments has improved"), ImprovementReviewCalls.raising("1", "Safeguarding", "Strategy meetings"))).statusCode(201);
        ImprovementPlanCalls.action(recommendation, "Front door review", "TRUST", "Head of Referral and Response", "2016-03-31");
        String completed = "/api/v1/improvement-actions/"
                + ImprovementPlanCalls.action(recommendation, "Weekly timeliness report", "COUNCIL", "Commissioning team", "2026-12-31");
        as(Roles.COMMISSIONER).header("If-Match", etag(completed)).post(completed + "/completion").then().statusCode(200);
        String replanned = "/api/v1/improvement-actions/"
                + ImprovementPlanCalls.action(recommendation, "Return interviews audit", "TRUST", "Missing Children team", "2026-09-30");
        as(Roles.COMMISSIONER).header("If-Match", etag(replanned)).body("""
                {"title":"Return interviews audit","ownerParty":"TRUST","owner":"Missing Children team","dueDate":"2026-06-20",
                 "reason":"Brought forward for the monitoring visit"}""").put(replanned).then().statusCode(200);
        improvementActionReminders.announceOverdue();
        improvementActionReminders.announceDueSoon();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = ?1 and subject = ?2", BasketRevisionRefused.TYPE, contract.toString())) == 1);
        List<String> types = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("subject", contract.toString())
                .stream().map(OutboxEvent::type).toList());
        assertThat(types).as("the events of this test's contract").containsAll(EventRecords.types(RECORDS));
    }
}
