package io.sdc.performance.improvement.service;

import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.ImprovementEvidence;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.performance.improvement.repository.ImprovementEvidenceRepository;
import io.sdc.performance.improvement.repository.ImprovementPlanRepository;
import io.sdc.performance.improvement.repository.ImprovementReviewRepository;
import io.sdc.performance.improvement.repository.RecommendationRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The improvement plans a council holds before a trust exists: the commissioner creates them naming the council, and
 * when the trust's contract starts passes each to it, with its recommendations, actions and reviews.
 */
@ApplicationScoped
public class CouncilPlanService {

    @Inject
    ImprovementPlanService plans;

    @Inject
    ImprovementPlanRepository planRepository;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ImprovementReviewRepository reviews;

    @Inject
    ImprovementActionRepository actions;

    @Inject
    ImprovementEvidenceRepository evidence;

    @Inject
    ContractRepository contracts;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public ImprovementPlan create(String council, String title, LocalDate agreedOn, List<String> themes) {
        ImprovementPlan plan = ImprovementPlan.heldByCouncil(council, title, agreedOn, themes, LocalDate.now(clock));
        planRepository.persistAndFlush(plan);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementPlan> heldBy(Optional<String> council) {
        return planRepository.heldByCouncil(council.filter(name -> !name.isBlank()));
    }

    /**
     * The council's plan passes to the trust's contract at the version read, with a reason: the plan, its
     * recommendations, actions, reviews and evidence files are the contract's from now on. Once only (409 the second
     * time).
     */
    @Transactional
    public ImprovementPlan passToContract(UUID id, long expectedVersion, UUID contractId, String reason) {
        changeContext.requireReason("pass an improvement plan to a contract", reason);
        ImprovementPlan plan = plans.plan(id, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireCurrent("improvement plan", plan.version(), expectedVersion);
        contracts.require(contractId);
        plan.passToContract(contractId);
        for (Recommendation recommendation : recommendations.ofPlan(id)) {
            recommendation.passToContract(plan);
        }
        for (ImprovementReview review : reviews.ofPlan(id)) {
            review.passToContract(plan);
        }
        Map<UUID, ImprovementAction> passed = new HashMap<>();
        for (ImprovementAction action : actions.ofPlan(id)) {
            action.passToContract(plan);
            passed.put(action.id(), action);
        }
        for (ImprovementEvidence file : evidence.ofActions(passed.keySet())) {
            file.passToContract(passed.get(file.actionId()));
        }
        planRepository.flush();
        return plan;
    }
}
