package io.sdc.performance.inspection.rest;

import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.performance.inspection.MilestoneStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Milestone", description = "A target judgement by a date, and where it stands on the date asked about.")
public record MilestoneView(UUID id, UUID contractId, @Schema(example = "Requires Improvement by April 2016") String title,
                            InspectionJudgement targetJudgement, @Schema(example = "2016-04-30") LocalDate dueDate,
                            @Schema(description = "The area judged; absent for the overall judgement") String area,
                            @Schema(description = "The type of the inspections that judge it; absent for any") String inspectionType,
                            @Schema(description = "The date the status is for") LocalDate asOf, MilestoneStatus status,
                            @Schema(description = "The inspection that met it") UUID metByInspectionId) {
}
