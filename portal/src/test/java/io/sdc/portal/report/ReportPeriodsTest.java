package io.sdc.portal.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarterly packs a contract year offers: the calendar quarters ending in it, once they have begun. */
class ReportPeriodsTest {

    private static final LocalDate START = LocalDate.parse("2014-10-01");
    private static final LocalDate END = LocalDate.parse("2015-09-30");

    @Test
    void aContractYearFromOctoberHasTheQuartersFromOctoberToSeptember() {
        assertThat(ReportPeriods.quarters(START, END, LocalDate.parse("2026-11-30")))
                .containsExactly("2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3");
    }

    @Test
    void quartersNotBegunByTodayAreNotOffered() {
        assertThat(ReportPeriods.quarters(START, END, LocalDate.parse("2015-04-01"))).containsExactly("2014-Q4", "2015-Q1", "2015-Q2");
        assertThat(ReportPeriods.quarters(START, END, LocalDate.parse("2014-10-01"))).containsExactly("2014-Q4");
    }

    @Test
    void aYearStartingMidQuarterOffersOnlyQuartersEndingInIt() {
        assertThat(ReportPeriods.quarters(LocalDate.parse("2014-11-15"), LocalDate.parse("2015-11-14"), LocalDate.parse("2030-01-01")))
                .containsExactly("2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3");
    }

    @Test
    void aPeriodAsAnId() {
        assertThat(ReportPeriods.id("2014/15")).isEqualTo("2014-15");
        assertThat(ReportPeriods.id("2015-Q3")).isEqualTo("2015-Q3");
    }
}
