package io.sdc.platform.rest;

import java.time.LocalDate;

/**
 * The range a business date (a commencement, an effective date, an inspection, a period) may take. Contracts of
 * this kind run for years or decades, not millennia: a year such as 0000 or 9999 is a mistake, refused before it
 * can reach the database or the arithmetic of contract and financial years.
 */
public final class BusinessDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String RANGE_MESSAGE = "must be a date from " + EARLIEST + " to " + LATEST;

    private BusinessDates() {
    }

    public static boolean isSane(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
