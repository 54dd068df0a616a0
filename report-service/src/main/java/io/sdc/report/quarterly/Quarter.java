package io.sdc.report.quarterly;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.BusinessDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter a quarterly pack is for, named as the services name it: {@code 2015-Q3} is July to September 2015. */
public record Quarter(int year, int number) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    /** The quarter a parameter names, or a 400 problem naming the parameter. */
    public static Quarter parse(String field, String text) {
        Matcher matcher = text == null ? null : QUARTER.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw refused(field, (text == null || text.isBlank() ? "A period is required" : "'" + text + "' is not a calendar quarter")
                    + ": give one such as 2015-Q3 (July to September 2015)");
        }
        Quarter quarter = new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (!BusinessDates.isSane(quarter.start())) {
            throw refused(field, "'" + text + "' is not a period this platform takes: its year must be from "
                    + BusinessDates.EARLIEST.getYear() + " to " + BusinessDates.LATEST.getYear());
        }
        return quarter;
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, message, List.of(new Problem.Violation(field, message)));
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return YearMonth.of(year, (number - 1) * 3 + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    public Quarter previous() {
        return containing(start().minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public String label() {
        return year + "-Q" + number;
    }

    @Override
    public String toString() {
        return label();
    }

    /** The last day of a reporting period as the services name it: a month ({@code 2015-09}) or a quarter ({@code 2015-Q3}). */
    public static Optional<LocalDate> endOfPeriod(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            return Optional.of(new Quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))).end());
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            return Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth());
        }
        return Optional.empty();
    }
}
