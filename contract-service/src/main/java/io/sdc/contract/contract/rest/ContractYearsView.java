package io.sdc.contract.contract.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractYears", description = "The contract year and financial year a date falls in.")
public record ContractYearsView(
        @Schema(example = "2015-11-12") LocalDate date,
        Period contractYear,
        Period financialYear,
        @Schema(description = "Whether the date is within the contract's term") boolean withinTerm) {

    @Schema(name = "YearPeriod", description = "A contract or financial year.")
    public record Period(@Schema(example = "2015/16") String label,
                         @Schema(example = "2015-10-01") LocalDate start,
                         @Schema(example = "2016-09-30") LocalDate end) {
    }
}
