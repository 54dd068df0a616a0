package io.sdc.report.annual;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year of the contract (from its year start, e.g. 1 October) or a financial year (from 1 April), named by the
 * calendar years it spans: {@code 2014/15}.
 */
public record ContractYear(String label, LocalDate start, LocalDate end) {

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})/(\\d{2})$");

    /**
     * The contract year named {@code label}, refused (400 naming {@code contractYear}) unless it is written like
     * 2014/15 and lies within the contract's term.
     */
    public static ContractYear parse(String label, MonthDay yearStart, LocalDate commencement, LocalDate expiry) {
        ContractYear year = starting(yearStart.atYear(firstYear(label)));
        if (year.end.isBefore(commencement) || (expiry != null && year.start.isAfter(expiry))) {
            throw refused("must be a year of the contract's term (" + commencement + " to " + expiry + "), not " + year.label);
        }
        return year;
    }

    /** The calendar year a label such as 2014/15 starts in; refused (400 naming {@code contractYear}) if not so written. */
    public static int firstYear(String label) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.strip());
        if (!matcher.matches()
                || (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw refused("must be a contract year such as 2014/15, not '" + (label == null ? "" : label) + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The year, starting each year on {@code yearStart}, that contains {@code date}. */
    public static ContractYear containing(LocalDate date, MonthDay yearStart) {
        LocalDate start = yearStart.atYear(date.getYear());
        return starting(start.isAfter(date) ? start.minusYears(1) : start);
    }

    public ContractYear previous() {
        return starting(start.minusYears(1));
    }

    public ContractYear next() {
        return starting(start.plusYears(1));
    }

    private static ContractYear starting(LocalDate start) {
        LocalDate end = start.plusYears(1).minusDays(1);
        String label = start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                : start.getYear() + "/" + String.format("%02d", end.getYear() % 100);
        return new ContractYear(label, start, end);
    }

    private static ProblemException refused(String rule) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "'contractYear' " + rule,
                List.of(new Problem.Violation("contractYear", rule)));
    }
}
