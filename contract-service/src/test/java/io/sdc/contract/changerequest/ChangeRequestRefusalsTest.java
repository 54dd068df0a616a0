package io.sdc.contract.changerequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.etag;
import static io.sdc.contract.changerequest.SeedContract.signByBothParties;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Bad input and illegal steps get a clear 4xx problem answer, and change nothing. */
@QuarkusTest
class ChangeRequestRefusalsTest {

    private static final String BUDGET_VARIATION = """
            {"type":"BUDGET_VARIATION","title":"Contract variation for placement activity",
             "rationale":"Increased activity in placements, in line with the contract",
             "effectiveDate":"%s","financialImpact":"%s",
             "budget":{"financialYear":"2015/16","line":"placements","amount":"%s"}}""";

    private String contract;

    @BeforeEach
    void contract() {
        contract = activeContract();
    }

    @Test
    void refusesBadProposalsAndStoresNothing() {
        long events = events();
        String raise = "/api/v1/contracts/" + contract + "/change-requests";

        as(Roles.TRUST_FINANCE).body(BUDGET_VARIATION.formatted("2016-01-01", "348000.00", "348000.00"))
                .post("/api/v1/contracts/" + UUID.randomUUID() + "/change-requests")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        as(Roles.TRUST_FINANCE).body(BUDGET_VARIATION.formatted("2014-09-30", "348000.00", "348000.00")).post(raise)
                .then().statusCode(400).body("detail", containsString("must fall within the contract's term"));
        as(Roles.TRUST_FINANCE).body(BUDGET_VARIATION.formatted("2016-01-01", "348k", "348000.5")).post(raise)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("financialImpact"))
                .body("violations.field", hasItem("budget.amount"));
        as(Roles.TRUST_FINANCE).body(BUDGET_VARIATION.formatted("2016-01-01", "1.0E5", "348000.00")).post(raise)
                .then().statusCode(400).body("violations.field", hasItem("financialImpact"));
        as(Roles.TRUST_FINANCE).body("""
                        {"type":"SERVICE_TRANSFER_IN","title":"No area","rationale":"x","effectiveDate":"2016-04-01"}""").post(raise)
                .then().statusCode(400).body("detail", containsString("serviceArea.code"));
        as(Roles.TRUST_FINANCE).body("""
                        {"type":"NEW_KIND","title":"x","rationale":"x","effectiveDate":"2016-04-01"}""").post(raise)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));

        assertThat(events()).isEqualTo(events);
        as(Roles.AUDITOR).get(raise).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void refusesStepsTheLifecycleDoesNotAllowAndStaleVersions() {
        String change = as(Roles.TRUST_FINANCE).body(BUDGET_VARIATION.formatted("2016-01-01", "348000.00", "348000.00"))
                .post("/api/v1/contracts/" + contract + "/change-requests")
                .then().statusCode(201).body("raisedBy", equalTo("PROVIDER")).body("budget.amount", equalTo("348000.00"))
                .extract().path("id");
        String path = "/api/v1/change-requests/" + change;
        long events = events();

        step(Roles.COMMISSIONER, change, "approval", null).then().statusCode(409)
                .body("type", equalTo("urn:sdc:problem:conflict"))
                .body("detail", equalTo("A DRAFT change request cannot become APPROVED; the steps allowed from DRAFT are SUBMITTED, WITHDRAWN"));
        step(Roles.COMMISSIONER, change, "implementation", null).then().statusCode(409);
        as(Roles.COMMISSIONER).body("{}").post(path + "/submission").then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"7\"").body("{}").post(path + "/submission").then().statusCode(412);
        step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(403)
                .body("detail", containsString("raised by the PROVIDER"));
        step(Roles.TRUST_FINANCE, change, "approval", null).then().statusCode(403);
        step(Roles.AUDITOR, change, "withdrawal", null).then().statusCode(403);

        assertThat(events()).isEqualTo(events);
        as(Roles.AUDITOR).get(path).then().statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(0))
                .body("steps.size()", equalTo(1));

        step(Roles.TRUST_FINANCE, change, "submission", null).then().statusCode(200);
        step(Roles.TRUST_FINANCE, change, "withdrawal", "{\"comment\":\"Balanced within the year\"}").then().statusCode(400)
                .body("violations.field", contains("reason"))
                .body("detail", equalTo("Give a reason to withdraw a change request: it is kept in the audit history"));
        step(Roles.TRUST_FINANCE, change, "withdrawal", "{\"comment\":\"Withdrawn\",\"reason\":\"Balanced within the year\"}")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("allowedSteps.size()", equalTo(0))
                .body("steps[-1].comment", equalTo("Withdrawn")).body("steps[-1].reason", equalTo("Balanced within the year"));
        step(Roles.COMMISSIONER, change, "signatures", null)
                .then().statusCode(409).body("detail", equalTo("Only a SUBMITTED change request can be signed; this one is WITHDRAWN"));
    }

    @Test
    void refusesToImplementBeforeTheEffectiveDateOrToAgreeOnAnotherContractsReview() {
        String longer = activeContract("2030-09-30");
        String future = as(Roles.COMMISSIONER).body("""
                        {"type":"GOVERNANCE","title":"Operational lead for the Corporate Parenting Board",
                         "rationale":"Transfer of operational lead responsibility","effectiveDate":"2029-04-01"}""")
                .post("/api/v1/contracts/" + longer + "/change-requests").then().statusCode(201).extract().path("id");
        step(Roles.COMMISSIONER, future, "submission", null).then().statusCode(200);
        step(Roles.COMMISSIONER, future, "signatures", """
                {"annualReviewId":"%s"}""".formatted(UUID.randomUUID())).then().statusCode(400).body("detail", containsString("annualReviewId"));
        step(Roles.COMMISSIONER, future, "signatures", "{\"annualReviewId\":\"------------------------------------\"}").then()
                .statusCode(400).body("violations.field", hasItem("annualReviewId"));
        step(Roles.COMMISSIONER, future, "signatures", "{\"signedOn\":\"2099-12-31\"}").then().statusCode(400)
                .body("detail", containsString("cannot be after today"));
        step(Roles.ADMIN, future, "signatures", null).then().statusCode(403);
        signByBothParties(future);
        step(Roles.COMMISSIONER, future, "approval", null).then().statusCode(200);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", longer));

        step(Roles.COMMISSIONER, future, "implementation", null).then().statusCode(409)
                .body("detail", equalTo("This change takes effect on 2029-04-01 and cannot be implemented before then"));

        as(Roles.AUDITOR).get("/api/v1/change-requests/" + future).then().body("status", equalTo("APPROVED"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + longer + "/versions").then().body("number", org.hamcrest.Matchers.contains(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", longer))).isEqualTo(events);
        assertThat(etag("/api/v1/change-requests/" + future)).isEqualTo("\"4\"");
    }

    private long events() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject", contract));
    }
}
