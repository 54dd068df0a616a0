package io.sdc.finance.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.KnownContractTest;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Money a budget cannot hold is refused with the field named and changes nothing: a negative base, line or funding
 * source; an adjustment that would take the total below zero or beyond what the API and the database hold.
 * Schedule 3 adjustments themselves are signed.
 */
@QuarkusTest
class BudgetAmountRefusalTest extends KnownContractTest {

    private static final String LARGEST = "9999999999999.99";

    @Test
    void aNegativeBaseIsRefusedWithItsFieldAndNoBudgetIsMade() {
        as(Roles.COMMISSIONER).body("{\"financialYear\":\"2015/16\",\"baseAmount\":\"-42200000.00\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("baseAmount"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/budgets").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void negativeLinesAndFundingAreRefusedWithTheirFields() {
        String path = budget("42200000.00");
        String version = etag(path);

        assertPlacementsRefused(path, version, "-1.00");
        as(Roles.COMMISSIONER).header("If-Match", version)
                .body("{\"sources\":[{\"source\":\"Council\",\"amount\":\"42300000.00\"},{\"source\":\"DfE grant\",\"amount\":\"-100000.00\"}]}")
                .put(path + "/funding").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("sources[1].amount"));

        assertThat(etag(path)).as("nothing changed").isEqualTo(version);
        as(Roles.AUDITOR).get(path).then().body("lines.size()", equalTo(0)).body("funding.size()", equalTo(0));
    }

    @Test
    void anAdjustmentIsSignedButMayNotTakeTheTotalBelowZeroOrBeyondWhatABudgetHolds() {
        String path = budget("1000000.00");
        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"category\":\"CONTRIBUTION_TO_COUNCIL_SAVINGS\",\"amount\":\"-111000.00\",\"rationale\":\"Savings\"}")
                .post(path + "/adjustments").then().statusCode(200).body("total", equalTo("889000.00"));

        String version = etag(path);
        as(Roles.COMMISSIONER).header("If-Match", version)
                .body("{\"category\":\"CONTRIBUTION_TO_COUNCIL_SAVINGS\",\"amount\":\"-889000.01\",\"rationale\":\"Savings\"}")
                .post(path + "/adjustments").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("amount"));
        as(Roles.COMMISSIONER).header("If-Match", version)
                .body("{\"category\":\"DEMAND_FOR_SERVICES\",\"amount\":\"" + LARGEST + "\",\"rationale\":\"Demand\"}")
                .post(path + "/adjustments").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("amount"));

        assertThat(etag(path)).as("nothing changed").isEqualTo(version);
        as(Roles.AUDITOR).get(path).then().body("total", equalTo("889000.00")).body("adjustments.size()", equalTo(1));
    }

    @Test
    void linesTogetherBeyondWhatABudgetHoldsAreRefusedBeforeTheDatabase() {
        String path = budget(LARGEST);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("{\"name\":\"Staffing\",\"amount\":\"" + LARGEST + "\",\"demandLed\":false}")
                .put(path + "/lines/staffing").then().statusCode(200);

        String version = etag(path);
        assertPlacementsRefused(path, version, "0.01");
        as(Roles.COMMISSIONER).header("If-Match", version)
                .body("{\"category\":\"PAY_INFLATION\",\"amount\":\"0.01\",\"rationale\":\"Pay award\"}")
                .post(path + "/adjustments").then().statusCode(400).body("violations.field", hasItem("amount"));
        assertThat(etag(path)).isEqualTo(version);
    }

    /** A placements line of the amount is refused, with its field named. */
    private static void assertPlacementsRefused(String path, String version, String amount) {
        as(Roles.COMMISSIONER).header("If-Match", version).body("{\"name\":\"Placements\",\"amount\":\"" + amount + "\",\"demandLed\":true}")
                .put(path + "/lines/placements").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("amount"));
    }

    private String budget(String base) {
        String id = as(Roles.COMMISSIONER).body("{\"financialYear\":\"2015/16\",\"baseAmount\":\"" + base + "\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(201).extract().path("id");
        return "/api/v1/budgets/" + id;
    }
}
