package io.sdc.finance.riskshare;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.finance.support.FinanceTestSupport.approvedBudget;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.etag;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static io.sdc.finance.support.FinanceTestSupport.validateReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The Trust's first period (6 December 2014 to 31 March 2015) ended, after the risk-share adjustment, with a surplus
 * of £49k: here an underspend of £98k shared half and half, and an overspend shared 70% council, 30% trust.
 */
@QuarkusTest
class OutturnTest {

    private static final String MECHANISM = """
            {"excludeDemandLed":false,
             "overspendBands":[{"basis":"AMOUNT","trustSharePercent":30}],
             "underspendBands":[{"upTo":"100000.00","basis":"AMOUNT","trustSharePercent":50},{"basis":"AMOUNT","trustSharePercent":25}]}""";

    @Inject
    FinanceTestSupport support;

    @Test
    void theFirstPeriodEndsWithASurplusOf49kAfterTheRiskShare() throws Exception {
        UUID contract = support.knownContract();
        String budget = yearWithItsReturn(contract, MECHANISM, "2014/15", "2015-03", """
                staffing,6950000.00,6950000.00
                placements,4480000.00,4480000.00
                overheads,1972000.00,1972000.00
                """, "staffing 7000000.00 false", "placements 4500000.00 true", "overheads 2000000.00 false");

        draftOutturn(budget)
                .body("status", equalTo("DRAFT"))
                .body("trustPositionAfterRiskShare", equalTo("49000.00"))
                .body("calculation.budget", equalTo("13500000.00"))
                .body("calculation.outturn", equalTo("13402000.00"))
                .body("calculation.totalVariance", equalTo("-98000.00"))
                .body("calculation.position", equalTo("UNDERSPEND"))
                .body("calculation.bands.size()", equalTo(1))
                .body("calculation.bands[0].amount", equalTo("98000.00"))
                .body("calculation.bands[0].trustAmount", equalTo("49000.00"))
                .body("calculation.bands[0].councilAmount", equalTo("49000.00"))
                .body("calculation.trustShare", equalTo("49000.00"));

        String path = "/api/v1/budgets/" + budget + "/outturn";
        // Final on the council's validated figures only: the year-end return must be validated first.
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).post(path + "/finalisation").then().statusCode(409)
                .body("detail", containsString("for 2015-03, is SUBMITTED, not VALIDATED by the council"));
        validateReturn(as(Roles.COMMISSIONER).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().statusCode(200)
                .extract().path("[0].id"));
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).post(path + "/finalisation").then().statusCode(200)
                .body("status", equalTo("FINAL"));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = ?1 and subject = ?2", "finance.outturn.finalised", contract.toString()))).isEqualTo(1);

        importReturn(budget, "2015-03",
                "budget_line,actual_to_date,forecast_outturn\nstaffing,1.00,1.00\nplacements,1.00,1.00\noverheads,1.00,1.00\n", null)
                .then().statusCode(409).body("detail", containsString("closed"));
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).post(path + "/finalisation").then().statusCode(409);
    }

    @Test
    void sharesAnOverspendBandByBandAndCanLeaveDemandLedLinesOut() throws Exception {
        UUID contract = support.knownContract();
        String budget = yearWithItsReturn(contract, """
                {"excludeDemandLed":true,
                 "overspendBands":[{"upTo":"1.00","basis":"PERCENT_OF_BUDGET","trustSharePercent":30},{"basis":"PERCENT_OF_BUDGET","trustSharePercent":50}],
                 "underspendBands":[{"basis":"AMOUNT","trustSharePercent":50}]}""", "2015/16", "2016-Q1", """
                staffing,10200000.00,10200000.00
                placements,5348000.00,5348000.00
                """, "staffing 10000000.00 false", "placements 5000000.00 true");

        // Shared: staffing's 200,000 overspend; placements' 348,000 is left to a contract variation. 1% of 15m is 150,000.
        draftOutturn(budget)
                .body("calculation.totalVariance", equalTo("548000.00"))
                .body("calculation.excludedDemandLedVariance", equalTo("348000.00"))
                .body("calculation.sharedVariance", equalTo("200000.00"))
                .body("calculation.bands[0].to", equalTo("150000.00"))
                .body("calculation.bands[0].trustAmount", equalTo("45000.00"))
                .body("calculation.bands[1].amount", equalTo("50000.00"))
                .body("calculation.bands[1].trustAmount", equalTo("25000.00"))
                .body("calculation.trustShare", equalTo("70000.00"))
                .body("calculation.councilShare", equalTo("130000.00"))
                .body("trustPositionAfterRiskShare", equalTo("-70000.00"));
    }

    @Test
    void refusesAMechanismThatLeavesPoundsOutsideItsBands() throws Exception {
        UUID contract = support.knownContract();
        as(Roles.COMMISSIONER).body("""
                {"excludeDemandLed":false,"overspendBands":[{"upTo":"100000.00","basis":"AMOUNT","trustSharePercent":30}],
                 "underspendBands":[{"basis":"AMOUNT","trustSharePercent":150}]}""")
                .put("/api/v1/contracts/" + contract + "/risk-share").then().statusCode(400);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/risk-share").then().statusCode(404);
    }

    @Test
    void bandLimitsAreMoneyStringsLikeEveryOtherAmount() throws Exception {
        UUID contract = support.knownContract();
        String path = "/api/v1/contracts/" + contract + "/risk-share";
        as(Roles.COMMISSIONER).body(MECHANISM.replace("\"100000.00\"", "100000.00")).put(path).then().statusCode(400)
                .body("violations.field", hasItem(containsString("upTo")));
        as(Roles.COMMISSIONER).body(MECHANISM.replace("\"100000.00\"", "\"100000\"")).put(path).then().statusCode(400)
                .body("violations.field", hasItem(containsString("upTo")));
        as(Roles.COMMISSIONER).body(MECHANISM).put(path).then().statusCode(200)
                .body("underspendBands[0].upTo", equalTo("100000.00"))
                .body("underspendBands[1].upTo", equalTo(null));
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("""
                {"excludeDemandLed":false,"overspendBands":[{"upTo":"1.50","basis":"PERCENT_OF_BUDGET","trustSharePercent":30},
                 {"basis":"PERCENT_OF_BUDGET","trustSharePercent":50}],"underspendBands":[{"basis":"AMOUNT","trustSharePercent":50}]}""")
                .put(path).then().statusCode(200).body("overspendBands[0].upTo", equalTo("1.50"));
    }

    /**
     * Defines the contract's mechanism, approves a year's budget with the given lines ("code amount demandLed") and
     * imports the trust's return of the period (its lines after the header); returns the budget's id.
     */
    private static String yearWithItsReturn(UUID contract, String mechanism, String year, String period, String returnLines,
                                            String... budgetLines) {
        as(Roles.COMMISSIONER).body(mechanism).put("/api/v1/contracts/" + contract + "/risk-share").then().statusCode(200);
        String budget = approvedBudget(contract, year, budgetLines);
        importReturn(budget, period, "budget_line,actual_to_date,forecast_outturn\n" + returnLines, null).then().statusCode(201);
        return budget;
    }

    /** The council drafts the budget's outturn from the returns so far: the answer, 200. */
    private static ValidatableResponse draftOutturn(String budget) {
        return as(Roles.COMMISSIONER).post("/api/v1/budgets/" + budget + "/outturn").then().statusCode(200);
    }
}
