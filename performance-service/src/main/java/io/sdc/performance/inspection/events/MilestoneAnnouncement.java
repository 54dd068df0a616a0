package io.sdc.performance.inspection.events;

import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.MilestoneStatus;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone was added ({@value #ADDED}), met ({@value #MET}: an inspection on or before its date reached its
 * target judgement) or missed ({@value #MISSED}: its date passed without it). The data is the milestone and where it
 * stands on the day of the event.
 */
@EventData(types = {MilestoneAnnouncement.ADDED, MilestoneAnnouncement.MET, MilestoneAnnouncement.MISSED})
public record MilestoneAnnouncement(UUID id, UUID contractId, String title, InspectionJudgement targetJudgement, LocalDate dueDate,
                                    String area, String inspectionType, LocalDate asOf, MilestoneStatus status,
                                    UUID metByInspectionId) implements DomainEvent {

    public static final String ADDED = "performance.milestone.added";
    public static final String MET = "performance.milestone.met";
    public static final String MISSED = "performance.milestone.missed";

    public static MilestoneAnnouncement of(Milestone.Standing standing) {
        Milestone milestone = standing.milestone();
        return new MilestoneAnnouncement(milestone.id(), milestone.contractId(), milestone.title(), milestone.targetJudgement(),
                milestone.dueDate(), milestone.area(), milestone.inspectionType(), standing.asOf(), standing.status(),
                standing.metByInspectionId());
    }
}
