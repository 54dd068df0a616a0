package io.sdc.performance.indicator.rest;

import io.sdc.performance.indicator.Polarity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "IndicatorDefinition", description = "How an indicator is judged from a date on, until a later definition takes effect.")
public record IndicatorDefinitionView(
        @Schema(description = "From when it is in force; absent: from the start", example = "2016-04-01") LocalDate effectiveFrom,
        String definition, Polarity polarity,
        @Schema(description = "Below this denominator a value is suppressed", example = "20") Integer minimumDenominator,
        @Schema(description = "When it was recorded") Instant recordedAt) {
}
