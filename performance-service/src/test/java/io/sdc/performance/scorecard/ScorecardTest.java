package io.sdc.performance.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.activateFirst;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static io.sdc.performance.support.PerformanceTestSupport.validate;
import static io.sdc.performance.support.PerformanceTestSupport.validateAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The seed's indicators on a scorecard: the re-referral rate fell from 38% at transfer to 23% twelve months later;
 * lower-is-better and higher-is-better indicators are judged the right way round; a small denominator is suppressed.
 */
@QuarkusTest
class ScorecardTest {

    @Inject
    PerformanceTestSupport support;

    private UUID contract;

    @BeforeEach
    void seedBasket() throws Exception {
        contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        indicator("CP-SECOND-TIME", "PERCENT", "LOWER_IS_BETTER", 20);
        indicator("PLACEMENT-MOVES-3PLUS", "PERCENT", "LOWER_IS_BETTER", 20);
        indicator("CARE-LEAVERS-EET", "PERCENT", "HIGHER_IS_BETTER", 10);
        String basket = draftBasket(contract,
                "RE-REFERRALS {\"baselineValue\":38,\"baselineDate\":\"2014-10-01\",\"target\":25,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":30,"
                        + "\"comparators\":[{\"kind\":\"NATIONAL\",\"value\":24,\"dataYear\":\"2014/15\"},{\"kind\":\"STATISTICAL_NEIGHBOURS\",\"value\":22.5,\"dataYear\":\"2014/15\"}]}",
                "CP-SECOND-TIME {\"baselineValue\":16,\"baselineDate\":\"2014-10-01\",\"target\":13,\"toleranceKind\":\"MARGIN\",\"tolerance\":2}",
                "PLACEMENT-MOVES-3PLUS {\"baselineValue\":11,\"baselineDate\":\"2014-10-01\",\"target\":8,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":10}",
                "CARE-LEAVERS-EET {\"baselineValue\":40,\"baselineDate\":\"2014-10-01\",\"target\":45,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":40,"
                        + "\"comparators\":[{\"kind\":\"NATIONAL\",\"value\":48,\"dataYear\":\"2014/15\"}]}");
        activateFirst(basket, "2014-10-01");
    }

    @Test
    void judgesTheSeedsIndicatorsTheRightWayRound() {
        observe(contract, """
                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q2","numerator":52,"denominator":200},
                 {"indicatorCode":"CARE-LEAVERS-EET","period":"2015-Q2","numerator":22,"denominator":50}]""");
        validateAll(contract, "2015-Q2");
        observe(contract, """
                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q3","numerator":46,"denominator":200,"value":23.0,"status":"PROVISIONAL",
                  "commentary":"Front Door arrangements strengthened"},
                 {"indicatorCode":"PLACEMENT-MOVES-3PLUS","period":"2015-Q3","numerator":28,"denominator":400,"status":"PROVISIONAL"},
                 {"indicatorCode":"CP-SECOND-TIME","period":"2015-Q3","numerator":1,"denominator":12,"status":"PROVISIONAL"},
                 {"indicatorCode":"CARE-LEAVERS-EET","period":"2015-Q3","numerator":21,"denominator":50,"status":"PROVISIONAL"}]""");

        as(Roles.COMMISSIONER).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q3").then().statusCode(200)
                .body("previousPeriod", equalTo("2015-Q2"))
                .body("basketVersionNumber", equalTo(1))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.value", equalTo(23.0f))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.rag", equalTo("GREEN"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.baselineValue", equalTo(38.0f))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.directionSinceBaseline", equalTo("IMPROVING"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.directionSincePreviousPeriod", equalTo("IMPROVING"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.comparators.position", hasItems("BETTER", "WORSE"))
                .body("indicators.find { it.indicatorCode == 'PLACEMENT-MOVES-3PLUS' }.value", equalTo(7.0f))
                .body("indicators.find { it.indicatorCode == 'PLACEMENT-MOVES-3PLUS' }.rag", equalTo("GREEN"))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.value", equalTo(42.0f))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.rag", equalTo("AMBER"))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.toleranceLimit", equalTo(40.0f))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.directionSincePreviousPeriod", equalTo("DECLINING"))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.directionSinceBaseline", equalTo("IMPROVING"))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.comparators[0].position", equalTo("WORSE"))
                .body("indicators.find { it.indicatorCode == 'CP-SECOND-TIME' }.rag", equalTo("SUPPRESSED"))
                .body("indicators.find { it.indicatorCode == 'CP-SECOND-TIME' }.directionSinceBaseline", equalTo("NOT_COMPARABLE"))
                .body("summary.GREEN", equalTo(2))
                .body("summary.AMBER", equalTo(1))
                .body("summary.SUPPRESSED", equalTo(1))
                .body("summary.RED", equalTo(0));

        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/performance-summary?contractYear=2014/15").then().statusCode(200)
                .body("start", equalTo("2014-10-01")).body("end", equalTo("2015-09-30"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.latestPeriod", equalTo("2015-Q3"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.sinceBaseline", equalTo("IMPROVING"))
                .body("indicators.find { it.indicatorCode == 'CARE-LEAVERS-EET' }.sinceBaseline", equalTo("IMPROVING"))
                .body("indicators.find { it.indicatorCode == 'CP-SECOND-TIME' }.sinceBaseline", equalTo("NOT_COMPARABLE"))
                .body("comparable", equalTo(3))
                .body("improvingOrStable", equalTo(3));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/performance-summary?contractYear=2014").then().statusCode(400);

        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q1").then().statusCode(200)
                .body("summary.NO_DATA", equalTo(4))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.value", nullValue());
    }

    @Test
    void supersedesAResubmissionKeepsTheHistoryAndTellsWhenAnIndicatorTurnsRedOrRecovers() {
        observe(contract, "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"2015-Q3\",\"numerator\":46,\"denominator\":200,\"status\":\"PROVISIONAL\"}]");
        observe(contract, "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"2015-Q3\",\"numerator\":62,\"denominator\":200,"
                + "\"reason\":\"Referrals recorded late in the case management system\"}]");
        validate(contract, "RE-REFERRALS", "2015-Q3");

        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q3").then()
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.value", equalTo(31.0f))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.rag", equalTo("RED"));
        observe(contract, "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"2015-Q4\",\"numerator\":48,\"denominator\":200,\"status\":\"PROVISIONAL\"}]");
        assertThat(events("performance.indicator.turned-red")).isEqualTo(1);
        assertThat(events("performance.indicator.recovered")).isEqualTo(1);
        assertThat(events("performance.observation.recorded")).isEqualTo(3);

        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/observations?period=2015-Q3&indicator=RE-REFERRALS&history=true")
                .then().statusCode(200).body("", hasSize(2)).body("[0].status", equalTo("VALIDATED"))
                .body("[1].supersededAt", org.hamcrest.Matchers.notNullValue());
    }

    private long events(String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject = ?2", type, contract.toString()));
    }

    @Test
    void refusesASubmissionWithAnyFaultAndRecordsNoneOfIt() {
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"RE-REFERRALS","period":"2015-Q4","numerator":46,"denominator":200,"status":"PROVISIONAL"},
                         {"indicatorCode":"NO-SUCH-INDICATOR","period":"2015-Q4","numerator":1,"denominator":2,"status":"PROVISIONAL"},
                         {"indicatorCode":"CARE-LEAVERS-EET","period":"2015-Q4","numerator":21,"denominator":50,"value":45,"status":"PROVISIONAL"},
                         {"indicatorCode":"PLACEMENT-MOVES-3PLUS","period":"Q4 2015","numerator":1,"denominator":50,"status":"PROVISIONAL"}]""")
                .post("/api/v1/contracts/" + contract + "/observations")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", containsString("nothing was recorded"))
                .body("violations.field", hasItems("observations[1].indicatorCode", "observations[2].value", "observations[3].period"));

        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/observations?period=2015-Q4").then().statusCode(200).body("", hasSize(0));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015/16").then().statusCode(400);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + UUID.randomUUID() + "/scorecard?period=2015-Q3").then().statusCode(404);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2014-06").then().statusCode(404)
                .body("detail", containsString("PI basket in force on 2014-06-30"));
    }
}
