package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An action answering a recommendation: what is to be done, its owner (the council or the trust, and a person or
 * team), its due date, its status and its progress updates. Its owner reports progress; the daily check makes it
 * OVERDUE once its due date has passed; the council confirms it COMPLETE. Every status moves by a step its lifecycle
 * allows ({@link ActionStatus#next()}).
 */
@Entity
@Table(name = "improvement_action")
@Audited
public class ImprovementAction {

    @Id
    private UUID id;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_party", nullable = false)
    private Party ownerParty;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<ProgressUpdate> progress = new ArrayList<>();

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_confirmed_by")
    private String completionConfirmedBy;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    /** An action answering the recommendation, NOT_STARTED; a recommendation already CLOSED takes no new action. */
    public ImprovementAction(Recommendation recommendation, String title, Party ownerParty, String owner, LocalDate dueDate) {
        if (recommendation.status() == RecommendationStatus.CLOSED) {
            throw ProblemException.conflict("Recommendation " + recommendation.number() + " is CLOSED: it takes no new action");
        }
        this.id = UUID.randomUUID();
        this.recommendationId = recommendation.id();
        this.planId = recommendation.planId();
        this.contractId = recommendation.contractId();
        this.title = title;
        this.ownerParty = ownerParty;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = ActionStatus.NOT_STARTED;
    }

    /**
     * The owner's party reports progress on {@code today}: commentary, evidence links, and the status it reports
     * (NOT_STARTED, ON_TRACK or AT_RISK; none leaves it as it is). Only the owning party reports; a COMPLETE action
     * takes no more progress.
     */
    public ProgressUpdate reportProgress(Party party, String reportedBy, String commentary, ActionStatus reported, List<String> evidence,
                                         LocalDate today) {
        if (party != ownerParty) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This action is the " + ownerParty + "'s: only its owner reports progress on it");
        }
        if (commentary == null || commentary.isBlank()) {
            throw ProblemException.invalid("A progress update says what was done: give its commentary");
        }
        if (reported != null && !reported.reportedByOwner()) {
            throw ProblemException.invalid("An owner reports NOT_STARTED, ON_TRACK or AT_RISK; " + reported
                    + " is " + (reported == ActionStatus.OVERDUE ? "found by the daily check" : "confirmed by the council"));
        }
        if (status == ActionStatus.COMPLETE) {
            throw ProblemException.conflict("Action '" + title + "' is COMPLETE: it takes no more progress");
        }
        if (reported != null && reported != status) {
            move(reported);
        }
        ProgressUpdate update = new ProgressUpdate(today, reportedBy, party, commentary.strip(), status,
                evidence == null ? List.of() : List.copyOf(evidence));
        progress.add(update);
        return update;
    }

    /** The daily check: past its due date and neither overdue nor complete, it becomes OVERDUE (answers whether it did). */
    public boolean markOverdue(LocalDate today) {
        if (!today.isAfter(dueDate) || status == ActionStatus.OVERDUE || status == ActionStatus.COMPLETE) {
            return false;
        }
        move(ActionStatus.OVERDUE);
        return true;
    }

    /** The council confirms the action complete on {@code today}. */
    public void confirmCompletion(String confirmedBy, LocalDate today) {
        move(ActionStatus.COMPLETE);
        this.completedOn = today;
        this.completionConfirmedBy = confirmedBy;
    }

    private void move(ActionStatus target) {
        LifecycleStep.require("Action '" + title + "'", status, target, status.next());
        this.status = target;
    }

    public UUID id() {
        return id;
    }

    public UUID recommendationId() {
        return recommendationId;
    }

    public UUID planId() {
        return planId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String title() {
        return title;
    }

    public Party ownerParty() {
        return ownerParty;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionStatus status() {
        return status;
    }

    /** Its progress updates, oldest first. */
    public List<ProgressUpdate> progress() {
        return List.copyOf(progress);
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completionConfirmedBy() {
        return completionConfirmedBy;
    }

    public long version() {
        return version;
    }
}
