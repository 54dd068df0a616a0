package io.sdc.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement plan pages of the demo contract: the board's count per theme and status of the Ofsted inspection's 20
 * recommendations and the one its monitoring visit raised, and the date filter of progress refusing a date that is not
 * real; a recommendation's page, where the commissioner records the board's decision on its status (refused first
 * without the accountable body's name), the trust adds an action and reports progress on it and the commissioner
 * confirms it complete; the home page's count of overdue actions. The walks leave the counts per theme and status as they were.
 */
@ExtendWith(BrowserPlatform.class)
class ImprovementPlanBrowserIT {

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;
    @BrowserPlatform.SignedInAs("trust-performance@local-stack")
    private static Visitor trustPerformance;
    @BrowserPlatform.DemoId("CONTRACT")
    private static String contract;

    @Test
    void theCommissionerReadsTheBoardsCountsPerThemeAndStatus() {
        commissioner.visit("/contracts/" + contract + "/performance/inspections").follow("Improvement plan");
        assertThat(commissioner.heading()).isEqualTo("Improvement plan");
        // Columns: open, monitored by the board, by another body, business as usual, closed, total.
        // Recommendation 21, raised by Ofsted's monitoring visit of March 2016, is OPEN until the board decides.
        assertThat(row("Children who need help and protection")).containsExactly("1", "6", "0", "0", "0", "7");
        assertThat(row("Children looked after and achieving permanence")).containsExactly("0", "5", "0", "0", "0", "5");
        assertThat(row("Adoption performance")).containsExactly("0", "0", "0", "1", "0", "1");
        assertThat(row("Experience and progress of care leavers")).containsExactly("0", "3", "0", "0", "0", "3");
        assertThat(row("Leadership, management and governance")).containsExactly("0", "4", "1", "0", "0", "5");
        assertThat(row("Total")).containsExactly("1", "18", "1", "1", "0", "21");
        assertThat(commissioner.mainText()).contains("Doncaster Safeguarding Children Board");
    }

    @Test
    void progressSinceADateThatIsNotRealIsRefusedNamingTheDate() {
        trustPerformance.visit("/contracts/" + contract + "/improvement");
        trustPerformance.fillDate("since", "31", "2", "2016").press("Show progress");
        assertThat(trustPerformance.page.locator(".govuk-error-summary a").allInnerTexts())
                .containsExactly("Progress since must be a real date, for example 14 1 2016");
        assertThat(trustPerformance.mainText()).contains("January's audit done: 31 of 40 assessments met the standard");
    }

    @Test
    void theBoardPassesARecommendationToAnotherBodyAfterARefusalThatAsksItsNameAndTakesItBack() {
        commissioner.visit("/contracts/" + contract + "/improvement");
        openRecommendation(commissioner, "3");
        String recommendationPage = path(commissioner);
        assertThat(commissioner.page.locator("#recommendation-status").innerText()).contains("Monitored by the improvement board");
        commissioner.follow("Record a decision on recommendation 3's status");
        assertThat(commissioner.heading()).isEqualTo("Record the board's decision");

        commissioner.page.getByLabel("Monitored by another accountable body").check();
        commissioner.page.fill("#reason", "The Safeguarding Children Board follows it in its own meetings");
        commissioner.press("Record the decision");
        assertThat(commissioner.page.locator(".govuk-error-summary a").allInnerTexts())
                .containsExactly("Name the accountable body that is to monitor recommendation 3");
        assertThat(commissioner.page.locator("#monitoring-body-error").innerText()).contains("Name the accountable body");
        assertThat(commissioner.page.title()).as("the page title says Error once").startsWith("Error: ").doesNotContain("Error: Error");
        assertThat(commissioner.page.locator("#reason").inputValue()).isEqualTo("The Safeguarding Children Board follows it in its own meetings");

        commissioner.page.fill("#monitoring-body", "Doncaster Safeguarding Children Board");
        commissioner.fillDate("decided-on", "20", "7", "2016");
        commissioner.press("Record the decision");
        assertThat(commissioner.page.locator("#done").innerText()).contains("The board's decision is recorded");
        assertThat(commissioner.page.locator("#recommendation-status").innerText())
                .contains("Monitored by another body", "Doncaster Safeguarding Children Board");
        List<String> decisions = commissioner.page.locator("#decisions tbody tr").allInnerTexts();
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(1)).contains("20 July 2016", "The Safeguarding Children Board follows it in its own meetings");
        commissioner.screenshot("improvement-01-recommendation-decided");

        // The trust reads the decision but is offered no form for it.
        trustPerformance.visit(recommendationPage);
        assertThat(trustPerformance.page.locator("#decide").count()).isZero();
        trustPerformance.visit(recommendationPage + "/decision", 403);

        // The board takes it back under its own monitoring: the counts per theme and status are as they were.
        commissioner.follow("Record a decision on recommendation 3's status");
        commissioner.page.getByLabel("Monitored by the improvement board").check();
        commissioner.fillDate("decided-on", "21", "7", "2016");
        commissioner.page.fill("#reason", "The Board asked the Strategic Inspection Group to keep it");
        commissioner.press("Record the decision");
        assertThat(commissioner.page.locator("#recommendation-status").innerText()).contains("Monitored by the improvement board")
                .doesNotContain("Doncaster");
        assertThat(commissioner.page.locator("#decisions tbody tr").count()).isEqualTo(3);
    }

    @Test
    void theMonitoringVisitsFindingsLeadToTheRecommendationsTheyEvidenceOrRaised() {
        trustPerformance.visit("/contracts/" + contract + "/improvement");
        assertThat(trustPerformance.page.locator("#reviews tbody tr").allInnerTexts()).anySatisfy(review ->
                assertThat(review).contains("Ofsted monitoring visit 9-10 March 2016", "9 March 2016"));
        trustPerformance.follow("Ofsted monitoring visit 9-10 March 2016");
        assertThat(trustPerformance.heading()).isEqualTo("Ofsted monitoring visit 9-10 March 2016");
        List<String> findings = trustPerformance.page.locator("#findings tbody tr").allInnerTexts();
        assertThat(findings).hasSize(4).anySatisfy(finding -> assertThat(finding).contains("Strength"))
                .anySatisfy(finding -> assertThat(finding).contains("Area for improvement"));
        assertThat(trustPerformance.page.locator("#findings tbody tr:has(.govuk-tag--blue)").allInnerTexts()).singleElement().asString()
                .contains("Recommendation 21", "New");
        trustPerformance.screenshot("improvement-03-monitoring-visit");

        trustPerformance.follow("Recommendation 21");
        assertThat(trustPerformance.heading()).isEqualTo("Recommendation 21");
        assertThat(trustPerformance.page.locator("#recommendation-reviews").innerText())
                .contains("Ofsted monitoring visit 9-10 March 2016", "raised it");
        assertThat(trustPerformance.page.locator("#recommendation-status").innerText()).contains("Open");
    }

    @Test
    void theTrustAddsAnActionThatFallsOverdueReportsProgressAndTheCouncilConfirmsItComplete() throws SQLException {
        long overdueBefore = overdueOnHome();
        String title = "Re-audit the assessments that missed the standard " + UUID.randomUUID().toString().substring(0, 8);

        trustPerformance.visit("/contracts/" + contract + "/improvement");
        openRecommendation(trustPerformance, "2");
        String recommendationPage = path(trustPerformance);
        trustPerformance.follow("Add an action");
        trustPerformance.press("Add the action");
        assertThat(trustPerformance.page.locator(".govuk-error-summary a").allInnerTexts()).containsExactly("Enter what is to be done",
                "Select who owns it", "Enter the person or team that owns it", "Enter the due date as a real date, for example 31 3 2016");
        trustPerformance.page.fill("#title", title);
        trustPerformance.page.getByLabel("The trust", new Page.GetByLabelOptions().setExact(true)).check();
        trustPerformance.page.fill("#owner", "Head of Quality Assurance");
        trustPerformance.fillDate("due-date", "1", "2", "2016");
        trustPerformance.press("Add the action");
        assertThat(trustPerformance.page.locator("#done").innerText()).contains("The action is added");
        String action = trustPerformance.page.url().replaceFirst("^.*#action-", "");
        assertThat(trustPerformance.page.locator("#action-status-" + action).innerText()).isEqualTo("Not started");

        // Its due date has passed: the morning's check (06:20 every day) marks it overdue, as here.
        markOverdue(action);
        assertThat(overdueOnHome()).isEqualTo(overdueBefore + 1);
        commissioner.follow("See the overdue actions");
        assertThat(commissioner.page.locator("#overdue-only").count()).isOne();
        assertThat(commissioner.mainText()).contains(title);
        assertThat(commissioner.page.locator("table:not(#status-counts) .govuk-tag--red").count()).isEqualTo((int) overdueBefore + 1);

        trustPerformance.visit(recommendationPage);
        trustPerformance.follow("Report progress on " + title);
        assertThat(trustPerformance.heading()).isEqualTo("Report progress");
        trustPerformance.press("Report progress");
        assertThat(trustPerformance.page.locator(".govuk-error-summary a").allInnerTexts()).containsExactly("Enter what was done");
        trustPerformance.page.fill("#commentary", "February's re-audit: 36 of 40 assessments met the standard");
        trustPerformance.page.fill("#evidence", "https://trust.example/quality-assurance/assessment-re-audit-2016-02.pdf");
        trustPerformance.press("Report progress");
        assertThat(trustPerformance.page.locator("#done").innerText()).contains("Progress is reported");
        assertThat(trustPerformance.page.locator("#action-" + action).innerText()).contains("36 of 40 assessments met the standard");
        assertThat(trustPerformance.page.locator("#action-" + action + " a[href='https://trust.example/quality-assurance/assessment-re-audit-2016-02.pdf']").count()).isOne();
        assertThat(trustPerformance.page.locator("#confirm-completion-" + action).count()).isZero();

        // The trust uploads the re-audit as an evidence file, which downloads through the portal byte for byte.
        trustPerformance.follow("Upload evidence for " + title);
        trustPerformance.press("Upload the file");
        assertThat(trustPerformance.page.locator(".govuk-error-summary a").allInnerTexts()).containsExactly("Select the evidence file");
        byte[] reAudit = "assessment,met the standard\nA-101,yes\nA-102,no\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // The design system's script turns the file input into a drop zone with a button; the input stays in the form.
        trustPerformance.page.setInputFiles("input[type=file][name=file]", new com.microsoft.playwright.options.FilePayload("re-audit-2016-02.csv", "text/csv", reAudit));
        trustPerformance.page.fill("#description", "February's re-audit, assessment by assessment");
        trustPerformance.press("Upload the file");
        assertThat(trustPerformance.page.locator("#done").innerText()).contains("The evidence file is attached");
        assertThat(trustPerformance.page.locator("#action-files-" + action).innerText())
                .contains("re-audit-2016-02.csv", "February's re-audit, assessment by assessment");
        String download = trustPerformance.page.locator("#action-files-" + action + " a").first().getAttribute("href");
        com.microsoft.playwright.APIResponse file = trustPerformance.context.request().get(portal.url() + download);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition")).contains("re-audit-2016-02.csv");
        assertThat(file.body()).isEqualTo(reAudit);

        // The council re-plans it, asked first for the reason: a new due date brings it back on track.
        commissioner.visit(recommendationPage);
        commissioner.follow("Change the plan of " + title);
        commissioner.fillDate("due-date", "30", "6", "2099");
        commissioner.press("Save the change");
        assertThat(commissioner.page.locator("#reason-error").innerText()).contains("Enter the reason for the change");
        commissioner.page.fill("#reason", "Agreed at the Strategic Inspection Group: a second re-audit first");
        commissioner.press("Save the change");
        assertThat(commissioner.page.locator("#done").innerText()).contains("The action is changed");
        assertThat(commissioner.page.locator("#action-replans-" + action).innerText()).contains("a second re-audit first");
        assertThat(commissioner.page.locator("#action-status-" + action).innerText()).isEqualTo("On track");

        commissioner.visit(recommendationPage);
        assertThat(commissioner.page.locator("#report-progress-" + action).count()).isZero();
        commissioner.follow("Confirm completion of " + title);
        assertThat(commissioner.heading()).isEqualTo("Confirm the action complete");
        commissioner.press("Confirm complete");
        assertThat(commissioner.page.locator("#done").innerText()).contains("The action is confirmed complete");
        assertThat(commissioner.page.locator("#action-status-" + action).innerText()).isEqualTo("Complete");
        commissioner.screenshot("improvement-02-action-complete");
        assertThat(overdueOnHome()).isEqualTo(overdueBefore);

        trustPerformance.visit(recommendationPage);
        assertThat(trustPerformance.page.locator("#report-progress-" + action).count()).isZero();
    }

    /** The home page's count of overdue improvement actions, as the commissioner reads it. */
    private static long overdueOnHome() {
        commissioner.visit("/");
        String text = commissioner.page.locator("#improvement-overdue").innerText();
        return text.startsWith("No action") ? 0 : Long.parseLong(text.replaceAll("^(\\d+).*$", "$1").trim());
    }

    /** The path of the page the visitor is on, without its query or fragment. */
    private static String path(Visitor visitor) {
        return visitor.page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
    }

    /** Opens a recommendation from the board by its number's link. */
    private static void openRecommendation(Visitor visitor, String number) {
        visitor.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation " + number).setExact(true)).click();
        visitor.page.waitForLoadState();
        visitor.checked();
        assertThat(visitor.heading()).isEqualTo("Recommendation " + number);
    }

    private static void markOverdue(String action) throws SQLException {
        try (Connection connection = DriverManager.getConnection(portal.platform.jdbcUrl("performance"), "postgres", null);
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE improvement_action SET status = 'OVERDUE', version = version + 1 WHERE id = ?::uuid AND status = 'NOT_STARTED'")) {
            statement.setString(1, action);
            assertThat(statement.executeUpdate()).isOne();
        }
    }

    private static List<String> row(String theme) {
        return commissioner.page.locator("#status-counts tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(commissioner.page.locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(theme)))).first()
                .locator("td").allInnerTexts();
    }
}
