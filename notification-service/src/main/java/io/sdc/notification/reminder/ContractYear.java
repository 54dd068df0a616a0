package io.sdc.notification.reminder;

import java.time.LocalDate;
import java.time.MonthDay;

/** A contract year: from its start day to the day before the next start, named as {@code 2015/16}. */
public record ContractYear(LocalDate start, LocalDate end) {

    /** The contract year, starting each year on {@code yearStart}, that holds {@code day}. */
    public static ContractYear holding(LocalDate day, MonthDay yearStart) {
        LocalDate startThisYear = yearStart.atYear(day.getYear());
        LocalDate start = day.isBefore(startThisYear) ? yearStart.atYear(day.getYear() - 1) : startThisYear;
        return new ContractYear(start, yearStart.atYear(start.getYear() + 1).minusDays(1));
    }

    /** Its name, as contract-service's annual reviews name it: {@code 2015/16}. */
    public String label() {
        return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
    }
}
