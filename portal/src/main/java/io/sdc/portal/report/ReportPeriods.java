package io.sdc.portal.report;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a contract has reports for: each contract year (as contract-service gives it) with its annual report,
 * and the calendar quarters that end within it (a quarterly pack each), up to today.
 */
final class ReportPeriods {

    private ReportPeriods() {
    }

    /** A contract year with its report and the quarters ending in it that have begun. */
    @TemplateData
    public record Year(String label, String start, String end, String id, String annualHref, List<Quarter> quarters) {
    }

    @TemplateData
    public record Quarter(String period, String href, String id) {
    }

    /** The calendar quarters ({@code 2015-Q3}) that end within a year and have begun by {@code today}. */
    static List<String> quarters(LocalDate start, LocalDate end, LocalDate today) {
        List<String> quarters = new ArrayList<>();
        LocalDate first = LocalDate.of(start.getYear(), ((start.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (LocalDate quarter = first; !quarter.isAfter(end); quarter = quarter.plusMonths(3)) {
            LocalDate last = quarter.plusMonths(3).minusDays(1);
            if (last.isBefore(start) || last.isAfter(end) || quarter.isAfter(today)) {
                continue;
            }
            quarters.add(quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1));
        }
        return quarters;
    }

    /** A period as an id: {@code 2014/15} as {@code 2014-15}. */
    static String id(String period) {
        return period.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
