package io.sdc.finance.monitoring.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of file a monitoring return is imported from: the summary export (one row per budget line, CSV or XLSX) or
 * a ledger export mapped to budget lines. {@link MonitoringReturnService} takes every return the same way (the
 * budget's lock, a closed year, the period's current return, the same file again, a correction's reason, supersession,
 * events); a source only checks its file and stores the lines it gives, both in the import's one transaction.
 */
public interface ReturnSource {

    /** The return's format as the API shows it and the metrics label it: CSV, XLSX, LEDGER. */
    String format();

    /** The ending of the file the upload waits in while it is imported. */
    String fileSuffix();

    /**
     * Whether the period's current return is already this file as this source would import it now: then it is
     * recognised and applied once.
     */
    default boolean alreadyImported(MonitoringReturn current, String sha256) {
        return current.isCurrentWith(sha256);
    }

    /**
     * Checks the file against the budget, after the faults the import found before reading it (the period outside
     * the year, a budget that takes no return), and says what it would import or every fault it found.
     */
    Checked check(Budget budget, FinancialYear year, ReportingPeriod period, Path file, List<Problem.Violation> faultsSoFar)
            throws IOException;

    /** How many rows of its file a return imported from this source has, as the import metrics count them. */
    default int rows(MonitoringReturn imported) {
        return imported.lineCount();
    }

    /** Stores the lines of the return just made from the file it checked, in the same transaction. */
    void store(MonitoringReturn imported, Budget budget, Path file) throws IOException;

    /** What a check found: the faults to report (none if the file passes), else the lines and totals it gives. */
    record Checked(List<Problem.Violation> faults, int lineCount, Money totalActual, Money totalForecast) {

        public Checked {
            faults = List.copyOf(faults);
        }

        public static Checked refused(List<Problem.Violation> faults) {
            return new Checked(faults, 0, Money.ZERO, Money.ZERO);
        }

        public boolean valid() {
            return faults.isEmpty();
        }
    }
}
