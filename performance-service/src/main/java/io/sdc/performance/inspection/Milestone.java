package io.sdc.performance.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    protected Milestone() {
    }

    public Milestone(UUID contractId, String title, InspectionJudgement targetJudgement, LocalDate dueDate, String area,
                     String inspectionType) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
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

    public MilestoneStatus statusOn(LocalDate date, List<Inspection> inspections) {
        List<Inspection> known = inspections.stream().filter(inspection -> !inspection.date().isAfter(date)).toList();
        if (metBy(known).isPresent()) {
            return MilestoneStatus.MET;
        }
        return date.isAfter(dueDate) ? MilestoneStatus.MISSED : MilestoneStatus.ON_TRACK;
    }

    /** Records that a final status was announced; returns false if it had been already. */
    public boolean announce(MilestoneStatus status) {
        if (status == MilestoneStatus.ON_TRACK || status == announcedStatus) {
            return false;
        }
        this.announcedStatus = status;
        return true;
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
}
