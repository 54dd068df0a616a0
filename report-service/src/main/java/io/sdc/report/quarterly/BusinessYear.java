package io.sdc.report.quarterly;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A contract year (from the contract's year start, e.g. 1 October) or a financial year (from 1 April), named by the
 * years it spans: {@code 2014/15}.
 */
public record BusinessYear(String label, LocalDate start, LocalDate end) {

    /** The year, starting each year on {@code yearStart}, that contains {@code date}. */
    public static BusinessYear containing(LocalDate date, MonthDay yearStart) {
        LocalDate start = yearStart.atYear(date.getYear());
        if (start.isAfter(date)) {
            start = yearStart.atYear(date.getYear() - 1);
        }
        LocalDate end = start.plusYears(1).minusDays(1);
        String label = start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                : start.getYear() + "/" + String.format("%02d", end.getYear() % 100);
        return new BusinessYear(label, start, end);
    }
}
