package io.sdc.endtoend;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trust finance imports its finance system's ledger as a monitoring return, in Chromium: it sets the contract's
 * ledger mapping (a refused file sets nothing and names its rows), imports a ledger export with faults (each named
 * by row and counted by kind, nothing imported), then a good one, which lands on the forecast; then a large export
 * as a correction, which is imported in the background while its page says how far it got. The commissioner reads
 * the mapping and cannot change it. The return is for May 2015, a month no demo data and no other browser class
 * uses, before the demo's returns: it never becomes the latest. Every page is checked with axe-core.
 */
@ExtendWith(BrowserPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerBrowserIT {

    private static final String PERIOD = "2015-05";
    private static final String MAPPING = """
            cost_centre,account,budget_line
            CC100,5100,staffing
            CC200,6100,placements
            CC300,7100,commissioned-services
            CC400,8100,overheads
            """;
    private static final String LEDGER_HEADER = "cost_centre,account,actual_to_date,forecast_outturn,transaction_reference,period\n";

    private static BrowserPlatform.Portal portal;
    @BrowserPlatform.DemoId("CONTRACT")
    private static String contract;
    @BrowserPlatform.DemoId("BUDGET_2015_16")
    private static String budget;
    @BrowserPlatform.SignedInAs("trust-finance@local-stack")
    private static Visitor trustFinance;
    @BrowserPlatform.SignedInAs("commissioner@local-stack")
    private static Visitor commissioner;

    @Test
    @Order(1)
    void trustFinanceSetsTheLedgerMappingAfterARefusalThatNamesTheRow() {
        String mapping = "/contracts/" + contract + "/ledger-mapping";
        trustFinance.visit(mapping);
        assertThat(trustFinance.page.locator("#no-mapping").count()).isEqualTo(1);

        trustFinance.press("Set the ledger mapping");
        assertThat(trustFinance.page.locator(".govuk-error-summary").innerText()).contains("Select the ledger mapping");

        upload(trustFinance, "ledger-mapping.csv", MAPPING.replace("CC200,6100,placements", "CC200,6100,nursery"));
        trustFinance.press("Set the ledger mapping");
        assertThat(trustFinance.page.locator(".govuk-error-summary").innerText()).contains("Row 3");
        assertThat(trustFinance.page.locator("#upload-faults").innerText()).contains("nursery");
        assertThat(trustFinance.page.locator("#no-mapping").count()).as("nothing set").isEqualTo(1);
        trustFinance.screenshot("ledger-01-mapping-refused");

        upload(trustFinance, "ledger-mapping.csv", MAPPING);
        trustFinance.page.fill("#reason", "Cost centres of the 2015/16 chart of accounts");
        trustFinance.press("Set the ledger mapping");
        assertThat(trustFinance.page.url()).contains(mapping);
        assertThat(trustFinance.page.locator("#done").innerText()).contains("Version 1");
        assertThat(trustFinance.page.locator("#mapping-rows tbody tr").count()).isEqualTo(4);
        assertThat(trustFinance.page.locator("#mapping").innerText()).contains("In force", "Cost centres of the 2015/16 chart of accounts");
        trustFinance.screenshot("ledger-02-mapping-set");
    }

    @Test
    @Order(2)
    void aLedgerExportWithFaultsIsRefusedRowByRowAndAGoodOneLandsOnTheForecast() {
        trustFinance.visit("/budgets/" + budget + "/monitoring-returns");
        trustFinance.press("Import a ledger export");
        assertThat(trustFinance.page.locator("#mapping-in-force").innerText()).contains("version 1", "4 cost centres and accounts");

        trustFinance.page.fill("#period", PERIOD);
        upload(trustFinance, "ledger-2015-05.csv", LEDGER_HEADER + """
                CC100,5100,700000.00,8400000.00,PAY-05,2015-05
                CC999,5100,10.00,10.00,,2015-05
                CC200,6100,"12,000",100.00,,2015-05
                CC300,7100,90000.00,1100000.00,,2015-05
                CC400,8100,40000.00,480000.00,,2015-05
                """);
        trustFinance.press("Import the ledger export");
        String summary = trustFinance.page.locator(".govuk-error-summary").innerText();
        assertThat(summary).contains("Row 3", "CC999", "Row 4", "actual_to_date");
        assertThat(trustFinance.page.locator("#fault-counts").innerText()).contains("not in the mapping", "pounds and pence");
        trustFinance.screenshot("ledger-03-export-refused");
        trustFinance.visit("/budgets/" + budget + "/monitoring-returns");
        assertThat(trustFinance.page.locator("[data-period='" + PERIOD + "']").count()).as("nothing imported").isZero();

        trustFinance.visit("/budgets/" + budget + "/ledger-returns/new");
        trustFinance.page.fill("#period", PERIOD);
        upload(trustFinance, "ledger-2015-05.csv", LEDGER_HEADER + """
                CC100,5100,700000.00,8400000.00,PAY-05,2015-05
                CC100,5100,5000.00,60000.00,PAY-05-ADJ,2015-05
                CC200,6100,1000000.00,12000000.00,,2015-05
                CC300,7100,90000.00,1100000.00,,2015-05
                CC400,8100,40000.00,480000.00,,2015-05
                """);
        trustFinance.press("Import the ledger export");
        assertThat(trustFinance.page.url()).contains("/budgets/" + budget + "/forecast", "period=" + PERIOD);
        assertThat(trustFinance.page.locator("#import-result").innerText()).contains("was imported");
        assertThat(trustFinance.page.locator("#forecast-lines").innerText()).contains("£705,000", "£8,460,000");
        trustFinance.screenshot("ledger-04-export-imported");
    }

    @Test
    @Order(3)
    void aLargeCorrectionIsImportedInTheBackgroundWhileItsPageSaysHowFarItGot() {
        // Over the service's threshold for a background import (4 MB): about 100,000 transactions.
        StringBuilder ledger = new StringBuilder(LEDGER_HEADER);
        String[] codes = {"CC100,5100", "CC200,6100", "CC300,7100", "CC400,8100"};
        for (int row = 0; row < 100_000; row++) {
            ledger.append(codes[row % 4]).append(",10.00,120.00,TRANSACTION-").append(row).append(',').append(PERIOD).append('\n');
        }
        trustFinance.visit("/budgets/" + budget + "/ledger-returns/new");
        trustFinance.page.fill("#period", PERIOD);
        upload(trustFinance, "ledger-2015-05-transactions.csv", ledger.toString());
        trustFinance.press("Import the ledger export");
        assertThat(trustFinance.page.locator(".govuk-error-summary").innerText())
                .as("a correction of the period's return asks for its reason").contains("reason");

        trustFinance.page.fill("#period", PERIOD);
        upload(trustFinance, "ledger-2015-05-transactions.csv", ledger.toString());
        trustFinance.page.fill("#reason", "The ledger by transaction, replacing the summary by cost centre");
        trustFinance.press("Import the ledger export");
        for (int check = 0; check < 120 && trustFinance.page.url().contains("/ledger-import-jobs/"); check++) {
            assertThat(trustFinance.page.locator("#job-status").innerText()).isIn("Waiting to start", "Importing");
            trustFinance.screenshot("ledger-05-import-in-progress");
            trustFinance.page.waitForTimeout(500);
            trustFinance.press("Check again");
        }
        assertThat(trustFinance.page.url()).contains("/budgets/" + budget + "/forecast", "period=" + PERIOD);
        assertThat(trustFinance.page.locator("#forecast-lines").innerText()).contains("£250,000", "£3,000,000");
    }

    @Test
    @Order(4)
    void theCommissionerReadsTheMappingAndCannotChangeIt() {
        commissioner.visit("/contracts/" + contract + "/ledger-mapping");
        assertThat(commissioner.page.locator("#mapping-rows tbody tr").count()).isEqualTo(4);
        assertThat(commissioner.page.locator("#set-mapping").count()).isZero();
        commissioner.visit("/budgets/" + budget + "/ledger-returns/new", 403);
    }

    private static void upload(Visitor visitor, String name, String csv) {
        // The design system's script turns the file input into a drop zone with a button; the input stays in the form.
        visitor.page.setInputFiles("input[type=file][name=file]", new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }
}
