package io.sdc.endtoend;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the portal beyond the seeds' story, as the people who use it: each answers, has one h1, shows no raw
 * error and passes axe-core; and forms given bad input answer with the design system's error summary, each of its
 * links leading to the field it names, and change nothing. Runs after the story, so the contract has its second
 * version to compare.
 */
@Order(13)
@ExtendWith(BrowserPlatform.class)
class PortalPagesBrowserIT {

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;
    @BrowserPlatform.SignedInAs("trust-performance@local-stack")
    private static Visitor trustPerformance;
    @BrowserPlatform.SignedInAs("trust-finance@local-stack")
    private static Visitor trustFinance;
    @BrowserPlatform.DemoId("CONTRACT")
    private static String contract;

    @Test
    void theCommissionerReadsEveryPartOfTheContract() {
        String review = portal.demo.get("REVIEW");
        String budget = portal.demo.get("BUDGET_2015_16");
        String closedYear = portal.demo.get("BUDGET_2014_15");
        for (String path : List.of("/contracts", "/contracts/" + contract, "/contracts/" + contract + "/versions",
                "/contracts/" + contract + "/annual-reviews", "/annual-reviews/" + review,
                "/contracts/" + contract + "/performance/summary", "/contracts/" + contract + "/performance/baskets",
                "/contracts/" + contract + "/performance/inspections",
                "/contracts/" + contract + "/performance/milestones?asOf=2016-05-01",
                "/budgets/" + budget + "/monitoring-returns", "/contracts/" + contract + "/finance/risk-share",
                "/notifications/subscriptions", "/audit", "/audit/finance/budget/" + budget,
                "/audit/performance/basket-version/" + portal.demo.get("BASKET_V2"))) {
            commissioner.visit(path);
        }
        commissioner.visit("/contracts/" + contract + "/versions/compare?from=1&to=2");
        assertThat(commissioner.mainText()).as("what changed from version 1 to 2").contains("Children with Disability");
        commissioner.screenshot("contract-versions-compared");

        commissioner.visit("/contracts/" + contract + "/performance?period=2015-Q3");
        assertThat(commissioner.page.locator("#scorecard").innerText()).contains("Green");
        commissioner.screenshot("performance-scorecard");
        commissioner.page.locator("#scorecard a").first().click();
        commissioner.page.waitForLoadState();
        commissioner.checked();
        assertThat(commissioner.page.locator("[data-chart]").count()).as("the trend chart").isEqualTo(1);
        assertThat(commissioner.page.locator("#trend-figures tbody tr").count()).as("the trend's figures").isGreaterThan(1);
        commissioner.screenshot("performance-trend");

        commissioner.visit("/budgets/" + budget);
        assertThat(commissioner.page.locator("#derivation").count()).as("the Schedule 3 derivation's table").isEqualTo(1);
        commissioner.screenshot("finance-budget");
        commissioner.visit("/budgets/" + closedYear + "/outturn");
        commissioner.screenshot("finance-outturn");
        commissioner.visit("/audit/contract/change-request/" + portal.demo.get("CWD_TRANSFER"));
        commissioner.screenshot("audit-history");

        // The change log across the services comes a page at a time, each page taking up where the last ended.
        commissioner.visit("/contracts/" + contract + "/audit");
        assertThat(commissioner.page.locator("#change-log caption").innerText()).startsWith("Changes 1 to 50 ");
        List<String> firstPage = commissioner.page.locator("#change-log tbody tr").all().stream()
                .map(row -> row.getAttribute("data-service") + row.getAttribute("data-revision") + row.innerText()).toList();
        commissioner.page.locator(".govuk-pagination__next a").click();
        commissioner.page.waitForLoadState();
        commissioner.checked();
        assertThat(commissioner.page.locator("#change-log caption").innerText()).startsWith("Changes 51 to ");
        List<String> secondPage = commissioner.page.locator("#change-log tbody tr").all().stream()
                .map(row -> row.getAttribute("data-service") + row.getAttribute("data-revision") + row.innerText()).toList();
        assertThat(secondPage).as("the second page of the change log").isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void theCommissionersFormsRefuseBadInputNamingTheFieldAndChangeNothing() {
        String changeRequests = "/contracts/" + contract + "/change-requests";
        commissioner.visit(changeRequests);
        int listed = commissioner.page.locator("#change-requests tbody tr").count();

        commissioner.visit(changeRequests + "/new");
        submitExpectingErrors(commissioner, "#continue", "change-request-type");
        commissioner.visit(changeRequests);
        assertThat(commissioner.page.locator("#change-requests tbody tr").count()).as("change requests after a refused form")
                .isEqualTo(listed);

        commissioner.visit("/contracts/" + contract + "/scope");
        commissioner.fillDate("on", "31", "2", "2016");
        submitExpectingErrors(commissioner, "#show-scope", "scope-date");

        commissioner.visit("/notifications/subscriptions");
        int subscriptions = commissioner.page.locator("tr[id^=subscription-]").count();
        commissioner.page.check("#channel-2");
        commissioner.page.fill("#email", "not an address");
        submitExpectingErrors(commissioner, "#add-subscription-button", "subscription");
        commissioner.visit("/notifications/subscriptions");
        assertThat(commissioner.page.locator("tr[id^=subscription-]").count()).as("subscriptions after a refused form")
                .isEqualTo(subscriptions);

        commissioner.visit("/contracts/" + contract + "/audit");
        commissioner.fillDate("from", "40", "1", "2015");
        submitExpectingErrors(commissioner, "#show-changes", "change-log-dates");

        String nextYear = portal.demo.get("BUDGET_2016_17");
        commissioner.visit("/budgets/" + nextYear);
        String total = commissioner.page.locator("#budget-total").innerText();
        commissioner.page.fill("#adjustment-amount", "lots");
        submitExpectingErrors(commissioner, "#add-adjustment", "budget-adjustment");
        commissioner.visit("/budgets/" + nextYear);
        assertThat(commissioner.page.locator("#budget-total").innerText()).as("the budget's total after a refused form")
                .isEqualTo(total);
    }

    @Test
    void theTrustsFormsRefuseBadInputNamingTheField() {
        trustPerformance.visit("/contracts/" + contract + "/performance/observations/new");
        trustPerformance.page.fill("#period", "2015-Q9");
        submitExpectingErrors(trustPerformance, "button[type=submit]:has-text('Continue')", "observations-period");

        trustPerformance.visit("/contracts/" + contract + "/performance/observations/upload");
        submitExpectingErrors(trustPerformance, "button[type=submit]:has-text('Upload observations')", "observations-upload");

        trustFinance.visit("/budgets/" + portal.demo.get("BUDGET_2015_16") + "/monitoring-returns/new");
        trustFinance.page.fill("#period", "2015-Q3");
        submitExpectingErrors(trustFinance, "#upload", "monitoring-return-upload");
    }

    /**
     * Submits the form and checks the page shown again: an error summary whose every link leads to an element on
     * the page (the field it names), the field's own message, and the page otherwise fit to read.
     */
    private static void submitExpectingErrors(Visitor visitor, String button, String screenshot) {
        visitor.page.click(button);
        visitor.page.waitForLoadState();
        visitor.checked();
        Locator summary = visitor.page.locator(".govuk-error-summary");
        assertThat(summary.count()).as("an error summary on " + visitor.page.url()).isEqualTo(1);
        List<String> targets = summary.locator("a").all().stream().map(link -> link.getAttribute("href")).toList();
        assertThat(targets).as("the error summary's links on " + visitor.page.url()).isNotEmpty();
        for (String target : targets) {
            assertThat(target).startsWith("#");
            assertThat(visitor.page.locator(target).count()).as("the field " + target + " the summary links to").isEqualTo(1);
        }
        assertThat(visitor.page.locator(".govuk-error-message").count()).as("a message beside the field").isPositive();
        assertThat(visitor.page.title()).startsWith("Error: ");
        visitor.screenshot("refused-" + screenshot);
    }
}
