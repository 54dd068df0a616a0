package io.sdc.performance.improvement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many of a theme's recommendations are in each status (every status named, zero included), and how many in all. */
public record ThemeCount(String theme, Map<RecommendationStatus, Long> byStatus, long total) {

    /** The count of each of the plan's themes, in the plan's order. */
    public static List<ThemeCount> of(ImprovementPlan plan, List<Recommendation> recommendations) {
        return plan.themes().stream().map(theme -> {
            Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
            for (RecommendationStatus status : RecommendationStatus.values()) {
                counts.put(status, recommendations.stream().filter(r -> r.theme().equals(theme) && r.status() == status).count());
            }
            return new ThemeCount(theme, counts, counts.values().stream().mapToLong(Long::longValue).sum());
        }).toList();
    }

    /** The counts of all themes together. */
    public static Map<RecommendationStatus, Long> totals(List<ThemeCount> themes) {
        Map<RecommendationStatus, Long> totals = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            totals.put(status, themes.stream().mapToLong(theme -> theme.byStatus().get(status)).sum());
        }
        return totals;
    }
}
