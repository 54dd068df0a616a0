package io.sdc.endtoend;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governance the two parties are seen to exercise, in Chromium: a change request the trust raises is agreed in
 * principle only once a trust officer and the commissioner have each signed it under their own names; the council
 * returns a figure the trust submitted, with a reason the trust then reads, and a return given without a reason is
 * refused with an error summary naming the field; the council validates a monitoring return the trust sent; corrections
 * of an inspection and a milestone, the withdrawal of a budget adjustment and the ending of a subscription are refused
 * without a reason. Each test
 * works on what it creates itself (its own change request, the figure of October 2014, the return for April 2015),
 * so that the other browser classes, in whatever order they run, see the demo data as they expect. Every page is
 * checked with axe-core.
 */
@ExtendWith(BrowserPlatform.class)
class GovernanceBrowserIT {

    private static final Pattern CHANGE_REQUEST = Pattern.compile("/change-requests/([0-9a-f-]{36})");
    /** A figure of a period no demo data and no other browser class uses: it does not become the latest period. */
    private static final String FIGURE_PERIOD = "2014-10";
    /** A month of 2015/16 before the demo's returns (2015-Q2, and 2015-Q3 in the seeds' story): not the latest. */
    private static final String RETURN_PERIOD = "2015-04";

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.DemoId("CONTRACT")
    private static String contract;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;
    @BrowserPlatform.SignedInAs("trust-performance@local-stack")
    private static Visitor trustPerformance;
    @BrowserPlatform.SignedInAs("trust-finance@local-stack")
    private static Visitor trustFinance;

    @Test
    void aChangeRequestIsAgreedInPrincipleOnlyWhenATrustOfficerAndTheCommissionerHaveEachSignedIt() {
        trustPerformance.visit("/contracts/" + contract + "/change-requests/new?type=OTHER");
        trustPerformance.page.fill("#title", "Joint placement panel with the council");
        trustPerformance.page.fill("#rationale", "Placements above the agreed cost are decided by a panel of both parties.");
        trustPerformance.fillDate("effective-date", "1", "4", "2019");
        trustPerformance.press("Raise change request");
        Matcher raised = CHANGE_REQUEST.matcher(trustPerformance.page.url());
        assertThat(raised.find()).as("the raised change request's page: " + trustPerformance.page.url()).isTrue();
        String page = "/change-requests/" + raised.group(1);

        trustPerformance.page.locator("#action-submission").click();
        trustPerformance.checked();
        trustPerformance.press("Submit change request");
        assertThat(trustPerformance.page.locator("#status").innerText()).isEqualTo("Submitted");
        assertThat(trustPerformance.page.locator("#awaiting").innerText()).contains("council", "trust");

        trustPerformance.page.locator("#action-signatures").click();
        trustPerformance.checked().screenshot("governance-01-trust-signs");
        assertThat(trustPerformance.page.locator("#signing-as").innerText()).contains("for the trust");
        trustPerformance.page.fill("#position", "Director of Performance");
        trustPerformance.page.fill("#comment", "Agreed for the trust");
        trustPerformance.press("Sign change request");
        assertThat(trustPerformance.page.locator("#done").innerText()).contains("signed");
        assertThat(trustPerformance.page.locator("#status").innerText()).as("one signature is not agreement").isEqualTo("Submitted");
        assertThat(row(trustPerformance, "TRUST")).contains("trust-performance@local-stack", "Director of Performance", "Agreed for the trust");
        assertThat(row(trustPerformance, "COUNCIL")).contains("Awaited");
        assertThat(trustPerformance.page.locator("#awaiting").innerText()).contains("council").doesNotContain("trust");
        assertThat(trustPerformance.page.locator("#action-signatures").count()).as("the trust signs once").isZero();

        commissioner.visit(page);
        commissioner.page.locator("#action-signatures").click();
        commissioner.checked();
        assertThat(commissioner.page.locator("#signing-as").innerText()).contains("for the council");
        commissioner.page.fill("#position", "Director of People");
        commissioner.press("Sign change request").screenshot("governance-02-agreed-in-principle");
        assertThat(commissioner.page.locator("#status").innerText()).isEqualTo("Agreed in principle");
        assertThat(row(commissioner, "TRUST")).contains("trust-performance@local-stack", "Director of Performance");
        assertThat(row(commissioner, "COUNCIL")).contains("commissioner@local-stack", "Director of People");
        assertThat(commissioner.page.locator("#agreed-in-principle").innerText())
                .contains("commissioner@local-stack", "trust-performance@local-stack");
        assertThat(commissioner.page.locator("#timeline").innerText())
                .contains("Signed for the trust", "Signed for the council", "Agreed in principle");
        assertThat(commissioner.page.locator("#awaiting").count()).as("no party awaited any more").isZero();
    }

    @Test
    void theCouncilReturnsAFigureWithAReasonWhichTheTrustReadsAndAReturnWithoutOneIsRefused() {
        trustPerformance.visit("/contracts/" + contract + "/performance/observations/new?period=" + FIGURE_PERIOD);
        assertThat(trustPerformance.page.locator("input[name=status]").count()).as("the trust no longer chooses a status").isZero();
        trustPerformance.page.fill("#RE-REFERRALS-numerator", "70");
        trustPerformance.page.fill("#RE-REFERRALS-denominator", "200");
        trustPerformance.press("Submit observations");
        assertThat(trustPerformance.page.url()).contains("recorded=1");
        assertThat(trustPerformance.page.locator("#indicator-RE-REFERRALS").innerText()).as("a submitted figure is provisional")
                .contains("Provisional");

        commissioner.visit("/contracts/" + contract + "/performance/figures?status=SUBMITTED&period=" + FIGURE_PERIOD)
                .screenshot("governance-03-figures-to-validate");
        Locator figure = commissioner.page.locator("#figure-RE-REFERRALS-" + FIGURE_PERIOD);
        assertThat(figure.innerText()).contains("35%", "Awaiting validation", "trust-performance@local-stack");
        commissioner.page.locator("#return-RE-REFERRALS-" + FIGURE_PERIOD).click();
        commissioner.checked();
        commissioner.press("Return figure").screenshot("governance-04-return-without-reason");
        assertThat(commissioner.page.title()).startsWith("Error: ");
        Locator summary = commissioner.page.locator(".govuk-error-summary");
        assertThat(summary.innerText()).as("the error summary asks for the reason").containsIgnoringCase("reason");
        assertThat(summary.locator("a").first().getAttribute("href")).isEqualTo("#reason");
        assertThat(commissioner.page.locator("#reason-error").innerText()).containsIgnoringCase("reason");
        assertThat(commissioner.page.locator("#figure-status").innerText()).as("nothing changed").isEqualTo("Awaiting validation");

        commissioner.page.fill("#reason", "The denominator leaves out the children referred by the police");
        commissioner.press("Return figure");
        assertThat(commissioner.page.locator("#done").innerText()).contains("returned");

        trustPerformance.visit("/contracts/" + contract + "/performance/figures?status=RETURNED&period=" + FIGURE_PERIOD)
                .screenshot("governance-05-trust-sees-returned");
        assertThat(trustPerformance.page.locator("#figure-RE-REFERRALS-" + FIGURE_PERIOD).innerText())
                .contains("Returned", "commissioner@local-stack", "The denominator leaves out the children referred by the police");
        trustPerformance.visit("/");
        assertThat(trustPerformance.page.locator("#validations").innerText()).contains("Performance figures returned by the council");
    }

    @Test
    void theCouncilValidatesAMonitoringReturnTheTrustSent() {
        String budget = portal.demo.get("BUDGET_2015_16");
        trustFinance.visit("/budgets/" + budget + "/monitoring-returns/new");
        trustFinance.page.fill("#period", RETURN_PERIOD);
        trustFinance.page.setInputFiles("input[type=file][name=file]", new FilePayload("dcst-monitoring-return-2015-04.csv",
                "text/csv", """
                budget_line,actual_to_date,forecast_outturn
                staffing,1510000.00,18200000.00
                placements,1050000.00,12500000.00
                commissioned-services,630000.00,7611000.00
                overheads,330000.00,4000000.00
                """.getBytes(StandardCharsets.UTF_8)));
        trustFinance.press("Upload the return");
        assertThat(trustFinance.page.locator("#forecast-figures").innerText()).as("the new return's figures").contains("Provisional");

        commissioner.visit("/budgets/" + budget + "/monitoring-returns");
        Locator row = commissioner.page.locator("#monitoring-returns tr[data-period='" + RETURN_PERIOD + "']");
        assertThat(row.innerText()).contains("Awaiting validation", "trust-finance@local-stack");
        commissioner.page.locator("#decide-" + RETURN_PERIOD).click();
        commissioner.checked().screenshot("governance-06-monitoring-return");
        assertThat(commissioner.page.locator("#return-status").innerText()).isEqualTo("Awaiting validation");
        commissioner.press("Validate return");
        assertThat(commissioner.page.locator("#done").innerText()).contains("validated");
        row = commissioner.page.locator("#monitoring-returns tr[data-period='" + RETURN_PERIOD + "']");
        assertThat(row.getAttribute("data-status")).isEqualTo("VALIDATED");
        assertThat(row.innerText()).contains("Validated by commissioner@local-stack");

        commissioner.visit("/budgets/" + budget + "/forecast?validated=true&period=" + RETURN_PERIOD);
        assertThat(commissioner.page.locator("#forecast-figures").innerText()).contains("Validated");
        for (String path : List.of("/contracts/" + contract + "/performance?validated=true",
                "/contracts/" + contract + "/performance/indicators/RE-REFERRALS?validated=true")) {
            commissioner.visit(path);
        }
    }

    @Test
    void everyCorrectionAndEveryEndingAsksForAReasonAndChangesNothingWithoutOne() {
        commissioner.visit("/contracts/" + contract + "/performance/inspections");
        commissioner.page.locator("a[id^=correct-]").first().click();
        commissioner.checked();
        commissioner.page.fill("#recommendations", "21");
        refusedWithoutReason(commissioner, "Correct inspection", "#reason", "governance-07-inspection-correction-refused");

        commissioner.visit("/contracts/" + contract + "/performance/milestones");
        commissioner.page.locator("a[id^=correct-]").first().click();
        commissioner.checked();
        commissioner.page.fill("#title", "Requires Improvement by the end of April 2016");
        refusedWithoutReason(commissioner, "Correct milestone", "#reason", "governance-08-milestone-correction-refused");

        commissioner.visit("/budgets/" + portal.demo.get("BUDGET_2016_17"));
        commissioner.page.locator("#derivation a[href*='/adjustments/']").first().click();
        commissioner.checked();
        refusedWithoutReason(commissioner, "Withdraw adjustment", "#withdrawal-reason", "governance-09-withdrawal-refused");
        assertThat(commissioner.page.locator("#adjustment-status").innerText()).as("still counted").contains("Counted");

        commissioner.visit("/notifications/subscriptions");
        if (commissioner.page.locator("a[id^=end-]").count() > 0) {
            commissioner.page.locator("a[id^=end-]").first().click();
            commissioner.checked();
            refusedWithoutReason(commissioner, "End subscription", "#reason", "governance-10-ending-refused");
        }
    }

    /** Presses the form's button with no reason given: the error summary names the reason, linked to its field. */
    private static void refusedWithoutReason(Visitor visitor, String button, String field, String screenshot) {
        visitor.press(button).screenshot(screenshot);
        assertThat(visitor.page.title()).startsWith("Error: ");
        Locator summary = visitor.page.locator(".govuk-error-summary");
        assertThat(summary.innerText()).as("the error summary on " + visitor.page.url()).containsIgnoringCase("reason");
        assertThat(summary.locator("a[href='" + field + "']").count()).as("a link to " + field).isEqualTo(1);
        assertThat(visitor.page.locator(field + "-error").count()).as("the message beside " + field).isEqualTo(1);
    }

    /** The signatures table's row of a party (COUNCIL, TRUST). */
    private static String row(Visitor visitor, String party) {
        return visitor.page.locator("#signatures tr[data-party='" + party + "']").innerText();
    }
}
