package io.sdc.report.annual.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import io.sdc.report.RecordedServices;
import io.sdc.report.assembly.rest.ReportResponses;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report over HTTP, from the services' recorded answers: the same report as JSON, PDF and Word, each
 * stating the figures the council's report on the first contract year stated; the caller's token is what the
 * services are asked with; refusals are problems.
 */
@QuarkusTest
class AnnualReportResourceTest {

    private static final String CONTRACT = RecordedServices.DEMO_CONTRACT;
    private static final String PATH = "/api/v1/contracts/{contractId}/annual-report";
    /** What issue #16 says the first year's report must state, as the report's sentences state it. */
    private static final List<String> MUST_STATE = List.of(
            "Re-referrals within 12 months fell from 38% at transfer to 23%",
            "Child protection plans for a second or subsequent time fell from 16% at transfer to 13%",
            "Looked-after children with three or more placements in the year fell from 11% at transfer to 7%",
            "Frontline social work posts filled by agency staff fell from 18% at transfer to 10%",
            "Social work staff turnover over the last 12 months fell from 29% at transfer to 18%",
            "on 4 November 2015: the overall judgement was Inadequate",
            "Children looked after and achieving permanence",
            "the milestone Requires Improvement by April 2016 (due 30 April 2016) is on track",
            "After the risk share, the Trust's position is a surplus of £49k",
            "forecasts an overspend of £348k against the £42.3m budget (0.82%), all of it on placements for looked-after children",
            "confirmed in principle at £42.2m, a net reduction of £111k",
            "three proposed changes to the contract were agreed in principle",
            "NCR-1 Transfer of the Children with Disability service to the Trust",
            "NCR-2 Management oversight of the Early Help Hub",
            "NCR-3 A revised Performance Indicator basket",
            "Not all the figures in this report are validated");

    private final String auditor = TestTokens.forRole(Roles.AUDITOR);

    RecordedServices services;

    @Test
    void answersTheFiguresAndDocumentAsJsonAskingTheServicesWithTheCallersToken() {
        Response answer = get(auditor, "2014/15").accept(ReportResponses.JSON).get(PATH, CONTRACT);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(ReportResponses.JSON);
        assertThat(services.authorizations()).last().isEqualTo("Bearer " + auditor);
        assertThat(answer.jsonPath().getString("figures.contract.contractYear")).isEqualTo("2014/15");
        JsonPath exact = answer.jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(exact.<java.math.BigDecimal>get("figures.performance.indicators.find { it.code == 'RE-REFERRALS' }.baselineValue")).isEqualByComparingTo("38");
        assertThat(exact.<java.math.BigDecimal>get("figures.performance.indicators.find { it.code == 'RE-REFERRALS' }.value")).isEqualByComparingTo("23");
        assertThat(answer.jsonPath().getString("figures.finance.outturn.trustPositionAfterRiskShare")).isEqualTo("49000.00");
        assertThat(answer.jsonPath().getString("figures.finance.forecast.variance")).isEqualTo("348000.00");
        assertThat(answer.jsonPath().getString("figures.finance.forecast.drivingLine.code")).isEqualTo("placements");
        assertThat(answer.jsonPath().getString("figures.nextYearBudget.total")).isEqualTo("42200000.00");
        assertThat(answer.jsonPath().getString("figures.nextYearBudget.netChange")).isEqualTo("-111000.00");
        assertThat(answer.jsonPath().getList("figures.proposedChanges.reference")).containsExactly("NCR-1", "NCR-2", "NCR-3");
        assertThat(answer.jsonPath().getBoolean("figures.validation.allValidated")).isFalse();
        assertThat(answer.jsonPath().getList("figures.validation.unvalidated.text")).contains("Outturn 2014/15: draft");
        assertThat(answer.jsonPath().getList("document.sections.blocks.flatten().type", String.class))
                .contains("paragraph", "quote", "list", "table");
        assertThat(answer.jsonPath().getString("document.notices[0]")).startsWith("Not all the figures in this report are validated");
        assertThat(answer.jsonPath().getList("figures.inspections.sinceYearEnd[0].areaJudgements.judgement"))
                .containsExactly("INADEQUATE", "REQUIRES_IMPROVEMENT", "GOOD", "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT");
        assertThat(answer.jsonPath().getString("figures.milestones.milestones.find { it.title == 'Requires Improvement by April 2016' }.status"))
                .isEqualTo("ON_TRACK");
        assertThat(answer.asString()).contains(MUST_STATE);
    }

    @Test
    void answersAPdfThatParsesBackStatingTheFigures() throws Exception {
        Response answer = get(TestTokens.forRole(Roles.COMMISSIONER), "2014/15").queryParam("format", "pdf").get(PATH, CONTRACT);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(ReportResponses.PDF);
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"annual-report-DCST-SDC-2014-2014-15.pdf\"");
        byte[] pdf = answer.asByteArray();
        Files.createDirectories(Path.of("target/evidence"));
        Files.write(Path.of("target/evidence/annual-report-2014-15.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).contains("Annual report of Doncaster Children's Services Trust");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    Path.of("target/evidence/annual-report-2014-15-page-1.png").toFile());
            assertThat(normalised(new PDFTextStripper().getText(document))).contains(MUST_STATE);
        }
    }

    @Test
    void answersAWordDocumentByAcceptThatParsesBackStatingTheFigures() throws Exception {
        Response answer = get(auditor, "2014/15").accept(ReportResponses.DOCX).get(PATH, CONTRACT);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(ReportResponses.DOCX);
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"annual-report-DCST-SDC-2014-2014-15.docx\"");
        Files.createDirectories(Path.of("target/evidence"));
        Files.write(Path.of("target/evidence/annual-report-2014-15.docx"), answer.asByteArray());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(normalised(text.getText())).contains(MUST_STATE);
        }
    }

    @Test
    void anUnknownContractIsNotFoundAndABadContractYearIsRefusedNamingIt() {
        Response unknown = get(auditor, "2014/15").get(PATH, "00000000-0000-0000-0000-000000000001");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.jsonPath().getString("detail")).isEqualTo("No contract with id 00000000-0000-0000-0000-000000000001");

        Response bad = get(auditor, "2014-15").get(PATH, CONTRACT);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.jsonPath().getList("violations.field")).containsExactly("contractYear");

        Response badFormat = get(auditor, "2014/15").queryParam("format", "html").get(PATH, CONTRACT);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(badFormat.jsonPath().getList("violations.field")).containsExactly("format");
    }

    @Test
    void aServiceThatFailsMakesTheReportUnavailableNamingTheService() {
        String inspections = "/api/v1/contracts/" + CONTRACT + "/inspections";
        services.answer("performance", inspections, 500, "{}");
        try {
            Response unavailable = get(auditor, "2014/15").get(PATH, CONTRACT);
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.contentType()).startsWith("application/problem+json");
            assertThat(unavailable.jsonPath().getString("type")).isEqualTo("urn:sdc:problem:service-unavailable");
            assertThat(unavailable.jsonPath().getString("detail")).startsWith("The performance service is unavailable");
        } finally {
            services.answer("performance", inspections, 200, RecordedServices.recorded("performance", inspections));
        }
    }

    @Test
    void theTrustsRolesMayNotReadTheCouncilsReport() {
        for (String role : List.of(Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE)) {
            Response refused = get(TestTokens.forRole(role), "2014/15").get(PATH, CONTRACT);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(given().queryParam("contractYear", "2014/15").get(PATH, CONTRACT).statusCode()).isEqualTo(401);
    }

    private static io.restassured.specification.RequestSpecification get(String token, String contractYear) {
        return given().auth().oauth2(token).queryParam("contractYear", contractYear);
    }

    private static String normalised(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
