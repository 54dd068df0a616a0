package io.sdc.finance.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.finance.support.FinanceTestSupport.approvedBudget;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The seed's indicative budget: £42.2m, a net reduction of £111k from Schedule 3 adjustments to the previous year's. */
@QuarkusTest
class BudgetTest {

    @Inject
    FinanceTestSupport support;

    @Test
    void derivesTheSeedsBudgetFromThePreviousYearsWithScheduleThreeAdjustments() throws Exception {
        UUID contract = support.knownContract();
        approvedBudget(contract, "2015/16", "staffing 18200000.00 false", "placements 12500000.00 true",
                "commissioned-services 7611000.00 false", "overheads 4000000.00 false");

        String budget = as(Roles.COMMISSIONER).body("{\"financialYear\":\"2016/17\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(201)
                .body("baseAmount", equalTo("42311000.00")).body("baseSource", equalTo("The approved 2015/16 budget"))
                .body("status", equalTo("INDICATIVE")).extract().path("id");
        String path = "/api/v1/budgets/" + budget;
        adjust(path, "PAY_INFLATION", "400000.00", "1% pay award");
        adjust(path, "PRICE_INFLATION", "250000.00", "Contract price uplifts");
        adjust(path, "CHANGES_IN_LAW", "39000.00", "National Living Wage");
        adjust(path, "DEMAND_FOR_SERVICES", "300000.00", "Looked-after children numbers");
        adjust(path, "CONTRIBUTION_TO_COUNCIL_SAVINGS", "-1100000.00", "Contribution towards the Council's savings targets");

        as(Roles.TRUST_FINANCE).get(path).then().statusCode(200)
                .body("total", equalTo("42200000.00"))
                .body("netChange", equalTo("-111000.00"))
                .body("adjustments.category", hasItem("CHANGES_IN_LAW"));

        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("{\"status\":\"CONFIRMED_IN_PRINCIPLE\"}").post(path + "/status")
                .then().statusCode(200);
        line(path, "staffing", "18400000.00", false);
        line(path, "placements", "12800000.00", true);
        line(path, "commissioned-services", "7000000.00", false);
        line(path, "overheads", "3999999.99", false);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("{\"status\":\"APPROVED\"}").post(path + "/status")
                .then().statusCode(409).body("detail", containsString("add up to 42199999.99, not the total 42200000.00"));
        line(path, "overheads", "4000000.00", false);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("{\"status\":\"APPROVED\"}").post(path + "/status")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("linesTotal", equalTo("42200000.00"));

        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"category\":\"OTHER\",\"amount\":\"1.00\",\"rationale\":\"late\"}").post(path + "/adjustments")
                .then().statusCode(409);

        // An auditor follows how the total was reached, change by change.
        as(Roles.AUDITOR).get("/api/v1/audit/budget/" + budget).then().statusCode(200)
                .body("[0].action", equalTo("CREATED"))
                .body("[0].state.total", equalTo("42311000.00"))
                .body("actor", hasItem("commissioner.user"))
                .body("find { it.changes.find { c -> c.field == 'status' && c.to == 'APPROVED' } }.state.total", equalTo("42200000.00"));
        as(Roles.AUDITOR).get("/api/v1/audit/changes?contractId=" + contract).then().statusCode(200)
                .body("resourceType", hasItem("budget"));
    }

    @Test
    void refusesAmountsThatAreNotMoneyAndChangesNothing() throws Exception {
        UUID contract = support.knownContract();
        String budget = as(Roles.COMMISSIONER).body("{\"financialYear\":\"2015/16\",\"baseAmount\":\"42311000.00\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(201).extract().path("id");
        String path = "/api/v1/budgets/" + budget;
        for (String amount : new String[] {"400000", "4.0E5", "400,000.00", "£400000.00", "400000.001"}) {
            as(Roles.COMMISSIONER).header("If-Match", etag(path))
                    .body("{\"category\":\"PAY_INFLATION\",\"amount\":\"" + amount + "\",\"rationale\":\"x\"}").post(path + "/adjustments")
                    .then().statusCode(400).body("violations.field", hasItem("amount"));
        }
        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"category\":\"PAY_INFLATION\",\"amount\":400000.00,\"rationale\":\"a number, not a string\"}").post(path + "/adjustments")
                .then().statusCode(400);
        as(Roles.COMMISSIONER).body("{\"financialYear\":\"2016/18\"}").post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(400);
        as(Roles.COMMISSIONER).body("{\"financialYear\":\"2016/17\"}").post("/api/v1/contracts/" + contract + "/budgets")
                .then().statusCode(400).body("detail", containsString("no approved 2015/16 budget"));
        as(Roles.TRUST_FINANCE).get(path).then().body("adjustments.size()", equalTo(0)).body("total", equalTo("42311000.00"))
                .body("version", equalTo(0));
    }

    private static void adjust(String path, String category, String amount, String rationale) {
        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"category\":\"" + category + "\",\"amount\":\"" + amount + "\",\"rationale\":\"" + rationale + "\"}")
                .post(path + "/adjustments").then().statusCode(200);
    }

    private static void line(String path, String code, String amount, boolean demandLed) {
        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"name\":\"" + code + "\",\"amount\":\"" + amount + "\",\"demandLed\":" + demandLed + "}")
                .put(path + "/lines/" + code).then().statusCode(200);
    }
}
