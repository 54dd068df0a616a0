package io.sdc.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AtOnce;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.platform.testing.AtOnce.assertCreatedOnceOrConflict;
import static io.sdc.platform.testing.AtOnce.assertEachCreatedOrConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Identical requests creating the same unique thing at the same moment: each is answered 200/201 or 409 with a
 * problem, never 500, and exactly one thing exists afterwards.
 */
@QuarkusTest
class ConcurrentCreationTest {

    private static final int REQUESTS = 6;

    @Inject
    PerformanceTestSupport support;

    @Test
    void definingTheSameIndicatorAtOnceDefinesItOnce() throws Exception {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String definition = """
                {"name":"Re-referrals within 12 months","definition":"Referrals in the period for children referred in the previous 12 months",
                 "unit":"PERCENT","polarity":"LOWER_IS_BETTER","frequency":"QUARTERLY","minimumDenominator":20}""";
        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.COMMISSIONER).body(definition).put("/api/v1/indicators/" + code));

        assertEachCreatedOrConflict(answers, 200);
        as(Roles.AUDITOR).get("/api/v1/indicators").then().statusCode(200)
                .body("findAll { it.code == '" + code + "' }.size()", equalTo(1));
        as(Roles.AUDITOR).get("/api/v1/indicators/" + code).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void submittingTheSameObservationAtOnceLeavesOneCurrent() throws Exception {
        UUID contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        String observation = """
                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q3","numerator":46,"denominator":200,"status":"PROVISIONAL"}]""";
        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.TRUST_PERFORMANCE).body(observation)
                .post("/api/v1/contracts/" + contract + "/observations"));

        assertEachCreatedOrConflict(answers, 201);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/observations?period=2015-Q3&indicator=RE-REFERRALS")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].value", equalTo(23.0f));
    }

    @Test
    void draftingABasketAtOnceDraftsOne() throws Exception {
        UUID contract = support.knownContract();
        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets"));

        assertCreatedOnceOrConflict(answers, 201);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/baskets").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("DRAFT")).body("[0].number", equalTo(1));

        // One draft at a time, also one after the other: the second is told which version is the draft.
        as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("version 1"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/baskets").then().body("size()", equalTo(1));
    }
}
