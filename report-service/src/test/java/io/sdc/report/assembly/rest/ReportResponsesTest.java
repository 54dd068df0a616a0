package io.sdc.report.assembly.rest;

import io.sdc.platform.problem.ProblemException;
import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.rendering.ReportDocument;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.sdc.report.assembly.rest.ReportResponses.DOCX;
import static io.sdc.report.assembly.rest.ReportResponses.JSON;
import static io.sdc.report.assembly.rest.ReportResponses.PDF;
import static io.sdc.report.assembly.rest.ReportResponses.mediaType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which form of a report a request gets, and the name its download carries. */
class ReportResponsesTest {

    private static final List<MediaType> BROWSER = List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE);

    @Test
    void aFormatParameterNamesTheFormWhateverAcceptSays() {
        assertThat(mediaType("pdf", BROWSER)).isEqualTo(PDF);
        assertThat(mediaType("DOCX", List.of(MediaType.APPLICATION_JSON_TYPE))).isEqualTo(DOCX);
        assertThat(mediaType("json", List.of(MediaType.valueOf(PDF)))).isEqualTo(JSON);
    }

    @Test
    void otherwiseAcceptChoosesInItsOrderAndAnythingGoesIsJson() {
        assertThat(mediaType(null, List.of(MediaType.valueOf(PDF)))).isEqualTo(PDF);
        assertThat(mediaType(" ", List.of(MediaType.valueOf(DOCX), MediaType.APPLICATION_JSON_TYPE))).isEqualTo(DOCX);
        assertThat(mediaType(null, List.of(MediaType.TEXT_HTML_TYPE, MediaType.valueOf(PDF)))).isEqualTo(PDF);
        assertThat(mediaType(null, BROWSER)).isEqualTo(JSON);
        assertThat(mediaType(null, List.of())).isEqualTo(JSON);
    }

    @Test
    void anUnknownFormatIsRefusedNamingFormatAndAnAcceptOfNoneOfTheFormsIsNotAcceptable() {
        assertThatThrownBy(() -> mediaType("html", BROWSER)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("'format' must be json, pdf or docx, not 'html'");
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("format");
        });
        assertThatThrownBy(() -> mediaType(null, List.of(MediaType.TEXT_HTML_TYPE))).isInstanceOf(NotAcceptableException.class);
    }

    @Test
    void aDownloadIsNamedAfterTheReportContractAndPeriod() {
        ReportDocument document = new ReportDocument("t", "s", List.of(), List.of());
        assertThat(ReportResponses.fileName(new AssembledReport(ReportKind.ANNUAL_REPORT, UUID.randomUUID(), "DCST-SDC-2014",
                "2014/15", null, document, List.of()), "pdf")).isEqualTo("annual-report-DCST-SDC-2014-2014-15.pdf");
        assertThat(ReportResponses.fileName(new AssembledReport(ReportKind.QUARTERLY_PACK, UUID.randomUUID(), "A B/\"C\"",
                "2015-Q3", null, document, List.of()), "docx")).isEqualTo("quarterly-pack-A-B-C-2015-Q3.docx");
    }
}
