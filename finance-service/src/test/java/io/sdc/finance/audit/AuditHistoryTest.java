package io.sdc.finance.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.sdc.finance.support.KnownContractTest;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import static io.sdc.finance.support.AuditHistories.assertChange;
import static io.sdc.finance.support.AuditHistories.lastChange;
import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.asUser;
import static io.sdc.finance.support.FinanceTestSupport.etag;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static io.sdc.finance.support.FinanceTestSupport.validateReturn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every resource finance-service keeps that can change is in the audit history: each is changed here and its history
 * read back by an auditor, with who changed it, in what role, when, why, and a field before and after.
 */
@QuarkusTest
class AuditHistoryTest extends KnownContractTest {

    private static final String MECHANISM = """
            {"excludeDemandLed":%s,"overspendBands":[{"basis":"AMOUNT","trustSharePercent":30}],
             "underspendBands":[{"basis":"AMOUNT","trustSharePercent":50}]}""";

    @Test
    void aBudgetsAdjustmentCorrectedAndWithdrawnWithAReasonAndItsLineSet() {
        String budget = council().contentType("application/json").body("{\"financialYear\":\"2016/17\",\"baseAmount\":\"42311000.00\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(201).extract().path("id");
        String path = "/api/v1/budgets/" + budget;
        String adjustment = council().contentType("application/json").header("If-Match", etag(path))
                .body("{\"category\":\"PAY_INFLATION\",\"amount\":\"400000.00\",\"rationale\":\"1% pay award\"}")
                .post(path + "/adjustments").then().statusCode(200).extract().path("adjustments[0].id");
        String correction = "{\"category\":\"PAY_INFLATION\",\"amount\":\"420000.00\",\"rationale\":\"1.05%% pay award\",\"reason\":%s}";
        String adjustmentPath = path + "/adjustments/" + adjustment;

        council().contentType("application/json").body(correction.formatted("\"The award was 1.05%\"")).put(adjustmentPath)
                .then().statusCode(428);
        council().contentType("application/json").header("If-Match", "\"99\"").body(correction.formatted("\"The award was 1.05%\""))
                .put(adjustmentPath).then().statusCode(412);
        council().contentType("application/json").header("If-Match", etag(path)).body(correction.formatted("null"))
                .put(adjustmentPath).then().statusCode(400).body("violations.field", hasItem("reason"));
        council().contentType("application/json").header("If-Match", etag(path)).body(correction.formatted("\"The award was 1.05%\""))
                .put(adjustmentPath).then().statusCode(200).body("total", equalTo("42731000.00"))
                .body("adjustments[0].id", equalTo(adjustment));
        assertChange(lastChange("budget", budget), "council.officer", Roles.COMMISSIONER, "The award was 1.05%",
                "total", "42711000.00", "42731000.00");

        council().contentType("application/json").header("If-Match", etag(path)).header("Change-Reason", "Agreed at the review to drop it")
                .post(adjustmentPath + "/withdrawal").then().statusCode(200)
                .body("adjustments[0].withdrawn", equalTo(true))
                .body("adjustments[0].withdrawalReason", equalTo("Agreed at the review to drop it"))
                .body("adjustments[0].amount", equalTo("420000.00")).body("total", equalTo("42311000.00"));
        assertChange(lastChange("budget", budget), "council.officer", Roles.COMMISSIONER, "Agreed at the review to drop it",
                "netChange", "420000.00", "0.00");

        council().contentType("application/json").header("If-Match", etag(path)).header("Change-Reason", "Staffing split agreed")
                .body("{\"name\":\"Staffing\",\"amount\":\"18200000.00\",\"demandLed\":false}").put(path + "/lines/staffing")
                .then().statusCode(200);
        assertChange(lastChange("budget", budget), "council.officer", Roles.COMMISSIONER, "Staffing split agreed",
                "linesTotal", "0.00", "18200000.00");
    }

    @Test
    void aRiskShareMechanismWithItsBandsReplaced() {
        String path = "/api/v1/contracts/" + contract + "/risk-share";
        council().contentType("application/json").body(MECHANISM.formatted(false)).put(path).then().statusCode(200);
        String id = council().get(path).then().statusCode(200).extract().path("id");
        council().contentType("application/json").header("If-Match", etag(path)).header("Change-Reason", "Placements left out from 2016")
                .body(MECHANISM.formatted(true).replace("\"trustSharePercent\":30", "\"trustSharePercent\":40")).put(path)
                .then().statusCode(200);
        assertChange(lastChange("risk-share-mechanism", id), "council.officer", Roles.COMMISSIONER, "Placements left out from 2016",
                "excludeDemandLed", false, true);
    }

    @Test
    void anOutturnMadeFinal() {
        String budget = approvedStaffingAndPlacements201516(contract);
        council().contentType("application/json").body(MECHANISM.formatted(false)).put("/api/v1/contracts/" + contract + "/risk-share")
                .then().statusCode(200);
        validateReturn(importReturn(budget, "2016-03", "budget_line,actual_to_date,forecast_outturn\nstaffing,1.00,18200000.00\n"
                + "placements,1.00,12400000.00\n", null).then().statusCode(201).extract().path("id"));
        String path = "/api/v1/budgets/" + budget + "/outturn";
        String outturn = council().post(path).then().statusCode(200).extract().path("id");
        council().header("If-Match", etag(path)).header("Change-Reason", "Agreed by both finance directors")
                .post(path + "/finalisation").then().statusCode(200);
        assertChange(lastChange("outturn", outturn), "council.officer", Roles.COMMISSIONER, "Agreed by both finance directors",
                "status", "DRAFT", "FINAL");
    }

    @Test
    void aMonitoringReturnValidated() {
        String budget = approvedStaffingAndPlacements201516(contract);
        String id = importReturn(budget, "2015-09", "budget_line,actual_to_date,forecast_outturn\nstaffing,1.00,18200000.00\n"
                + "placements,1.00,12400000.00\n", null).then().statusCode(201).extract().path("id");
        String path = "/api/v1/monitoring-returns/" + id;
        // As the demo data sends it: declared JSON, with no body.
        council().contentType("application/json").header("If-Match", etag(path)).header("Change-Reason", "Checked against the ledger")
                .post(path + "/validation").then().statusCode(200);
        assertChange(lastChange("monitoring-return", id), "council.officer", Roles.COMMISSIONER, "Checked against the ledger",
                "status", "SUBMITTED", "VALIDATED");
    }

    private static RequestSpecification council() {
        return asUser("council.officer", Roles.COMMISSIONER);
    }
}
