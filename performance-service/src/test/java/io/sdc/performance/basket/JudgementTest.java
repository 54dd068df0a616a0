package io.sdc.performance.basket;

import io.sdc.performance.indicator.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.sdc.performance.indicator.Polarity.HIGHER_IS_BETTER;
import static io.sdc.performance.indicator.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

/** The judgement rules at every boundary, both ways round. */
class JudgementTest {

    @ParameterizedTest(name = "lower is better, target 25, tolerance limit 30: {0} is {1}")
    @CsvSource({
            "20.0, GREEN", "25.0, GREEN", "25.1, AMBER", "30.0, AMBER", "30.1, RED", "38, RED"})
    void lowerIsBetterAgainstAThreshold(String value, Rag expected) {
        assertThat(Judgement.rag(LOWER_IS_BETTER, new BigDecimal(value), 400, 20,
                new BigDecimal("25"), ToleranceKind.THRESHOLD, new BigDecimal("30"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "higher is better, target 45, threshold 40: {0} is {1}")
    @CsvSource({"50, GREEN", "45.0, GREEN", "44.9, AMBER", "40, AMBER", "39.99, RED"})
    void higherIsBetterAgainstAThreshold(String value, Rag expected) {
        assertThat(Judgement.rag(HIGHER_IS_BETTER, new BigDecimal(value), 80, 10,
                new BigDecimal("45"), ToleranceKind.THRESHOLD, new BigDecimal("40"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, target 45 with a margin of 5: {1} is {2}")
    @CsvSource({
            "HIGHER_IS_BETTER, 45, GREEN", "HIGHER_IS_BETTER, 40, AMBER", "HIGHER_IS_BETTER, 39.9, RED",
            "LOWER_IS_BETTER, 45, GREEN", "LOWER_IS_BETTER, 50, AMBER", "LOWER_IS_BETTER, 50.1, RED",
            "LOWER_IS_BETTER, 40, GREEN", "HIGHER_IS_BETTER, 50, GREEN"})
    void aMarginAroundTheTarget(Polarity polarity, String value, Rag expected) {
        assertThat(Judgement.rag(polarity, new BigDecimal(value), null, null,
                new BigDecimal("45"), ToleranceKind.MARGIN, new BigDecimal("5"))).isEqualTo(expected);
    }

    @Test
    void suppressesADenominatorBelowTheMinimumButNotOneOnIt() {
        assertThat(Judgement.rag(LOWER_IS_BETTER, new BigDecimal("50"), 9, 10,
                BigDecimal.TEN, ToleranceKind.MARGIN, BigDecimal.ONE)).isEqualTo(Rag.SUPPRESSED);
        assertThat(Judgement.rag(LOWER_IS_BETTER, new BigDecimal("50"), 10, 10,
                BigDecimal.TEN, ToleranceKind.MARGIN, BigDecimal.ONE)).isEqualTo(Rag.RED);
        assertThat(Judgement.rag(LOWER_IS_BETTER, null, null, 10,
                BigDecimal.TEN, ToleranceKind.MARGIN, BigDecimal.ONE)).isEqualTo(Rag.NO_DATA);
    }

    @ParameterizedTest(name = "{0}: {1} after {2} is {3}")
    @CsvSource({
            "LOWER_IS_BETTER, 23, 38, IMPROVING", "LOWER_IS_BETTER, 38, 23, DECLINING", "LOWER_IS_BETTER, 23.0, 23, STABLE",
            "HIGHER_IS_BETTER, 50, 45, IMPROVING", "HIGHER_IS_BETTER, 45, 50, DECLINING", "HIGHER_IS_BETTER, 45, 45.00, STABLE"})
    void directionOfTravelHonoursPolarity(Polarity polarity, String value, String earlier, Direction expected) {
        assertThat(Judgement.direction(polarity, new BigDecimal(value), new BigDecimal(earlier))).isEqualTo(expected);
    }

    @Test
    void hasNoDirectionWithoutAnEarlierValue() {
        assertThat(Judgement.direction(LOWER_IS_BETTER, new BigDecimal("23"), null)).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(Judgement.direction(LOWER_IS_BETTER, null, new BigDecimal("23"))).isEqualTo(Direction.NOT_COMPARABLE);
    }
}
