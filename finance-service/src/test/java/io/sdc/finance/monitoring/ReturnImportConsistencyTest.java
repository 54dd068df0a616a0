package io.sdc.finance.monitoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.SeedBudgetTest;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static io.sdc.finance.support.FinanceTestSupport.importReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A monitoring return is imported exactly as it was checked, or refused whole: a workbook whose header is not on its
 * first row, or whose rows repeat a row number, never ends in a failure of ours or in lines counted but not stored;
 * and an earlier file sent again after a later one replaced it is applied again.
 */
@QuarkusTest
class ReturnImportConsistencyTest extends SeedBudgetTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aWorkbookWhoseHeaderIsOnItsThirdRowIsImportedWithEveryLineItCounted() throws Exception {
        byte[] workbook = xlsx(2, Q2_HEADER, Q2_LINES);

        String id = upload("2015-Q3", XLSX, workbook).then().statusCode(201).body("lines", equalTo(4))
                .body("forecastOutturn", equalTo("42659000.00")).extract().path("id");

        assertThat(storedLines(id)).containsExactly(
                "commissioned-services 3800000.00 7611000.00 row 6",
                "overheads 2000000.00 4000000.00 row 7",
                "placements 6420000.00 12848000.00 row 5",
                "staffing 9100000.00 18200000.00 row 4");
        as(Roles.COMMISSIONER).get("/api/v1/budgets/" + budget + "/forecast?period=2015-Q3").then().statusCode(200)
                .body("lines.find { it.code == 'placements' }.variance", equalTo("348000.00"));
    }

    @Test
    void aWorkbookWhoseFirstLineRepeatsTheHeadersRowNumberIsRefusedWhole() throws Exception {
        byte[] workbook = renumbered(xlsx(0, Q2_HEADER, Q2_LINES), 2, 1);

        upload("2015-Q3", XLSX, workbook).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("nothing was applied"))
                .body("violations.field", hasItem("row 1"))
                .body("violations.message", hasItem(containsString("numbered in order")));

        assertThat(count("SELECT count(*) FROM monitoring_return WHERE budget_id = ?1")).isZero();
        assertThat(count("SELECT count(*) FROM monitoring_return_line l JOIN monitoring_return r ON r.id = l.return_id "
                + "WHERE r.budget_id = ?1")).isZero();
    }

    @Test
    void anEarlierFileSentAgainAfterALaterOneReplacedItIsAppliedAgain() {
        byte[] first = csv("12848000.00");
        byte[] second = csv("12600000.00");

        String firstId = upload("2015-Q3", "text/csv", first).then().statusCode(201).extract().path("id");
        importReturn(budget, "2015-Q3", "text/csv", second, "Placements revised").then().statusCode(201);
        String again = importReturn(budget, "2015-Q3", "text/csv", first, "The first forecast stands").then().statusCode(201)
                .body("supersededAt", nullValue()).extract().path("id");
        assertThat(again).isNotEqualTo(firstId);

        as(Roles.TRUST_FINANCE).get("/api/v1/budgets/" + budget + "/forecast?period=2015-Q3").then().statusCode(200)
                .body("returnId", equalTo(again)).body("variance", equalTo("348000.00"));
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("find { it.id == '" + firstId + "' }.supersededAt", notNullValue())
                .body("findAll { it.supersededAt == null }.id", equalTo(List.of(again)));

        // Sent once more while it is the current return: recognised, nothing changes.
        upload("2015-Q3", "text/csv", first).then().statusCode(200).body("id", equalTo(again));
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().body("size()", equalTo(3));
    }

    private byte[] csv(String placementsForecast) {
        return ("budget_line,actual_to_date,forecast_outturn\nstaffing,9100000.00,18200000.00\nplacements,6420000.00,"
                + placementsForecast + "\ncommissioned-services,3800000.00,7611000.00\noverheads,2000000.00,4000000.00\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private io.restassured.response.Response upload(String period, String contentType, byte[] body) {
        return importReturn(budget, period, contentType, body, null);
    }

    private List<String> storedLines(String returnId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT line_code || ' ' || actual_to_date || ' ' || forecast_outturn || ' row ' || row_number
                        FROM monitoring_return_line WHERE return_id = ?1 ORDER BY line_code""", String.class)
                .setParameter(1, UUID.fromString(returnId)).getResultList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, UUID.fromString(budget)).getSingleResult()).longValue());
    }

    /** A workbook as a finance system exports it, its header on the given row (0-based), amounts as numbers. */
    static byte[] xlsx(int headerRow, String[] header, String[][] lines) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Return");
            XSSFRow top = sheet.createRow(headerRow);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < lines.length; r++) {
                XSSFRow row = sheet.createRow(headerRow + 1 + r);
                row.createCell(0).setCellValue(lines[r][0]);
                row.createCell(1).setCellValue(Double.parseDouble(lines[r][1]));
                row.createCell(2).setCellValue(Double.parseDouble(lines[r][2]));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its sheet's row {@code from} (and its cells) numbered {@code to} in the sheet XML, as some tools write it. */
    static byte[] renumbered(byte[] workbook, int from, int to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String rewritten = xml.replace("<row r=\"" + from + "\"", "<row r=\"" + to + "\"")
                            .replaceAll("r=\"([A-Z]+)" + from + "\"", "r=\"$1" + to + "\"");
                    changed = !rewritten.equals(xml);
                    content = rewritten.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertThat(changed).as("the sheet had a row " + from).isTrue();
        return out.toByteArray();
    }
}
