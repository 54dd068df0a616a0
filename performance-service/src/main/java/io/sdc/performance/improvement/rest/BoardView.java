package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.Board;
import io.sdc.performance.improvement.RecommendationStatus;
import io.sdc.performance.improvement.ThemeCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ImprovementBoard", description = "The improvement board's view of a plan: per theme the recommendations in each status, the "
        + "recommendations (those with an overdue action first) with their actions (overdue first), the progress reported since the "
        + "board's date, and the latest RAG of each indicator that evidences them.")
public record BoardView(UUID planId, UUID contractId, String title, int planVersion,
                        @Schema(description = "Today, by the service's clock") LocalDate asOf,
                        @Schema(description = "The board's date asked about; absent: all progress is shown") LocalDate since,
                        @Schema(description = "Per theme, in the plan's order: how many recommendations are in each status") List<ThemeCount> themes,
                        @Schema(description = "All themes together") Map<RecommendationStatus, Long> totals,
                        List<Item> recommendations) {

    @Schema(name = "ImprovementBoardItem", description = "A recommendation on the board.")
    public record Item(RecommendationView recommendation, @Schema(description = "Overdue first, then by due date") List<ActionView> actions,
                       @Schema(description = "Progress reported on its actions on or after the board's date") List<Board.ActionProgress> progressSince,
                       @Schema(description = "Each indicator that evidences it, with its latest period and RAG") List<Board.IndicatorRag> indicators) {
    }
}
