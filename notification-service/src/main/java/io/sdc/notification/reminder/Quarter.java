package io.sdc.notification.reminder;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/** A calendar quarter, named as the producers name periods: {@code 2016-Q2}. */
public record Quarter(LocalDate start, LocalDate end) {

    /** The last quarter that ended at least {@code grace} before {@code today}: what is submitted for it is due by now. */
    public static Quarter lastDue(LocalDate today, Period grace) {
        LocalDate graceAgo = today.minus(grace);
        YearMonth first = YearMonth.from(graceAgo).minusMonths((graceAgo.getMonthValue() - 1) % 3).minusMonths(3);
        return new Quarter(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public String label() {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
