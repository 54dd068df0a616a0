package io.sdc.finance.monitoring.rest;

import io.sdc.finance.monitoring.FigureStatus;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "MonitoringReturn", description = "A monitoring return of the trust for a period, with who submitted, validated, returned, "
        + "corrected and superseded it, when and why. Its figures never change.")
public record MonitoringReturnView(
        UUID id, UUID budgetId, @Schema(example = "2015-Q3") String period, @Schema(example = "CSV") String format,
        @Schema(description = "How many budget lines it gives") int lines,
        @Schema(example = "15520000.00") Money actualToDate, @Schema(example = "31348000.00") Money forecastOutturn,
        String fileSha256, @Schema(example = "finance.officer") String submittedBy, Instant submittedAt,
        @Schema(description = "When a later return for the period replaced it") Instant supersededAt,
        UUID contractId,
        @Schema(description = "SUBMITTED (awaiting the council), VALIDATED, RETURNED (the trust must send it again) or SUPERSEDED")
        SubmissionStatus status,
        @Schema(description = "VALIDATED once the council validated it (even if a correction has since superseded it), else PROVISIONAL")
        FigureStatus figureStatus,
        @Schema(description = "The commissioner who validated it") String validatedBy, Instant validatedAt,
        @Schema(description = "The commissioner who returned it to the trust") String returnedBy, Instant returnedAt,
        @Schema(description = "Why the council returned it") String returnReason,
        @Schema(description = "The return of the same period this one replaced: corrected, or resubmitted after it was returned") UUID correctionOf,
        @Schema(description = "Why this return replaced that one (required for a correction of a submitted or validated return)")
        String correctionReason,
        @Schema(description = "The return that replaced this one") UUID supersededBy,
        @Schema(description = "Its version, the ETag to send as If-Match to validate or return it") long version,
        @Schema(description = "What it says of each budget line; only when one return is read (GET /api/v1/monitoring-returns/{id})")
        List<LineFigures> figures) {

    @Schema(name = "MonitoringReturnLine")
    public record LineFigures(@Schema(example = "placements") String code, @Schema(example = "6420000.00") Money actualToDate,
                              @Schema(example = "12848000.00") Money forecastOutturn) {
    }
}
