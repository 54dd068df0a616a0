package io.sdc.finance.ledger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sdc.finance.support.SeedBudgetTest;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.OperatorMetrics;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.asUser;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Trust finance maps its ledger codes to the 2015/16 budget lines and imports its ledger for Q2 2015/16 (period
 * 2015-Q3) instead of the summary: the rows add up to the same return, £348k over on placements. Faults are listed
 * by row with their counts and leave nothing stored; a large file is imported by a job.
 */
@QuarkusTest
class LedgerExportTest extends SeedBudgetTest {

    private static final String HEADER = "cost_centre,account,actual_to_date,forecast_outturn";

    @Test
    void keepsEveryVersionOfTheMappingAndChangesItOnlyAtTheVersionRead() {
        String path = "/api/v1/contracts/" + contract + "/ledger-mapping";
        as(Roles.AUDITOR).get(path).then().statusCode(404);
        putMapping(mapping(40), "\"1\"").then().statusCode(412);

        putMapping(mapping(40), null).then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("rowCount", equalTo(40)).body("createdBy", equalTo("finance.officer"));
        putMapping(mapping(80), null).then().statusCode(428).contentType(startsWith("application/problem+json"));
        putMapping(mapping(80), "\"7\"").then().statusCode(412);
        putMapping(mapping(80), "\"1\"").then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2)).body("rowCount", equalTo(80));
        // Another change made from version 1, which is no longer current.
        putMapping(mapping(40), "\"1\"").then().statusCode(412);

        // Faults are named by row; nothing changes.
        String faulty = "cost_centre,account,budget_line\nCC1,A1,staffing\nCC2,A1,residential-care\nCC1,A1,placements\n=cmd,A2,staffing\n";
        putMapping(faulty, "\"2\"").then().statusCode(400)
                .body("violations.field", hasItems("row 3", "row 4", "row 5"))
                .body("violations.message", hasItem(containsString("no budget line 'residential-care'")))
                .body("violations.message", hasItem(containsString("mapped twice: on row 2")))
                .body("violations.message", hasItem(containsString("not a ledger code")));

        as(Roles.COMMISSIONER).get(path).then().statusCode(200).header("ETag", "\"2\"").body("rows", hasSize(80));
        as(Roles.AUDITOR).get(path + "/versions").then().statusCode(200).body("version", equalTo(List.of(1, 2)));
        as(Roles.AUDITOR).get(path + "/versions/1").then().statusCode(200).body("rows", hasSize(40))
                .body("rows[0].costCentre", equalTo("CC0")).body("rows[0].budgetLine", equalTo("staffing"));
        as(Roles.AUDITOR).get(path + "/versions/3").then().statusCode(404);
        as(Roles.AUDITOR).get(path + "/versions/first").then().statusCode(404);
    }

    @Test
    void aLedgerAddsUpToTheSameReturnAsTheSummaryAndGoesThroughTheSameImport() {
        putMapping(mapping(2000), null).then().statusCode(200);
        List<OperatorMetrics.Sample> before = OperatorMetrics.scrape();
        String summary = importReturn(budget, "2015-Q3", Q2_RETURN, null).then().statusCode(201).extract().path("id");

        byte[] ledger = ledger(2000);
        assertThat(ledger.length).isLessThan(100_000);
        // The period's return is SUBMITTED: the ledger corrects it, and must say why, as any return would.
        postLedger(ledger, null).then().statusCode(400).body("violations.field", hasItem("reason"));
        Response imported = postLedger(ledger, "The ledger replaces the summary");
        imported.then().statusCode(201).body("format", equalTo("LEDGER")).body("lines", equalTo(4))
                .body("forecastOutturn", equalTo("42659000.00")).body("actualToDate", equalTo("21320000.00"))
                .body("correctionOf", equalTo(summary)).body("correctionReason", equalTo("The ledger replaces the summary"));
        String ledgerReturn = imported.path("id");

        Map<String, Object> fromSummary = figures(summary);
        assertThat(figures(ledgerReturn)).isEqualTo(fromSummary);
        as(Roles.COMMISSIONER).get("/api/v1/budgets/" + budget + "/forecast").then().statusCode(200)
                .body("returnId", equalTo(ledgerReturn)).body("variance", equalTo("348000.00"))
                .body("lines.find { it.code == 'placements' }.variance", equalTo("348000.00"));
        assertThat(count("SELECT count(*) FROM ledger_line WHERE return_id = CAST(?1 AS uuid)", ledgerReturn)).isEqualTo(2000);
        assertThat(count("SELECT sum(actual_to_date) FROM ledger_line WHERE return_id = CAST(?1 AS uuid) AND budget_line = 'placements'",
                ledgerReturn)).isEqualTo(6420000);

        // The same file under the same mapping is recognised; under a new mapping version it is imported again.
        postLedger(ledger, null).then().statusCode(200).body("id", equalTo(ledgerReturn));
        putMapping(mapping(2000), "\"1\"").then().statusCode(200);
        postLedger(ledger, "The mapping was put again").then().statusCode(201).body("correctionOf", equalTo(ledgerReturn));

        List<OperatorMetrics.Sample> after = OperatorMetrics.scrape();
        assertThat(OperatorMetrics.increase(before, after, "sdc_monitoring_return_import_seconds_count", "format", "ledger", "outcome", "imported"))
                .isEqualTo(2);
        assertThat(OperatorMetrics.increase(before, after, "sdc_monitoring_return_import_rows_sum", "format", "ledger", "outcome", "unchanged"))
                .as("a ledger counts its file's rows").isEqualTo(2000);
    }

    @Test
    void listsEveryKindOfFaultByRowWithItsCountAndStoresNothing() {
        putMapping(mapping(40), null).then().statusCode(200);
        String faulty = HEADER + ",transaction_reference,period\n"
                + "CC0,A0,10.00,20.00,T1,2015-04\n"          // row 2: fine
                + "CCX,A9,10.00,20.00,T2,2015-05\n"          // row 3: unmapped
                + "CC1,A0,12.345,20.00,T3,2015-05\n"         // row 4: three places
                + "CC2,A0,-5.00,20.00,T4,2015-05\n"          // row 5: negative
                + "CC3,A0,10.00,1000000000.01,T5,2015-05\n"  // row 6: over the limit
                + "CC4,A0,ten,,T6,2015-05\n"                 // row 7: not an amount, and empty
                + "CC0,A0,1.00,2.00,T1,2015-04\n"            // row 8: the same as row 2
                + "CC5,A0,10.00,20.00,T7,2016-05\n"          // row 9: after the year
                + "CC6,A0,10.00,20.00,T8,2015-13\n";         // row 10: not a month
        postLedger(faulty.getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("nothing was applied"))
                .body("violations.findAll { it.field == 'row 3' }.message", hasItem(containsString("are not in the ledger mapping (version 1)")))
                .body("violations.findAll { it.field == 'row 4' }.message", hasItem(containsString("more than two decimal places")))
                .body("violations.findAll { it.field == 'row 5' }.message", hasItem(containsString("is negative")))
                .body("violations.findAll { it.field == 'row 6' }.message", hasItem(containsString("over the limit")))
                .body("violations.findAll { it.field == 'row 7' }.message", hasItems(containsString("actual_to_date must be an amount"),
                        containsString("forecast_outturn is empty")))
                .body("violations.findAll { it.field == 'row 8' }.message", hasItem(containsString("as row 2")))
                .body("violations.findAll { it.field == 'row 9' }.message", hasItem(containsString("outside the financial year 2015/16")))
                .body("violations.findAll { it.field == 'row 10' }.message", hasItem(containsString("must be a month")))
                .body("violations.find { it.field == 'count:unmapped-code' }.message", equalTo("1"))
                .body("violations.find { it.field == 'count:bad-amount' }.message", equalTo("5"))
                .body("violations.find { it.field == 'count:duplicate-row' }.message", equalTo("1"))
                .body("violations.find { it.field == 'count:period-outside-year' }.message", equalTo("2"));

        // The first 100 faults are listed, every one counted.
        StringBuilder unmapped = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 150; i++) {
            unmapped.append("NOPE").append(i).append(",A0,1.00,1.00\n");
        }
        postLedger(unmapped.toString().getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .body("violations.findAll { it.field.startsWith('row ') }", hasSize(100))
                .body("violations[0].field", equalTo("row 2")).body("violations[99].field", equalTo("row 101"))
                .body("violations.message", hasItem("and 50 more faults"))
                .body("violations.find { it.field == 'count:unmapped-code' }.message", equalTo("150"));

        // A row PostgreSQL cannot read as the header's columns, a header it does not know, a budget line no row reaches.
        postLedger((HEADER + "\nCC0,A0,1.00,2.00\nCC1,A0,1.00,2.00,extra\n").getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .body("violations.field", hasItem("row 3"));
        postLedger("cost_centre,acct,actual_to_date\nCC0,A0,1.00\n".getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .body("violations.field", hasItem("row 1"));
        postLedger((HEADER + "\nCC0,A0,1.00,2.00\n").getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .body("violations.message", hasItems(containsString("budget line placements is missing"),
                        containsString("budget line overheads is missing")));

        // All or nothing: no return, no ledger row, no event.
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().statusCode(200).body("size()", equalTo(0));
        assertThat(count("SELECT count(*) FROM ledger_return r JOIN monitoring_return m ON m.id = r.return_id WHERE m.budget_id = CAST(?1 AS uuid)",
                budget)).isZero();
    }

    @Test
    void aLargeFileIsImportedByAJobThatSaysHowItEnded() {
        putMapping(mapping(6000), null).then().statusCode(200);
        byte[] ledger = ledger(6000);
        assertThat(ledger.length).as("over the tests' threshold of 100000 bytes").isGreaterThan(100_000);

        Response accepted = postLedger(ledger, null);
        accepted.then().statusCode(202).body("status", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "SUCCEEDED"));
        String job = java.net.URI.create(accepted.header("Location")).getPath();
        assertThat(job).startsWith("/api/v1/ledger-import-jobs/");
        Map<String, Object> done = finished(job);
        assertThat(done).containsEntry("status", "SUCCEEDED").containsEntry("rowsRead", 6000).containsEntry("alreadyApplied", false);
        String returnLink = (String) done.get("returnLink");
        as(Roles.AUDITOR).get(returnLink).then().statusCode(200).body("format", equalTo("LEDGER"))
                .body("forecastOutturn", equalTo("42659000.00")).body("submittedBy", equalTo("finance.officer"));

        // A large file with faults: the job fails with the problem the request would have had, and nothing is stored.
        String faulty = new String(ledger(6000), StandardCharsets.UTF_8).replace("\nCC7,A3,", "\nCC7,A3,-");
        Response refused = postLedger(faulty.getBytes(StandardCharsets.UTF_8), "A correction that fails");
        refused.then().statusCode(202);
        String failedJob = java.net.URI.create(refused.header("Location")).getPath();
        Map<String, Object> failed = finished(failedJob);
        assertThat(failed).containsEntry("status", "FAILED");
        as(Roles.TRUST_FINANCE).get(failedJob).then()
                .body("problem.status", equalTo(400))
                .body("problem.violations.find { it.field == 'count:bad-amount' }.message", equalTo("1"))
                .body("problem.violations.field", hasItem(startsWith("row ")));
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().body("size()", equalTo(1));

        // A job whose instance stopped reporting on it is marked FAILED when read.
        UUID stale = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO ledger_import_job (id, budget_id, contract_id, period, status, bytes, file_sha256, submitted_by,
                                                       created_at, started_at, heartbeat_at)
                        VALUES (?1, CAST(?2 AS uuid), ?3, '2015-Q3', 'RUNNING', 1, 'x', 'finance.officer', ?4, ?4, ?4)""")
                .setParameter(1, stale).setParameter(2, budget).setParameter(3, contract)
                .setParameter(4, Timestamp.from(Instant.parse("2015-01-01T00:00:00Z"))).executeUpdate());
        as(Roles.AUDITOR).get("/api/v1/ledger-import-jobs/" + stale).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("problem.detail", containsString("stopped reporting"));
        as(Roles.AUDITOR).get("/api/v1/ledger-import-jobs/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static Map<String, Object> finished(String job) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> as(Roles.TRUST_FINANCE).get(job).then().statusCode(200).extract().jsonPath().getMap(""),
                state -> "SUCCEEDED".equals(state.get("status")) || "FAILED".equals(state.get("status")));
    }

    private Map<String, Object> figures(String returnId) {
        Map<String, Object> byLine = new java.util.TreeMap<>();
        List<Map<String, Object>> lines = as(Roles.AUDITOR).get("/api/v1/monitoring-returns/" + returnId).then().statusCode(200)
                .extract().jsonPath().getList("figures");
        lines.forEach(line -> byLine.put((String) line.get("code"), line.get("actualToDate") + "/" + line.get("forecastOutturn")));
        assertThat(byLine).hasSize(4);
        return byLine;
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = entityManager.createNativeQuery(sql).setParameter(1, id).getSingleResult();
            return value == null ? 0 : ((Number) value).longValue();
        });
    }

    private Response putMapping(String csv, String ifMatch) {
        RequestSpecification request = asUser("finance.officer", Roles.TRUST_FINANCE).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/contracts/" + contract + "/ledger-mapping");
    }

    private Response postLedger(byte[] csv, String reason) {
        RequestSpecification request = asUser("finance.officer", Roles.TRUST_FINANCE).contentType("text/csv").body(csv);
        if (reason != null) {
            request.header("Change-Reason", reason);
        }
        return request.post("/api/v1/budgets/" + budget + "/ledger-returns?period=2015-Q3");
    }

    /** Row i's cost centre and account: CC0..CC39 by account A0, A1, ...; cost centres 0-9 are staffing, 10-19 placements... */
    private static String costCentre(int i) {
        return "CC" + (i % 40);
    }

    private static String account(int i) {
        return "A" + (i / 40);
    }

    private static int line(int i) {
        return (i % 40) / 10;
    }

    /** The mapping of the first {@code rows} (cost centre, account) pairs of {@link #ledger}. */
    private static String mapping(int rows) {
        StringBuilder csv = new StringBuilder("cost_centre,account,budget_line\n");
        for (int i = 0; i < rows; i++) {
            csv.append(costCentre(i)).append(',').append(account(i)).append(',').append(Q2_LINES[line(i)][0]).append('\n');
        }
        return csv.toString();
    }

    /** A ledger of {@code rows} rows (a multiple of 40) whose rows add up, per budget line, to the Q2 summary exactly. */
    private static byte[] ledger(int rows) {
        int perLine = rows / 4;
        int[] seen = new int[4];
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            int line = line(i);
            boolean last = ++seen[line] == perLine;
            csv.append(costCentre(i)).append(',').append(account(i)).append(',')
                    .append(share(Q2_LINES[line][1], perLine, last)).append(',').append(share(Q2_LINES[line][2], perLine, last)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One row's share of a line's total in pennies; the last row takes what the others leave. */
    private static String share(String total, int rows, boolean last) {
        BigDecimal whole = new BigDecimal(total);
        BigDecimal each = whole.divide(BigDecimal.valueOf(rows), 2, RoundingMode.DOWN);
        return (last ? whole.subtract(each.multiply(BigDecimal.valueOf(rows - 1))) : each).toPlainString();
    }
}
