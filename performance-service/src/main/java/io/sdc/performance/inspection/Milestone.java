package io.sdc.performance.inspection;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A contract milestone: a target judgement by a date, such as 'Requires Improvement by April 2016' or 'Outstanding
 * by October 2019', overall or for one area, judged by any inspection or by one kind only. Its status follows from
 * the inspections.
 */
@Entity
@Table(name = "milestone")
@Audited
public class Milestone {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_judgement", nullable = false)
    private InspectionJudgement targetJudgement;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** The area judged, or none for the overall judgement. */
    private String area;

    /** The kind of inspection that judges it (the inspection's type), or none for any inspection. */
    @Column(name = "inspection_type")
    private String inspectionType;

    /** The final status already announced (MET or MISSED), so each is announced once. */
    @Enumerated(EnumType.STRING)
    @Column(name = "announced_status")
    private MilestoneStatus announcedStatus;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(UUID contractId, String title, InspectionJudgement targetJudgement, LocalDate dueDate, String area,
                     String inspectionType) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        set(title, targetJudgement, dueDate, area, inspectionType);
    }

    /**
     * Corrects the milestone's terms: its title, target judgement, due date, area and kind of inspection. The reason is
     * required and kept in the audit history with the terms before. Its status follows from the corrected terms.
     */
    public void correct(String title, InspectionJudgement targetJudgement, LocalDate dueDate, String area, String inspectionType,
                        String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to correct a milestone");
        }
        set(title, targetJudgement, dueDate, area, inspectionType);
    }

    private void set(String title, InspectionJudgement targetJudgement, LocalDate dueDate, String area, String inspectionType) {
        this.title = title;
        this.targetJudgement = targetJudgement;
        this.dueDate = dueDate;
        this.area = area;
        this.inspectionType = inspectionType;
    }

    /** The first inspection on or before the due date that reached the target judgement, if any. */
    public Optional<Inspection> metBy(List<Inspection> inspections) {
        return inspections.stream()
                .filter(inspection -> !inspection.date().isAfter(dueDate))
                .filter(inspection -> inspectionType == null || inspectionType.equalsIgnoreCase(inspection.type()))
                .filter(inspection -> inspection.judgementOf(area).map(judged -> judged.atLeast(targetJudgement)).orElse(false))
                .min(Comparator.comparing(Inspection::date));
    }

    /** Where the milestone stands on a date, counting only the inspections judged by then. */
    public Standing standingOn(LocalDate date, List<Inspection> inspections) {
        Optional<Inspection> met = metBy(inspections.stream().filter(inspection -> !inspection.date().isAfter(date)).toList());
        MilestoneStatus status = met.isPresent() ? MilestoneStatus.MET
                : date.isAfter(dueDate) ? MilestoneStatus.MISSED : MilestoneStatus.ON_TRACK;
        return new Standing(this, date, status, met.map(Inspection::id).orElse(null));
    }

    /**
     * Records that the milestone reached a final status, to announce it once: returns false if that status was
     * announced already, or is ON_TRACK while nothing was; a step its lifecycle does not allow is refused, naming the
     * ones it does.
     */
    public boolean announce(MilestoneStatus status) {
        MilestoneStatus announced = announcedStatus == null ? MilestoneStatus.ON_TRACK : announcedStatus;
        if (status == announced) {
            return false;
        }
        Lifecycle.requireStep(announced, status, announced.next(),
                () -> "Milestone '" + title + "' is " + announced + " and cannot become " + status);
        this.announcedStatus = status;
        return true;
    }

    /**
     * After a correction of the milestone or of an inspection, the final status announced may no longer hold, and the
     * status that holds now may be no step from it (MET, then not met; MISSED, then its date moved on): the announcement
     * is forgotten, so that the status that holds now is announced. Otherwise nothing changes.
     */
    public void reconsider(MilestoneStatus holdsNow) {
        if (announcedStatus != null && holdsNow != announcedStatus && !announcedStatus.next().contains(holdsNow)) {
            this.announcedStatus = null;
        }
    }

    /** A milestone as it stands on a date: its status then, and the inspection that met it, if one did. */
    public record Standing(Milestone milestone, LocalDate asOf, MilestoneStatus status, UUID metByInspectionId) {
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String title() {
        return title;
    }

    public InspectionJudgement targetJudgement() {
        return targetJudgement;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String area() {
        return area;
    }

    public String inspectionType() {
        return inspectionType;
    }

    /** The final status announced (MET or MISSED), or none yet. */
    public MilestoneStatus announcedStatus() {
        return announcedStatus;
    }

    public long version() {
        return version;
    }
}
