package io.sdc.contract.contract.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

@Schema(name = "ContractRequest", description = "The terms of a Service Delivery Contract, to register or revise it.")
public record ContractRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/._-]*", message = "letters, digits and / . _ - only")
        @Schema(description = "The council's reference for the contract", example = "SDC-2014-001")
        String reference,
        @NotBlank @Size(max = 200)
        @Schema(example = "Children's Social Care Service Delivery Contract")
        String title,
        @NotNull @Valid
        @Schema(description = "The council commissioning the services")
        PartyRequest commissioner,
        @NotNull @Valid
        @Schema(description = "The trust providing the services")
        PartyRequest provider,
        @NotNull
        @Schema(description = "The day the trust took over the services", example = "2014-10-01")
        LocalDate commencementDate,
        @NotNull
        @Schema(description = "The last day of the contract's term", example = "2024-09-30")
        LocalDate expiryDate,
        @NotNull
        @Schema(description = "First day of each contract year (ISO 8601 --MM-DD)", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "--10-01")
        MonthDay contractYearStart,
        @NotNull
        @Schema(description = "First day of each financial year (ISO 8601 --MM-DD)", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "--04-01")
        MonthDay financialYearStart,
        @Size(max = 20)
        @Schema(description = "References of the statutory directions the contract rests on", example = "[\"DfE direction under s.497A Education Act 1996, 2014\"]")
        List<@NotBlank @Size(max = 200) String> statutoryDirections) {

    @Schema(name = "PartyRequest", description = "A party to the contract.")
    public record PartyRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Doncaster Metropolitan Borough Council") String name,
            @Size(max = 40) @Schema(description = "An identifier such as the council's ONS code or the trust's company number", example = "E08000017") String identifier) {
    }
}
