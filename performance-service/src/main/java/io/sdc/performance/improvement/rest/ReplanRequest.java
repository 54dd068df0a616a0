package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.Party;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ImprovementActionReplan", description = "An action's plan as it is to be: every field is given (send the ones not "
        + "changing as read); at least one differs. The commissioner changes any; the trust (trust-performance) only the owner of "
        + "its own actions. A new due date is today or later; it brings an OVERDUE action back ON_TRACK.")
public record ReplanRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Audit a sample of case records every month and report to the Strategic Inspection Group")
        String title,
        @NotNull @Schema(example = "TRUST") Party ownerParty,
        @NotBlank @Size(max = 300) @Schema(description = "The person or team that owns it", example = "Head of Quality Assurance") String owner,
        @NotNull @Schema(example = "2016-06-30") LocalDate dueDate,
        @Size(max = 1000) @Schema(description = "Why it is re-planned (or the Change-Reason header); required, kept in the action's "
                + "re-plans and the audit history", example = "Agreed at the Strategic Inspection Group: the audit tool arrives in May")
        String reason) {
}
