package io.sdc.performance.improvement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ImprovementPlanRequest", description = "An improvement plan as agreed; or its refresh.")
public record ImprovementPlanRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Children's Services Improvement Plan") String title,
        @NotNull @Schema(example = "2013-03-01") LocalDate agreedOn,
        @NotEmpty @Size(max = 30) @Schema(description = "Its themes or objectives, in order; a refresh keeps every theme a recommendation is under",
                example = "[\"Effective leadership and governance of integrated children's services\", \"Excellent safeguarding standards and practice\"]")
        List<@NotBlank @Size(max = 300) String> themes,
        @Size(max = 1000) @Schema(description = "Why it is refreshed: required when refreshing (PUT), else absent. The Change-Reason header "
                + "is taken when it is absent.", example = "Refreshed around the objectives of the Secretary of State's direction")
        String reason) {
}
