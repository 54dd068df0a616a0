package io.sdc.performance.scorecard;

import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.Direction;
import io.sdc.performance.basket.Rag;
import io.sdc.performance.basket.ToleranceKind;
import io.sdc.performance.indicator.Polarity;
import io.sdc.performance.indicator.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Scorecard", description = "A contract's indicators for a period, judged against the basket in force at the period's end. "
        + "Each figure says whether it is PROVISIONAL (awaiting the council's validation, or returned) or VALIDATED.")
public record Scorecard(
        UUID contractId,
        @Schema(description = "Whether only validated figures were used (asked with validated=true)") boolean validatedOnly,
        @Schema(example = "2015-Q3") String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "2015-Q2") String previousPeriod,
        @Schema(description = "The basket version in force at the end of the period") UUID basketVersionId,
        int basketVersionNumber,
        @Schema(description = "How many indicators are GREEN, AMBER, RED, NO_DATA, SUPPRESSED") Map<Rag, Long> summary,
        List<Line> indicators) {

    @Schema(name = "ScorecardLine", description = "One indicator on the scorecard.")
    public record Line(
            String indicatorCode,
            String name,
            Unit unit,
            @Schema(description = "The polarity in force at the period's end") Polarity polarity,
            @Schema(description = "Absent when there is no observation") BigDecimal value,
            Long numerator,
            Long denominator,
            BigDecimal target,
            ToleranceKind toleranceKind,
            BigDecimal tolerance,
            @Schema(description = "The worst value still within tolerance") BigDecimal toleranceLimit,
            Rag rag,
            @Schema(description = "The observation shown; absent when there is none") UUID observationId,
            @Schema(description = "PROVISIONAL or VALIDATED; absent when there is no figure") FigureValidation validation,
            @Schema(description = "With validated=true: the validated figure shown has since been superseded by a correction (or a "
                    + "resubmission) that the council has not validated yet") boolean correctionPending,
            @Schema(description = "From when the indicator's definition, polarity and minimum denominator used for this period have "
                    + "been in force; absent: from the start") LocalDate definitionEffectiveFrom,
            @Schema(description = "The definition, polarity or minimum denominator changed between the previous period and this one: "
                    + "read the direction since the previous period with care") boolean definitionChangedSincePreviousPeriod,
            @Schema(description = "The previous period's figure, from validated figures only with validated=true") BigDecimal previousValue,
            Direction directionSincePreviousPeriod,
            BigDecimal baselineValue,
            Direction directionSinceBaseline,
            List<ComparatorPosition> comparators) {
    }

    @Schema(name = "ComparatorPosition", description = "Where the value stands against a comparator.")
    public record ComparatorPosition(Comparator.Kind kind, BigDecimal value, String dataYear,
                                     @Schema(description = "BETTER, SAME or WORSE, honouring polarity; absent without a value") String position) {
    }
}
