package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.FindingJudgement;
import io.sdc.performance.improvement.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImprovementReviewRequest", description = "A monitoring visit or review of an improvement plan with its findings in order, "
        + "each mapped to an existing recommendation of the plan (recommendationId) or raising a new one (recommendation), never both.")
public record ReviewRequest(
        @NotNull @Schema(description = "MONITORING_VISIT, DFE_REVIEW, PEER_REVIEW or COMMISSIONED_REPORT (an Ofsted inspection is recorded as "
                + "an inspection)", example = "MONITORING_VISIT") SourceKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Ofsted monitoring visit 10-11 July 2016") String title,
        @NotNull @Schema(description = "When it was held (its first day)", example = "2016-07-10") LocalDate heldOn,
        @Schema(description = "The date of its letter or report, on or after heldOn", example = "2016-08-05") LocalDate reportedOn,
        @NotBlank @Size(max = 300) @Schema(description = "Who held it", example = "Ofsted") String reviewer,
        @Size(max = 4000) @Schema(example = "Significant improvements in some key areas; attention refocused where improvement is not yet "
                + "demonstrating the required impact") String summary,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Finding> findings) {

    @Schema(name = "ImprovementReviewFindingRequest", description = "A finding: an existing recommendation it evidences, or one it raises.")
    public record Finding(
            @NotBlank @Size(max = 4000) @Schema(example = "The workforce is not yet stable: a high turnover of social workers and an over "
                    + "reliance on agency staff") String text,
            @NotNull @Schema(example = "AREA_FOR_IMPROVEMENT") FindingJudgement judgement,
            @Schema(description = "The recommendation of this plan it evidences; absent when it raises one") UUID recommendationId,
            @Valid @Schema(description = "The recommendation it raises; absent when it names one") Raised recommendation) {
    }

    @Schema(name = "ImprovementReviewRaisedRecommendation", description = "A recommendation a finding raises; its source is the review.")
    public record Raised(
            @NotBlank @Size(max = 30) @Schema(description = "Its number as the review gives it", example = "1") String number,
            @NotBlank @Size(max = 4000) @Schema(example = "Ensure that child protection enquiries are informed by multi-agency discussion "
                    + "in a strategy meeting") String text,
            @NotBlank @Size(max = 300) @Schema(description = "One of the plan's themes", example = "Quality of practice") String theme,
            @Size(max = 50) @Schema(description = "The codes of the indicators that evidence it", example = "[\"RE-REFERRALS\"]")
            List<@NotBlank @Size(max = 50) String> indicatorCodes) {
    }
}
