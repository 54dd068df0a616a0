package io.sdc.performance.improvement;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.problem.Problem;
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
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An action answering a recommendation: what is to be done, its owner (the council or the trust, and a person or
 * team), its due date, its status, its progress updates and its re-plans. Its owner reports progress, citing evidence
 * files uploaded for it; a daily check reminds the owner once as the due date nears (once per due date), another makes
 * it OVERDUE once its due date has passed; the council re-plans it (the trust may rename the owner of its own actions),
 * and a due date moved to the future brings an overdue action back ON_TRACK; the council confirms it COMPLETE. Every
 * status moves by a step its lifecycle allows ({@link ActionStatus#next()}).
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

    @Column(name = "contract_id")
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Replan> replans = new ArrayList<>();

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
        return reportProgress(party, reportedBy, commentary, reported, evidence, List.of(), today);
    }

    /**
     * As {@link #reportProgress(Party, String, String, ActionStatus, List, LocalDate)}, citing evidence files: each must
     * be one uploaded for this action (400 otherwise).
     */
    public ProgressUpdate reportProgress(Party party, String reportedBy, String commentary, ActionStatus reported, List<String> evidence,
                                         List<ImprovementEvidence> evidenceFiles, LocalDate today) {
        requireOwner(party, "reports progress on it");
        for (ImprovementEvidence file : evidenceFiles) {
            if (!file.actionId().equals(id)) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "Evidence file " + file.id() + " ('" + file.fileName()
                        + "') was uploaded for another action: a progress update cites this action's evidence files only",
                        List.of(new Problem.Violation("evidenceFiles", "must name evidence files of this action")));
            }
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
            move(reported, status.nextOnProgress());
        }
        ProgressUpdate update = new ProgressUpdate(today, reportedBy, party, commentary.strip(), status, evidence,
                evidenceFiles.stream().map(ImprovementEvidence::id).distinct().toList());
        progress.add(update);
        return update;
    }

    /** Only the party that owns the action does {@code what} (403 otherwise). */
    public void requireOwner(Party party, String what) {
        if (party != ownerParty) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This action is the " + ownerParty + "'s: only its owner " + what);
        }
    }

    /**
     * Whether the daily reminder on {@code today} concerns it: neither overdue nor complete, and due between today and
     * {@code days} days on. The reminders sent are kept apart from the action (once per action and due date), so that
     * reminding changes neither the action nor its version.
     */
    public boolean isDueWithin(LocalDate today, int days) {
        return status != ActionStatus.OVERDUE && status != ActionStatus.COMPLETE && !dueDate.isBefore(today)
                && !dueDate.isAfter(today.plusDays(days));
    }

    /**
     * Re-plans the action on {@code today} for a reason: its title, owner party, owner and due date as given (at least
     * one changed). The council (commissioner) changes any of them; the trust only the named owner (person or team) of
     * an action it owns, since what is to be done, by which party and by when are agreed by the council. A new due date
     * is today or later; it brings an OVERDUE action back ON_TRACK, and its owner is reminded of it again. Refused once
     * the action is COMPLETE (409). Answers the re-plan, kept with the action.
     */
    public Replan replan(Party party, String replannedBy, String title, Party ownerParty, String owner, LocalDate dueDate, String reason,
                         LocalDate today) {
        if (status == ActionStatus.COMPLETE) {
            throw ProblemException.conflict("Action '" + this.title + "' is COMPLETE: its plan no longer changes");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to re-plan an action: it is kept in its re-plans and the audit history");
        }
        List<Replan.Change> changes = new ArrayList<>();
        change(changes, "title", this.title, title.strip());
        change(changes, "ownerParty", this.ownerParty, ownerParty);
        change(changes, "owner", this.owner, owner.strip());
        change(changes, "dueDate", this.dueDate, dueDate);
        if (changes.isEmpty()) {
            throw ProblemException.invalid("The re-plan changes nothing: give a new title, owner party, owner or due date");
        }
        if (party == Party.TRUST) {
            requireOwner(party, "or the council re-plans it");
            List<String> councils = changes.stream().map(Replan.Change::field).filter(field -> !field.equals("owner")).toList();
            if (!councils.isEmpty()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "The trust names the owner of its own actions; their title, owner "
                        + "party and due date are agreed by the council (commissioner): " + String.join(", ", councils));
            }
        }
        boolean newDueDate = !dueDate.equals(this.dueDate);
        if (newDueDate && dueDate.isBefore(today)) {
            throw ProblemException.invalid("A re-planned due date is today (" + today + ") or later, not " + dueDate);
        }
        if (newDueDate && status == ActionStatus.OVERDUE) {
            change(changes, "status", status, ActionStatus.ON_TRACK);
            move(ActionStatus.ON_TRACK, status.next());
        }
        this.title = title.strip();
        this.ownerParty = ownerParty;
        this.owner = owner.strip();
        if (newDueDate) {
            this.dueDate = dueDate;
        }
        Replan replan = new Replan(today, replannedBy, party, reason.strip(), changes);
        replans.add(replan);
        return replan;
    }

    private static void change(List<Replan.Change> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new Replan.Change(field, String.valueOf(from), String.valueOf(to)));
        }
    }

    /** The daily check: past its due date and neither overdue nor complete, it becomes OVERDUE (answers whether it did). */
    public boolean markOverdue(LocalDate today) {
        if (!today.isAfter(dueDate) || status == ActionStatus.OVERDUE || status == ActionStatus.COMPLETE) {
            return false;
        }
        move(ActionStatus.OVERDUE, status.next());
        return true;
    }

    /** The council confirms the action complete on {@code today}. */
    public void confirmCompletion(String confirmedBy, LocalDate today) {
        move(ActionStatus.COMPLETE, status.next());
        this.completedOn = today;
        this.completionConfirmedBy = confirmedBy;
    }

    private void move(ActionStatus target, Set<ActionStatus> allowed) {
        Lifecycle.requireStep(status, target, allowed, () -> "Action '" + title + "' is " + status + " and cannot become " + target);
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

    /** Its plan passed to a contract: the action is the contract's too (once); the audit history keeps the move. */
    public void passToContract(ImprovementPlan plan) {
        this.contractId = plan.contractOfPart("Action '" + title + "'", planId, contractId);
    }

    public UUID contractId() {
        return contractId;
    }

    /** The subject of its events: its contract, or its plan while the council holds the plan without one. */
    public UUID subject() {
        return ImprovementPlan.subjectOf(contractId, planId);
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

    /** Its re-plans, oldest first. */
    public List<Replan> replans() {
        return List.copyOf(replans);
    }

    public long version() {
        return version;
    }
}
