package io.sdc.performance.observation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.auditHistory;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.observationId;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static io.sdc.performance.support.PerformanceTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The trust submits its figures and the council validates or returns them: only the council validates, only the
 * trust submits; a validated period is locked, and a correction, with a reason, supersedes the validated figure,
 * which stays readable, and is provisional on the scorecard until the council validates it.
 */
@QuarkusTest
class ObservationValidationTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void theCouncilValidatesOrReturnsTheTrustsFiguresAndOnlyTheCouncilDoes() throws Exception {
        UUID contract = support.contractWithFirstBasket().contract();
        String observations = "/api/v1/contracts/" + contract + "/observations";
        as(Roles.TRUST_PERFORMANCE).body(figure("2015-Q3", 46, ",\"status\":\"VALIDATED\"")).post(observations).then().statusCode(403)
                .body("detail", containsString("Only the council validates"));
        as(Roles.COMMISSIONER).body(figure("2015-Q3", 46, "")).post(observations).then().statusCode(403);
        as(Roles.TRUST_PERFORMANCE).body(figure("2015-Q3", 46, ",\"status\":\"PROVISIONAL\"")).post(observations).then().statusCode(201)
                .body("[0].status", equalTo("SUBMITTED")).body("[0].kind", equalTo("SUBMISSION"));
        String first = observations + "/" + observationId(contract, "RE-REFERRALS", "2015-Q3");

        as(Roles.TRUST_PERFORMANCE).header("If-Match", etag(first)).post(first + "/validation").then().statusCode(403);
        as(Roles.COMMISSIONER).post(first + "/validation").then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"7\"").post(first + "/validation").then().statusCode(412);
        as(Roles.COMMISSIONER).header("If-Match", etag(first)).body("{}").post(first + "/return").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(Roles.COMMISSIONER).header("If-Match", etag(first)).body("{\"reason\":\"September's police referrals are missing\"}")
                .post(first + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnedBy", equalTo("commissioner.user")).body("returnReason", equalTo("September's police referrals are missing"));
        as(Roles.COMMISSIONER).header("If-Match", etag(first)).post(first + "/validation").then().statusCode(409)
                .body("detail", containsString("the steps allowed from RETURNED are SUPERSEDED"));

        // A returned figure is resubmitted without a reason; one awaiting validation is superseded only with one.
        observe(contract, figure("2015-Q3", 48, ""));
        as(Roles.TRUST_PERFORMANCE).body(figure("2015-Q3", 50, "")).post(observations).then().statusCode(400)
                .body("violations.field", contains("observations[0].reason"));
        observe(contract, figure("2015-Q3", 48, ""));
        assertThat(events("performance.observation.recorded", contract)).as("the same figure sent again changes nothing").isEqualTo(2);
        String second = observations + "/" + observationId(contract, "RE-REFERRALS", "2015-Q3");
        as(Roles.AUDITOR).get(observations + "?status=SUBMITTED").then().statusCode(200).body("", hasSize(1))
                .body("[0].kind", equalTo("RESUBMISSION"));
        as(Roles.COMMISSIONER).header("If-Match", etag(second)).post(second + "/validation").then().statusCode(200)
                .body("status", equalTo("VALIDATED")).body("validatedBy", equalTo("commissioner.user"));
        as(Roles.AUDITOR).get(observations + "?status=SUBMITTED").then().statusCode(200).body("", hasSize(0));
        assertThat(events("performance.observation.returned", contract)).isEqualTo(1);
        assertThat(events("performance.observation.validated", contract)).isEqualTo(1);
    }

    @Test
    void aValidatedFigureCorrectedByTheTrustShowsAnAuditorBothValuesBothPeopleBothTimesAndTheReason() throws Exception {
        UUID contract = support.contractWithFirstBasket().contract();
        String observations = "/api/v1/contracts/" + contract + "/observations";
        String scorecard = "/api/v1/contracts/" + contract + "/scorecard?period=2015-Q2";
        String line = "indicators.find { it.indicatorCode == 'RE-REFERRALS' }.";
        observe(contract, figure("2015-Q2", 46, ""));
        String validatedId = observationId(contract, "RE-REFERRALS", "2015-Q2");
        String validated = observations + "/" + validatedId;
        as(Roles.AUDITOR).get(scorecard + "&validated=true").then().statusCode(200).body("validatedOnly", equalTo(true))
                .body(line + "value", nullValue()).body(line + "rag", equalTo("NO_DATA"));
        as(Roles.COMMISSIONER).header("If-Match", etag(validated)).post(validated + "/validation").then().statusCode(200);
        as(Roles.AUDITOR).get(scorecard).then().body(line + "value", equalTo(23.0f)).body(line + "validation", equalTo("VALIDATED"));

        // The period is locked: a new figure is a correction, and needs a reason.
        as(Roles.TRUST_PERFORMANCE).body(figure("2015-Q2", 62, "")).post(observations).then().statusCode(400)
                .body("violations.field", contains("observations[0].reason"))
                .body("violations.message", hasItem(containsString("locked")));
        trustAnalyst().body(figure("2015-Q2", 62, ",\"reason\":\"Referrals recorded late in the case management system\""))
                .post(observations).then().statusCode(201).body("[0].kind", equalTo("CORRECTION")).body("[0].status", equalTo("SUBMITTED"));
        String correctionId = observationId(contract, "RE-REFERRALS", "2015-Q2");

        // Provisional on the scorecard until the council validates it; a committee's validated-only scorecard keeps the
        // validated figure, saying a correction is pending.
        as(Roles.AUDITOR).get(scorecard).then().body(line + "value", equalTo(31.0f)).body(line + "validation", equalTo("PROVISIONAL"))
                .body(line + "observationId", equalTo(correctionId)).body(line + "correctionPending", equalTo(false));
        as(Roles.AUDITOR).get(scorecard + "&validated=true").then().body(line + "value", equalTo(23.0f))
                .body(line + "validation", equalTo("VALIDATED")).body(line + "observationId", equalTo(validatedId))
                .body(line + "correctionPending", equalTo(true));

        // Both values, both people, both times and the reason, from the observations themselves ...
        as(Roles.AUDITOR).get(observations + "/" + correctionId + "/history").then().statusCode(200).body("", hasSize(2))
                .body("value", contains(31.0f, 23.0f))
                .body("submittedBy", contains("trust.analyst", "trust-performance.user"))
                .body("[0].submissionReason", equalTo("Referrals recorded late in the case management system"))
                .body("[0].supersedes", equalTo(validatedId)).body("[1].supersededBy", equalTo(correctionId))
                .body("[1].status", equalTo("SUPERSEDED")).body("[1].validatedBy", equalTo("commissioner.user"));
        // ... and from the audit history: who validated the earlier figure and when, who superseded it, when and why.
        List<Map<String, Object>> earlier = auditHistory("/api/v1/audit/observation/" + validatedId);
        assertThat(earlier).extracting(change -> change.get("actor"))
                .containsExactly("trust-performance.user", "commissioner.user", "trust.analyst");
        assertThat(earlier).extracting(change -> change.get("role"))
                .containsExactly(Roles.TRUST_PERFORMANCE, Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE);
        assertThat(earlier.get(2)).containsEntry("reason", "Referrals recorded late in the case management system");
        assertThat(Instant.parse((String) earlier.get(1).get("changedAt"))).isBefore(Instant.parse((String) earlier.get(2).get("changedAt")));
        assertThat(earlier.get(2).get("changes")).asList().contains(
                Map.of("field", "status", "from", "VALIDATED", "to", "SUPERSEDED"));
        assertThat(earlier.get(1).get("changes")).asList().contains(
                Map.of("field", "status", "from", "SUBMITTED", "to", "VALIDATED"));
        assertThat(text(((Map<?, ?>) earlier.get(2).get("state")).get("value"))).isEqualTo("23");
        List<Map<String, Object>> correction = auditHistory("/api/v1/audit/observation/" + correctionId);
        assertThat(correction.get(0)).containsEntry("actor", "trust.analyst").containsEntry("action", "CREATED")
                .containsEntry("reason", "Referrals recorded late in the case management system");
        assertThat(text(((Map<?, ?>) correction.get(0).get("state")).get("value"))).isEqualTo("31");
        as(Roles.AUDITOR).get("/api/v1/audit/changes?contractId=" + contract).then().statusCode(200)
                .body("findAll { it.resourceType == 'observation' }.size()", equalTo(4));

        // Validated, the correction is the figure of record everywhere.
        String correctionPath = observations + "/" + correctionId;
        as(Roles.COMMISSIONER).header("If-Match", etag(correctionPath)).post(correctionPath + "/validation").then().statusCode(200);
        for (String asked : List.of(scorecard, scorecard + "&validated=true")) {
            as(Roles.AUDITOR).get(asked).then().body(line + "value", equalTo(31.0f)).body(line + "validation", equalTo("VALIDATED"))
                    .body(line + "correctionPending", equalTo(false));
        }
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/performance-summary?contractYear=2014/15&validated=true").then()
                .statusCode(200).body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.latestValue", equalTo(31.0f))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.validation", equalTo("VALIDATED"));
    }

    /** Another of the trust's performance staff. */
    private static RequestSpecification trustAnalyst() {
        return given().auth().oauth2(TestTokens.forUser("trust.analyst", Roles.TRUST_PERFORMANCE)).contentType("application/json");
    }

    private static String figure(String period, int numerator, String more) {
        return "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"" + period + "\",\"numerator\":" + numerator + ",\"denominator\":200" + more + "}]";
    }

    private static long events(String type, UUID contract) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject = ?2", type, contract.toString()));
    }
}
