package io.sdc.performance.improvement;

import io.sdc.performance.basket.Rag;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The improvement board's view of a plan on a date: per theme, how many recommendations are in each status; the
 * recommendations with their actions, those with an overdue action first (and overdue actions first within each);
 * the progress reported since the board's last meeting; and the latest RAG of each indicator that evidences them.
 */
public record Board(ImprovementPlan plan, LocalDate asOf, LocalDate since, List<ThemeCount> themes,
                    Map<RecommendationStatus, Long> totals, List<Item> recommendations) {

    /** A recommendation with its actions (overdue first), the progress on them since the board's date, and its indicators' RAG. */
    public record Item(Recommendation recommendation, List<ImprovementAction> actions, List<ActionProgress> progressSince,
                       List<IndicatorRag> indicators) {

        public boolean hasOverdueAction() {
            return actions.stream().anyMatch(action -> action.status() == ActionStatus.OVERDUE);
        }
    }

    /** A progress update on one of the recommendation's actions. */
    public record ActionProgress(UUID actionId, String actionTitle, ProgressUpdate update) {
    }

    /** An indicator's latest RAG: the period of its latest figure and its RAG on that period's scorecard (none without a figure). */
    public record IndicatorRag(String indicatorCode, String period, Rag rag) {
    }

    /** Overdue actions first, then by due date. */
    public static final Comparator<ImprovementAction> OVERDUE_FIRST = Comparator
            .comparing((ImprovementAction action) -> action.status() != ActionStatus.OVERDUE)
            .thenComparing(ImprovementAction::dueDate);

    /** Recommendations with an overdue action first, then by number. */
    public static final Comparator<Item> ITEMS_OVERDUE_FIRST = Comparator.comparing((Item item) -> !item.hasOverdueAction())
            .thenComparing(Item::recommendation, Recommendation.BY_NUMBER);

    /** The progress on the actions reported on or after {@code since} (all of it when there is no date). */
    public static List<ActionProgress> progressSince(List<ImprovementAction> actions, LocalDate since) {
        return actions.stream().flatMap(action -> action.progress().stream()
                        .filter(update -> since == null || !update.reportedOn().isBefore(since))
                        .map(update -> new ActionProgress(action.id(), action.title(), update)))
                .sorted(Comparator.comparing(progress -> progress.update().reportedOn()))
                .toList();
    }
}
