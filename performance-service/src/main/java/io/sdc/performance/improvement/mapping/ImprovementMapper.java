package io.sdc.performance.improvement.mapping;

import io.sdc.performance.improvement.Board;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.rest.ActionView;
import io.sdc.performance.improvement.rest.BoardView;
import io.sdc.performance.improvement.rest.ImprovementPlanView;
import io.sdc.performance.improvement.rest.RecommendationView;

public final class ImprovementMapper {

    private ImprovementMapper() {
    }

    public static ImprovementPlanView toView(ImprovementPlan plan) {
        return new ImprovementPlanView(plan.id(), plan.contractId(), plan.title(), plan.planVersion(), plan.agreedOn(), plan.themes());
    }

    public static RecommendationView toView(Recommendation recommendation) {
        return new RecommendationView(recommendation.id(), recommendation.planId(), recommendation.contractId(), recommendation.number(),
                recommendation.text(), recommendation.theme(), recommendation.source(), recommendation.indicatorCodes(),
                recommendation.status(), recommendation.monitoringBody(), recommendation.statusReason(), recommendation.statusDecidedOn(),
                recommendation.decisions());
    }

    public static ActionView toView(ImprovementAction action) {
        return new ActionView(action.id(), action.recommendationId(), action.planId(), action.contractId(), action.title(),
                action.ownerParty(), action.owner(), action.dueDate(), action.status(), action.progress(), action.completedOn(),
                action.completionConfirmedBy());
    }

    public static BoardView toView(Board board) {
        return new BoardView(board.plan().id(), board.plan().contractId(), board.plan().title(), board.plan().planVersion(), board.asOf(),
                board.since(), board.themes(), board.totals(), board.recommendations().stream()
                .map(item -> new BoardView.Item(toView(item.recommendation()), item.actions().stream().map(ImprovementMapper::toView).toList(),
                        item.progressSince(), item.indicators()))
                .toList());
    }
}
