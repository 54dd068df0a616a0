package io.sdc.contract.contract;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A contract year or financial year: named like {@code 2015/16} after the calendar years it spans, with its first
 * and last day. Business dates are UK calendar dates.
 */
public record YearPeriod(String label, LocalDate start, LocalDate end) {

    public static YearPeriod containing(LocalDate date, MonthDay yearStart) {
        LocalDate startThisYear = yearStart.atYear(date.getYear());
        LocalDate start = date.isBefore(startThisYear) ? yearStart.atYear(date.getYear() - 1) : startThisYear;
        LocalDate end = yearStart.atYear(start.getYear() + 1).minusDays(1);
        String label = start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
        if (yearStart.equals(MonthDay.of(1, 1))) {
            label = Integer.toString(start.getYear());
        }
        return new YearPeriod(label, start, end);
    }
}
