package io.sdc.endtoend;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.sdc.endtoend.ReadmePorts.CONTRACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The seeds' story lived through the portal's pages in Chromium, as the people it is for would: the commissioner
 * sees the three changes agreed at the annual review, is refused approval of the CWD transfer until the further
 * statutory direction is recorded, records it, approves and implements it, and sees the scope change from
 * 1 April 2016; trust finance uploads the Q2 2015/16 return as a file and sees the £348,000 overspend on placements;
 * the commissioner finds the overspend in the inbox; the auditor reads the CWD transfer's history step by step, is
 * offered no write anywhere, and a write sent anyway is refused. Every page is checked with axe-core.
 */
@Order(12)
@ExtendWith(BrowserPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedStoryBrowserIT {

    /** The finance system's export for July to September 2015, as in README walkthrough step 5. */
    static final String Q2_RETURN = """
            budget_line,actual_to_date,forecast_outturn
            staffing,9100000.00,18200000.00
            placements,6420000.00,12848000.00
            commissioned-services,3800000.00,7611000.00
            overheads,2000000.00,4000000.00
            """;
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    /** Links that lead to a form which changes something. */
    private static final Pattern WRITE_LINK = Pattern.compile(
            "/(new|edit|upload|submission|signatures|statutory-direction|approval|rejection|withdrawal|implementation|finalisation|end)(\\?.*)?$");

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;
    @BrowserPlatform.SignedInAs("trust-finance@local-stack")
    private static Visitor trustFinance;
    @BrowserPlatform.SignedInAs("auditor@local-stack")
    private static Visitor auditor;

    @Test
    @Order(1)
    void theCommissionerSeesTheThreeChangesAgreedAtTheReview() {
        commissioner.visit("/").screenshot("story-01-home-commissioner");
        String waiting = commissioner.page.locator("#change-requests-list").innerText();
        assertThat(waiting).contains("NCR-1", "NCR-2", "NCR-3");

        commissioner.follow("See all change requests").screenshot("story-02-change-requests");
        assertThat(commissioner.heading()).containsIgnoringCase("change requests");
        for (String reference : List.of("NCR-1", "NCR-2", "NCR-3")) {
            Locator row = commissioner.page.locator("#change-requests tbody tr").filter(new Locator.FilterOptions().setHasText(reference + ":"));
            assertThat(row.count()).as("the row of " + reference).isEqualTo(1);
            assertThat(row.innerText()).as("the row of " + reference).contains("Agreed in principle");
        }
    }

    @Test
    @Order(2)
    void theCommissionerIsRefusedApprovalOfTheCwdTransferUntilTheStatutoryDirectionIsRecorded() {
        String cwd = "/change-requests/" + portal.demo.get("CWD_TRANSFER");
        commissioner.visit(cwd).screenshot("story-03-cwd-transfer");
        assertThat(commissioner.page.locator("#status").innerText()).isEqualTo("Agreed in principle");
        assertThat(commissioner.page.locator("#statutory-direction").innerText()).contains("Needed, not yet recorded");

        commissioner.page.locator("#action-approval").click();
        commissioner.checked();
        assertThat(commissioner.page.url()).endsWith(cwd + "/approval");
        commissioner.press("Approve change request").screenshot("story-04-approval-refused");
        String summary = commissioner.page.locator(".govuk-error-summary").innerText();
        assertThat(summary).as("the error summary shows the API's reason")
                .containsIgnoringCase("record the further statutory direction");
        assertThat(commissioner.page.title()).startsWith("Error:");

        commissioner.page.locator("#record-statutory-direction").click();
        commissioner.checked();
        assertThat(commissioner.page.url()).endsWith(cwd + "/statutory-direction");
        commissioner.press("Record statutory direction");
        assertThat(commissioner.page.locator(".govuk-error-summary").innerText()).as("a direction without its reference")
                .isNotBlank();
        commissioner.page.fill("#reference", "Further statutory direction: transfer of the Children with Disability service, 2016");
        commissioner.press("Record statutory direction");
        assertThat(commissioner.page.url()).contains(cwd + "?done=statutory-direction");
        assertThat(commissioner.page.locator("#done").innerText()).contains("further statutory direction recorded");
        assertThat(commissioner.page.locator("#statutory-direction").innerText())
                .contains("Recorded:", "Children with Disability");
        assertThat(commissioner.page.locator("#status").innerText()).isEqualTo("Agreed in principle");
    }

    @Test
    @Order(3)
    void theCommissionerApprovesAndImplementsTheCwdTransfer() {
        String cwd = "/change-requests/" + portal.demo.get("CWD_TRANSFER");
        commissioner.visit(cwd);
        commissioner.page.locator("#action-approval").click();
        commissioner.checked();
        commissioner.page.fill("#comment", "Approved by the Director of People under delegated powers");
        commissioner.press("Approve change request");
        assertThat(commissioner.page.locator("#done").innerText()).contains("approved");
        assertThat(commissioner.page.locator("#status").innerText()).isEqualTo("Approved");

        commissioner.page.locator("#action-implementation").click();
        commissioner.checked().screenshot("story-05-implement");
        commissioner.press("Implement change request").screenshot("story-06-cwd-implemented");
        assertThat(commissioner.page.locator("#done").innerText()).contains("implemented");
        assertThat(commissioner.page.locator("#status").innerText()).isEqualTo("Implemented");
        String timeline = commissioner.page.locator("#timeline").innerText();
        assertThat(timeline).contains("commissioner@local-stack");
        assertThat(commissioner.page.locator("#timeline > li").count()).as("steps in the timeline").isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(4)
    void theCommissionerSeesTheScopeChangeFromTheFirstOfApril2016() {
        String scope = "/contracts/" + portal.demo.get("CONTRACT") + "/scope";
        commissioner.visit(scope);
        showScopeOn(31, 3, 2016);
        assertThat(commissioner.page.url()).endsWith(scope + "?on=2016-03-31");
        assertThat(commissioner.page.locator("#in-scope-children-with-disability").count())
                .as("Children with Disability in scope on 31 March 2016").isZero();

        showScopeOn(1, 4, 2016);
        assertThat(commissioner.page.url()).endsWith(scope + "?on=2016-04-01");
        assertThat(commissioner.page.locator("#in-scope-children-with-disability").count())
                .as("Children with Disability in scope on 1 April 2016").isEqualTo(1);
        assertThat(commissioner.page.locator("#in-scope-children-with-disability").innerText()).contains("1 April 2016");
        commissioner.screenshot("story-07-scope-2016-04-01");
    }

    private static void showScopeOn(int day, int month, int year) {
        commissioner.fillDate("on", String.valueOf(day), String.valueOf(month), String.valueOf(year));
        commissioner.press("Show the scope");
    }

    @Test
    @Order(5)
    void trustFinanceUploadsTheQ2ReturnAsAFileAndSeesTheOverspendOnPlacements() {
        trustFinance.visit("/contracts/" + portal.demo.get("CONTRACT") + "/finance").screenshot("story-08-finance-trust");
        String upload = "/budgets/" + portal.demo.get("BUDGET_2015_16") + "/monitoring-returns/new";
        trustFinance.visit(upload);

        // Without a file: asked for one, nothing imported.
        trustFinance.page.fill("#period", "2015-Q3");
        trustFinance.press("Upload the return");
        assertThat(trustFinance.page.locator(".govuk-error-summary").innerText()).contains("Select the monitoring return file");
        assertThat(trustFinance.page.locator(".govuk-error-summary a[href='#file']").count()).isEqualTo(1);

        trustFinance.page.fill("#period", "2015-Q3");
        // The design system's script turns the file input into a drop zone with a button; the input stays in the form.
        trustFinance.page.setInputFiles("input[type=file][name=file]", new FilePayload("dcst-monitoring-return-2015-Q3.csv", "text/csv",
                Q2_RETURN.getBytes(StandardCharsets.UTF_8)));
        trustFinance.screenshot("story-09-upload-return");
        trustFinance.press("Upload the return");
        assertThat(trustFinance.page.url()).contains("/budgets/" + portal.demo.get("BUDGET_2015_16") + "/forecast");
        assertThat(trustFinance.page.locator("#import-result").innerText()).isNotBlank();
        assertThat(trustFinance.page.locator("#forecast-variance").innerText()).contains("£348,000 overspend");

        Locator placements = trustFinance.page.locator("#forecast-lines tbody tr")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("[Pp]lacements")));
        assertThat(placements.count()).isEqualTo(1);
        assertThat(placements.innerText()).contains("£12,500,000", "£12,848,000", "£348,000 overspend");
        // The chart drawn from the table: Chart.js's canvas in the figure, plotting the placements' forecast outturn.
        assertThat(trustFinance.page.locator("figure[data-chart-table=forecast-lines] canvas").count())
                .as("the forecast chart").isEqualTo(1);
        Object plotted = trustFinance.page.evaluate("""
                () => {
                  const chart = window.Chart.getChart(document.querySelector('figure[data-chart-table=forecast-lines] canvas'));
                  const line = chart.data.labels.findIndex((label) => /placements/i.test(label));
                  const outturn = chart.data.datasets.find((set) => /forecast outturn/i.test(set.label));
                  return line < 0 || !outturn ? null : String(outturn.data[line]);
                }""");
        assertThat(plotted).as("the placements' forecast outturn in the chart").isEqualTo("12848000");
        trustFinance.page.locator("figure[data-chart-table=forecast-lines]").scrollIntoViewIfNeeded();
        trustFinance.screenshot("story-10-forecast-overspend");
    }

    @Test
    @Order(6)
    void theCommissionerFindsTheOverspendInTheInbox() throws InterruptedException {
        Locator overspend = commissioner.page.locator("#inbox tr[data-event-type='finance.forecast.overspend']");
        Instant deadline = Instant.now().plus(PROPAGATION);
        showInbox();
        while (overspend.count() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            showInbox();
        }
        commissioner.checked().screenshot("story-11-inbox-commissioner");
        assertThat(overspend.count()).as("overspend notifications in the commissioner's inbox").isEqualTo(1);
        assertThat(overspend.innerText()).contains("Unread");
        assertThat(commissioner.page.locator("#unread-count").innerText()).contains("unread");
    }

    private static void showInbox() {
        com.microsoft.playwright.Response inbox = commissioner.page.navigate("/notifications");
        assertThat(inbox.status()).as("the inbox page:\n" + commissioner.mainText()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void theAuditorReadsTheCwdTransfersHistoryWithEveryStepAndIsOfferedNoWrite() {
        String contract = portal.demo.get("CONTRACT");
        List<String> pages = List.of("/", "/contracts/" + contract, "/contracts/" + contract + "/change-requests",
                "/change-requests/" + portal.demo.get("CWD_TRANSFER"), "/change-requests/" + portal.demo.get("EARLY_HELP_HUB"),
                "/contracts/" + contract + "/scope?on=2016-04-01", "/contracts/" + contract + "/finance",
                "/budgets/" + portal.demo.get("BUDGET_2015_16") + "/forecast", "/notifications");
        List<String> offered = new ArrayList<>();
        for (String path : pages) {
            auditor.visit(path);
            offered.addAll(writeControls(auditor, path));
        }
        auditor.visit("/change-requests/" + portal.demo.get("CWD_TRANSFER"));
        auditor.page.locator("#history").click();
        auditor.checked().screenshot("story-12-history-cwd-auditor");
        offered.addAll(writeControls(auditor, "the history"));
        assertThat(offered).as("write controls offered to the auditor").isEmpty();

        assertThat(auditor.page.url()).endsWith("/audit/contract/change-request/" + portal.demo.get("CWD_TRANSFER"));
        List<String> statuses = new ArrayList<>();
        for (Locator revision : auditor.page.locator("#revisions > li[data-status]").all()) {
            statuses.add(revision.getAttribute("data-status"));
        }
        assertThat(statuses).as("the statuses the history shows, oldest first")
                .containsSubsequence("SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED", "IMPLEMENTED");
        assertThat(auditor.page.locator("#revisions > li").count()).as("changes in the history: raised, submitted, agreed, "
                + "direction recorded, approved, implemented").isGreaterThanOrEqualTo(6);
        String history = auditor.page.locator("#revisions").innerText();
        assertThat(history).contains("demo-data@local-stack", "commissioner@local-stack",
                "Further statutory direction: transfer of the Children with Disability service, 2016",
                "Approved by the Director of People under delegated powers");
    }

    /** Forms that send a POST (other than signing out) and links to forms that change something. */
    private static List<String> writeControls(Visitor visitor, String where) {
        List<String> controls = new ArrayList<>();
        for (String action : visitor.postForms()) {
            if (!action.equals("/sign-out")) {
                controls.add(where + ": a form posting to " + action);
            }
        }
        for (Locator link : visitor.page.locator("main a[href]").all()) {
            String href = link.getAttribute("href");
            if (WRITE_LINK.matcher(href).find()) {
                controls.add(where + ": a link to " + href + " (" + link.innerText().trim() + ")");
            }
        }
        return controls;
    }

    @Test
    @Order(8)
    void aWriteTheAuditorSendsAnywayIsRefusedAndChangesNothing() throws Exception {
        String change = "/api/v1/change-requests/" + portal.demo.get("EARLY_HELP_HUB");
        String etag = portal.platform.as("auditor", CONTRACTS).get(change).then().extract().header("ETag");
        auditor.visit("/");
        String token = auditor.formToken();

        APIResponse approval = auditor.post("/change-requests/" + portal.demo.get("EARLY_HELP_HUB") + "/approval",
                Map.of("csrf", token, "etag", etag, "comment", "Approved by the auditor"), Map.of());
        assertThat(approval.status()).as("an approval sent by the auditor").isEqualTo(403);
        assertThat(approval.text()).doesNotContain("Exception", "{\"");

        APIResponse implementation = auditor.post("/change-requests/" + portal.demo.get("CWD_TRANSFER") + "/implementation",
                Map.of("csrf", token, "etag", etag), Map.of());
        assertThat(implementation.status()).as("an implementation sent by the auditor").isIn(403, 409);

        portal.platform.as("auditor", CONTRACTS).get(change).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("status", equalTo("AGREED_IN_PRINCIPLE"));
        // The refusal page itself, as a person would see it.
        auditor.visit("/change-requests/" + portal.demo.get("EARLY_HELP_HUB") + "/approval", 403);
        assertThat(auditor.mainText()).doesNotContain("Approve change request");
    }
}
