package io.sdc.performance.inspection.rest;

import io.sdc.performance.inspection.InspectionJudgement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "InspectionRequest", description = "An inspection to record, or its correction.")
public record InspectionRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Ofsted") String inspectorate,
        @NotBlank @Size(max = 300) @Schema(example = "Services for children in need of help and protection, children looked after and care leavers") String type,
        @NotNull @Schema(description = "The date of the judgement", example = "2015-11-04") LocalDate date,
        @NotNull @Schema(example = "INADEQUATE") InspectionJudgement overallJudgement,
        @Size(max = 20) List<@Valid Area> areaJudgements,
        @NotNull @Min(0) @Max(1000) @Schema(example = "20") Integer recommendations,
        @Size(max = 1000) @Schema(description = "Why it is corrected: required when correcting (PUT), else absent. The Change-Reason "
                + "header is taken when it is absent.", example = "The judgement date was entered as the publication date")
        String reason) {

    @Schema(name = "AreaJudgementRequest")
    public record Area(@NotBlank @Size(max = 200) @Schema(example = "Adoption performance") String area,
                       @NotNull @Schema(example = "GOOD") InspectionJudgement judgement) {
    }
}
