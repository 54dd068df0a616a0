package io.sdc.report.issue;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.assembly.ReportKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuedReportTest {

    private static final UUID CONTRACT = UUID.fromString("3f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11");
    private static final Instant ISSUED_AT = Instant.parse("2026-06-15T09:00:00Z");
    private static final byte[] FIGURES = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    private static IssuedReport.Draft draft(List<String> unvalidated) {
        return new IssuedReport.Draft(CONTRACT, "DCST-SDC-2014", ReportKind.ANNUAL_REPORT, "2014/15", unvalidated, FIGURES, PDF);
    }

    private static IssuedReport.Issue issue(int number, boolean confirm, String reason) {
        return new IssuedReport.Issue("commissioner@doncaster.gov.uk", "commissioner", ISSUED_AT, number, confirm, reason);
    }

    @Test
    void keepsTheBytesWithTheirSha256AndWhoIssuedItWhen() {
        IssuedReport report = IssuedReport.issue(draft(List.of()), issue(1, false, null));

        assertThat(report.figures()).isEqualTo(FIGURES);
        assertThat(report.pdf()).isEqualTo(PDF);
        // SHA-256 of {"a":1} and of the PDF's bytes, as sha256sum prints them.
        assertThat(report.figuresSha256()).isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
        assertThat(report.pdfSha256()).isEqualTo(IssuedReport.sha256Hex(PDF)).matches("[0-9a-f]{64}");
        assertThat(report.issuedBy()).isEqualTo("commissioner@doncaster.gov.uk");
        assertThat(report.issuerRole()).isEqualTo("commissioner");
        assertThat(report.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(report.number()).isEqualTo(1);
        assertThat(report.provisional()).isFalse();
        assertThat(report.reason()).isNull();
        assertThat(report.contractId()).isEqualTo(CONTRACT);
        assertThat(report.kind()).isEqualTo(ReportKind.ANNUAL_REPORT);
        assertThat(report.period()).isEqualTo("2014/15");
        assertThat(report.id()).isNotNull();
    }

    @Test
    void neitherTheCallerNorAReaderCanChangeTheBytesKept() {
        byte[] figures = FIGURES.clone();
        IssuedReport report = IssuedReport.issue(new IssuedReport.Draft(CONTRACT, "DCST-SDC-2014", ReportKind.ANNUAL_REPORT,
                "2014/15", List.of(), figures, PDF.clone()), issue(1, false, null));
        figures[0] = 'X';
        report.figures()[0] = 'Y';
        report.pdfCopy().bytes()[0] = 'Z';

        assertThat(report.figures()).isEqualTo(FIGURES);
        assertThat(report.pdf()).isEqualTo(PDF);
        assertThat(IssuedReport.sha256Hex(report.figures())).isEqualTo(report.figuresSha256());
    }

    @Test
    void namesItsDownloadsByReportContractPeriodAndNumber() {
        IssuedReport report = IssuedReport.issue(draft(List.of()), issue(2, false, "Outturn corrected"));

        IssuedReport.Copy pdf = report.pdfCopy();
        assertThat(pdf.fileName()).isEqualTo("annual-report-DCST-SDC-2014-2014-15-issue-2.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.sha256()).isEqualTo(report.pdfSha256());
        IssuedReport.Copy figures = report.figuresCopy();
        assertThat(figures.fileName()).isEqualTo("annual-report-DCST-SDC-2014-2014-15-issue-2.json");
        assertThat(figures.mediaType()).isEqualTo("application/json");
        assertThat(figures.bytes()).isEqualTo(FIGURES);
    }

    @Test
    void refusesFiguresNotAllValidatedWithoutConfirmationAndReasonNamingBoth() {
        List<String> unvalidated = List.of("Re-referrals, 2015-Q3: provisional");

        assertThatThrownBy(() -> IssuedReport.issue(draft(unvalidated), issue(1, false, null)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("confirmUnvalidated", "reason");
                    assertThat(problem.violations().get(0).message()).contains("Re-referrals, 2015-Q3: provisional");
                });
        assertThatThrownBy(() -> IssuedReport.issue(draft(unvalidated), issue(1, true, " ")))
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("reason"));
        assertThatThrownBy(() -> IssuedReport.issue(draft(unvalidated), issue(1, false, "For the committee")))
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("confirmUnvalidated"));
    }

    @Test
    void issuesFiguresNotAllValidatedWhenConfirmedWithAReasonAndSaysSo() {
        List<String> unvalidated = List.of("Re-referrals, 2015-Q3: provisional", "Outturn 2014/15: draft");

        IssuedReport report = IssuedReport.issue(draft(unvalidated), issue(1, true, "  The committee meets before validation  "));

        assertThat(report.provisional()).isTrue();
        assertThat(report.unvalidated()).containsExactlyElementsOf(unvalidated);
        assertThat(report.reason()).isEqualTo("The committee meets before validation");
    }

    @Test
    void aReissueNeedsAReason() {
        assertThatThrownBy(() -> IssuedReport.issue(draft(List.of()), issue(2, false, null)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(problem.getMessage()).contains("issue 2");
                    assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("reason");
                });

        IssuedReport second = IssuedReport.issue(draft(List.of()), issue(2, false, "The outturn was corrected"));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("The outturn was corrected");
    }

    @Test
    void aFirstIssueOfValidatedFiguresKeepsAReasonIfGiven() {
        assertThat(IssuedReport.issue(draft(List.of()), issue(1, false, "For the Secretary of State")).reason())
                .isEqualTo("For the Secretary of State");
    }

    @Test
    void refusesAReasonLongerThanTheAuditKeeps() {
        assertThatThrownBy(() -> IssuedReport.issue(draft(List.of()), issue(2, false, "x".repeat(IssuedReport.MAX_REASON_LENGTH + 1))))
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("reason"));
    }

    @Test
    void numbersIssuesFromOneAndNeedsBothDocuments() {
        assertThatThrownBy(() -> IssuedReport.issue(draft(List.of()), issue(0, false, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssuedReport.issue(new IssuedReport.Draft(CONTRACT, "DCST-SDC-2014", ReportKind.ANNUAL_REPORT,
                "2014/15", List.of(), FIGURES, new byte[0]), issue(1, false, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
