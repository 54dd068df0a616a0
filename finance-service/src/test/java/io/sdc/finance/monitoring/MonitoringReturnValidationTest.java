package io.sdc.finance.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.finance.support.AuditHistories.assertChange;
import static io.sdc.finance.support.AuditHistories.history;
import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.asUser;
import static io.sdc.finance.support.FinanceTestSupport.etag;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The council validates the trust's monitoring returns or returns them with a reason; a validated period is locked, so
 * that a new return for it is a correction with a reason that goes through validation again, and an auditor sees both
 * figures, both people, both times and the reason.
 */
@QuarkusTest
class MonitoringReturnValidationTest {

    private static final String FIRST = """
            budget_line,actual_to_date,forecast_outturn
            staffing,9100000.00,18200000.00
            placements,6420000.00,12848000.00
            """;
    private static final String CORRECTED = FIRST.replace("12848000.00", "12990000.00");
    private static final String CORRECTION_REASON = "Placements forecast omitted two new residential placements";

    @Inject
    FinanceTestSupport support;

    private UUID contract;
    private String budget;

    @BeforeEach
    void approvedBudgetFor201516() throws Exception {
        contract = support.knownContract();
        budget = approvedStaffingAndPlacements201516(contract);
    }

    @Test
    void aReturnValidatedByTheCouncilThenCorrectedByTheTrustShowsAnAuditorBothValuesPeopleTimesAndTheReason() {
        String first = importReturn(budget, "2015-Q3", FIRST, null).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("figureStatus", equalTo("PROVISIONAL")).extract().path("id");
        forecast("").body("figureStatus", equalTo("PROVISIONAL")).body("lines[0].figureStatus", equalTo("PROVISIONAL"));
        as(Roles.COMMISSIONER).get("/api/v1/budgets/" + budget + "/forecast?validated=true").then().statusCode(404);

        // Only the council validates, at the version it read.
        as(Roles.TRUST_FINANCE).header("If-Match", etag(returnPath(first))).post(returnPath(first) + "/validation").then().statusCode(403);
        council().post(returnPath(first) + "/validation").then().statusCode(428);
        council().header("If-Match", "\"99\"").post(returnPath(first) + "/validation").then().statusCode(412);
        council().header("If-Match", etag(returnPath(first))).post(returnPath(first) + "/validation").then().statusCode(200)
                .body("status", equalTo("VALIDATED")).body("figureStatus", equalTo("VALIDATED"))
                .body("validatedBy", equalTo("council.officer"));
        forecast("").body("figureStatus", equalTo("VALIDATED")).body("variance", equalTo("348000.00"))
                .body("lines.figureStatus", hasItem("VALIDATED"));

        // The period is locked: a new return corrects it, with a reason, and is provisional until validated again.
        importReturn(budget, "2015-Q3", CORRECTED, null).then().statusCode(400).body("violations.field", hasItem("reason"));
        String correction = importReturn(budget, "2015-Q3", CORRECTED, CORRECTION_REASON).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("correctionOf", equalTo(first))
                .body("correctionReason", equalTo(CORRECTION_REASON)).extract().path("id");
        forecast("").body("returnId", equalTo(correction)).body("figureStatus", equalTo("PROVISIONAL"))
                .body("variance", equalTo("490000.00"));
        forecast("?validated=true").body("returnId", equalTo(first)).body("figureStatus", equalTo("VALIDATED"))
                .body("variance", equalTo("348000.00")).body("trend.returnId", equalTo(List.of(first)));

        // The earlier return stays readable with its figures, who submitted and validated it, and what replaced it.
        as(Roles.AUDITOR).get(returnPath(first)).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("figureStatus", equalTo("VALIDATED"))
                .body("submittedBy", equalTo("finance.officer")).body("validatedBy", equalTo("council.officer"))
                .body("supersededBy", equalTo(correction)).body("forecastOutturn", equalTo("31048000.00"))
                .body("figures.find { it.code == 'placements' }.forecastOutturn", equalTo("12848000.00"));

        // The auditor: both values, both people, both times, and the reason.
        List<Map<String, Object>> earlier = history("monitoring-return", first);
        assertThat(earlier).extracting(change -> change.get("action")).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(earlier.get(0)).containsEntry("actor", "finance.officer").containsEntry("role", Roles.TRUST_FINANCE);
        assertChange(earlier.get(1), "council.officer", Roles.COMMISSIONER, null, "status", "SUBMITTED", "VALIDATED");
        assertChange(earlier.get(2), "finance.officer", Roles.TRUST_FINANCE, CORRECTION_REASON, "status", "VALIDATED", "SUPERSEDED");
        assertThat(stateOf(earlier.get(2))).containsEntry("forecastOutturn", "31048000.00").containsEntry("validatedBy", "council.officer");
        List<Map<String, Object>> later = history("monitoring-return", correction);
        assertChange(later.get(0), "finance.officer", Roles.TRUST_FINANCE, CORRECTION_REASON, "forecastOutturn", null, "31190000.00");
        assertThat(stateOf(later.get(0))).containsEntry("correctionOf", first).containsEntry("status", "SUBMITTED");
        Instant validatedAt = Instant.parse((String) earlier.get(1).get("changedAt"));
        Instant correctedAt = Instant.parse((String) later.get(0).get("changedAt"));
        assertThat(correctedAt).as("the correction came after the validation").isAfter(validatedAt);
        as(Roles.AUDITOR).get("/api/v1/audit/changes?contractId=" + contract).then().statusCode(200)
                .body("findAll { it.resourceType == 'monitoring-return' }.resourceId", hasItem(correction));

        // Validated by the council, the correction's figures are validated.
        council().header("If-Match", etag(returnPath(correction))).post(returnPath(correction) + "/validation").then().statusCode(200);
        forecast("?validated=true").body("returnId", equalTo(correction)).body("figureStatus", equalTo("VALIDATED"));
        JsonNode validated = lastEvent("finance.monitoring-return.validated");
        assertThat(validated.path("id").asText()).isEqualTo(correction);
        assertThat(validated.path("contractId").asText()).isEqualTo(contract.toString());
        assertThat(validated.path("financialYear").asText()).isEqualTo("2015/16");
        assertThat(validated.path("period").asText()).isEqualTo("2015-Q3");
        assertThat(validated.path("correctionOf").asText()).isEqualTo(first);
    }

    @Test
    void theCouncilReturnsAReturnWithAReasonAndTheTrustSendsItAgain() {
        String sent = importReturn(budget, "2015-Q4", FIRST, null).then().statusCode(201).extract().path("id");

        council().header("If-Match", etag(returnPath(sent))).contentType("application/json").body("{}")
                .post(returnPath(sent) + "/return").then().statusCode(400).body("violations.field", hasItem("reason"));
        as(Roles.TRUST_FINANCE).header("If-Match", etag(returnPath(sent))).contentType("application/json")
                .body("{\"reason\":\"Mine\"}").post(returnPath(sent) + "/return").then().statusCode(403);
        council().header("If-Match", etag(returnPath(sent))).contentType("application/json")
                .body("{\"reason\":\"Placements omit the December invoices\"}").post(returnPath(sent) + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Placements omit the December invoices"))
                .body("returnedBy", equalTo("council.officer"));
        council().header("If-Match", etag(returnPath(sent))).post(returnPath(sent) + "/validation").then().statusCode(409);

        JsonNode returned = lastEvent("finance.monitoring-return.returned");
        assertThat(returned.path("id").asText()).isEqualTo(sent);
        assertThat(returned.path("contractId").asText()).isEqualTo(contract.toString());
        assertThat(returned.path("financialYear").asText()).isEqualTo("2015/16");
        assertThat(returned.path("period").asText()).isEqualTo("2015-Q4");
        assertThat(returned.path("reason").asText()).isEqualTo("Placements omit the December invoices");

        // Sent again without a reason of its own: the council's speaks for it.
        importReturn(budget, "2015-Q4", CORRECTED, null).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("correctionOf", equalTo(sent)).body("correctionReason", nullValue());
    }

    private static RequestSpecification council() {
        return asUser("council.officer", Roles.COMMISSIONER);
    }

    private static String returnPath(String id) {
        return "/api/v1/monitoring-returns/" + id;
    }

    private io.restassured.response.ValidatableResponse forecast(String query) {
        return as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/forecast" + query).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stateOf(Map<String, Object> change) {
        return (Map<String, Object>) change.get("state");
    }

    private JsonNode lastEvent(String type) {
        String data = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "type = ?1 and subject = ?2 order by sequenceNumber desc", type, contract.toString()).get(0).data());
        try {
            return support.objectMapper().readTree(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
