package io.sdc.performance.indicator.mapping;

import io.sdc.performance.indicator.IndicatorDefinition;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.rest.IndicatorDefinitionView;
import io.sdc.performance.indicator.rest.IndicatorView;

public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorDefinitionView toView(IndicatorDefinition definition) {
        IndicatorDefinition.Terms terms = definition.terms();
        return new IndicatorDefinitionView(definition.effectiveFrom(), terms.definition(), terms.polarity(), terms.minimumDenominator(),
                definition.recordedAt());
    }

    public static IndicatorView toView(PerformanceIndicator indicator) {
        return new IndicatorView(indicator.code(), indicator.name(), indicator.definition(), indicator.unit(), indicator.polarity(),
                indicator.frequency(), indicator.numeratorDefinition(), indicator.denominatorDefinition(),
                indicator.minimumDenominator(), indicator.dataSource(), indicator.version());
    }
}
