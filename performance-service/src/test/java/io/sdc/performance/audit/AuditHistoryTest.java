package io.sdc.performance.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.assertLatestChange;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every resource of performance-service that can change is in the audit history: a basket version (with its entries
 * as they stood), an inspection, a milestone and an indicator's definition are each changed with a reason, and their
 * history says who changed what, in which role, when, why, and the field before and after. (An observation's history
 * is read in {@code ObservationValidationTest}.) A correction needs If-Match (428 without, 412 when stale) and a reason.
 */
@QuarkusTest
class AuditHistoryTest {

    private static final String FRAMEWORK = "Services for children in need of help and protection, children looked after and care leavers";

    @Inject
    PerformanceTestSupport support;

    @Test
    void aBasketVersionsHistoryShowsItsEntriesBeforeAndAfter() throws Exception {
        UUID contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        String basket = draftBasket(contract, "RE-REFERRALS {\"target\":25,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":30}");
        as(Roles.COMMISSIONER).header("If-Match", etag("/api/v1/baskets/" + basket)).header("Change-Reason", "Target agreed at the review")
                .body("{\"target\":24,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":30}")
                .put("/api/v1/baskets/" + basket + "/entries/RE-REFERRALS").then().statusCode(200);

        assertLatestChange("/api/v1/audit/basket-version/" + basket, "commissioner.user", Roles.COMMISSIONER,
                "Target agreed at the review", "entries", "[0].target", 25.0f, 24.0f);
    }

    @Test
    void anInspectionIsCorrectedWithIfMatchAndAReasonAndItsHistoryShowsTheJudgementBefore() throws Exception {
        UUID contract = support.knownContract();
        String inspections = "/api/v1/contracts/" + contract + "/inspections";
        String id = as(Roles.COMMISSIONER).body(inspection("INADEQUATE", null)).post(inspections).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).extract().path("id");
        String inspection = inspections + "/" + id;

        as(Roles.COMMISSIONER).body(inspection("REQUIRES_IMPROVEMENT", "Overall judgement typed wrongly")).put(inspection)
                .then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"7\"").body(inspection("REQUIRES_IMPROVEMENT", "Overall judgement typed wrongly"))
                .put(inspection).then().statusCode(412);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(inspection("REQUIRES_IMPROVEMENT", null)).put(inspection)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("violations.field", hasItem("reason"));
        as(Roles.TRUST_FINANCE).header("If-Match", "\"0\"").body(inspection("REQUIRES_IMPROVEMENT", "Typed wrongly")).put(inspection)
                .then().statusCode(403);
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body(inspection("REQUIRES_IMPROVEMENT", "Overall judgement typed wrongly"))
                .put(inspection).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("overallJudgement", equalTo("REQUIRES_IMPROVEMENT"));

        as(Roles.AUDITOR).get(inspection).then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertLatestChange("/api/v1/audit/inspection/" + id, "trust-performance.user", Roles.TRUST_PERFORMANCE,
                "Overall judgement typed wrongly", "overallJudgement", "", "INADEQUATE", "REQUIRES_IMPROVEMENT");
    }

    @Test
    void aMilestoneIsCorrectedWithIfMatchAndAReasonAndItsHistoryShowsTheDateBefore() throws Exception {
        UUID contract = support.knownContract();
        String milestones = "/api/v1/contracts/" + contract + "/milestones";
        String id = as(Roles.COMMISSIONER).body(milestone("2016-04-30", null)).post(milestones).then().statusCode(201).extract().path("id");
        String milestone = milestones + "/" + id;

        as(Roles.COMMISSIONER).body(milestone("2016-10-31", "Moved by the contract variation")).put(milestone).then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", etag(milestone)).body(milestone("2016-10-31", " ")).put(milestone)
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        as(Roles.COMMISSIONER).header("If-Match", etag(milestone)).body(milestone("2016-10-31", "Moved by the contract variation"))
                .put(milestone).then().statusCode(200).body("dueDate", equalTo("2016-10-31"));
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(milestone("2017-04-30", "Moved again")).put(milestone).then().statusCode(412);

        assertLatestChange("/api/v1/audit/milestone/" + id, "commissioner.user", Roles.COMMISSIONER,
                "Moved by the contract variation", "dueDate", "", "2016-04-30", "2016-10-31");
    }

    @Test
    void anIndicatorsRedefinitionNeedsAReasonAndItsHistoryShowsThePolarityBefore() {
        String code = "AUDIT-CHECK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        indicator(code, "PERCENT", "LOWER_IS_BETTER", 20);
        String redefined = """
                {"name":"%s","definition":"%s as defined in the contract","unit":"PERCENT","polarity":"HIGHER_IS_BETTER","frequency":"QUARTERLY",
                 "numeratorDefinition":"Children counted","denominatorDefinition":"All children in the cohort",
                 "minimumDenominator":20,"dataSource":"Trust case management system"%s}""";
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(redefined.formatted(code, code, ""))
                .put("/api/v1/indicators/" + code).then().statusCode(400).body("violations.field", hasItem("reason"));
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(redefined.formatted(code, code,
                        ",\"effectiveFrom\":\"2016-04-01\",\"reason\":\"Higher is better, as the DfE defines it\""))
                .put("/api/v1/indicators/" + code).then().statusCode(200).body("polarity", equalTo("HIGHER_IS_BETTER"));

        assertLatestChange("/api/v1/indicators/" + code + "/history", "commissioner.user", Roles.COMMISSIONER,
                "Higher is better, as the DfE defines it", "polarity", "", "LOWER_IS_BETTER", "HIGHER_IS_BETTER");
        as(Roles.TRUST_PERFORMANCE).get("/api/v1/indicators/" + code + "/history").then().statusCode(403);
        as(Roles.AUDITOR).get("/api/v1/indicators/NO-SUCH-INDICATOR-AT-ALL/history").then().statusCode(404);
        // The audit API reads an indicator's history by its code as well.
        assertLatestChange("/api/v1/audit/indicator/" + code, "commissioner.user", Roles.COMMISSIONER,
                "Higher is better, as the DfE defines it", "polarity", "", "LOWER_IS_BETTER", "HIGHER_IS_BETTER");
        as(Roles.AUDITOR).get("/api/v1/audit/indicator/NO-SUCH-INDICATOR-AT-ALL").then().statusCode(404);
        as(Roles.AUDITOR).get("/api/v1/audit/inspection/not-a-uuid").then().statusCode(400).body("detail", equalTo("'id' must be a UUID, not 'not-a-uuid'"));
    }

    private static String inspection(String overall, String reason) {
        return """
                {"inspectorate":"Ofsted","type":"%s","date":"2015-11-04","overallJudgement":"%s","recommendations":20%s}"""
                .formatted(FRAMEWORK, overall, reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    }

    private static String milestone(String dueDate, String reason) {
        return """
                {"title":"Requires Improvement by April 2016","targetJudgement":"REQUIRES_IMPROVEMENT","dueDate":"%s"%s}"""
                .formatted(dueDate, reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    }
}
