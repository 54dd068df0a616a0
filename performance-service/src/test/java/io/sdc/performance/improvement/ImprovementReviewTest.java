package io.sdc.performance.improvement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.ImprovementPlanCalls.action;
import static io.sdc.performance.support.ImprovementPlanCalls.decide;
import static io.sdc.performance.support.ImprovementPlanCalls.plan;
import static io.sdc.performance.support.ImprovementPlanCalls.recommendation;
import static io.sdc.performance.support.ImprovementPlanCalls.upload;
import static io.sdc.performance.support.ImprovementReviewCalls.evidencing;
import static io.sdc.performance.support.ImprovementReviewCalls.monitoringVisit;
import static io.sdc.performance.support.ImprovementReviewCalls.raising;
import static io.sdc.performance.support.ImprovementReviewCalls.record;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.assertLatestChange;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Monitoring visits and reviews over HTTP, and the plan a council holds before a trust exists: seed 003's DfE review
 * and Ofsted monitoring visit recorded on Darlington's plan with findings mapped and one raising a recommendation; bad
 * findings refused naming the field with nothing stored; and the council's plan passing to the trust's contract once.
 */
@QuarkusTest
class ImprovementReviewTest {

    private static final String LEADERSHIP = "Leadership, management and governance";
    private static final String PRACTICE = "Quality of social work practice";
    private static final String WORKFORCE = "A stable workforce";
    private static final String OFSTED_2015 = """
            "source":{"kind":"OFSTED_INSPECTION","title":"Ofsted inspection of services for children in need of help and protection, \
            children looked after and care leavers","date":"2015-09-01"}""";

    @Inject
    PerformanceTestSupport support;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void seed003sReviewAndMonitoringVisitAreRecordedOnTheCouncilsPlanWithEachFindingMappedOrRaising() throws Exception {
        String councilPlan = """
                {"title":"Children's Services Improvement Plan 2015-17","council":"Darlington Borough Council","agreedOn":"2016-01-06",
                 "themes":["%s","%s","%s"]}""".formatted(LEADERSHIP, PRACTICE, WORKFORCE);
        as(Roles.TRUST_PERFORMANCE).body(councilPlan).post("/api/v1/improvement-plans").then().statusCode(403);
        as(Roles.COMMISSIONER).body(councilPlan.replace("Darlington Borough Council", " ")).post("/api/v1/improvement-plans").then()
                .statusCode(400).body("violations.field", hasItem("council"));
        String plan = as(Roles.COMMISSIONER).body(councilPlan).post("/api/v1/improvement-plans").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("contractId", nullValue()).body("council", equalTo("Darlington Borough Council"))
                .extract().path("id");
        as(Roles.AUDITOR).get("/api/v1/improvement-plans?council=darlington borough council").then().statusCode(200)
                .body("id", hasItem(plan));

        // Two of the Ofsted inspection's recommendations; the council's plan names no inspection recorded here.
        String leadership = raise(plan, "1", LEADERSHIP, "Strengthen the senior leadership team's grip on practice");
        String workforce = raise(plan, "4", WORKFORCE, "Reduce the turnover of social workers and the reliance on agency staff");
        String assessments = raise(plan, "7", PRACTICE, "Improve the quality of assessments and their analysis of risk");

        String review = record(plan, """
                {"kind":"DFE_REVIEW","title":"Mid-term improvement plan progress review","heldOn":"2016-05-17","reportedOn":"2016-06-15",
                 "reviewer":"DfE and Red Quadrant","findings":[%s]}""".formatted(evidencing("STRENGTH", leadership,
                "Improvements in leadership and governance, practice and performance management"))).statusCode(201).extract().path("id");
        String visitBody = monitoringVisit(
                evidencing("STRENGTH", leadership, "A new senior leadership team is highly visible and accessible"),
                evidencing("AREA_FOR_IMPROVEMENT", workforce, "The workforce is not yet stable"),
                evidencing("AREA_FOR_IMPROVEMENT", assessments, "The quality of assessments remains poor"),
                raising("1", PRACTICE, "Child protection enquiries are not informed by multi-agency discussion in a strategy meeting",
                        "RE-REFERRALS"));
        var visit = record(plan, visitBody).statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", containsString("/api/v1/improvement-reviews/"))
                .body("contractId", nullValue()).body("kind", equalTo("MONITORING_VISIT")).body("reviewer", equalTo("Ofsted"))
                .body("reportedOn", equalTo("2016-08-05")).body("recommendationsRaised", equalTo(1))
                .body("findings.judgement", contains("STRENGTH", "AREA_FOR_IMPROVEMENT", "AREA_FOR_IMPROVEMENT", "AREA_FOR_IMPROVEMENT"))
                .body("findings.recommendation.number", contains("1", "4", "7", "1"))
                .body("findings.recommendation.theme", contains(LEADERSHIP, WORKFORCE, PRACTICE, PRACTICE))
                .body("findings.raised", contains(false, false, false, true)).extract().jsonPath();
        String visitId = visit.getString("id");
        String raised = visit.getString("findings[3].recommendation.id");

        as(Roles.TRUST_FINANCE).get("/api/v1/improvement-reviews/" + visitId).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("findings[0].recommendation.id", equalTo(leadership)).body("findings[3].recommendation.id", equalTo(raised));
        as(Roles.TRUST_PERFORMANCE).get("/api/v1/improvement-plans/" + plan + "/reviews").then().statusCode(200)
                .body("id", contains(review, visitId)).body("title", contains("Mid-term improvement plan progress review",
                        "Ofsted monitoring visit 10-11 July 2016"));
        as(Roles.AUDITOR).get("/api/v1/recommendations/" + leadership).then().statusCode(200)
                .body("reviews.id", contains(review, visitId)).body("reviews.heldOn", contains("2016-05-17", "2016-07-10"))
                .body("reviews.raised", contains(false, false));
        as(Roles.AUDITOR).get("/api/v1/recommendations/" + raised).then().statusCode(200).body("contractId", nullValue())
                .body("source.kind", equalTo("MONITORING_VISIT")).body("source.title", equalTo("Ofsted monitoring visit 10-11 July 2016"))
                .body("source.date", equalTo("2016-07-10")).body("status", equalTo("OPEN")).body("reviews.raised", contains(true));

        var board = as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/board").then().statusCode(200).extract().jsonPath();
        assertThat(board.getInt("totals.OPEN")).isEqualTo(4);
        assertThat(board.getString("contractId")).isNull();
        assertThat(board.getList("recommendations.recommendation.reviews.title.flatten()", String.class)).hasSize(5);
        assertThat(board.getString("recommendations.find { it.recommendation.id == '" + raised + "' }.indicators[0].rag")).isNull();
        as(Roles.AUDITOR).get("/api/v1/audit/improvement-review/" + visitId).then().statusCode(200).body("action", contains("CREATED"));

        List<JsonNode> recorded = published("performance.improvement-review.recorded", UUID.fromString(plan));
        assertThat(recorded).extracting(data -> data.path("id").asText()).containsExactly(review, visitId);
        assertThat(recorded.get(1).path("contractId").isNull()).isTrue();
        assertThat(List.of(recorded.get(1).path("kind").asText(), recorded.get(1).path("findings").asText(),
                recorded.get(1).path("recommendationsRaised").asText(), recorded.get(1).path("heldOn").asText()))
                .containsExactly("MONITORING_VISIT", "4", "1", "2016-07-10");
        assertThat(published("performance.recommendation.raised", UUID.fromString(plan))).extracting(data -> data.path("id").asText())
                .containsExactly(leadership, workforce, assessments, raised);
    }

    @Test
    void aReviewWithABadFindingIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID contract = support.knownContract();
        String plan = plan(contract, "2015-12-01", List.of(LEADERSHIP, PRACTICE));
        String ours = recommendation(plan, "1", LEADERSHIP, "Leadership", null);
        String theirs = recommendation(plan(contract, "2015-12-01", List.of(LEADERSHIP)), "1", LEADERSHIP, "Another plan's", null);
        String fine = evidencing("STRENGTH", ours, "Leaders are visible");

        refused(plan, monitoringVisit(fine, fine, "{\"text\":\"Both\",\"judgement\":\"STRENGTH\",\"recommendationId\":\"" + ours
                + "\",\"recommendation\":{\"number\":\"2\",\"theme\":\"" + PRACTICE + "\",\"text\":\"New\"}}"), "findings[2].recommendationId");
        refused(plan, monitoringVisit("{\"text\":\"Neither\",\"judgement\":\"STRENGTH\"}"), "findings[0].recommendationId");
        refused(plan, monitoringVisit(evidencing("STRENGTH", UUID.randomUUID().toString(), "Unknown")), "findings[0].recommendationId");
        refused(plan, monitoringVisit(fine, evidencing("STRENGTH", theirs, "Another plan's")), "findings[1].recommendationId");
        refused(plan, monitoringVisit(raising("2", "Workforce", "Not a theme of the plan")), "findings[0].recommendation.theme");
        refused(plan, monitoringVisit(raising("2", PRACTICE, "First"), raising("2", LEADERSHIP, "Again")), "findings[1].recommendation.number");
        refused(plan, monitoringVisit(fine).replace("MONITORING_VISIT", "OFSTED_INSPECTION"), "kind");
        as(Roles.TRUST_PERFORMANCE).body(monitoringVisit(fine)).post("/api/v1/improvement-plans/" + plan + "/reviews").then().statusCode(403);

        as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/reviews").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/recommendations").then().statusCode(200).body("id", contains(ours));
        record(plan, monitoringVisit(fine, raising("2", PRACTICE, "New"))).statusCode(201);
        refused(plan, monitoringVisit(raising("2", PRACTICE, "Raised by the visit already")), "findings[0].recommendation.number");
        as(Roles.AUDITOR).get("/api/v1/improvement-reviews/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theCouncilsPlanPassesToTheTrustsContractOnceWithItsRecommendationsActionsReviewsAndEvidence() throws Exception {
        UUID contract = support.knownContract();
        String plan = as(Roles.COMMISSIONER).body("""
                {"title":"Improvement Plan","council":"Doncaster Metropolitan Borough Council","agreedOn":"2013-03-01","themes":["%s"]}"""
                .formatted(LEADERSHIP)).post("/api/v1/improvement-plans").then().statusCode(201).extract().path("id");
        String recommendation = raise(plan, "3", LEADERSHIP, "Members understand children's services performance");
        String action = action(recommendation, "Quarterly performance briefing for members", "COUNCIL", "Director of People", "2027-03-31");
        String review = record(plan, monitoringVisit(evidencing("STRENGTH", recommendation, "Members challenge performance")))
                .statusCode(201).extract().path("id");
        String file = upload(Roles.COMMISSIONER, "/api/v1/improvement-actions/" + action + "/evidence", "text/plain",
                "attachment; filename=\"briefing-notes.txt\"", "Members' briefing, June 2016".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).body("contractId", nullValue()).extract().path("id");
        String path = "/api/v1/improvement-plans/" + plan;
        String move = "{\"contractId\":\"" + contract + "\",\"reason\":\"The trust's contract commenced: its plan passes to it\"}";

        as(Roles.COMMISSIONER).body(move).post(path + "/contract").then().statusCode(428);
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body(move).post(path + "/contract").then().statusCode(403);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body("{\"contractId\":\"" + contract + "\"}").post(path + "/contract").then()
                .statusCode(400).body("violations.field", hasItem("reason"));
        as(Roles.COMMISSIONER).header("If-Match", "\"7\"").body(move).post(path + "/contract").then().statusCode(412);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(move.replace(contract.toString(), UUID.randomUUID().toString()))
                .post(path + "/contract").then().statusCode(404);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(move).post(path + "/contract").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("contractId", equalTo(contract.toString()))
                .body("council", equalTo("Doncaster Metropolitan Borough Council"));
        as(Roles.COMMISSIONER).header("If-Match", "\"1\"").body(move).post(path + "/contract").then().statusCode(409)
                .body("detail", containsString("passes to a contract once"));

        assertLatestChange("/api/v1/audit/improvement-plan/" + plan, "commissioner.user", Roles.COMMISSIONER,
                "The trust's contract commenced: its plan passes to it", "contractId", "", null, contract);
        as(Roles.AUDITOR).get("/api/v1/recommendations/" + recommendation).then().body("contractId", equalTo(contract.toString()));
        as(Roles.AUDITOR).get("/api/v1/improvement-actions/" + action).then().body("contractId", equalTo(contract.toString()));
        as(Roles.AUDITOR).get("/api/v1/improvement-reviews/" + review).then().body("contractId", equalTo(contract.toString()));
        as(Roles.AUDITOR).get("/api/v1/improvement-actions/" + action + "/evidence").then().body("contractId", contains(contract.toString()));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/improvement-plans").then().body("id", hasItem(plan));
        as(Roles.AUDITOR).get("/api/v1/improvement-plans").then().statusCode(200).body("id", not(hasItem(plan)));
        as(Roles.AUDITOR).get("/api/v1/audit/changes?contractId=" + contract + "&size=200").then().statusCode(200)
                .body("findAll { it.resourceType == 'recommendation' }.resourceId", hasItem(recommendation))
                .body("findAll { it.resourceType == 'improvement-action' }.resourceId", hasItem(action))
                .body("findAll { it.resourceType == 'improvement-evidence' }.resourceId", hasItem(file));
        assertLatestChange("/api/v1/audit/improvement-evidence/" + file, "commissioner.user", Roles.COMMISSIONER,
                "The trust's contract commenced: its plan passes to it", "contractId", "", null, contract);
        as(Roles.AUDITOR).get("/api/v1/improvement-evidence/" + file).then().statusCode(200)
                .body(equalTo("Members' briefing, June 2016"));
        assertLatestChange("/api/v1/audit/improvement-action/" + action, "commissioner.user", Roles.COMMISSIONER,
                "The trust's contract commenced: its plan passes to it", "contractId", "", null, contract);

        decide(recommendation, "BUSINESS_AS_USUAL", null, "2016-08-24", "Progress continues as business as usual");
        assertThat(published("performance.recommendation.status-decided", contract)).extracting(data -> data.path("id").asText())
                .containsExactly(recommendation);
        as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/board").then().statusCode(200)
                .body("contractId", equalTo(contract.toString())).body("totals.BUSINESS_AS_USUAL", equalTo(1));
    }

    /** The commissioner raises one of the 2015 Ofsted inspection's recommendations in a council's plan (no inspection recorded here). */
    private static String raise(String plan, String number, String theme, String text) {
        return as(Roles.COMMISSIONER).body("{\"number\":\"" + number + "\",\"theme\":\"" + theme + "\",\"text\":\"" + text + "\"," + OFSTED_2015 + "}")
                .post("/api/v1/improvement-plans/" + plan + "/recommendations").then().statusCode(201)
                .body("contractId", nullValue()).body("source.inspectionId", nullValue()).extract().path("id");
    }

    private static void refused(String plan, String body, String field) {
        record(plan, body).statusCode(400).contentType(containsString("application/problem+json")).body("violations.field", hasItem(field));
    }

    /** The data of the events of a type published with this subject, oldest first. */
    private List<JsonNode> published(String type, UUID subject) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        for (OutboxEvent event : QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "type = ?1 and subject = ?2 order by sequenceNumber", type, subject.toString()))) {
            data.add(objectMapper.readTree(event.data()));
        }
        return data;
    }
}
