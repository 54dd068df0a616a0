package io.sdc.endtoend;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.sdc.endtoend.ReadmePorts.PERFORMANCE;
import static io.sdc.endtoend.ReadmePorts.FINANCE;
import static io.sdc.endtoend.ReadmePorts.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's annual report on the trust's first contract year (1 October 2014 – 30 September 2015), drafted from the
 * demo data through report-service: the seed's figures stated in its JSON, in its PDF's text and in its Word document's
 * text (each parsed back), the PDF's first page drawn as evidence; then, in Chromium, the commissioner reads it in the
 * portal and issues it (confirming, with a reason, that some figures are not validated yet), and after the trust
 * corrects one of its figures the issued copy is still byte for byte what was issued, its hash unchanged, while a new
 * draft shows the correction. Runs last among the browser tests: it changes a figure of the demo contract.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(BrowserPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** What the seed's annual report says, as the generated report must say it from the data. */
    private static final Map<String, Pattern> SEED_STATEMENTS = new LinkedHashMap<>();

    static {
        SEED_STATEMENTS.put("re-referrals 38% to 23%", fell("re-referral", 38, 23));
        SEED_STATEMENTS.put("second child-protection plans 16% to 13%", fell("second or subsequent time", 16, 13));
        SEED_STATEMENTS.put("three or more placement moves 11% to 7%", fell("three or more placement", 11, 7));
        SEED_STATEMENTS.put("agency staff 18% to 10%", fell("agency", 18, 10));
        SEED_STATEMENTS.put("turnover 29% to 18%", fell("turnover", 29, 18));
        SEED_STATEMENTS.put("the Ofsted inspection's judgement", statement("4 November 2015[^.]*?inadequate"));
        SEED_STATEMENTS.put("the Requires Improvement milestone on track", statement("Requires Improvement by April 2016[^.]*? is on track"));
        SEED_STATEMENTS.put("the first period's £49k surplus after the risk share", statement("after the risk share[^.]*? a surplus of £49k"));
        SEED_STATEMENTS.put("the Q2 2015/16 forecast overspend of £348k on placements", statement("quarter 2 of 2015/16 \\(2015-Q3\\) forecasts an overspend of £348k.{0,80}?all of it on placements"));
        SEED_STATEMENTS.put("next year's budget £42.2m, a net reduction of £111k", statement("2016/17[^.]*? £42\\.2m, a net reduction of £111k"));
        SEED_STATEMENTS.put("the CWD transfer proposed", statement("NCR-1 [^.]*?Children with Disability"));
        SEED_STATEMENTS.put("the Early Help Hub oversight proposed", statement("NCR-2 [^.]*?Early Help Hub"));
        SEED_STATEMENTS.put("the revised PI basket proposed", statement("NCR-3 [^.]*?basket"));
    }

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.DemoId("CONTRACT")
    private static String contract;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;

    @BeforeAll
    static void uploadTheTrustsReturn() throws IOException {
        // The trust's Q2 2015/16 return, as the seeds' story uploads it (SeedStoryBrowserIT does through the portal).
        String budget = portal.demo.get("BUDGET_2015_16");
        if (portal.platform.as("auditor", FINANCE).get("/api/v1/budgets/" + budget + "/forecast?period=2015-Q3").statusCode() == 404) {
            portal.platform.as("trust-finance", FINANCE).contentType("text/csv").body(SeedStoryBrowserIT.Q2_RETURN)
                    .post("/api/v1/budgets/" + budget + "/monitoring-returns?period=2015-Q3").then().statusCode(201);
        }
    }

    @Test
    @Order(1)
    void theAnnualReportStatesTheSeedsFiguresInItsJsonItsPdfAndItsWordDocument() throws Exception {
        String json = annualReport().accept("application/json").get().then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertStatesTheSeed("the JSON", json);

        byte[] pdf = annualReport().accept("application/pdf").get().then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path evidence = portal.screenshots.resolveSibling("reports");
        Files.createDirectories(evidence);
        Files.write(evidence.resolve("annual-report-2014-15.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertStatesTheSeed("the PDF", new PDFTextStripper().getText(document));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 96), "png",
                    portal.screenshots.resolve("report-annual-2014-15-pdf-page-1.png").toFile());
        }
        assertThat(portal.screenshots.resolve("report-annual-2014-15-pdf-page-1.png")).isNotEmptyFile();

        byte[] docx = annualReport().accept(DOCX).get().then().statusCode(200).contentType(DOCX).extract().asByteArray();
        Files.write(evidence.resolve("annual-report-2014-15.docx"), docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertStatesTheSeed("the Word document", extractor.getText());
        }
    }

    @Test
    @Order(2)
    void theCommissionerIssuesTheReportAndTheIssuedCopyStaysAsIssuedAfterAFigureIsCorrected() throws Exception {
        String page = "/contracts/" + contract + "/reports/annual?contractYear=2014/15";
        commissioner.visit("/contracts/" + contract + "/reports").screenshot("report-01-reports");
        // The quarterly pack of the contract year's last quarter: the scorecard and the forecast overspend, charts drawn.
        commissioner.visit("/contracts/" + contract + "/reports/quarterly?period=2015-Q3").screenshot("report-02-quarterly-pack");
        assertThat(normalised(commissioner.page.locator("#report-document").innerText()))
                .contains("Re-referrals within 12 months").containsPattern("overspend of £348k");
        commissioner.visit(page).screenshot("report-02-annual-report");
        assertThat(commissioner.page.locator("#report-notices").innerText()).containsIgnoringCase("not");
        assertStatesTheSeed("the portal's page", commissioner.page.locator("#report-document").innerText());

        // Some figures are provisional: issuing needs the commissioner's confirmation, with a reason.
        commissioner.press("Issue this report");
        assertThat(commissioner.page.locator(".govuk-error-summary a").allInnerTexts()).isNotEmpty();
        commissioner.screenshot("report-03-issue-refused");
        commissioner.page.check("#confirmUnvalidated");
        commissioner.page.fill("#reason", "For the Secretary of State before the quarter 3 figures are validated");
        commissioner.press("Issue this report").screenshot("report-04-issued");
        Matcher issued = Pattern.compile("/reports/issued/([0-9a-f-]{36})").matcher(commissioner.page.url());
        assertThat(issued.find()).as("the issued copy's page: " + commissioner.page.url()).isTrue();
        String id = issued.group(1);
        String shownPdfHash = commissioner.page.locator("#issued-pdf-sha256").innerText().replaceAll("\\s", "");
        String shownFiguresHash = commissioner.page.locator("#issued-figures-sha256").innerText().replaceAll("\\s", "");

        byte[] pdf = issuedCopy(id, "pdf");
        byte[] figures = issuedCopy(id, "figures");
        assertThat(sha256(pdf)).isEqualTo(shownPdfHash);
        assertThat(sha256(figures)).isEqualTo(shownFiguresHash);

        // The trust corrects its staff turnover for July to September 2015 (45 leavers of 250 become 44).
        portal.platform.as("trust-performance", PERFORMANCE).body("""
                        [{"indicatorCode":"STAFF-TURNOVER","period":"2015-Q3","numerator":44,"denominator":250,
                          "reason":"One leaver was counted twice in the finance system's extract"}]""")
                .post("/api/v1/contracts/" + contract + "/observations").then().statusCode(201);

        assertThat(issuedCopy(id, "pdf")).as("the issued PDF, fetched after the correction").isEqualTo(pdf);
        assertThat(issuedCopy(id, "figures")).as("the issued figures, fetched after the correction").isEqualTo(figures);
        portal.platform.as("auditor", REPORTS).get("/api/v1/issued-reports/" + id).then().statusCode(200)
                .body("pdfSha256", org.hamcrest.Matchers.equalTo(shownPdfHash))
                .body("figuresSha256", org.hamcrest.Matchers.equalTo(shownFiguresHash));
        String draft = annualReport().accept("application/json").get().then().statusCode(200).extract().asString();
        assertThat(normalised(draft)).as("a new draft").containsPattern("turnover[^.]*? fell from 29(\\.0+)?% at transfer to 17\\.6%");
        assertThat(normalised(new String(figures, java.nio.charset.StandardCharsets.UTF_8))).doesNotContain("17.6");
    }

    private static io.restassured.specification.RequestSpecification annualReport() throws IOException {
        return portal.platform.as("commissioner", REPORTS).basePath("/api/v1/contracts/" + contract + "/annual-report")
                .queryParam("contractYear", "2014/15");
    }

    private static byte[] issuedCopy(String id, String form) throws IOException {
        return portal.platform.as("auditor", REPORTS).accept("*/*").get("/api/v1/issued-reports/" + id + "/" + form)
                .then().statusCode(200).extract().asByteArray();
    }

    private static void assertStatesTheSeed(String form, String text) {
        String normalised = normalised(text);
        SEED_STATEMENTS.forEach((what, pattern) ->
                assertThat(pattern.matcher(normalised).find()).as(form + " states " + what + " (" + pattern + "):\n" + normalised).isTrue());
    }

    /** One space for any run of white space (a PDF breaks lines where it must), plain hyphens and quotes. */
    private static String normalised(String text) {
        return text.replace('\u2011', '-').replace('\u2010', '-').replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    private static Pattern statement(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The report's sentence that a figure (named by {@code subject}) fell from {@code from}% at transfer to {@code to}%. */
    private static Pattern fell(String subject, int from, int to) {
        return statement(subject + "[^.]*? fell from " + from + "(\\.0+)?% at transfer to " + to + "(\\.0+)?%");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
