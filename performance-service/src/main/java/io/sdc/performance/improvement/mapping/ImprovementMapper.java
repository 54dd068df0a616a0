package io.sdc.performance.improvement.mapping;

import io.sdc.performance.improvement.Board;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementEvidence;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.ReviewReference;
import io.sdc.performance.improvement.rest.ActionView;
import io.sdc.performance.improvement.rest.BoardView;
import io.sdc.performance.improvement.rest.EvidenceView;
import io.sdc.performance.improvement.rest.ImprovementPlanView;
import io.sdc.performance.improvement.rest.RecommendationView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ImprovementMapper {

    private ImprovementMapper() {
    }

    public static ImprovementPlanView toView(ImprovementPlan plan) {
        return new ImprovementPlanView(plan.id(), plan.contractId(), plan.council(), plan.title(), plan.planVersion(), plan.agreedOn(), plan.themes());
    }

    /** A recommendation as the audit history keeps it (the reviews that evidence it are theirs, not its state). */
    public static RecommendationView toView(Recommendation recommendation) {
        return toView(recommendation, null);
    }

    /** A recommendation with the reviews whose findings evidence it. */
    public static RecommendationView toView(Recommendation recommendation, List<ReviewReference> reviews) {
        return new RecommendationView(recommendation.id(), recommendation.planId(), recommendation.contractId(), recommendation.number(),
                recommendation.text(), recommendation.theme(), recommendation.source(), recommendation.indicatorCodes(),
                recommendation.status(), recommendation.monitoringBody(), recommendation.statusReason(), recommendation.statusDecidedOn(),
                recommendation.decisions(), reviews);
    }

    public static ActionView toView(ImprovementAction action) {
        return new ActionView(action.id(), action.recommendationId(), action.planId(), action.contractId(), action.title(),
                action.ownerParty(), action.owner(), action.dueDate(), action.status(), action.progress(), action.completedOn(),
                action.completionConfirmedBy(), action.replans());
    }

    public static EvidenceView toView(ImprovementEvidence evidence) {
        return new EvidenceView(evidence.id(), evidence.actionId(), evidence.contractId(), evidence.fileName(), evidence.mediaType(),
                evidence.description(), evidence.size(), evidence.sha256(), evidence.uploadedBy(), evidence.uploaderRole(),
                evidence.uploadedAt(), "/api/v1/improvement-evidence/" + evidence.id());
    }

    /** The board, each recommendation with the reviews that evidence it ({@code evidence}, by recommendation id). */
    public static BoardView toView(Board board, Map<UUID, List<ReviewReference>> evidence) {
        return new BoardView(board.plan().id(), board.plan().contractId(), board.plan().title(), board.plan().planVersion(), board.asOf(),
                board.since(), board.themes(), board.totals(), board.recommendations().stream()
                .map(item -> new BoardView.Item(toView(item.recommendation(), evidence.getOrDefault(item.recommendation().id(), List.of())), item.actions().stream().map(ImprovementMapper::toView).toList(),
                        item.progressSince(), item.indicators()))
                .toList());
    }
}
