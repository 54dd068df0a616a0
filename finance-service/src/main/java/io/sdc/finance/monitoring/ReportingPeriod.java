package io.sdc.finance.monitoring;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month ({@code 2015-09}) or a calendar quarter ({@code 2015-Q3}, July to September 2015) a return is for. */
public record ReportingPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static ReportingPeriod parse(String label) {
        Matcher year = label == null ? null : Pattern.compile("^(\\d{4})-").matcher(label);
        if (year != null && year.find() && !io.sdc.platform.rest.BusinessDates.isSane(LocalDate.of(Integer.parseInt(year.group(1)), 6, 30))) {
            throw ProblemException.invalid("'" + label + "' is not a period this platform takes: its year must be from "
                    + io.sdc.platform.rest.BusinessDates.EARLIEST.getYear() + " to " + io.sdc.platform.rest.BusinessDates.LATEST.getYear());
        }
        Matcher month = label == null ? null : MONTH.matcher(label);
        if (month != null && month.matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new ReportingPeriod(label, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        Matcher quarter = label == null ? null : QUARTER.matcher(label);
        if (quarter != null && quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return new ReportingPeriod(label, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        throw ProblemException.invalid("'" + label + "' is not a period: use a month such as 2015-09 or a calendar quarter such as 2015-Q3");
    }
}
