package io.sdc.performance.improvement.service;

import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.improvement.ActionStatus;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.Party;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.RecommendationSource;
import io.sdc.performance.improvement.RecommendationStatus;
import io.sdc.performance.improvement.SourceKind;
import io.sdc.performance.improvement.events.ImprovementActionAnnouncement;
import io.sdc.performance.improvement.events.RecommendationRaised;
import io.sdc.performance.improvement.events.RecommendationStatusDecided;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.performance.improvement.repository.ImprovementPlanRepository;
import io.sdc.performance.improvement.repository.RecommendationRepository;
import io.sdc.performance.inspection.service.InspectionService;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Runs a contract's improvement plans: the commissioner creates and refreshes them, raises recommendations and records
 * the board's decisions on their status; either party adds actions; each action's owner reports its progress; the
 * council confirms completion ({@link ImprovementActionReminders} announces actions overdue and due soon).
 */
@ApplicationScoped
public class ImprovementPlanService {

    @Inject
    ImprovementPlanRepository plans;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ImprovementActionRepository actions;

    @Inject
    ContractRepository contracts;

    @Inject
    InspectionService inspections;

    @Inject
    ImprovementEvidenceService evidenceFiles;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public ImprovementPlan create(UUID contractId, String title, LocalDate agreedOn, List<String> themes) {
        contracts.require(contractId);
        ImprovementPlan plan = new ImprovementPlan(contractId, title, agreedOn, themes, today());
        plans.persistAndFlush(plan);
        return plan;
    }

    /** Refreshes a plan at the version read, with a reason: its next plan version. */
    @Transactional
    public ImprovementPlan refresh(UUID id, long expectedVersion, String title, LocalDate agreedOn, List<String> themes, String reason) {
        String given = changeContext.requireReason("refresh an improvement plan", reason);
        ImprovementPlan plan = plan(id);
        EntityTags.requireCurrent("improvement plan", plan.version(), expectedVersion);
        plan.refresh(title, agreedOn, themes, recommendations.themesInUse(id), given, today());
        plans.flush();
        return plan;
    }

    /** Raises a recommendation in the plan; an Ofsted inspection's must be one recorded for the plan's contract. */
    @Transactional
    public Recommendation raise(UUID planId, String number, String text, String theme, RecommendationSource source, List<String> indicatorCodes) {
        ImprovementPlan plan = plan(planId, LockModeType.PESSIMISTIC_READ);
        if (source.kind() == SourceKind.OFSTED_INSPECTION && source.inspectionId() != null && !plan.heldByCouncil()) {
            inspections.inspection(plan.contractId(), source.inspectionId());
        }
        return store(plan, new Recommendation(plan, number, text, theme, source, indicatorCodes, today()));
    }

    /** Stores a recommendation raised in the plan and announces it ({@value RecommendationRaised#TYPE}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation store(ImprovementPlan plan, Recommendation recommendation) {
        recommendations.persistAndFlush(recommendation);
        outbox.publish(RecommendationRaised.TYPE, plan.subject(), RecommendationRaised.of(recommendation));
        return recommendation;
    }

    /** Records the board's decision on a recommendation's status at the version read, with a reason and the board's date (default today). */
    @Transactional
    public Recommendation decide(UUID id, long expectedVersion, RecommendationStatus status, String monitoringBody, LocalDate decidedOn,
                                 String reason) {
        String given = changeContext.requireReason("decide a recommendation's status", reason);
        Recommendation recommendation = recommendation(id);
        EntityTags.requireCurrent("recommendation", recommendation.version(), expectedVersion);
        recommendation.decide(status, monitoringBody, given, decidedOn == null ? today() : decidedOn, changeContext.author().actor(), today());
        recommendations.flush();
        outbox.publish(RecommendationStatusDecided.TYPE, ImprovementPlan.subjectOf(recommendation.contractId(), recommendation.planId()),
                RecommendationStatusDecided.of(recommendation));
        return recommendation;
    }

    @Transactional
    public ImprovementAction addAction(UUID recommendationId, String title, Party ownerParty, String owner, LocalDate dueDate) {
        Recommendation recommendation = recommendation(recommendationId);
        plan(recommendation.planId(), LockModeType.PESSIMISTIC_READ);
        recommendations.getEntityManager().refresh(recommendation);
        ImprovementAction action = new ImprovementAction(recommendation, title, ownerParty, owner, dueDate);
        actions.persistAndFlush(action);
        outbox.publish(ImprovementActionAnnouncement.ADDED, action.subject(), ImprovementActionAnnouncement.of(action, today()));
        return action;
    }

    /**
     * The owner's party reports progress at the version read: the caller's role says which party it acts for. It may cite
     * evidence files uploaded for the action.
     */
    @Transactional
    public ImprovementAction reportProgress(UUID id, long expectedVersion, String commentary, ActionStatus status, List<String> evidence,
                                            List<UUID> evidenceFileIds) {
        ImprovementAction action = action(id);
        EntityTags.requireCurrent("improvement action", action.version(), expectedVersion);
        ChangeAuthor author = changeContext.author();
        Party party = Party.actingFor(author.role(), "reports progress");
        action.reportProgress(party, author.actor(), commentary, status, evidence, evidenceFiles.cited(evidenceFileIds), today());
        actions.flush();
        return action;
    }

    /** The council confirms an action complete at the version read. */
    @Transactional
    public ImprovementAction confirmCompletion(UUID id, long expectedVersion) {
        ImprovementAction action = action(id);
        EntityTags.requireCurrent("improvement action", action.version(), expectedVersion);
        action.confirmCompletion(changeContext.author().actor(), today());
        actions.flush();
        outbox.publish(ImprovementActionAnnouncement.COMPLETED, action.subject(), ImprovementActionAnnouncement.of(action, today()));
        return action;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementPlan plan(UUID id) {
        return plan(id, LockModeType.NONE);
    }

    /**
     * The plan with its row locked as {@code lock} says until the transaction ends: a plan passing to a contract is
     * locked for writing, and the paths that copy its contract id into new rows (recommendations, reviews, actions,
     * evidence) read it shared, so that each waits for the other and no new row keeps a contract id the plan no longer has. A lock other than
     * NONE needs the caller's transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementPlan plan(UUID id, LockModeType lock) {
        return plans.findByIdOptional(id, lock).orElseThrow(() -> ProblemException.notFound("improvement plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementPlan> plansOf(UUID contractId) {
        contracts.require(contractId);
        return plans.ofContract(contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recommendation> recommendationsOf(UUID planId) {
        plan(planId);
        return recommendations.ofPlan(planId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recommendation recommendation(UUID id) {
        return recommendations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("recommendation", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementAction> actionsOf(UUID recommendationId) {
        recommendation(recommendationId);
        return actions.ofRecommendation(recommendationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementAction action(UUID id) {
        return actions.require(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
