package io.sdc.notification.reminder;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates the reminders go by, without Quarkus: which quarter's return and observations are due, which contract
 * year holds a day, whether a contract is in force for a quarter, and when a year's annual review is approaching.
 */
class ReminderDatesTest {

    private static final Period GRACE = Period.ofDays(20);
    private static final Period NOTICE = Period.ofDays(30);
    private static final MonthDay OCTOBER_FIRST = MonthDay.of(10, 1);

    /** The seed's contract: commenced 1 October 2014 for ten years, its contract year starting on 1 October. */
    private static final KnownContract SEED = new KnownContract(UUID.randomUUID(), "DCST-1", LocalDate.of(2014, 10, 1),
            LocalDate.of(2024, 9, 30), OCTOBER_FIRST);

    @Test
    void theLastQuarterEndedMoreThanTheGraceAgoIsDue() {
        assertDue(LocalDate.of(2016, 9, 10), "2016-Q2", LocalDate.of(2016, 4, 1), LocalDate.of(2016, 6, 30));
        // Early in the year, the last quarter of the year before.
        assertDue(LocalDate.of(2016, 1, 25), "2015-Q4", LocalDate.of(2015, 10, 1), LocalDate.of(2015, 12, 31));
    }

    @Test
    void aQuarterIsDueTheDayAfterItsGraceEnds() {
        assertThat(Quarter.lastDue(LocalDate.of(2016, 7, 20), GRACE).label()).isEqualTo("2016-Q1");
        assertThat(Quarter.lastDue(LocalDate.of(2016, 7, 21), GRACE).label()).isEqualTo("2016-Q2");
    }

    private static void assertDue(LocalDate today, String label, LocalDate start, LocalDate end) {
        Quarter due = Quarter.lastDue(today, GRACE);
        assertThat(due).as(label).isEqualTo(new Quarter(start, end));
        assertThat(due.label()).isEqualTo(label);
    }

    @Test
    void aContractYearRunsFromItsStartDayToTheDayBeforeTheNext() {
        ContractYear year = ContractYear.holding(LocalDate.of(2016, 9, 10), OCTOBER_FIRST);
        assertThat(year).isEqualTo(new ContractYear(LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 30)));
        assertThat(year.label()).isEqualTo("2015/16");
        assertThat(ContractYear.holding(LocalDate.of(2016, 10, 1), OCTOBER_FIRST).label()).isEqualTo("2016/17");
        assertThat(ContractYear.holding(LocalDate.of(2016, 9, 30), OCTOBER_FIRST).label()).isEqualTo("2015/16");
        assertThat(ContractYear.holding(LocalDate.of(2099, 12, 31), MonthDay.of(1, 1)).label()).isEqualTo("2099/00");
    }

    @Test
    void aContractIsInForceForTheQuartersItsTermOverlaps() {
        assertThat(SEED.inForceDuring(LocalDate.of(2014, 7, 1), LocalDate.of(2014, 9, 30))).as("before commencement").isFalse();
        assertThat(SEED.inForceDuring(LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31))).isTrue();
        assertThat(SEED.inForceDuring(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(SEED.inForceDuring(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31))).as("after expiry").isFalse();
    }

    @Test
    void aReviewIsApproachingFromTheNoticeBeforeItsYearsEnd() {
        assertThat(SEED.reviewApproaching(LocalDate.of(2016, 9, 10), NOTICE)).map(ContractYear::label).contains("2015/16");
        assertThat(SEED.reviewApproaching(LocalDate.of(2016, 8, 31), NOTICE)).as("thirty days before its end").isPresent();
        assertThat(SEED.reviewApproaching(LocalDate.of(2016, 8, 30), NOTICE)).isEmpty();
        assertThat(SEED.reviewApproaching(LocalDate.of(2016, 10, 1), NOTICE)).as("a new year has begun").isEmpty();
    }

    @Test
    void noReviewIsApproachingForAYearEndingAfterTheContract() {
        KnownContract ending = new KnownContract(UUID.randomUUID(), "DCST-2", LocalDate.of(2014, 10, 1), LocalDate.of(2016, 6, 30),
                OCTOBER_FIRST);
        assertThat(ending.reviewApproaching(LocalDate.of(2016, 9, 10), NOTICE)).isEmpty();
        assertThat(SEED.reviewApproaching(LocalDate.of(2024, 9, 10), NOTICE)).as("the last year ends with the contract").isPresent();
    }
}
