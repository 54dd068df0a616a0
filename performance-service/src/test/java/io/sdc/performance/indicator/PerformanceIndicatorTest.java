package io.sdc.performance.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.sdc.performance.support.Refusals.assertRefused;
import static io.sdc.platform.problem.ProblemType.VALIDATION_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's code and how it reads an observation's numerator, denominator and value, without the service around it. */
class PerformanceIndicatorTest {

    private static final PerformanceIndicator RE_REFERRALS = indicator("RE-REFERRALS", Unit.PERCENT);
    private static final PerformanceIndicator REFERRALS_PER_10000 = indicator("REFERRALS-PER-10000", Unit.RATE_PER_10000);
    private static final PerformanceIndicator DAYS_TO_ASSESSMENT = indicator("DAYS-TO-ASSESSMENT", Unit.DAYS);

    @ParameterizedTest
    @ValueSource(strings = {"RE-REFERRALS", "NI-62", "A"})
    void aCodeIsUpperCaseWordsJoinedByHyphens(String code) {
        assertThat(PerformanceIndicator.requireCode(code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"re-referrals", "RE--REFERRALS", "-RE", "RE-", "RE REFERRALS", ""})
    void anyOtherCodeIsRefused(String code) {
        assertRefused(() -> PerformanceIndicator.requireCode(code), VALIDATION_FAILED,
                "An indicator code is upper-case words joined by hyphens, such as RE-REFERRALS, not '" + code + "'");
        assertRefused(() -> indicator(code, Unit.COUNT), VALIDATION_FAILED, "not '" + code + "'");
    }

    @Test
    void aCodeIsAtMostSixtyCharacters() {
        assertThat(PerformanceIndicator.requireCode("A".repeat(60))).hasSize(60);
        assertRefused(() -> PerformanceIndicator.requireCode("A".repeat(61)), VALIDATION_FAILED, "upper-case words");
    }

    @Test
    void aPercentageIsComputedFromNumeratorAndDenominatorToOnePlace() {
        assertThat(RE_REFERRALS.read(46L, 200L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("23.0")));
        assertThat(RE_REFERRALS.read(1L, 3L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("33.3")));
        assertThat(RE_REFERRALS.read(2L, 3L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("66.7")));
        assertThat(RE_REFERRALS.read(200L, 200L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("100.0")));
    }

    @Test
    void aGivenValueMustAgreeWithNumeratorAndDenominatorToWithinOneTwentieth() {
        assertThat(RE_REFERRALS.read(46L, 200L, new BigDecimal("23.05"))).isEqualTo(new Reading.Accepted(new BigDecimal("23.0")));
        assertThat(RE_REFERRALS.read(46L, 200L, new BigDecimal("22.95"))).isEqualTo(new Reading.Accepted(new BigDecimal("23.0")));
        assertThat(RE_REFERRALS.read(46L, 200L, new BigDecimal("23.06")))
                .isEqualTo(new Reading.Refused("value", "is 23.06 but numerator and denominator give 23.0"));
    }

    @Test
    void aPercentageOrARateNeedsNumeratorAndDenominator() {
        Reading.Refused refused = new Reading.Refused(null, "RE-REFERRALS is a PERCENT: give numerator and denominator");
        assertThat(RE_REFERRALS.read(null, 200L, new BigDecimal("23"))).isEqualTo(refused);
        assertThat(RE_REFERRALS.read(46L, null, null)).isEqualTo(refused);
        assertThat(REFERRALS_PER_10000.read(null, null, BigDecimal.ONE))
                .isEqualTo(new Reading.Refused(null, "REFERRALS-PER-10000 is a RATE_PER_10000: give numerator and denominator"));
    }

    @Test
    void aPercentagesNumeratorCannotExceedItsDenominatorButARatesCan() {
        assertThat(RE_REFERRALS.read(201L, 200L, null))
                .isEqualTo(new Reading.Refused("numerator", "a percentage's numerator cannot exceed its denominator"));
        assertThat(REFERRALS_PER_10000.read(3L, 2L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("15000.0")));
    }

    @Test
    void aComputedValueHasAtMostTenWholeDigits() {
        assertThat(REFERRALS_PER_10000.read(999_999_999L, 1000L, null)).isEqualTo(new Reading.Accepted(new BigDecimal("9999999990.0")));
        assertThat(REFERRALS_PER_10000.read(1_000_000_000_000_000L, 1L, null)).isEqualTo(new Reading.Refused("numerator",
                "over the denominator 1 gives 10000000000000000000.0 RATE_PER_10000, more than an observation's value can be (9999999999.99)"));
    }

    @Test
    void aCountOrDaysIsGivenAsTheValue() {
        assertThat(DAYS_TO_ASSESSMENT.read(null, null, new BigDecimal("12.5"))).isEqualTo(new Reading.Accepted(new BigDecimal("12.5")));
        assertThat(DAYS_TO_ASSESSMENT.read(3L, 4L, new BigDecimal("12.5"))).isEqualTo(new Reading.Accepted(new BigDecimal("12.5")));
        assertThat(DAYS_TO_ASSESSMENT.read(3L, 4L, null))
                .isEqualTo(new Reading.Refused("value", "DAYS-TO-ASSESSMENT is a DAYS: give the value"));
    }

    private static PerformanceIndicator indicator(String code, Unit unit) {
        return new PerformanceIndicator(code, new PerformanceIndicator.Definition(code, code + " as defined in the contract", unit,
                Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, null, null, 20, null));
    }
}
