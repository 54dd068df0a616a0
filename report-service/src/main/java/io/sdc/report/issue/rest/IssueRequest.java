package io.sdc.report.issue.rest;

import io.sdc.report.assembly.ReportKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueRequest", description = "Which report to issue now, and, where the rules ask for them, the issuer's "
        + "confirmation of figures not all validated and the reason")
public record IssueRequest(
        @NotNull @Schema(example = "ANNUAL_REPORT") ReportKind kind,
        @NotBlank @Size(max = 20)
        @Schema(description = "A contract year such as 2014/15 for ANNUAL_REPORT, a calendar quarter such as 2015-Q3 for QUARTERLY_PACK",
                example = "2014/15") String period,
        @Schema(description = "Must be true (with a reason) to issue a report whose figures are not all validated; its first page says which",
                example = "false") Boolean confirmUnvalidated,
        @Size(max = 1000)
        @Schema(description = "Why it is issued: required, here or in the Change-Reason header, for a re-issue and for figures not all "
                + "validated; kept on the issued report and in the audit history", example = "For the Secretary of State, as agreed at the annual review")
        String reason) {
}
