package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.FindingJudgement;
import io.sdc.performance.improvement.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImprovementReview", description = "A monitoring visit or review of an improvement plan with its findings in order, each with "
        + "the recommendation it maps to and whether the review raised it.")
public record ReviewView(UUID id, UUID planId, @Schema(description = "Absent while the council holds the plan without a contract") UUID contractId,
                         @Schema(example = "MONITORING_VISIT") SourceKind kind,
                         @Schema(example = "Ofsted monitoring visit 10-11 July 2016") String title,
                         @Schema(example = "2016-07-10") LocalDate heldOn,
                         @Schema(description = "The date of its letter or report", example = "2016-08-05") LocalDate reportedOn,
                         @Schema(example = "Ofsted") String reviewer, String summary,
                         @Schema(description = "How many recommendations its findings raised", example = "1") int recommendationsRaised,
                         List<Finding> findings) {

    @Schema(name = "ImprovementReviewFinding", description = "A finding and the recommendation it maps to.")
    public record Finding(String text, @Schema(example = "STRENGTH") FindingJudgement judgement, MappedRecommendation recommendation,
                          @Schema(description = "Whether this finding raised the recommendation (else it evidences an existing one)") boolean raised) {
    }

    @Schema(name = "ImprovementReviewMappedRecommendation", description = "The recommendation a finding maps to.")
    public record MappedRecommendation(UUID id, @Schema(example = "14") String number,
                                       @Schema(example = "Excellent safeguarding standards and practice") String theme) {
    }
}
