package io.sdc.performance.inspection.mapping;

import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.rest.InspectionView;
import io.sdc.performance.inspection.rest.MilestoneView;

public final class InspectionMapper {

    private InspectionMapper() {
    }

    public static InspectionView toView(Inspection inspection) {
        return new InspectionView(inspection.id(), inspection.contractId(), inspection.inspectorate(), inspection.type(),
                inspection.date(), inspection.overallJudgement(), inspection.areaJudgements(), inspection.recommendations());
    }

    /**
     * A milestone's terms as the audit history shows each version: no date asked about, and as status the final one
     * announced (MET or MISSED), if any.
     */
    public static MilestoneView toView(Milestone milestone) {
        return new MilestoneView(milestone.id(), milestone.contractId(), milestone.title(), milestone.targetJudgement(),
                milestone.dueDate(), milestone.area(), milestone.inspectionType(), null, milestone.announcedStatus(), null);
    }

    public static MilestoneView toView(Milestone.Standing standing) {
        Milestone milestone = standing.milestone();
        return new MilestoneView(milestone.id(), milestone.contractId(), milestone.title(), milestone.targetJudgement(),
                milestone.dueDate(), milestone.area(), milestone.inspectionType(), standing.asOf(), standing.status(),
                standing.metByInspectionId());
    }
}
