package io.sdc.finance.ledger.rest;

import io.sdc.finance.ledger.LedgerImportJobStatus;
import io.sdc.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "LedgerImportJob", description = "A large ledger export being imported by a worker: how far it got and how it ended.")
public record LedgerImportJobView(
        UUID id, UUID budgetId, @Schema(example = "2015-Q3") String period,
        @Schema(description = "QUEUED (waiting for the worker), RUNNING, SUCCEEDED (the return is stored) or FAILED (nothing stored)")
        LedgerImportJobStatus status,
        @Schema(description = "The file's size") long bytes,
        @Schema(description = "Rows of the file read so far (all of them once it has finished)") long rowsRead,
        String fileSha256, @Schema(example = "finance.officer") String submittedBy, Instant createdAt, Instant startedAt,
        Instant finishedAt,
        @Schema(description = "When its instance last reported on it") Instant heartbeatAt,
        @Schema(description = "The monitoring return it made (or found already imported), once SUCCEEDED") UUID returnId,
        @Schema(description = "Where that return is read", example = "/api/v1/monitoring-returns/5b7f3a0e-2c1d-4b0a-9a57-7e1f0c2d9b11")
        String returnLink,
        @Schema(description = "Whether the same file, under the same mapping version, was already the period's return (nothing changed)")
        Boolean alreadyApplied,
        @Schema(description = "Why it FAILED: the problem a synchronous import would have answered, every fault with its row")
        Problem problem) {
}
