package io.sdc.performance.inspection.events;

import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection was recorded ({@value #TYPE}): a regulator's judgements, overall and per area. */
@EventData(types = InspectionRecorded.TYPE)
public record InspectionRecorded(UUID id, UUID contractId, String inspectorate, String type, LocalDate date,
                                 InspectionJudgement overallJudgement, List<AreaJudgement> areaJudgements, int recommendations)
        implements DomainEvent {

    public static final String TYPE = "performance.inspection.recorded";

    public static InspectionRecorded of(Inspection inspection) {
        return new InspectionRecorded(inspection.id(), inspection.contractId(), inspection.inspectorate(), inspection.type(),
                inspection.date(), inspection.overallJudgement(), inspection.areaJudgements(), inspection.recommendations());
    }
}
