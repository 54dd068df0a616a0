package io.sdc.performance.improvement.service;

import io.sdc.performance.improvement.Board;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.ThemeCount;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.performance.improvement.repository.RecommendationRepository;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.performance.scorecard.Scorecard;
import io.sdc.performance.scorecard.service.ScorecardService;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The improvement board's view of a plan; each indicator's RAG is the one its latest period's scorecard gives. */
@ApplicationScoped
public class ImprovementBoardService {

    @Inject
    ImprovementPlanService plans;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ImprovementActionRepository actions;

    @Inject
    ObservationRepository observations;

    @Inject
    ScorecardService scorecards;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Board board(UUID planId, Optional<LocalDate> since) {
        ImprovementPlan plan = plans.plan(planId);
        List<Recommendation> raised = recommendations.ofPlan(planId);
        Map<UUID, List<ImprovementAction>> byRecommendation = actions.ofPlan(planId).stream()
                .collect(Collectors.groupingBy(ImprovementAction::recommendationId));
        Map<String, Board.IndicatorRag> rags = latestRags(plan.contractId(),
                raised.stream().flatMap(recommendation -> recommendation.indicatorCodes().stream()).collect(Collectors.toSet()));
        List<Board.Item> items = raised.stream().map(recommendation -> {
            List<ImprovementAction> answering = byRecommendation.getOrDefault(recommendation.id(), List.of()).stream()
                    .sorted(Board.OVERDUE_FIRST).toList();
            return new Board.Item(recommendation, answering, Board.progressSince(answering, since.orElse(null)),
                    recommendation.indicatorCodes().stream().map(rags::get).toList());
        }).sorted(Board.ITEMS_OVERDUE_FIRST).toList();
        List<ThemeCount> themes = ThemeCount.of(plan, raised);
        return new Board(plan, LocalDate.now(clock), since.orElse(null), themes, ThemeCount.totals(themes), items);
    }

    /**
     * Each indicator's RAG on the scorecard of the latest period it has a figure for, as the scorecard judges it; no
     * period and no RAG for an indicator without figures (none while the council holds the plan without a contract), and
     * no RAG when no basket in force judges it.
     */
    private Map<String, Board.IndicatorRag> latestRags(UUID contractId, Set<String> codes) {
        Map<String, Board.IndicatorRag> rags = new HashMap<>();
        Map<String, Scorecard> byPeriod = new HashMap<>();
        for (String code : codes) {
            Optional<String> latest = contractId == null ? Optional.<String>empty()
                    : observations.currentOf(contractId, Optional.empty(), Optional.of(code), Optional.empty()).stream()
                    .map(Observation::period).max(Comparator.comparing(period -> ReportingPeriod.parse(period).end()));
            Optional<Scorecard> scorecard = latest.map(period -> byPeriod.computeIfAbsent(period, key -> scorecardOf(contractId, key)));
            rags.put(code, new Board.IndicatorRag(code, latest.orElse(null), scorecard.flatMap(card -> card.indicators().stream()
                    .filter(line -> line.indicatorCode().equals(code)).findFirst()).map(Scorecard.Line::rag).orElse(null)));
        }
        return rags;
    }

    private Scorecard scorecardOf(UUID contractId, String period) {
        try {
            return scorecards.scorecard(contractId, ReportingPeriod.parse(period), false);
        } catch (ProblemException noBasket) {
            if (noBasket.type() != ProblemType.NOT_FOUND) {
                throw noBasket;
            }
            return null;
        }
    }
}
