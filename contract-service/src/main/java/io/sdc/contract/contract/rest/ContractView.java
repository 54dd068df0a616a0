package io.sdc.contract.contract.rest;

import io.sdc.contract.contract.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

@Schema(name = "Contract", description = "A Service Delivery Contract between a council and a trust.")
public record ContractView(
        @Schema(example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11") UUID id,
        @Schema(example = "SDC-2014-001") String reference,
        @Schema(example = "Children's Social Care Service Delivery Contract") String title,
        PartyView commissioner,
        PartyView provider,
        @Schema(example = "2014-10-01") LocalDate commencementDate,
        @Schema(example = "2024-09-30") LocalDate expiryDate,
        @Schema(type = SchemaType.STRING, example = "--10-01") MonthDay contractYearStart,
        @Schema(type = SchemaType.STRING, example = "--04-01") MonthDay financialYearStart,
        @Schema(description = "References of the statutory directions the contract rests on") List<String> statutoryDirections,
        @Schema(description = "Every service area the contract has had in scope, with its dates") List<ServiceAreaView> scope,
        @Schema(example = "DRAFT") ContractStatus status,
        @Schema(description = "Changes with every update; send it back as If-Match", example = "0") long version) {

    @Schema(name = "Party", description = "A party to the contract.")
    public record PartyView(
            @Schema(example = "Doncaster Metropolitan Borough Council") String name,
            @Schema(example = "E08000017") String identifier) {
    }
}
