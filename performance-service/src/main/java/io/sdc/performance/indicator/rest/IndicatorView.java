package io.sdc.performance.indicator.rest;

import io.sdc.performance.indicator.Frequency;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.Polarity;
import io.sdc.performance.indicator.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "A performance indicator.")
public record IndicatorView(
        @Schema(example = "RE-REFERRALS") String code, String name, String definition, Unit unit, Polarity polarity,
        Frequency frequency, String numeratorDefinition, String denominatorDefinition, Integer minimumDenominator,
        String dataSource, long version) {

    public static PerformanceIndicator.Definition definition(IndicatorRequest request) {
        return new PerformanceIndicator.Definition(request.name().strip(), request.definition().strip(), request.unit(),
                request.polarity(), request.frequency(), request.numeratorDefinition(), request.denominatorDefinition(),
                request.minimumDenominator(), request.dataSource());
    }
}
