package io.sdc.performance.observation;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A number too large for where it is kept is refused before the database, with a 400 naming the field, and nothing
 * is recorded: a rate whose computed value exceeds what a value can hold, and any number given beyond its column.
 */
@QuarkusTest
class NumericLimitsTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void aRateWhoseValueOverflowsIsRefusedNamingTheField() throws Exception {
        UUID contract = support.contractMeasuredBy("REFERRALS-PER-10000", "RATE_PER_10000", "LOWER_IS_BETTER", 1);
        String observations = "/api/v1/contracts/" + contract + "/observations";

        // 10^15 referrals per child: 10^19 per 10,000, beyond the 10 whole digits a value holds.
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"REFERRALS-PER-10000","period":"2015-Q3","numerator":123,"denominator":200,"status":"PROVISIONAL"},
                         {"indicatorCode":"REFERRALS-PER-10000","period":"2015-Q4","numerator":1000000000000000,"denominator":1,"status":"PROVISIONAL"}]""")
                .post(observations).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("observations[1].numerator"));
        // The largest value that fits is kept.
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"REFERRALS-PER-10000","period":"2016-Q1","numerator":999999999,"denominator":1000,"status":"PROVISIONAL"}]""")
                .post(observations).then().statusCode(201).body(org.hamcrest.Matchers.containsString("\"value\":9999999990.0"));
        as(Roles.AUDITOR).get(observations).then().statusCode(200).body("period", org.hamcrest.Matchers.contains("2016-Q1"));

        // Counts beyond what a BIGINT holds are refused as the body is read.
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"REFERRALS-PER-10000","period":"2015-Q4","numerator":100000000000000000000,"denominator":1,"status":"PROVISIONAL"}]""")
                .post(observations).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("[0].numerator"));
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"REFERRALS-PER-10000","period":"2015-Q4","numerator":1,"denominator":100000000000000000000,"status":"PROVISIONAL"}]""")
                .post(observations).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("[0].denominator"));
        // A count or a number of days is given as the value: at most 10 whole digits and 2 decimals.
        indicator("DAYS-TO-ASSESSMENT", "DAYS", "LOWER_IS_BETTER", null);
        as(Roles.TRUST_PERFORMANCE).body("""
                        [{"indicatorCode":"DAYS-TO-ASSESSMENT","period":"2015-Q4","value":12345678901,"status":"PROVISIONAL"}]""")
                .post(observations).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem(org.hamcrest.Matchers.endsWith("value")));
        as(Roles.AUDITOR).get(observations).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anIndicatorsOrABasketsNumbersBeyondTheirColumnsAreRefusedNamingTheField() throws Exception {
        UUID contract = support.contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        as(Roles.COMMISSIONER).body("""
                        {"name":"Too many","definition":"A definition","unit":"COUNT","polarity":"LOWER_IS_BETTER","frequency":"QUARTERLY",
                         "minimumDenominator":3000000000}""")
                .put("/api/v1/indicators/TOO-MANY").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("minimumDenominator"));
        as(Roles.AUDITOR).get("/api/v1/indicators/TOO-MANY").then().statusCode(404);

        var drafted = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets");
        String basket = drafted.path("id");
        String tag = drafted.header("ETag");
        String entries = "/api/v1/baskets/" + basket + "/entries/RE-REFERRALS";
        for (String field : new String[]{"baselineValue", "target", "tolerance"}) {
            String body = """
                    {"baselineValue":38,"target":25,"toleranceKind":"THRESHOLD","tolerance":30}""".replaceFirst(
                    "\"" + field + "\":\\d+", "\"" + field + "\":12345678901.5");
            as(Roles.COMMISSIONER).header("If-Match", tag).body(body).put(entries).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("violations.field", hasItem(field));
        }
        as(Roles.COMMISSIONER).header("If-Match", tag).body("""
                        {"target":25,"toleranceKind":"THRESHOLD","tolerance":30,"comparators":[{"kind":"NATIONAL","value":1E+12}]}""")
                .put(entries).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("comparators[0].value"));
        as(Roles.AUDITOR).get("/api/v1/baskets/" + basket).then().statusCode(200).header("ETag", equalTo(tag))
                .body("entries.size()", equalTo(0));
    }
}
