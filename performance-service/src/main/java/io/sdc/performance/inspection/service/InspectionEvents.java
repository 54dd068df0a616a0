package io.sdc.performance.inspection.service;

/** The event types performance-service publishes about inspections and milestones. */
public final class InspectionEvents {

    /** An inspection was recorded; data: the inspection. */
    public static final String INSPECTION_RECORDED = "performance.inspection.recorded";
    /** A milestone was added to the contract; data: the milestone and its status. */
    public static final String MILESTONE_ADDED = "performance.milestone.added";
    /** An inspection reached a milestone's target judgement by its date; data: the milestone and its status. */
    public static final String MILESTONE_MET = "performance.milestone.met";
    /** A milestone's date passed without the target judgement; data: the milestone and its status. */
    public static final String MILESTONE_MISSED = "performance.milestone.missed";

    private InspectionEvents() {
    }
}
