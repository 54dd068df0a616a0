package io.sdc.performance.improvement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImprovementPlan", description = "A contract's improvement plan, or one a council holds before a trust exists: its themes in order, its plan version (a refresh makes the next) "
        + "and the date that version was agreed.")
public record ImprovementPlanView(UUID id,
                                  @Schema(description = "Its contract; absent while the council holds it before a trust exists") UUID contractId,
                                  @Schema(description = "The council that holds it, named when it was created without a contract",
                                          example = "Darlington Borough Council") String council,
                                  @Schema(example = "Children's Services Improvement Plan") String title,
                                  @Schema(description = "1 when first agreed, one more at each refresh", example = "2") int planVersion,
                                  @Schema(example = "2013-10-01") LocalDate agreedOn,
                                  @Schema(description = "Its themes or objectives, in order",
                                          example = "[\"Effective leadership and governance of integrated children's services\", "
                                                  + "\"Excellent safeguarding standards and practice\"]") List<String> themes) {
}
