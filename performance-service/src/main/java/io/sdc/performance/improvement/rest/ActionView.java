package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ActionStatus;
import io.sdc.performance.improvement.Party;
import io.sdc.performance.improvement.ProgressUpdate;
import io.sdc.performance.improvement.Replan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImprovementAction", description = "An action answering a recommendation, its owner, due date, status, progress and re-plans.")
public record ActionView(UUID id, UUID recommendationId, UUID planId, UUID contractId, String title, Party ownerParty,
                         @Schema(example = "Head of Quality Assurance") String owner, @Schema(example = "2016-03-31") LocalDate dueDate,
                         ActionStatus status, @Schema(description = "Its progress updates, oldest first") List<ProgressUpdate> progress,
                         @Schema(description = "When the council confirmed it complete") LocalDate completedOn,
                         @Schema(description = "Who confirmed it complete") String completionConfirmedBy,
                         @Schema(description = "Its re-plans, oldest first: when, by whom for which party, why, and each field changed "
                                 + "from and to") List<Replan> replans) {
}
