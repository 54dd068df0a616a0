package io.sdc.contract.contract.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ContractVersion", description = "A numbered version of the contract: 1 as it commenced, then one per contract variation.")
public record ContractVersionView(
        @Schema(example = "2") int number,
        @Schema(example = "2016-04-01") LocalDate effectiveFrom,
        @Schema(description = "The implemented change request that made this version; absent for version 1") UUID changeRequestId,
        @Schema(example = "NCR-1 Transfer of the Children with Disability service: children-with-disability in scope from 2016-04-01") String summary,
        Instant recordedAt,
        @Schema(description = "The contract's terms and scope as this version has them") JsonNode contract) {
}
