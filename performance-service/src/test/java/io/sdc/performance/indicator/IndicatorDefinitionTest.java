package io.sdc.performance.indicator;

import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.sdc.performance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indicator's definition over time, without the service around it: a change to its definition, polarity or
 * minimum denominator takes effect from a date after the latest, and each date is judged by the definition in force.
 */
class IndicatorDefinitionTest {

    private static final Instant AT = Instant.parse("2016-03-01T09:00:00Z");
    private static final PerformanceIndicator.Definition LOWER = definition("Re-referrals within 12 months", Polarity.LOWER_IS_BETTER, 20);

    @Test
    void aChangeToHowItIsJudgedTakesEffectFromADateAndEarlierDatesKeepTheDefinitionThenInForce() {
        PerformanceIndicator indicator = new PerformanceIndicator("RE-REFERRALS", LOWER, AT);
        assertRefused(() -> indicator.redefine(definition("Re-referrals within 12 months", Polarity.HIGHER_IS_BETTER, 20), null, AT),
                ProblemType.VALIDATION_FAILED, "takes effect from a date: give effectiveFrom");

        indicator.redefine(definition("Re-referrals within 12 months", Polarity.LOWER_IS_BETTER, 30), LocalDate.parse("2016-04-01"), AT);
        assertThat(indicator.termsOn(LocalDate.parse("2016-03-31")).minimumDenominator()).isEqualTo(20);
        assertThat(indicator.termsOn(LocalDate.parse("2016-03-31")).effectiveFrom()).isNull();
        assertThat(indicator.termsOn(LocalDate.parse("2016-04-01")).minimumDenominator()).isEqualTo(30);
        assertThat(indicator.termsOn(LocalDate.parse("2016-04-01")).effectiveFrom()).isEqualTo(LocalDate.parse("2016-04-01"));
        assertThat(indicator.minimumDenominator()).as("the latest definition").isEqualTo(30);

        assertRefused(() -> indicator.redefine(definition("Re-referrals within 12 months", Polarity.HIGHER_IS_BETTER, 30),
                LocalDate.parse("2016-04-01"), AT), ProblemType.VALIDATION_FAILED, "must take effect after it, not on 2016-04-01");
        indicator.redefine(definition("Re-referrals within 12 months", Polarity.HIGHER_IS_BETTER, 30), LocalDate.parse("2017-04-01"), AT);
        assertThat(indicator.termsOn(LocalDate.parse("2016-12-31")).polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(indicator.termsOn(LocalDate.parse("2017-06-30")).polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(indicator.definitions()).extracting(IndicatorDefinition::effectiveFrom)
                .containsExactly(null, LocalDate.parse("2016-04-01"), LocalDate.parse("2017-04-01"));
    }

    @Test
    void aChangeThatJudgesAlikeNeedsNoDate() {
        PerformanceIndicator indicator = new PerformanceIndicator("RE-REFERRALS", LOWER, AT);
        indicator.redefine(new PerformanceIndicator.Definition("Re-referrals (12 months)", "Re-referrals within 12 months", Unit.PERCENT,
                Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "Re-referrals", "All referrals", 20, "Children in Need census"), null, AT);
        assertThat(indicator.name()).isEqualTo("Re-referrals (12 months)");
        assertThat(indicator.definitions()).hasSize(1);
        assertThat(new IndicatorDefinition.Terms("a", Polarity.LOWER_IS_BETTER, 20, null)
                .judgesAs(new IndicatorDefinition.Terms("a", Polarity.LOWER_IS_BETTER, 20, LocalDate.parse("2016-04-01")))).isTrue();
        assertThat(new IndicatorDefinition.Terms("a", Polarity.LOWER_IS_BETTER, 20, null)
                .judgesAs(new IndicatorDefinition.Terms("b", Polarity.LOWER_IS_BETTER, 20, null))).isFalse();
    }

    private static PerformanceIndicator.Definition definition(String text, Polarity polarity, Integer minimumDenominator) {
        return new PerformanceIndicator.Definition("Re-referrals", text, Unit.PERCENT, polarity, Frequency.QUARTERLY, "Re-referrals",
                "All referrals", minimumDenominator, "Trust case management system");
    }
}
