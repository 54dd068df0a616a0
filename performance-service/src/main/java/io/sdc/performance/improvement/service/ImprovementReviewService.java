package io.sdc.performance.improvement.service;

import io.sdc.performance.improvement.FindingDraft;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.ReviewFinding;
import io.sdc.performance.improvement.ReviewReference;
import io.sdc.performance.improvement.SourceKind;
import io.sdc.performance.improvement.events.ImprovementReviewRecorded;
import io.sdc.performance.improvement.repository.ImprovementReviewRepository;
import io.sdc.performance.improvement.repository.RecommendationRepository;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records monitoring visits and reviews of improvement plans with their findings: the commissioner records them; the
 * recommendations their findings raise are stored and announced with them, in one transaction, or nothing is.
 */
@ApplicationScoped
public class ImprovementReviewService {

    @Inject
    ImprovementPlanService plans;

    @Inject
    ImprovementReviewRepository reviews;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public ImprovementReview record(UUID planId, SourceKind kind, String title, LocalDate heldOn, LocalDate reportedOn, String reviewer,
                                    String summary, List<FindingDraft> findings) {
        ImprovementPlan plan = plans.plan(planId, LockModeType.PESSIMISTIC_READ);
        ImprovementReview review = new ImprovementReview(plan, kind, title, heldOn, reportedOn, reviewer, summary, findings,
                recommendations::findByIdOptional, title == null ? Set.of() : recommendations.numbersFrom(planId, kind, title.strip()),
                LocalDate.now(clock));
        for (Recommendation raised : review.raised()) {
            plans.store(plan, raised);
        }
        reviews.persistAndFlush(review);
        outbox.publish(ImprovementReviewRecorded.TYPE, plan.subject(), ImprovementReviewRecorded.of(review));
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementReview review(UUID id) {
        return reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("improvement review", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementReview> reviewsOf(UUID planId) {
        plans.plan(planId);
        return reviews.ofPlan(planId);
    }

    /** The recommendations the reviews' findings map to, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Recommendation> recommendationsOf(Collection<ImprovementReview> mapped) {
        List<UUID> ids = mapped.stream().flatMap(review -> review.findings().stream()).map(ReviewFinding::recommendationId).distinct().toList();
        return ids.isEmpty() ? Map.of() : recommendations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Recommendation::id, Function.identity()));
    }

    /** For each recommendation of the plan that reviews' findings evidence, those reviews, oldest held first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ReviewReference>> evidenceIn(UUID planId) {
        Map<UUID, List<ReviewReference>> evidence = new HashMap<>();
        for (ImprovementReview review : reviews.ofPlan(planId)) {
            review.findings().stream().map(ReviewFinding::recommendationId).distinct().forEach(recommendation ->
                    review.referenceTo(recommendation).ifPresent(reference ->
                            evidence.computeIfAbsent(recommendation, key -> new ArrayList<>()).add(reference)));
        }
        return evidence;
    }
}
