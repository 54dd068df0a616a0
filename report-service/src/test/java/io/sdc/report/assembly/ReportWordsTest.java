package io.sdc.report.assembly;

import io.sdc.platform.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWordsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Amounts in sentences, as the seed's report writes them
            49000.00    | £49k
            -111000.00  | £111k
            348000.00   | £348k
            42200000.00 | £42.2m
            500.00      | £500
            # The unit is chosen by the amount as it will be written
            999960.00   | £1m
            999940.00   | £999.9k
            999.60      | £1k
            999.40      | £999
            1000000.00  | £1m
            """)
    void writesAnAmountAsTheSeedsReportDoesInTheUnitOfTheAmountAsWritten(String amount, String words) {
        assertThat(ReportWords.money(Money.of(amount))).isEqualTo(words);
    }
}
