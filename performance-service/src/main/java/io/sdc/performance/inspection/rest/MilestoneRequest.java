package io.sdc.performance.inspection.rest;

import io.sdc.performance.inspection.InspectionJudgement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MilestoneRequest", description = "A contract milestone: a target judgement by a date; or its correction.")
public record MilestoneRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Requires Improvement by April 2016") String title,
        @NotNull @Schema(example = "REQUIRES_IMPROVEMENT") InspectionJudgement targetJudgement,
        @NotNull @Schema(example = "2016-04-30") LocalDate dueDate,
        @Size(max = 200) @Schema(description = "An area to judge; absent for the overall judgement") String area,
        @Size(max = 300) @Schema(description = "The type of the inspections that judge it; absent for any inspection",
                example = "Services for children in need of help and protection, children looked after and care leavers")
        String inspectionType,
        @Size(max = 1000) @Schema(description = "Why it is corrected: required when correcting (PUT), else absent. The Change-Reason "
                + "header is taken when it is absent.", example = "The contract variation moved the due date")
        String reason) {
}
