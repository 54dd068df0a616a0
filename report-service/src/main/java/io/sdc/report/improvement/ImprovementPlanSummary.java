package io.sdc.report.improvement;

import io.sdc.report.rendering.ReportDocument.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The improvement board's view of a contract's latest improvement plan as at a report's date, worked out from
 * performance-service's board answer (which gives the plan as it stands today): each recommendation in the status of
 * the board's last decision on or before the date (OPEN before its first), counted per theme as seed 002's closing
 * table counts them; the actions overdue at the date (due before it and not confirmed complete by it), those completed
 * and the progress reported from {@code from} up to the date; and the latest RAG by the date of each indicator that
 * evidences a recommendation.
 */
@Schema(name = "ReportImprovementPlan", description = "The board's view of the contract's latest improvement plan as at the report's "
        + "date: counts per theme and status, overdue actions first, what was completed and reported since the period began, and the "
        + "latest RAG of each linked indicator")
public record ImprovementPlanSummary(UUID planId, String title,
                                     @Schema(description = "Its plan version today; earlier versions are in its audit history") int planVersion,
                                     @Schema(description = "The date its current version was agreed") LocalDate agreedOn,
                                     @Schema(description = "The date the plan is shown as at", example = "2016-06-30") LocalDate asOf,
                                     @Schema(description = "Completions and progress are those from this date to asOf", example = "2016-04-01")
                                     LocalDate from,
                                     @Schema(description = "Per theme, in the plan's order") List<ThemeCount> themes,
                                     @Schema(description = "All themes together, per status") Map<String, Integer> totals,
                                     @Schema(description = "Past their due date and not confirmed complete at asOf, oldest due first")
                                     List<ImprovementAction> overdue,
                                     @Schema(description = "Confirmed complete by the council from `from` to asOf") List<ImprovementAction> completed,
                                     @Schema(description = "Progress reported from `from` to asOf, oldest first") List<Progress> progress,
                                     @Schema(description = "Each indicator that evidences a recommendation, with its latest RAG by asOf")
                                     List<IndicatorRag> indicators,
                                     Source source) {

    /** The statuses the board decides, in the order of seed 002's table. */
    public static final List<String> STATUSES = List.of("OPEN", "MONITORED_BY_IMPROVEMENT_BOARD", "MONITORED_BY_OTHER_BODY",
            "BUSINESS_AS_USUAL", "CLOSED");

    public ImprovementPlanSummary {
        themes = List.copyOf(themes);
        totals = Map.copyOf(totals);
        overdue = List.copyOf(overdue);
        completed = List.copyOf(completed);
        progress = List.copyOf(progress);
        indicators = List.copyOf(indicators);
    }

    /** How many recommendations there were in all at asOf. */
    public int recommendations() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Schema(name = "ReportImprovementThemeCount", description = "How many of a theme's recommendations were in each status")
    public record ThemeCount(String theme, Map<String, Integer> byStatus, int total) {
        public ThemeCount {
            byStatus = Map.copyOf(byStatus);
        }
    }

    @Schema(name = "ReportImprovementProgress", description = "A progress update its owner reported on an action")
    public record Progress(LocalDate reportedOn, @Schema(example = "2") String recommendation, String action,
                           @Schema(example = "TRUST") String party, @Schema(example = "ON_TRACK") String status,
                           @Schema(description = "As written, verbatim") String commentary, Source source) {
    }

    @Schema(name = "ReportImprovementIndicator", description = "An indicator that evidences a recommendation, with its latest RAG by the date")
    public record IndicatorRag(@Schema(example = "RE-REFERRALS") String code,
                               @Schema(description = "The indicator's name, where the report knows it") String name,
                               @Schema(description = "The period of its latest figure by the date; none without one") String period,
                               @Schema(example = "GREEN") String rag,
                               @Schema(description = "The recommendations it evidences, by number") List<String> recommendations,
                               Source source) {
        public IndicatorRag {
            recommendations = List.copyOf(recommendations);
        }
    }
}
