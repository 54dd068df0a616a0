package io.sdc.performance.scorecard;

import io.sdc.performance.basket.Direction;
import io.sdc.performance.basket.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ContractYearSummary", description = "How each indicator of the basket in force at the year's end moved over a "
        + "contract year: its latest value in the year against the contract baseline.")
public record YearSummary(
        UUID contractId,
        @Schema(example = "2014/15") String contractYear,
        @Schema(description = "Whether only validated figures were used (asked with validated=true)") boolean validatedOnly,
        LocalDate start,
        LocalDate end,
        int basketVersionNumber,
        @Schema(description = "How many indicators are IMPROVING, STABLE, DECLINING or NOT_COMPARABLE against their baseline")
        Map<Direction, Long> sinceBaseline,
        @Schema(description = "How many of the comparable indicators are improving or stable", example = "4") long improvingOrStable,
        @Schema(example = "5") long comparable,
        List<Line> indicators) {

    @Schema(name = "ContractYearSummaryLine")
    public record Line(String indicatorCode, String name, @Schema(example = "2015-Q3") String latestPeriod, BigDecimal latestValue,
                       @Schema(description = "PROVISIONAL or VALIDATED; absent when there is no figure") FigureValidation validation,
                       BigDecimal baselineValue, Direction sinceBaseline, Rag rag) {
    }
}
