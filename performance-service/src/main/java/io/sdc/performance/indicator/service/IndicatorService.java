package io.sdc.performance.indicator.service;

import io.quarkus.panache.common.Sort;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Defines and redefines performance indicators. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    /**
     * Defines the indicator with this code, or redefines it at the version the client read ({@code ifMatch}, as sent).
     * The same definition sent again without If-Match changes nothing: a retry, or a second request creating it at the
     * same moment.
     */
    @Transactional
    public PerformanceIndicator define(String code, PerformanceIndicator.Definition definition, String ifMatch) {
        PerformanceIndicator.requireCode(code);
        PerformanceIndicator indicator = indicators.findByIdOptional(code).orElse(null);
        if (indicator == null) {
            indicator = new PerformanceIndicator(code, definition);
            indicators.persist(indicator);
        } else if (ifMatch == null && indicator.definedAs(definition)) {
            return indicator;
        } else {
            EntityTags.requireCurrent("indicator", indicator.version(), EntityTags.expectedVersion(ifMatch));
            indicator.define(definition);
        }
        indicators.flush();
        return indicator;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerformanceIndicator> list() {
        return indicators.listAll(Sort.by("code"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PerformanceIndicator get(String code) {
        return indicators.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("indicator", code));
    }
}
