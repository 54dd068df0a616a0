package io.sdc.portal.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.sdc.portal.LocalSigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages against a recorded report-service: the document in the design system's markup with every text
 * escaped, the downloads passed on as they came, the issue form's refusal beside its fields, and the issued copy.
 */
@QuarkusTest
@QuarkusTestResource(LocalSigningKey.class)
@QuarkusTestResource(RecordedReportService.class)
class ReportPagesTest {

    private static final String REPORTS = "/contracts/" + RecordedReportService.CONTRACT + "/reports";
    private static final String ANNUAL = REPORTS + "/annual?contractYear=2014/15";

    @BeforeAll
    static void noRedirects() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
    }

    @Test
    void theAnnualReportPageShowsTheDocumentInTheDesignSystemsMarkupWithEveryTextEscaped() {
        String page = given().cookie(session("commissioner@local-stack")).get(ANNUAL).then().statusCode(200).extract().asString();
        assertThat(page).containsOnlyOnce("<h1");
        assertThat(page).contains("<h1 class=\"govuk-heading-xl\" id=\"report-title\">Annual report to the Secretary of State 2014/15</h1>");
        assertThat(between(page, "id=\"report-notices\"", "id=\"report-downloads\""))
                .contains("govuk-warning-text", "<span class=\"govuk-visually-hidden\">Warning</span>", "Re-referrals, 2015-Q3: provisional");
        assertThat(page).contains("id=\"download-pdf\" href=\"" + REPORTS + "/annual/pdf?contractYear=2014%2F15\"",
                "id=\"download-docx\" href=\"" + REPORTS + "/annual/docx?contractYear=2014%2F15\"");
        String document = between(page, "id=\"report-document\"", "id=\"issue-heading\"");
        assertThat(document).contains(
                "<h2 class=\"govuk-heading-l\" id=\"report-section-1-heading\">Performance against the PI basket</h2>",
                "<a class=\"govuk-link govuk-link--no-visited-state sdc-nowrap\" href=\"/contracts/" + RecordedReportService.CONTRACT + "/performance?period=2015-Q3\" data-source>",
                "<caption class=\"govuk-table__caption govuk-table__caption--m\">Indicators at transfer and at year end</caption>",
                "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">At transfer</th>",
                "<th scope=\"row\" class=\"govuk-table__header\">Re-referrals</th>",
                "<td class=\"govuk-table__cell govuk-table__cell--numeric\">38%</td>",
                "<strong class=\"govuk-tag govuk-tag--green\">Green</strong>",
                "<strong class=\"govuk-tag govuk-tag--yellow\">Amber</strong>",
                "href=\"/contracts/" + RecordedReportService.CONTRACT + "/performance/indicators/RE-REFERRALS\">23%</a>",
                "data-chart=\"line\" data-chart-table=\"report-chart-1-figures\"",
                "<table class=\"govuk-table\" id=\"report-chart-1-figures\">",
                "data-series data-style=\"band-low\">Target</th>",
                "<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-value=\"23.5\">23.5%</td>",
                "<div class=\"govuk-inset-text\">",
                "<ul class=\"govuk-list govuk-list--bullet\">");
        assertThat(document).as("what the document says is text, never markup")
                .contains("Proposed changes &lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt;",
                        "Transfer of &lt;b&gt;CWD&lt;/b&gt; services &amp; &quot;support&quot;",
                        "Rationale of CR-2015-001 &lt;i&gt;by&lt;/i&gt; the council",
                        "&lt;img src=x onerror=alert(1)&gt;",
                        "See &lt;a href=&quot;https://evil.example&quot;&gt;this&lt;/a&gt;")
                .doesNotContain("<script>", "<img", "<b>CWD", "https://evil.example\"");
    }

    @Test
    void theCommissionerIsOfferedTheIssueFormWithTheConfirmationAndTheReasonOthersAreNot() {
        String commissioner = given().cookie(session("commissioner@local-stack")).get(ANNUAL).then().statusCode(200).extract().asString();
        String form = between(commissioner, "id=\"issue-report\"", "</form>");
        assertThat(form).contains("name=\"csrf\"", "name=\"period\" value=\"2014/15\"",
                "id=\"confirmUnvalidated\" name=\"confirmUnvalidated\" type=\"checkbox\" value=\"true\"",
                "I confirm this report may be issued with figures not yet validated",
                "<textarea class=\"govuk-textarea\" id=\"reason\" name=\"reason\"", "Issue this report");
        assertThat(commissioner).contains("id=\"report-issued-copies\"", "href=\"/reports/issued/" + RecordedReportService.ISSUED + "\"");
        String auditor = given().cookie(session("auditor@local-stack")).get(ANNUAL).then().statusCode(200).extract().asString();
        assertThat(auditor).contains("id=\"report-document\"").doesNotContain("id=\"issue-report\"", "id=\"confirmUnvalidated\"");
    }

    @Test
    void anIssueRefusedByReportServiceIsShownAgainWithTheErrorsBesideTheirFieldsAndWhatWasTyped() {
        Cookie session = session("commissioner@local-stack");
        String page = given().cookie(session).header("Origin", origin()).formParam("csrf", token(session))
                .formParam("period", "2014/15").formParam("reason", "For the <b>board</b>")
                .post(REPORTS + "/annual").then().statusCode(400).extract().asString();
        assertThat(page).contains("<title>Error: ");
        assertThat(between(page, "govuk-error-summary", "</ul>")).contains(
                "<a href=\"#confirmUnvalidated\">Confirm this report may be issued with figures not yet validated</a>",
                "<a href=\"#reason\">Reason must say why the report is issued before its figures are validated</a>");
        assertThat(page).contains("govuk-form-group govuk-form-group--error",
                "<p id=\"confirmUnvalidated-error\" class=\"govuk-error-message\">",
                "<p id=\"reason-error\" class=\"govuk-error-message\">",
                "govuk-textarea govuk-textarea--error", "For the &lt;b&gt;board&lt;/b&gt;</textarea>");
        assertThat(RecordedReportService.ISSUE_REQUESTS).anySatisfy(body -> assertThat(body)
                .contains("\"kind\":\"ANNUAL_REPORT\"", "\"period\":\"2014/15\"", "\"confirmUnvalidated\":false", "\"reason\":\"For the <b>board</b>\""));
    }

    @Test
    void anIssuedReportLeadsToItsIssuedCopyWithBothHashesAndItsFilesByteForByte() {
        Cookie session = session("commissioner@local-stack");
        given().cookie(session).header("Origin", origin()).formParam("csrf", token(session))
                .formParam("period", "2014/15").formParam("confirmUnvalidated", "true").formParam("reason", "The Secretary of State asked for it")
                .post(REPORTS + "/annual").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/reports/issued/" + RecordedReportService.ISSUED));
        String page = given().cookie(session).get("/reports/issued/" + RecordedReportService.ISSUED).then().statusCode(200).extract().asString();
        assertThat(page).containsOnlyOnce("<h1").contains(
                "<code class=\"sdc-code sdc-hash\" id=\"issued-pdf-sha256\">" + RecordedReportService.PDF_SHA + "</code>",
                "id=\"issued-figures-sha256\">60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752</code>",
                "Demo &lt;b&gt;Commissioner&lt;/b&gt;, Commissioner", "For the Secretary of State", "Provisional",
                "href=\"/reports/issued/" + RecordedReportService.ISSUED + "/pdf\"", "href=\"/audit/report/issued-report/" + RecordedReportService.ISSUED + "\"");
        Response pdf = given().cookie(session).get("/reports/issued/" + RecordedReportService.ISSUED + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"annual-report-2014-15-1.pdf\"");
        assertThat(pdf.header("ETag")).isEqualTo("\"" + RecordedReportService.PDF_SHA + "\"");
        assertThat(pdf.asByteArray()).isEqualTo(RecordedReportService.PDF);
        assertThat(given().cookie(session).get("/reports/issued/" + RecordedReportService.ISSUED + "/figures").asByteArray())
                .isEqualTo(RecordedReportService.FIGURES);
        given().cookie(session).get("/reports/issued/6a1f0c7e-2d8b-4f1a-9c3e-5b7d8e9f0a1b").then().statusCode(404);
    }

    @Test
    void theDraftDownloadsPassOnTheTypeTheNameAndTheBytes() {
        Cookie session = session("auditor@local-stack");
        Response pdf = given().cookie(session).get(REPORTS + "/annual/pdf?contractYear=2014/15");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"annual-report-DCST-SDC-2014-2014-15.pdf\"");
        assertThat(pdf.asByteArray()).isEqualTo(RecordedReportService.PDF);
        Response docx = given().cookie(session).get(REPORTS + "/annual/docx?contractYear=2014/15");
        assertThat(docx.contentType()).isEqualTo(Downloads.DOCX);
        assertThat(docx.header("Content-Disposition")).endsWith(".docx\"");
        given().cookie(session).get(REPORTS + "/annual/html?contractYear=2014/15").then().statusCode(404);
    }

    @Test
    void aPeriodReportServiceRefusesIsShownBesideThePeriodAndAnUnavailableServiceIsSaidInWords() {
        Cookie session = session("commissioner@local-stack");
        String page = given().cookie(session).get(REPORTS + "/annual?contractYear=2014-15").then().statusCode(400).extract().asString();
        assertThat(page).containsOnlyOnce("<h1").contains("<a href=\"#period\">Give a contract year of the contract, like 2014/15</a>",
                "<p id=\"period-error\" class=\"govuk-error-message\">", "name=\"contractYear\" type=\"text\" value=\"2014-15\"");
        assertThat(given().cookie(session).get(REPORTS + "/annual").then().statusCode(400).extract().asString())
                .contains("<a href=\"#period\">Enter the contract year of the report, for example 2014/15</a>");
        String unavailable = given().cookie(session).get(REPORTS + "/annual?contractYear=2013/14").then().statusCode(502).extract().asString();
        assertThat(unavailable).contains("Sorry, there is a problem", "The finance service cannot be reached at the moment")
                .doesNotContain("Exception");
        given().cookie(session).get(REPORTS + "/yearly?contractYear=2014/15").then().statusCode(404);
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("the page has " + from).isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    static Cookie session(String person) {
        return given().header("Origin", origin()).formParam("person", person).post("/sign-in").getDetailedCookie("sdc-session");
    }

    /** The form token of the session, from the sign-out form every page carries. */
    static String token(Cookie session) {
        String page = given().cookie(session).get("/reports/issued/" + RecordedReportService.ISSUED).asString();
        return page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }
}
