package io.sdc.performance.inspection.rest;

import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.InspectionJudgement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Inspection", description = "A regulator's inspection with its judgements and number of recommendations.")
public record InspectionView(UUID id, UUID contractId, @Schema(example = "Ofsted") String inspectorate,
                             @Schema(example = "Services for children in need of help and protection, children looked after and care leavers") String type,
                             @Schema(example = "2015-11-04") LocalDate date, InspectionJudgement overallJudgement,
                             List<AreaJudgement> areaJudgements, @Schema(example = "20") int recommendations) {
}
