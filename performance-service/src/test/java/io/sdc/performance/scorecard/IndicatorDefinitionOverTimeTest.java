package io.sdc.performance.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.activateFirst;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * An indicator redefined from a date does not re-judge the periods before it: their scorecards keep the definition then
 * in force, and the first period under the new one says the definition changed since the previous period.
 */
@QuarkusTest
class IndicatorDefinitionOverTimeTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void aRedefinitionTakesEffectFromItsDateAndTheScorecardSaysWhenItChangedWithinTheTrend() throws Exception {
        String code = "MOVES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID contract = support.contractMeasuredBy(code, "PERCENT", "LOWER_IS_BETTER", 20);
        activateFirst(draftBasket(contract, code + " {\"baselineValue\":11,\"target\":8,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":10}"),
                "2014-10-01");
        observe(contract, "[{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q2\",\"numerator\":9,\"denominator\":100},"
                + "{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q3\",\"numerator\":9,\"denominator\":100}]");
        String indicator = "/api/v1/indicators/" + code;
        String raisedMinimum = """
                {"name":"%s","definition":"%s as defined in the contract","unit":"PERCENT","polarity":"LOWER_IS_BETTER","frequency":"QUARTERLY",
                 "numeratorDefinition":"Children counted","denominatorDefinition":"All children in the cohort",
                 "minimumDenominator":150,"dataSource":"Trust case management system","reason":"Small cohorts skewed the figure"%s}""";
        as(Roles.COMMISSIONER).header("If-Match", etag(indicator)).body(raisedMinimum.formatted(code, code, "")).put(indicator)
                .then().statusCode(400).body("detail", containsString("effectiveFrom"));
        as(Roles.COMMISSIONER).header("If-Match", etag(indicator)).body(raisedMinimum.formatted(code, code, ",\"effectiveFrom\":\"2015-07-01\""))
                .put(indicator).then().statusCode(200).body("minimumDenominator", equalTo(150));
        as(Roles.AUDITOR).get(indicator + "/definitions").then().statusCode(200).body("", hasSize(2))
                .body("[0].effectiveFrom", nullValue()).body("[0].minimumDenominator", equalTo(20))
                .body("[1].effectiveFrom", equalTo("2015-07-01")).body("[1].minimumDenominator", equalTo(150));

        String line = "indicators.find { it.indicatorCode == '" + code + "' }.";
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q2").then().statusCode(200)
                .body(line + "rag", equalTo("AMBER")).body(line + "definitionEffectiveFrom", nullValue())
                .body(line + "definitionChangedSincePreviousPeriod", equalTo(false));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q3").then().statusCode(200)
                .body(line + "rag", equalTo("SUPPRESSED")).body(line + "definitionEffectiveFrom", equalTo("2015-07-01"))
                .body(line + "definitionChangedSincePreviousPeriod", equalTo(true));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q4").then().statusCode(200)
                .body(line + "definitionChangedSincePreviousPeriod", equalTo(false));
    }
}
