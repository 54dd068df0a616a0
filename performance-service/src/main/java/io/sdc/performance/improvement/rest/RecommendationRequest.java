package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RecommendationRequest", description = "A recommendation raised in an improvement plan.")
public record RecommendationRequest(
        @NotBlank @Size(max = 30) @Schema(description = "Its number as the source gives it", example = "2.1.9") String number,
        @NotBlank @Size(max = 4000) @Schema(example = "The Council needs to ensure that it has effective information management arrangements in place")
        String text,
        @NotBlank @Size(max = 300) @Schema(description = "One of the plan's themes", example = "Excellent safeguarding standards and practice")
        String theme,
        @NotNull @Valid Source source,
        @Size(max = 50) @Schema(description = "The codes of the indicators that evidence it", example = "[\"RE-REFERRALS\"]")
        List<@NotBlank @Size(max = 50) String> indicatorCodes) {

    @Schema(name = "RecommendationSource", description = "Where a recommendation comes from.")
    public record Source(
            @NotNull @Schema(example = "OFSTED_INSPECTION") SourceKind kind,
            @Schema(description = "The inspection recorded for the contract: required for OFSTED_INSPECTION, else absent") UUID inspectionId,
            @NotBlank @Size(max = 300) @Schema(example = "Inspection of services for children in need of help and protection") String title,
            @NotNull @Schema(example = "2015-11-04") LocalDate date) {
    }
}
