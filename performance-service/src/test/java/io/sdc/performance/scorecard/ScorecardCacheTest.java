package io.sdc.performance.scorecard;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.scorecard.service.Generations;
import io.sdc.performance.scorecard.service.ScorecardService;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.activateFirst;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.observationId;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static io.sdc.performance.support.PerformanceTestSupport.putEntry;
import static io.sdc.performance.support.PerformanceTestSupport.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A scorecard once built is answered again without being built, until something it is built from changes: then the
 * next read, on this instance or any other, builds it again. Writes through the API and writes made straight to the
 * database (as another instance's would be) alike.
 */
@QuarkusTest
class ScorecardCacheTest {

    @Inject
    PerformanceTestSupport support;

    @Inject
    ScorecardService scorecards;

    @Inject
    AgroalDataSource database;

    @Inject
    Generations generations;

    private String code;
    private UUID contract;
    private String basket;
    private String line;

    @BeforeEach
    void contractWithFigures() throws Exception {
        code = "CACHED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        contract = support.contractMeasuredBy(code, "PERCENT", "LOWER_IS_BETTER", 20);
        basket = draftBasket(contract, code + " {\"baselineValue\":38,\"target\":25,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":30}");
        activateFirst(basket, "2014-10-01");
        observe(contract, "[{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q2\",\"numerator\":30,\"denominator\":100},"
                + "{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q3\",\"numerator\":24,\"denominator\":100}]");
        line = "indicators.find { it.indicatorCode == '" + code + "' }.";
    }

    @Test
    void answersABuiltScorecardAgainWithoutBuildingItWhileNothingChanges() {
        assertThat(statementsToRead(false)).as("statements of the first read").isPositive();
        assertThat(statementsToRead(false)).as("statements of a read with nothing changed").isZero();
        assertThat(statementsToRead(true)).as("validated figures only: built once on its own").isPositive();
        assertThat(statementsToRead(true)).isZero();

        observe(contract, "[{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q4\",\"numerator\":20,\"denominator\":100}]");
        assertThat(statementsToRead(false)).as("statements of a read after a write to the contract").isPositive();
    }

    @Test
    void isBuiltAgainAfterAnObservationIsSubmittedValidatedAndCorrected() {
        scorecard().body(line + "value", equalTo(24.0f)).body(line + "validation", equalTo("PROVISIONAL"));
        scorecard("&validated=true").body(line + "rag", equalTo("NO_DATA"));
        summary().body("indicators[0].latestValue", equalTo(24.0f));

        // Superseding the figure awaiting validation (a reason, as the trust gives one).
        as(Roles.TRUST_PERFORMANCE).body("[{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q3\",\"numerator\":22,"
                + "\"denominator\":100,\"reason\":\"Late referrals recorded\"}]").post(observations()).then().statusCode(201);
        scorecard().body(line + "value", equalTo(22.0f));
        summary().body("indicators[0].latestValue", equalTo(22.0f));

        validate(contract, code, "2015-Q3");
        scorecard().body(line + "validation", equalTo("VALIDATED"));
        scorecard("&validated=true").body(line + "value", equalTo(22.0f)).body(line + "validation", equalTo("VALIDATED"));

        as(Roles.TRUST_PERFORMANCE).body("[{\"indicatorCode\":\"" + code + "\",\"period\":\"2015-Q3\",\"numerator\":27,"
                + "\"denominator\":100,\"reason\":\"Referrals recorded late in the case management system\"}]")
                .post(observations()).then().statusCode(201).body("[0].kind", equalTo("CORRECTION"));
        scorecard().body(line + "value", equalTo(27.0f)).body(line + "validation", equalTo("PROVISIONAL"));
        scorecard("&validated=true").body(line + "value", equalTo(22.0f)).body(line + "correctionPending", equalTo(true));
    }

    @Test
    void isBuiltAgainWhenARevisedBasketComesIntoForce() throws Exception {
        scorecard("2016-Q2", "").body("basketVersionNumber", equalTo(1)).body(line + "target", equalTo(25.0f));

        String revised = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets").then().statusCode(201)
                .extract().path("id");
        putEntry(revised, code, "{\"baselineValue\":23,\"target\":20,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":22}");
        scorecard("2016-Q2", "").body("basketVersionNumber", equalTo(1)).body(line + "target", equalTo(25.0f));

        UUID change = UUID.randomUUID();
        support.publish(support.basketRevision("contract.change-request.raised", contract, change, UUID.fromString(revised), "2016-04-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Roles.AUDITOR).get("/api/v1/baskets/" + revised).then().body("status", equalTo("PROPOSED")));
        support.publish(support.basketRevision("contract.change-request.approved", contract, change, UUID.fromString(revised), "2016-04-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Roles.AUDITOR).get("/api/v1/baskets/" + revised).then().body("status", equalTo("ACTIVE")));

        scorecard("2016-Q2", "").body("basketVersionNumber", equalTo(2)).body(line + "target", equalTo(20.0f));
        scorecard("2016-Q1", "").body("basketVersionNumber", equalTo(1));
    }

    @Test
    void isBuiltAgainWhenAnIndicatorIsRedefined() {
        scorecard().body(line + "rag", equalTo("GREEN")).body(line + "definitionChangedSincePreviousPeriod", equalTo(false));

        String indicator = "/api/v1/indicators/" + code;
        as(Roles.COMMISSIONER).header("If-Match", etag(indicator)).body("""
                        {"name":"%s","definition":"%s as defined in the contract","unit":"PERCENT","polarity":"LOWER_IS_BETTER",
                         "frequency":"QUARTERLY","numeratorDefinition":"Children counted","denominatorDefinition":"All children in the cohort",
                         "minimumDenominator":150,"dataSource":"Trust case management system","reason":"Small cohorts skewed the figure",
                         "effectiveFrom":"2015-07-01"}""".formatted(code, code))
                .put(indicator).then().statusCode(200);

        scorecard().body(line + "rag", equalTo("SUPPRESSED")).body(line + "definitionChangedSincePreviousPeriod", equalTo(true));
    }

    @Test
    void seesTheNextReadAfterAWriteToTheDatabaseByAnotherInstance() throws Exception {
        scorecard().body(line + "value", equalTo(24.0f)).body(line + "target", equalTo(25.0f)).body(line + "name", equalTo(code));
        summary().body("indicators[0].latestValue", equalTo(24.0f));

        write("update observation set value = 26.5 where contract_id = ? and period = '2015-Q3' and superseded_at is null", contract);
        scorecard().body(line + "value", equalTo(26.5f));
        summary().body("indicators[0].latestValue", equalTo(26.5f));

        write("update basket_entry set target = 21 where basket_version_id = ?", UUID.fromString(basket));
        scorecard().body(line + "target", equalTo(21.0f));

        write("update performance_indicator set name = 'Renamed elsewhere' where code = ?", code);
        scorecard().body(line + "name", equalTo("Renamed elsewhere"));

        write("update indicator_definition set minimum_denominator = 500 where indicator_code = ?", code);
        scorecard().body(line + "rag", equalTo("SUPPRESSED"));

        write("delete from observation where contract_id = ? and period = '2015-Q3'", contract);
        scorecard().body(line + "rag", equalTo("NO_DATA"));
    }

    @Test
    void answersNothingKeptFromTheHistoryADatabaseRestoredFromABackupAbandoned() throws Exception {
        scorecard().body(line + "value", equalTo(24.0f));
        long backedUp = generations.of(contract);
        write("update observation set value = 26.5 where contract_id = ? and period = '2015-Q3' and superseded_at is null", contract);
        scorecard().body(line + "value", equalTo(26.5f));

        // The backup taken before that write comes back as a restore writes it: the rows as they were, triggers off.
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local session_replication_role = replica");
            statement.execute("update observation set value = 24 where contract_id = '" + contract + "' and period = '2015-Q3' "
                    + "and superseded_at is null");
            statement.execute("update scorecard_generation set generation = " + backedUp + " where contract_id = '" + contract + "'");
            connection.commit();
        }
        scorecard().body(line + "value", equalTo(24.0f));

        // The restored history's first write never meets a generation the abandoned one had.
        write("update observation set value = 30 where contract_id = ? and period = '2015-Q3' and superseded_at is null", contract);
        scorecard().body(line + "value", equalTo(30.0f));
    }

    @Test
    void keepsNothingBuiltWithinATransactionThatMaySeeItsOwnWritesBeforeTheyCommit() throws Exception {
        QuarkusTransaction.begin();
        try {
            try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                    "update observation set value = 99 where contract_id = ? and period = '2015-Q3' and superseded_at is null")) {
                statement.setObject(1, contract);
                assertThat(statement.executeUpdate()).isOne();
            }
            assertThat(scorecards.scorecard(contract, ReportingPeriod.parse("2015-Q3"), false).indicators())
                    .singleElement().satisfies(built -> assertThat(built.value()).isEqualByComparingTo("99"));
        } finally {
            QuarkusTransaction.rollback();
        }
        scorecard().body(line + "value", equalTo(24.0f));
    }

    private int statementsToRead(boolean validatedOnly) {
        StatementCounter.reset();
        scorecards.scorecard(contract, ReportingPeriod.parse("2015-Q3"), validatedOnly);
        return StatementCounter.count();
    }

    /** A write committed on its own connection, as another instance of the service would make it. */
    private void write(String sql, Object parameter) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            statement.setObject(1, parameter);
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    private String observations() {
        return "/api/v1/contracts/" + contract + "/observations";
    }

    private io.restassured.response.ValidatableResponse scorecard() {
        return scorecard("2015-Q3", "");
    }

    private io.restassured.response.ValidatableResponse scorecard(String query) {
        return scorecard("2015-Q3", query);
    }

    private io.restassured.response.ValidatableResponse scorecard(String period, String query) {
        return as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=" + period + query).then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse summary() {
        return as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/performance-summary?contractYear=2014/15").then().statusCode(200);
    }
}
