package io.sdc.finance.ledger;

import io.sdc.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a ledger mapping, a ledger export's header and an import job's lifecycle, without a database. */
class LedgerRulesTest {

    private static final Set<String> LINES = Set.of("staffing", "placements");

    @Test
    void aMappingMapsEachCostCentreAndAccountOnceToAKnownBudgetLine() {
        List<MappingRow> rows = new ArrayList<>();
        List<Problem.Violation> faults = MappingRules.check(List.of(
                        List.of("CC1", "5100", "staffing"),
                        List.of(" CC2 ", "6100", "placements"),
                        List.of("CC1", "5100", "placements"),
                        List.of("CC3", "7100", "residential-care"),
                        List.of("CC4", "", "staffing"),
                        List.of("+SUM(A1)", "7100", "staffing"),
                        List.of("CC5", "7100")),
                List.of(2, 3, 4, 5, 6, 7, 8), LINES, rows);
        assertThat(rows).containsExactly(new MappingRow(2, "CC1", "5100", "staffing"), new MappingRow(3, "CC2", "6100", "placements"));
        assertThat(faults).extracting(Problem.Violation::field).containsExactly("row 4", "row 5", "row 6", "row 7", "row 8");
        assertThat(faults.get(0).message()).isEqualTo("cost centre CC1 and account 5100 are mapped twice: on row 2 and on this row");
        assertThat(faults.get(1).message()).startsWith("no budget line 'residential-care' in the contract's budgets (they have placements, staffing)");
        assertThat(faults.get(2).message()).isEqualTo("account is empty");
        assertThat(faults.get(3).message()).contains("is not a ledger code");
        assertThat(faults.get(4).message()).isEqualTo("3 columns expected, found 2");

        assertThat(MappingRules.check(List.of(), List.of(), LINES, new ArrayList<>())).extracting(Problem.Violation::field).containsExactly("file");
        assertThat(MappingRules.header(List.of("Cost_Centre", "account", "budget_line "))).isEmpty();
        assertThat(MappingRules.header(List.of("cost_centre", "budget_line", "account"))).hasSize(1);
    }

    @Test
    void aLedgerHeaderNamesTheRequiredColumnsInAnyOrderAndTheOptionalOnesAtWill() {
        List<Problem.Violation> faults = new ArrayList<>();
        LedgerHeader header = LedgerHeader.parse(List.of("Forecast_Outturn", "cost_centre", "period", "account", "actual_to_date"), faults);
        assertThat(faults).isEmpty();
        assertThat(header.columns()).containsExactly("forecast_outturn", "cost_centre", "period", "account", "actual_to_date");
        assertThat(header.has("period")).isTrue();
        assertThat(header.has("transaction_reference")).isFalse();

        assertThat(LedgerHeader.parse(List.of("cost_centre", "account", "actual_to_date", "amount", "account"), faults)).isNull();
        assertThat(faults).extracting(Problem.Violation::message).containsExactly(
                "no column 'amount' is taken: the columns are cost_centre,account,actual_to_date,forecast_outturn and optionally transaction_reference,period",
                "the column account is named twice",
                "the header has no column forecast_outturn: it must name cost_centre,account,actual_to_date,forecast_outturn (optionally transaction_reference,period)");
        assertThat(faults).extracting(Problem.Violation::field).containsOnly("row 1");
    }

    @Test
    void aJobIsQueuedThenRunsThenEndsOnceEitherWay() {
        assertThat(LedgerImportJobStatus.QUEUED.next()).containsExactlyInAnyOrder(LedgerImportJobStatus.RUNNING, LedgerImportJobStatus.FAILED);
        assertThat(LedgerImportJobStatus.RUNNING.next()).containsExactlyInAnyOrder(LedgerImportJobStatus.SUCCEEDED, LedgerImportJobStatus.FAILED);
        assertThat(LedgerImportJobStatus.SUCCEEDED.finished()).isTrue();
        assertThat(LedgerImportJobStatus.FAILED.next()).isEmpty();
        assertThat(LedgerFault.BAD_AMOUNT.countField()).isEqualTo("count:bad-amount");
    }
}
