package io.sdc.performance.observation;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month ({@code 2015-06}) or a calendar quarter ({@code 2015-Q2}, April to June 2015) an observation is for.
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static ReportingPeriod parse(String label) {
        if (label == null) {
            throw ProblemException.invalid("A period is required, such as 2015-06 or 2015-Q2");
        }
        Matcher year = java.util.regex.Pattern.compile("^(\\d{4})-").matcher(label);
        if (year.find() && !io.sdc.platform.rest.BusinessDates.isSane(LocalDate.of(Integer.parseInt(year.group(1)), 6, 30))) {
            throw ProblemException.invalid("'" + label + "' is not a period this platform takes: its year must be from "
                    + io.sdc.platform.rest.BusinessDates.EARLIEST.getYear() + " to " + io.sdc.platform.rest.BusinessDates.LATEST.getYear());
        }
        Matcher month = MONTH.matcher(label);
        if (month.matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new ReportingPeriod(label, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return new ReportingPeriod(label, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        throw ProblemException.invalid("'" + label + "' is not a period: use a month such as 2015-06 or a quarter such as 2015-Q2");
    }

    public boolean isQuarter() {
        return label.contains("Q");
    }

    /** The period of the same kind just before this one. */
    public ReportingPeriod previous() {
        if (isQuarter()) {
            LocalDate previousStart = start.minusMonths(3);
            return parse(previousStart.getYear() + "-Q" + ((previousStart.getMonthValue() - 1) / 3 + 1));
        }
        YearMonth previous = YearMonth.from(start).minusMonths(1);
        return parse(previous.toString());
    }
}
