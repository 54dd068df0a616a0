package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.Party;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ImprovementActionRequest", description = "An action answering a recommendation.")
public record ActionRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Audit a sample of case records every month and report to the Strategic Inspection Group")
        String title,
        @NotNull @Schema(example = "TRUST") Party ownerParty,
        @NotBlank @Size(max = 300) @Schema(description = "The person or team that owns it", example = "Head of Quality Assurance") String owner,
        @NotNull @Schema(example = "2016-03-31") LocalDate dueDate) {
}
