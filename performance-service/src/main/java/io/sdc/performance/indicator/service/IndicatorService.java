package io.sdc.performance.indicator.service;

import io.quarkus.panache.common.Sort;
import io.sdc.performance.indicator.IndicatorDefinition;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.platform.audit.AuditTrail;
import io.sdc.platform.audit.AuditedResource;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.audit.ChangeRecord;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.Params;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Defines and redefines performance indicators. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditedResource<PerformanceIndicator> audited;

    /**
     * Defines the indicator with this code, or redefines it at the version the client read ({@code ifMatch}, as sent).
     * The same definition sent again without If-Match changes nothing: a retry, or a second request creating it at the
     * same moment. Redefining needs a reason, kept in the audit history; a change to its definition, polarity or minimum
     * denominator takes effect from {@code effectiveFrom}, earlier periods keeping the definition then in force.
     */
    @Transactional
    public PerformanceIndicator define(String code, PerformanceIndicator.Definition definition, LocalDate effectiveFrom, String ifMatch,
                                       String reason) {
        PerformanceIndicator.requireCode(code);
        PerformanceIndicator indicator = indicators.findByIdOptional(code).orElse(null);
        if (indicator == null) {
            indicator = new PerformanceIndicator(code, definition, Instant.now(clock));
            indicators.persist(indicator);
        } else if (ifMatch == null && indicator.definedAs(definition)) {
            return indicator;
        } else {
            EntityTags.requireCurrent("indicator", indicator.version(), EntityTags.expectedVersion(ifMatch));
            changeContext.requireReason("redefine an indicator", reason);
            indicator.redefine(definition, effectiveFrom, Instant.now(clock));
        }
        indicators.flush();
        return indicator;
    }

    /** One page of the indicator's audit history, oldest first: each definition, who changed it, when and why. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRecord> history(String code, Params.Paging paging) {
        get(code);
        return auditTrail.history(audited, code, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerformanceIndicator> list() {
        return indicators.listAll(Sort.by("code"));
    }

    /** The indicator's definitions over time, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorDefinition> definitions(String code) {
        return get(code).definitions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PerformanceIndicator get(String code) {
        return indicators.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("indicator", code));
    }
}
