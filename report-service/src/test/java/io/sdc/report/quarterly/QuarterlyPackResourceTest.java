package io.sdc.report.quarterly;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import io.sdc.report.RecordedServices;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly pack over the API, on the demo contract's recorded answers: the auditor reads it as JSON (figures and
 * document, drafted with the auditor's own token) and as a PDF download; a period that is not a calendar quarter is
 * refused naming it before any service is asked; the trust's staff may not read it.
 */
@QuarkusTest
class QuarterlyPackResourceTest {

    private static final String CONTRACT = RecordedServices.DEMO_CONTRACT;
    private static final String PACK = "/api/v1/contracts/" + CONTRACT + "/quarterly-pack";

    private final String auditor = TestTokens.forRole(Roles.AUDITOR);

    RecordedServices services;

    @Test
    void theAuditorReadsThePackOf2015Q3AsJsonDraftedWithTheirOwnToken() {
        int asked = services.authorizations().size();
        Response answer = given().auth().oauth2(auditor).queryParam("period", "2015-Q3").when().get(PACK);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonPath json = answer.jsonPath();
        Map<String, Object> reReferrals = json.getMap("figures.scorecard.indicators.find { it.code == 'RE-REFERRALS' }");
        assertThat(reReferrals).containsEntry("rag", "GREEN").containsEntry("validation", "PROVISIONAL");
        assertThat(new BigDecimal(reReferrals.get("value").toString())).isEqualByComparingTo("23");
        assertThat(json.getString("figures.finance.forecast.variance")).isEqualTo("348000.00");
        assertThat(json.getString("figures.finance.forecast.driver.code")).isEqualTo("placements");
        assertThat(json.getBoolean("figures.validation.allValidated")).isFalse();
        assertThat(json.getString("document.title")).isEqualTo("Quarterly performance pack 2015-Q3");
        assertThat(json.getList("document.sections.heading")).containsExactly("Summary", "Exceptions", "Scorecard", "Trends",
                "Contract year 2014/15 so far", "Finance", "Change requests", "Improvement plan", "Overdue");
        assertThat(json.getList("document.sections.find { it.heading == 'Trends' }.blocks.type")).containsOnly("chart").hasSize(5);
        List<String> forwarded = services.authorizations().subList(asked, services.authorizations().size());
        assertThat(forwarded).isNotEmpty().containsOnly("Bearer " + auditor);
    }

    @Test
    void thePackIsAPdfDownloadWhenAskedFor() throws Exception {
        Response answer = given().auth().oauth2(auditor).accept("application/pdf").queryParam("period", "2015-Q3").when().get(PACK);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"quarterly-pack-DCST-SDC-2014-2015-Q3.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Quarterly performance pack 2015-Q3", "not validated by the council",
                    "an overspend of £348k for 2015/16", "Re-referrals within 12 months");
        }
    }

    @Test
    void thePackOf2016Q2HoldsTheImprovementBoardsViewWithItsSource() {
        JsonPath json = given().auth().oauth2(auditor).accept("application/json").queryParam("period", "2016-Q2").when().get(PACK)
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getMap("figures.improvementPlan.totals")).containsEntry("MONITORED_BY_IMPROVEMENT_BOARD", 18)
                .containsEntry("MONITORED_BY_OTHER_BODY", 1).containsEntry("BUSINESS_AS_USUAL", 1).containsEntry("OPEN", 0);
        assertThat(json.getString("figures.improvementPlan.source.path"))
                .isEqualTo("/api/v1/improvement-plans/7a413913-2c51-4098-80b2-d3c28336ebee/board?since=2016-04-01");
        assertThat(json.getList("figures.improvementPlan.overdue.recommendation")).containsExactly("16", "2", "1");
        assertThat(json.getList("figures.overdue.actions.id")).isEqualTo(json.getList("figures.improvementPlan.overdue.id"));
        assertThat(json.getList("document.sections.heading")).containsSubsequence("Change requests", "Improvement plan", "Overdue");
        assertThat(json.getString("document.sections.find { it.heading == 'Improvement plan' }.blocks[1].caption"))
                .isEqualTo("Recommendations per theme and status at 30 June 2016");
    }

    @Test
    void aPeriodThatIsNotACalendarQuarterIsRefusedNamingIt() {
        int asked = services.authorizations().size();
        for (String period : new String[]{"2015-09", "2014/15"}) {
            Response refused = given().auth().oauth2(auditor).queryParam("period", period).when().get(PACK);

            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getList("violations.field")).containsExactly("period");
        }
        assertThat(services.authorizations()).as("no service asked").hasSize(asked);
    }

    @Test
    void theTrustsStaffMayNotReadThePack() {
        for (String role : new String[]{Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE}) {
            given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", "2015-Q3").when().get(PACK)
                    .then().statusCode(403);
        }
    }
}
