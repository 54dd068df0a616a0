package io.sdc.finance.races;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AtOnce;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static io.sdc.platform.testing.AtOnce.assertConflictsAreProblems;
import static io.sdc.platform.testing.AtOnce.assertCreatedOnceOrConflict;
import static io.sdc.platform.testing.AtOnce.assertEachCreatedOrConflict;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identical requests creating one of finance's unique things at the same moment: each is answered with the thing
 * (201 or 200) or a 409 problem saying it already exists, never a 500, and exactly one thing exists afterwards.
 */
@QuarkusTest
class ConcurrentCreationTest {

    private static final int AT_ONCE = 6;
    private static final String RETURN = """
            budget_line,actual_to_date,forecast_outturn
            staffing,9100000.00,18200000.00
            placements,6420000.00,12848000.00
            """;
    private static final String MECHANISM = """
            {"excludeDemandLed":false,
             "overspendBands":[{"upTo":"500000.00","basis":"AMOUNT","trustSharePercent":"30"},{"basis":"AMOUNT","trustSharePercent":"50"}],
             "underspendBands":[{"basis":"AMOUNT","trustSharePercent":"50"}]}""";

    @Inject
    FinanceTestSupport support;

    @Inject
    EntityManager entityManager;

    @Test
    void aBudgetForAYear() throws Exception {
        UUID contract = support.knownContract();

        List<Response> answers = AtOnce.calls(AT_ONCE, i -> as(Roles.COMMISSIONER)
                .body("{\"financialYear\":\"2016/17\",\"baseAmount\":\"42200000.00\"}")
                .post("/api/v1/contracts/" + contract + "/budgets"));

        assertCreatedOnceOrConflict(answers, 201);
        assertThat(count("SELECT count(*) FROM budget WHERE contract_id = ?1 AND financial_year = '2016/17'", contract)).isOne();
    }

    @Test
    void theSameMonitoringReturnFileImportedAtOnce() throws Exception {
        String budget = approvedStaffingAndPlacements201516(support.knownContract());

        List<Response> answers = AtOnce.calls(AT_ONCE, i -> upload(budget, RETURN));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 201, 409));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertConflictsAreProblems(answers);
        UUID id = UUID.fromString(answers.stream().filter(answer -> answer.statusCode() == 201).findFirst().orElseThrow().path("id"));
        assertThat(count("SELECT count(*) FROM monitoring_return WHERE budget_id = ?1", UUID.fromString(budget))).isOne();
        assertThat(count("SELECT count(*) FROM monitoring_return_line WHERE return_id = ?1", id)).isEqualTo(2);
    }

    @Test
    void monitoringReturnsForOnePeriodImportedAtOnce() throws Exception {
        String budget = approvedStaffingAndPlacements201516(support.knownContract());

        // Different files: each applied one after another corrects the last (so each says why), or is refused while another is applied.
        List<Response> answers = AtOnce.calls(AT_ONCE, i -> importReturn(budget, "2015-Q3",
                RETURN.replace("12848000.00", "128480" + i + "0.00"), "Revision " + i));

        assertEachCreatedOrConflict(answers, 201);
        long created = answers.stream().filter(answer -> answer.statusCode() == 201).count();
        UUID budgetId = UUID.fromString(budget);
        assertThat(count("SELECT count(*) FROM monitoring_return WHERE budget_id = ?1", budgetId)).isEqualTo(created);
        assertThat(count("SELECT count(*) FROM monitoring_return WHERE budget_id = ?1 AND superseded_at IS NULL", budgetId)).isOne();
    }

    @Test
    void aRiskShareMechanism() throws Exception {
        UUID contract = support.knownContract();

        List<Response> answers = AtOnce.calls(AT_ONCE, i -> as(Roles.COMMISSIONER).body(MECHANISM).put("/api/v1/contracts/" + contract + "/risk-share"));

        assertCreatedOnceOrConflict(answers, 200);
        assertThat(count("SELECT count(*) FROM risk_share_mechanism WHERE contract_id = ?1", contract)).isOne();
    }

    @Test
    void aDraftOutturn() throws Exception {
        UUID contract = support.knownContract();
        String budget = approvedStaffingAndPlacements201516(contract);
        upload(budget, RETURN).then().statusCode(201);
        as(Roles.COMMISSIONER).body(MECHANISM).put("/api/v1/contracts/" + contract + "/risk-share").then().statusCode(200);

        List<Response> answers = AtOnce.calls(AT_ONCE, i -> as(Roles.COMMISSIONER).post("/api/v1/budgets/" + budget + "/outturn"));

        assertEachCreatedOrConflict(answers, 200);
        assertThat(count("SELECT count(*) FROM outturn WHERE budget_id = ?1", UUID.fromString(budget))).isOne();
    }

    private static Response upload(String budget, String csv) {
        return importReturn(budget, "2015-Q3", csv, null);
    }

    private long count(String sql, UUID parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
