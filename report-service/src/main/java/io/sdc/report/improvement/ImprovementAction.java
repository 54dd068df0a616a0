package io.sdc.report.improvement;

import io.sdc.report.rendering.ReportDocument.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An improvement action as a report shows it: its plan, the recommendation it answers, owner, due date and status. */
@Schema(name = "ReportImprovementAction", description = "An improvement action, with the plan and recommendation it belongs to")
public record ImprovementAction(UUID id, String plan, @Schema(example = "2") String recommendation, String title,
                                @Schema(example = "TRUST") String ownerParty, String owner, LocalDate dueDate,
                                @Schema(description = "Its status as the plan gives it now") String status,
                                @Schema(description = "When the council confirmed it complete; none if not yet") LocalDate completedOn,
                                Source source) {
}
