package io.sdc.performance.improvement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CouncilImprovementPlanRequest", description = "An improvement plan the council holds before a trust exists, as agreed.")
public record CouncilPlanRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Children's Services Improvement Plan 2015-17") String title,
        @NotBlank @Size(max = 300) @Schema(description = "The council that holds it", example = "Darlington Borough Council") String council,
        @NotNull @Schema(example = "2016-01-06") LocalDate agreedOn,
        @NotEmpty @Size(max = 30) @Schema(description = "Its themes or objectives, in order",
                example = "[\"Leadership, management and governance\", \"Quality of practice\"]")
        List<@NotBlank @Size(max = 300) String> themes) {
}
