package io.sdc.finance.monitoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.SeedBudgetTest;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.OperatorMetrics;
import io.sdc.platform.testing.TestTokens;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * The trust's Q2 2015/16 monitoring return (July to September 2015, period 2015-Q3) forecasts an overspend of £348k on
 * placements; malformed exports are refused with every fault listed and nothing applied.
 */
@QuarkusTest
class MonitoringReturnImportTest extends SeedBudgetTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void forecastsTheSeedsQ2OverspendOnPlacementsAndRaisesItsEvent() {
        upload("2015-Q3", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("forecastOutturn", equalTo("42659000.00")).body("lines", equalTo(4));

        as(Roles.COMMISSIONER).get("/api/v1/budgets/" + budget + "/forecast").then().statusCode(200)
                .body("variance", equalTo("348000.00"))
                .body("lines.find { it.code == 'placements' }.variance", equalTo("348000.00"))
                .body("lines.find { it.code == 'placements' }.variancePercent", equalTo("2.78"))
                .body("lines.find { it.code == 'staffing' }.variance", equalTo("0.00"))
                .body("trend.period", hasItem("2015-Q3"));
        assertThat(events("finance.forecast.overspend")).isEqualTo(1);

        // The same file again is recognised and applied once.
        upload("2015-Q3", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        assertThat(events("finance.monitoring-return.imported")).isEqualTo(1);
    }

    @Test
    void countsForTheOperatorEachImportsTimeAndRowsByOutcome() {
        List<OperatorMetrics.Sample> before = OperatorMetrics.scrape();
        upload("2015-Q3", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        upload("2015-Q3", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        upload("2015-Q4", "text/csv", "budget_line,actual_to_date,forecast_outturn\nstaffing,lots,none\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400);

        List<OperatorMetrics.Sample> after = OperatorMetrics.assertExposed("every", "publishers", "finance-service");
        assertThat(OperatorMetrics.increase(before, after, IMPORTS, "format", "csv", "outcome", "imported")).isEqualTo(1);
        assertThat(OperatorMetrics.increase(before, after, IMPORTS, "format", "csv", "outcome", "unchanged")).isEqualTo(1);
        assertThat(OperatorMetrics.increase(before, after, IMPORTS, "format", "csv", "outcome", "refused")).isEqualTo(1);
        assertThat(OperatorMetrics.increase(before, after, "sdc_monitoring_return_import_rows_sum", "format", "csv", "outcome", "imported")).isEqualTo(4);
        assertThat(OperatorMetrics.increase(before, after, "sdc_monitoring_return_import_seconds_bucket", "format", "csv", "outcome", "imported", "le", "+Inf"))
                .as("a histogram, for p95").isEqualTo(1);
        assertThat(after).filteredOn(sample -> sample.name().equals("sdc_outbox_pending_events"))
                .singleElement().satisfies(sample -> {
                    assertThat(sample.labels()).containsEntry("service", "finance-service");
                    assertThat(sample.value()).isGreaterThanOrEqualTo(0);
                });
        assertThat(OperatorMetrics.sum(after, "http_server_requests_seconds_count", "service", "finance-service", "method", "POST",
                "uri", "/api/v1/budgets/{id}/monitoring-returns", "status", "400")).isGreaterThanOrEqualTo(1);
    }

    private static final String IMPORTS = "sdc_monitoring_return_import_seconds_count";

    @Test
    void aLaterReturnForThePeriodSupersedesTheEarlierWhichStaysInHistory() throws Exception {
        upload("2015-Q3", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        byte[] workbook = q3Workbook("18200000.00", "12600000.00");
        // The period's return is SUBMITTED: a new one corrects it, and says why.
        upload("2015-Q3", XLSX, workbook).then().statusCode(400).body("violations.field", hasItem("reason"));
        importReturn(budget, "2015-Q3", XLSX, workbook, "Placements forecast revised").then().statusCode(201).body("format", equalTo("XLSX")).body("correctionReason", equalTo("Placements forecast revised"));

        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].supersededAt", org.hamcrest.Matchers.notNullValue());
        as(Roles.TRUST_FINANCE).get("/api/v1/budgets/" + budget + "/forecast?period=2015-Q3").then()
                .body("variance", equalTo("100000.00"));
    }

    @Test
    void refusesAMalformedExportListingEveryFaultAndAppliesNothing() throws Exception {
        String faulty = """
                budget_line,actual_to_date,forecast_outturn
                staffing,9100000.00,18200000.00
                staffing,9100000.00,18200000.00
                residential-care,10.00,10.00
                placements,six million,12848000.00
                commissioned-services,-5.00,7611000.00
                overheads,2000000.00,"=HYPERLINK(""http://evil.example"",""click"")"
                """;
        upload("2015-Q3", "text/csv", faulty.getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("nothing was applied"))
                .body("violations.field", hasItems("row 3", "row 4", "row 5", "row 6", "row 7"))
                .body("violations.message", hasItem(containsString("appears twice")))
                .body("violations.message", hasItem(containsString("no budget line 'residential-care'")))
                .body("violations.message", hasItem(containsString("not 'six million'")))
                .body("violations.message", hasItem(containsString("out of range")))
                .body("violations.message", hasItem(containsString("spreadsheet formula")));
        upload("2014-Q4", "text/csv", Q2_RETURN.getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("violations.message", hasItem(containsString("outside the financial year 2015/16")));
        upload("2015-Q3", "text/csv", "budget_line,actual_to_date,forecast_outturn\nstaffing,9100000.00,18200000.00\n"
                .getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("violations.message", hasItems("budget line placements is missing", "budget line overheads is missing"));
        upload("2015-Q3", "text/csv", "budget_line,actual_to_date,forecast_outturn\nstaffing,1.00,\"unclosed\"quote\n"
                .getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("violations.message", hasItem(containsString("not valid CSV")));
        upload("2015-Q3", "text/csv", new byte[0]).then().statusCode(400)
                .body("violations.message", hasItem("the file is empty"));
        upload("2015-Q3", "text/csv", Q2_RETURN.replace("staffing", "staffing £").getBytes(StandardCharsets.ISO_8859_1)).then().statusCode(400)
                .body("violations.message", hasItem(containsString("not UTF-8")));
        upload("2015-Q3", "text/csv", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02}).then().statusCode(400)
                .body("violations.message", hasItem(containsString("binary")));
        upload("2015-Q3", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("violations.message", hasItem(containsString("not a readable XLSX")));
        byte[] formulaWorkbook = q3Workbook("=SUM(1,2)", "12848000.00");
        upload("2015-Q3", XLSX, formulaWorkbook).then().statusCode(400)
                .body("violations.message", hasItem(containsString("spreadsheet formula")));

        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM monitoring_return WHERE budget_id = ?1")
                .setParameter(1, UUID.fromString(budget)).getSingleResult()).longValue())).isZero();
        assertThat(events("finance.monitoring-return.imported")).isZero();
    }

    @Test
    void onlyTrustFinanceImports() {
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).contentType("text/csv").body(Q2_RETURN)
                .post("/api/v1/budgets/" + budget + "/monitoring-returns?period=2015-Q3").then().statusCode(403);
    }

    private io.restassured.response.Response upload(String period, String contentType, byte[] body) {
        return importReturn(budget, period, contentType, body, null);
    }

    private long events(String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject = ?2", type, contract.toString()));
    }

    /** A workbook as a finance system exports it: amounts as numbers, "=..." cells as formulas. */
    /** The 2015-Q3 return as a workbook, with the forecast outturns of staffing and placements given. */
    private static byte[] q3Workbook(String staffingForecast, String placementsForecast) throws Exception {
        return xlsx(new String[][] {
                {"budget_line", "actual_to_date", "forecast_outturn"},
                {"staffing", "9100000.00", staffingForecast},
                {"placements", "6420000.00", placementsForecast},
                {"commissioned-services", "3800000.00", "7611000.00"},
                {"overheads", "2000000.00", "4000000.00"}});
    }

    private static byte[] xlsx(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Return");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String value = rows[r][c];
                    if (value.startsWith("=")) {
                        row.createCell(c).setCellFormula(value.substring(1));
                    } else if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
