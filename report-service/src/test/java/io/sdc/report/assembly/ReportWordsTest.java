package io.sdc.report.assembly;

import io.sdc.platform.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWordsTest {

    @Test
    void writesAmountsInSentencesAsTheSeedsReportDoes() {
        assertThat(ReportWords.money(Money.of("49000.00"))).isEqualTo("£49k");
        assertThat(ReportWords.money(Money.of("-111000.00"))).isEqualTo("£111k");
        assertThat(ReportWords.money(Money.of("348000.00"))).isEqualTo("£348k");
        assertThat(ReportWords.money(Money.of("42200000.00"))).isEqualTo("£42.2m");
        assertThat(ReportWords.money(Money.of("500.00"))).isEqualTo("£500");
    }

    @Test
    void choosesTheUnitByTheAmountAsItWillBeWritten() {
        assertThat(ReportWords.money(Money.of("999960.00"))).isEqualTo("£1m");
        assertThat(ReportWords.money(Money.of("999940.00"))).isEqualTo("£999.9k");
        assertThat(ReportWords.money(Money.of("999.60"))).isEqualTo("£1k");
        assertThat(ReportWords.money(Money.of("999.40"))).isEqualTo("£999");
        assertThat(ReportWords.money(Money.of("1000000.00"))).isEqualTo("£1m");
    }
}
