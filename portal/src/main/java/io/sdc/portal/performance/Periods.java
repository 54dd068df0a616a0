package io.sdc.portal.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods as the performance API names them (a month {@code 2015-06} or a calendar quarter {@code 2015-Q3}),
 * put in time order for the pages' choices. Whether a label is a valid period is for the API to say.
 */
final class Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Earliest first; labels that are not periods last, in text order. */
    static final Comparator<String> ORDER = Comparator
            .comparing((String label) -> end(label).orElse(LocalDate.MAX))
            .thenComparing(label -> start(label).orElse(LocalDate.MAX))
            .thenComparing(Comparator.naturalOrder());

    private Periods() {
    }

    static List<String> inOrder(Collection<String> labels) {
        return labels.stream().distinct().sorted(ORDER).toList();
    }

    static Optional<LocalDate> start(String label) {
        return month(label).or(() -> quarter(label)).map(first -> first.atDay(1));
    }

    /** The last day of the period. */
    static Optional<LocalDate> end(String label) {
        return month(label).map(YearMonth::atEndOfMonth)
                .or(() -> quarter(label).map(first -> first.plusMonths(2).atEndOfMonth()));
    }

    private static Optional<YearMonth> month(String label) {
        Matcher month = label == null ? null : MONTH.matcher(label);
        return month != null && month.matches()
                ? Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))) : Optional.empty();
    }

    /** A quarter's first month. */
    private static Optional<YearMonth> quarter(String label) {
        Matcher quarter = label == null ? null : QUARTER.matcher(label);
        return quarter != null && quarter.matches()
                ? Optional.of(YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1))
                : Optional.empty();
    }
}
