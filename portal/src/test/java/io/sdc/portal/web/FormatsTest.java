package io.sdc.portal.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void moneyIsWrittenInPoundsExactly() {
        assertThat(Formats.money("42311000.00")).isEqualTo("£42,311,000");
        assertThat(Formats.money(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
        assertThat(Formats.money("-98000.00")).isEqualTo("−£98,000");
        assertThat(Formats.money("12345678901234567.01")).isEqualTo("£12,345,678,901,234,567.01");
        assertThat(Formats.signedMoney("348000.00")).isEqualTo("+£348,000");
        assertThat(Formats.money(null)).isEmpty();
        assertThat(Formats.money("not a number")).isEmpty();
    }

    @Test
    void datesAreWrittenInWords() {
        assertThat(Formats.date("2016-04-01")).isEqualTo("1 April 2016");
        assertThat(Formats.dateTime("2015-12-09T14:03:00Z")).isEqualTo("9 December 2015 at 2:03pm");
        assertThat(Formats.dateTime("2015-07-09T14:03:00Z")).isEqualTo("9 July 2015 at 3:03pm");
        assertThat(Formats.words("AGREED_IN_PRINCIPLE")).isEqualTo("Agreed in principle");
        assertThat(Formats.words("children-with-disability")).isEqualTo("Children with disability");
    }
}
