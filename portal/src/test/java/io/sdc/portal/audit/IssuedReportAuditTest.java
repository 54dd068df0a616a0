package io.sdc.portal.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.portal.api.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issued reports are in the audit pages: report-service's history is read, and an issued report is named as people name it. */
class IssuedReportAuditTest {

    @Test
    void theReportServicesHistoryIsReadAndNamed() {
        assertThat(AuditRecords.service("report")).contains(Service.REPORT);
        assertThat(AuditRecords.serviceName("report")).isEqualTo("Report service");
        assertThat(AuditRecords.typeLabel("issued-report")).isEqualTo("Issued report");
        assertThat(AuditRecords.TYPES).anySatisfy(type -> assertThat(type.value()).isEqualTo("report/issued-report"));
    }

    @Test
    void anIssuedReportIsNamedByItsKindPeriodAndIssue() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(AuditRecords.name(json.readTree("{\"kind\":\"ANNUAL_REPORT\",\"period\":\"2014/15\",\"number\":1}")))
                .isEqualTo("Annual report 2014/15");
        assertThat(AuditRecords.name(json.readTree("{\"kind\":\"QUARTERLY_PACK\",\"period\":\"2015-Q3\",\"number\":2}")))
                .isEqualTo("Quarterly pack 2015-Q3, issue 2");
        assertThat(AuditRecords.name(json.readTree("{\"number\":3}"))).as("a basket version as before").isEqualTo("Version 3");
    }
}
