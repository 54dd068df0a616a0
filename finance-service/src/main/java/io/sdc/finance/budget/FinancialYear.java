package io.sdc.finance.budget;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.MonthDay;

/** A financial year named like {@code 2015/16}, from its first day (1 April by default) to the day before the next. */
public record FinancialYear(String label, LocalDate start, LocalDate end) {

    public static FinancialYear of(String label, MonthDay yearStart) {
        if (label == null || !label.matches("\\d{4}/\\d{2}")) {
            throw ProblemException.invalid("A financial year looks like 2015/16, not '" + label + "'");
        }
        int first = Integer.parseInt(label.substring(0, 4));
        if ((first + 1) % 100 != Integer.parseInt(label.substring(5))) {
            throw ProblemException.invalid("'" + label + "' is not a financial year: the second year must follow the first");
        }
        LocalDate start = yearStart.atYear(first);
        if (!io.sdc.platform.rest.BusinessDates.isSane(start)) {
            throw ProblemException.invalid("'" + label + "' is not a financial year this platform takes: it must begin from "
                    + io.sdc.platform.rest.BusinessDates.EARLIEST.getYear() + " to " + io.sdc.platform.rest.BusinessDates.LATEST.getYear());
        }
        return new FinancialYear(label, start, start.plusYears(1).minusDays(1));
    }

    /** Whether the days from start to end all fall within this year. */
    public boolean contains(LocalDate from, LocalDate to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    public FinancialYear previous(MonthDay yearStart) {
        int first = start.getYear() - 1;
        return of(first + "/" + String.format("%02d", (first + 1) % 100), yearStart);
    }
}
