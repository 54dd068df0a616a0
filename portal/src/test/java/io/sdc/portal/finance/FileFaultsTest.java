package io.sdc.portal.finance;

import io.sdc.portal.api.Problem;
import io.sdc.portal.web.FormErrors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileFaultsTest {

    private static final String VALIDATION = "urn:sdc:problem:validation-failed";

    @Test
    void aLedgerExportsFaultsAreListedByRowWithTheirColumnAndCountedByKind() {
        Problem refused = new Problem(400, VALIDATION, "The request is not valid", "The file has faults", List.of(
                new Problem.Violation("row 3", "cost centre CC999 and account 5100 are not in the ledger mapping (version 1)"),
                new Problem.Violation("row 4", "actual_to_date must be an amount in pounds such as 348000.00, not '12,000'"),
                new Problem.Violation("file", "and 98 more faults"),
                new Problem.Violation("count:unmapped-code", "60"),
                new Problem.Violation("count:bad-amount", "40"),
                new Problem.Violation("count:duplicate-row", "0")));

        FileFaults faults = FileFaults.ofReturn(refused, "ledger.csv", LedgerPages::column);

        assertThat(faults.faults()).containsExactly(
                new FileFaults.Fault("3", "cost_centre, account", "cost centre CC999 and account 5100 are not in the ledger mapping (version 1)"),
                new FileFaults.Fault("4", "actual_to_date", "actual_to_date must be an amount in pounds such as 348000.00, not '12,000'"),
                new FileFaults.Fault("Whole file", "", "and 98 more faults"));
        assertThat(faults.counts()).extracting(FileFaults.Count::count).containsExactly(60L, 40L, 0L);
        assertThat(faults.counts().get(0).kind()).contains("not in the mapping");
        assertThat(faults.fileError()).isEqualTo("The file ledger.csv has 100 faults, the first listed below. Nothing was imported: "
                + "correct the file and upload it again.");
        assertThat(faults.errors().summary()).extracting(FormErrors.Item::text).containsExactly(
                "Row 3: cost centre CC999 and account 5100 are not in the ledger mapping (version 1)",
                "Row 4: actual_to_date must be an amount in pounds such as 348000.00, not '12,000'",
                "The file: and 98 more faults");
        assertThat(faults.errors().summary()).extracting(FormErrors.Item::href).containsOnly("#file");
    }

    @Test
    void theFormsOwnFieldsAreBesideTheirInputsAndAMissingReasonIsAskedForInWords() {
        Problem refused = new Problem(400, VALIDATION, "The request is not valid", "A correction needs a reason",
                List.of(new Problem.Violation("reason", "must not be blank")));

        FileFaults faults = FileFaults.ofReturn(refused, "return.csv", MonitoringReturnPages::column);

        assertThat(faults.faults()).isEmpty();
        assertThat(faults.fileError()).isNull();
        assertThat(faults.errors().has("reason")).isTrue();
        assertThat(faults.errors().summary()).extracting(FormErrors.Item::href).containsExactly("#reason");
    }

    @Test
    void aRefusalListingNothingIsOneLineBesideTheFileOrThePeriodItSpeaksOf() {
        Problem tooLarge = new Problem(413, "urn:sdc:problem:too-large", "Too large", "The body is larger than 64 MB", List.of());
        Problem badPeriod = new Problem(400, VALIDATION, "The request is not valid", "The period must be a month or a quarter", List.of());

        assertThat(FileFaults.ofReturn(tooLarge, "return.csv", MonitoringReturnPages::column).errors().get("file"))
                .isEqualTo("The body is larger than 64 MB");
        assertThat(FileFaults.ofReturn(badPeriod, "return.csv", MonitoringReturnPages::column).errors().get("period"))
                .isEqualTo("The period must be a month or a quarter");
        assertThat(FileFaults.refused(badPeriod, "mapping.csv", List.of("reason"), FileFaults.startingColumn(List.of())).errors()
                .get("file")).as("a form without a period").isEqualTo("The period must be a month or a quarter");
    }

    @Test
    void aStaleReplacementSaysSomeoneChangedItSince() {
        Problem stale = new Problem(412, "urn:sdc:problem:precondition-failed", "Precondition failed", "Not the current version", List.of());

        FileFaults faults = FileFaults.refused(stale, "mapping.csv", List.of("reason"), FileFaults.startingColumn(List.of()));

        assertThat(faults.errors().stale()).isTrue();
        assertThat(faults.errors().summary()).extracting(FormErrors.Item::text).first().asString().startsWith("Someone changed this");
    }

    @Test
    void aReturnsFaultNamesItsColumnOrTheBudgetLineItSpeaksOf() {
        assertThat(MonitoringReturnPages.column("forecast_outturn must be an amount")).isEqualTo("forecast_outturn");
        assertThat(MonitoringReturnPages.column("budget line placements appears twice")).isEqualTo("budget_line");
        assertThat(MonitoringReturnPages.column("the file has no rows")).isEmpty();
        assertThat(LedgerPages.column("period 2016-05 is outside the financial year 2015/16")).isEqualTo("period");
        assertThat(LedgerMappingPages.column("no budget line 'nursery' in the contract's budgets")).isEqualTo("budget_line");
        assertThat(LedgerMappingPages.column("account is empty")).isEqualTo("account");
    }
}
