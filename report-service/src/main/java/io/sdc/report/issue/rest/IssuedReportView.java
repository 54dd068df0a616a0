package io.sdc.report.issue.rest;

import io.sdc.report.assembly.ReportKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "IssuedReport", description = "A report as the commissioner issued it: which report, which issue of it, who "
        + "issued it when and why, and the SHA-256 of the PDF and of the figures as kept (fetch them by the links; they never change)")
public record IssuedReportView(
        UUID id,
        UUID contractId,
        @Schema(example = "DCST-SDC-2014") String contractReference,
        ReportKind kind,
        @Schema(description = "A contract year for the annual report, a calendar quarter for the quarterly pack", example = "2014/15")
        String period,
        @Schema(description = "1 for the first issue of this report (contract, kind, period), 2 for the next, ...", example = "1")
        int number,
        @Schema(example = "commissioner@doncaster.gov.uk") String issuedBy,
        @Schema(example = "commissioner") String issuerRole,
        Instant issuedAt,
        @Schema(description = "Why it was issued (required for a re-issue and for figures not all validated)") String reason,
        @Schema(description = "Issued on figures not all validated, as its first page says") boolean provisional,
        @Schema(description = "The figures that were not validated when it was issued") List<String> unvalidated,
        @Schema(description = "SHA-256 of the PDF as kept, 64 hex digits", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String pdfSha256,
        @Schema(description = "SHA-256 of the figures (JSON) as kept, 64 hex digits", example = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")
        String figuresSha256,
        Links links) {

    @Schema(name = "IssuedReportLinks")
    public record Links(@Schema(example = "/api/v1/issued-reports/6a1f0c7e-2d8b-4f1a-9c3e-5b7d8e9f0a1b") String self,
                        @Schema(example = "/api/v1/issued-reports/6a1f0c7e-2d8b-4f1a-9c3e-5b7d8e9f0a1b/pdf") String pdf,
                        @Schema(example = "/api/v1/issued-reports/6a1f0c7e-2d8b-4f1a-9c3e-5b7d8e9f0a1b/figures") String figures) {
    }
}
