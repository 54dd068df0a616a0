package io.sdc.report.quarterly;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pack's quarter, and the contract and financial years a quarter falls in. */
class QuarterTest {

    @Test
    void aQuarterIsThreeCalendarMonths() {
        Quarter q3 = Quarter.parse("period", "2015-Q3");

        assertThat(q3.start()).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(q3.previous()).isEqualTo(new Quarter(2015, 2));
        assertThat(Quarter.parse("period", "2015-Q1").previous().label()).isEqualTo("2014-Q4");
        assertThat(Quarter.endOfPeriod("2015-09")).contains(LocalDate.of(2015, 9, 30));
        assertThat(Quarter.endOfPeriod("2015-Q4")).contains(LocalDate.of(2015, 12, 31));
        assertThat(Quarter.endOfPeriod("2015/16")).isEmpty();
    }

    @Test
    void anythingButACalendarQuarterIsRefusedNamingThePeriod() {
        for (String notAQuarter : new String[]{"2015-09", "2014/15", "2015-Q5", "Q3", "", "0000-Q1"}) {
            assertThatThrownBy(() -> Quarter.parse("period", notAQuarter)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                assertThat(e.violations()).extracting(Problem.Violation::field).containsExactly("period");
            });
        }
        assertThatThrownBy(() -> Quarter.parse("period", null)).hasMessageContaining("A period is required");
    }

    @Test
    void theContractYearFromOctoberAndTheFinancialYearFromAprilThatAQuarterFallsIn() {
        LocalDate july2015 = Quarter.parse("period", "2015-Q3").start();

        assertThat(BusinessYear.containing(july2015, MonthDay.of(10, 1)))
                .isEqualTo(new BusinessYear("2014/15", LocalDate.of(2014, 10, 1), LocalDate.of(2015, 9, 30)));
        assertThat(BusinessYear.containing(july2015, MonthDay.of(4, 1)))
                .isEqualTo(new BusinessYear("2015/16", LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)));
        assertThat(BusinessYear.containing(LocalDate.of(1999, 12, 31), MonthDay.of(1, 1)).label()).isEqualTo("1999");
    }
}
