package io.sdc.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement plan page of the demo contract: the board's count of the Ofsted inspection's 20 recommendations per
 * theme and status, and the date filter of progress refusing a date that is not real. Reads only.
 */
@ExtendWith(BrowserPlatform.class)
class ImprovementPlanBrowserIT {

    private static BrowserPlatform.Portal portal;
    private static Visitor commissioner;
    private static Visitor trustPerformance;
    private static String contract;

    @BeforeAll
    static void signIn(BrowserPlatform.Portal shared) {
        portal = shared;
        contract = portal.demo.get("CONTRACT");
        commissioner = portal.signedInAs("commissioner@local-stack");
        trustPerformance = portal.signedInAs("trust-performance@local-stack");
    }

    @AfterAll
    static void closeTheBrowsers() {
        Visitor.closeAll(commissioner, trustPerformance);
    }

    @Test
    void theCommissionerReadsTheBoardsCountsPerThemeAndStatus() {
        commissioner.visit("/contracts/" + contract + "/performance/inspections").follow("Improvement plan");
        assertThat(commissioner.heading()).isEqualTo("Improvement plan");
        // Columns: open, monitored by the board, by another body, business as usual, closed, total.
        assertThat(row("Children who need help and protection")).containsExactly("0", "6", "0", "0", "0", "6");
        assertThat(row("Children looked after and achieving permanence")).containsExactly("0", "5", "0", "0", "0", "5");
        assertThat(row("Adoption performance")).containsExactly("0", "0", "0", "1", "0", "1");
        assertThat(row("Experience and progress of care leavers")).containsExactly("0", "3", "0", "0", "0", "3");
        assertThat(row("Leadership, management and governance")).containsExactly("0", "4", "1", "0", "0", "5");
        assertThat(row("Total")).containsExactly("0", "18", "1", "1", "0", "20");
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

    private static List<String> row(String theme) {
        return commissioner.page.locator("#status-counts tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(commissioner.page.locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(theme)))).first()
                .locator("td").allInnerTexts();
    }
}
