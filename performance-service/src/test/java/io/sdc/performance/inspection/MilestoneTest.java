package io.sdc.performance.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The seed's milestones, 'Requires Improvement by April 2016' and 'Outstanding by October 2019', against the
 * November 2015 Ofsted inspection (overall Inadequate, adoption performance Good, 20 recommendations).
 */
@QuarkusTest
class MilestoneTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void evaluatesMilestonesFromTheInspectionsAndAnnouncesEachOutcomeOnce() throws Exception {
        UUID contract = support.knownContract();
        String base = "/api/v1/contracts/" + contract;
        as(Roles.COMMISSIONER).body("""
                        {"inspectorate":"Ofsted","type":"Services for children in need of help and protection, children looked after and care leavers",
                         "date":"2015-11-04","overallJudgement":"INADEQUATE","recommendations":20,
                         "areaJudgements":[{"area":"Children who need help and protection","judgement":"INADEQUATE"},
                           {"area":"Children looked after and achieving permanence","judgement":"REQUIRES_IMPROVEMENT"},
                           {"area":"Adoption performance","judgement":"GOOD"},
                           {"area":"Experience and progress of care leavers","judgement":"REQUIRES_IMPROVEMENT"},
                           {"area":"Leadership, management and governance","judgement":"REQUIRES_IMPROVEMENT"}]}""")
                .post(base + "/inspections").then().statusCode(201).body("areaJudgements.size()", equalTo(5));
        milestone(base, "Requires Improvement by April 2016", "REQUIRES_IMPROVEMENT", "2016-04-30", null);
        milestone(base, "Outstanding by October 2019", "OUTSTANDING", "2019-10-31", null);
        milestone(base, "Adoption performance Good by April 2016", "GOOD", "2016-04-30", "Adoption performance");

        // Ordered by due date, then title.
        as(Roles.AUDITOR).get(base + "/milestones?asOf=2016-01-29").then().statusCode(200)
                .body("title", contains("Adoption performance Good by April 2016", "Requires Improvement by April 2016",
                        "Outstanding by October 2019"))
                .body("status", contains("MET", "ON_TRACK", "ON_TRACK"));
        as(Roles.AUDITOR).get(base + "/milestones").then().statusCode(200)
                .body("status", contains("MET", "MISSED", "MISSED"));

        as(Roles.TRUST_PERFORMANCE).body("""
                        {"inspectorate":"Ofsted","type":"Re-inspection","date":"2016-03-15","overallJudgement":"REQUIRES_IMPROVEMENT","recommendations":8}""")
                .post(base + "/inspections").then().statusCode(201);
        as(Roles.AUDITOR).get(base + "/milestones").then().statusCode(200)
                .body("status", contains("MET", "MET", "MISSED"));

        assertThat(events(contract, "performance.milestone.missed")).isEqualTo(2);
        assertThat(events(contract, "performance.milestone.met")).isEqualTo(2);
        assertThat(events(contract, "performance.inspection.recorded")).isEqualTo(2);

        as(Roles.COMMISSIONER).body("{\"inspectorate\":\"Ofsted\",\"type\":\"x\",\"date\":\"2099-01-01\",\"overallJudgement\":\"GOOD\",\"recommendations\":0}")
                .post(base + "/inspections").then().statusCode(400);
        as(Roles.COMMISSIONER).body("{\"inspectorate\":\"Ofsted\",\"type\":\"x\",\"date\":\"2016-01-01\",\"overallJudgement\":\"BRILLIANT\",\"recommendations\":0}")
                .post(base + "/inspections").then().statusCode(400);
        assertThat(events(contract, "performance.inspection.recorded")).isEqualTo(2);
    }

    @Test
    void judgesAMilestoneOnlyByTheKindOfInspectionItNames() throws Exception {
        UUID contract = support.knownContract();
        String base = "/api/v1/contracts/" + contract;
        String framework = "Services for children in need of help and protection, children looked after and care leavers";
        as(Roles.COMMISSIONER).body("""
                        {"title":"Requires Improvement by April 2016","targetJudgement":"REQUIRES_IMPROVEMENT","dueDate":"2016-04-30",
                         "inspectionType":"%s"}""".formatted(framework))
                .post(base + "/milestones").then().statusCode(201).body("inspectionType", equalTo(framework));
        inspection(base, "Children's home", "2015-06-10", "OUTSTANDING");
        as(Roles.AUDITOR).get(base + "/milestones?asOf=2016-01-29").then().body("status", contains("ON_TRACK"));

        as(Roles.COMMISSIONER).body("""
                        {"title":"Good by 2018","targetJudgement":"GOOD","dueDate":"2018-04-30","inspectionType":"%s"}"""
                        .formatted("x".repeat(301)))
                .post(base + "/milestones").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("inspectionType"));
        as(Roles.AUDITOR).get(base + "/milestones").then().body("title", contains("Requires Improvement by April 2016"));

        inspection(base, framework.toUpperCase(), "2016-03-15", "REQUIRES_IMPROVEMENT");
        as(Roles.AUDITOR).get(base + "/milestones").then().body("status", contains("MET"))
                .body("inspectionType", contains(framework));
    }

    private static void inspection(String base, String type, String date, String judgement) {
        as(Roles.COMMISSIONER).body("""
                        {"inspectorate":"Ofsted","type":"%s","date":"%s","overallJudgement":"%s","recommendations":0}"""
                        .formatted(type, date, judgement))
                .post(base + "/inspections").then().statusCode(201);
    }

    private static void milestone(String base, String title, String judgement, String due, String area) {
        as(Roles.COMMISSIONER).body("""
                        {"title":"%s","targetJudgement":"%s","dueDate":"%s"%s}""".formatted(title, judgement, due,
                        area == null ? "" : ",\"area\":\"" + area + "\""))
                .post(base + "/milestones").then().statusCode(201);
    }

    private static long events(UUID contract, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject = ?2", type, contract.toString()));
    }
}
