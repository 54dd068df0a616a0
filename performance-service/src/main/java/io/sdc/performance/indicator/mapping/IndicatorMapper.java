package io.sdc.performance.indicator.mapping;

import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.rest.IndicatorView;

public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorView toView(PerformanceIndicator indicator) {
        return new IndicatorView(indicator.code(), indicator.name(), indicator.definition(), indicator.unit(), indicator.polarity(),
                indicator.frequency(), indicator.numeratorDefinition(), indicator.denominatorDefinition(),
                indicator.minimumDenominator(), indicator.dataSource(), indicator.version());
    }
}
