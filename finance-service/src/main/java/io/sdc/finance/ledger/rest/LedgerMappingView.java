package io.sdc.finance.ledger.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "LedgerMapping", description = "A version of a contract's ledger mapping: the budget line each cost centre and account of "
        + "the trust's finance system counts towards. Versions never change; the latest is the one imports use.")
public record LedgerMappingView(
        UUID id, UUID contractId,
        @Schema(description = "1 for the first mapping, one more for each after it; the ETag to send as If-Match to replace it", example = "2")
        int version,
        @Schema(description = "How many (cost centre, account) it maps") int rowCount,
        @Schema(example = "finance.officer") String createdBy, Instant createdAt,
        @Schema(description = "The Change-Reason it was sent with, if any") String reason,
        @Schema(description = "Its rows, in the order of the file; only when one version is read (not in the list of versions)")
        List<Row> rows) {

    @Schema(name = "LedgerMappingRow")
    public record Row(@Schema(example = "CC200") String costCentre, @Schema(example = "6100") String account,
                      @Schema(example = "placements") String budgetLine) {
    }
}
