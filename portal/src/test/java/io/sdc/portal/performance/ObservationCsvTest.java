package io.sdc.portal.performance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationCsvTest {

    private static ObservationCsv.Result read(String csv, String status) {
        return ObservationCsv.read(csv.getBytes(StandardCharsets.UTF_8), status);
    }

    @Test
    void eachRowBecomesAnObservationRequestWithTheFormsReasonWhereItGivesNone() {
        ObservationCsv.Result result = read("\uFEFFIndicator code,period,numerator,denominator,value,Status,commentary,Reason\n"
                + "RE-REFERRALS,2015-Q4,44,200,,,\"Front Door, strengthened\",\n"
                + "\n"
                + "AGENCY-DAYS,2015-Q4,,,12.5,provisional,,Agency days recounted\n", "Late referrals added");

        assertThat(result.faults()).isEmpty();
        assertThat(result.rows()).extracting(ObservationCsv.Row::number).containsExactly(2, 4);
        assertThat(result.rows().get(0).request()).containsEntry("indicatorCode", "RE-REFERRALS").containsEntry("period", "2015-Q4")
                .containsEntry("numerator", 44L).containsEntry("denominator", 200L).containsEntry("value", null)
                .containsEntry("status", null).containsEntry("commentary", "Front Door, strengthened")
                .containsEntry("reason", "Late referrals added");
        assertThat(result.rows().get(1).request()).containsEntry("value", new BigDecimal("12.5")).containsEntry("status", "PROVISIONAL")
                .containsEntry("reason", "Agency days recounted");
    }

    @Test
    void everyUnreadableRowIsNamedByItsNumber() {
        ObservationCsv.Result result = read("indicatorCode,period,numerator,denominator,status\n"
                + "RE-REFERRALS,2015-Q4,abc,200,\n"
                + "RE-REFERRALS,2015-Q4,1,2,validated\n"
                + "RE-REFERRALS,2015-Q4,1,2,,surplus\n"
                + "STAFF-TURNOVER,2015-Q4,40,250,\n", null);

        assertThat(result.faults()).extracting(ObservationCsv.Fault::row).containsExactly(2, 3, 4);
        assertThat(result.faults().get(0).message()).isEqualTo("numerator 'abc' is not a whole number");
        assertThat(result.faults().get(1).message()).contains("status 'validated'", "only the council validates");
        assertThat(result.rows()).extracting(ObservationCsv.Row::number).containsExactly(5);
    }

    @Test
    void aFileWithoutTheColumnsItNeedsOrNotInUtf8IsRefusedWhole() {
        assertThat(read("foo,period\nX,2015-Q4\n", null).faults()).extracting(ObservationCsv.Fault::message)
                .anyMatch(message -> message.contains("'foo'")).anyMatch(message -> message.contains("no column indicatorCode"));
        assertThat(read("", null).faults()).extracting(ObservationCsv.Fault::message).allMatch(message -> message.startsWith("The file is empty"));
        assertThat(read("indicatorCode,period\n", null).faults()).extracting(ObservationCsv.Fault::message)
                .containsExactly("The file has no observations: only the row naming the columns");
        assertThat(ObservationCsv.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'a'}, null).faults())
                .extracting(ObservationCsv.Fault::message).containsExactly("The file is not UTF-8 text: save it as CSV UTF-8");
    }

    @Test
    void periodsAreOrderedInTime() {
        assertThat(Periods.inOrder(List.of("2015-Q3", "2014-Q4", "2015-06", "2015-Q1", "2015-Q3", "odd")))
                .containsExactly("2014-Q4", "2015-Q1", "2015-06", "2015-Q3", "odd");
        assertThat(Periods.end("2015-Q4")).hasValue(java.time.LocalDate.of(2015, 12, 31));
    }
}
