package io.sdc.performance.observation.service;

import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.Judgement;
import io.sdc.performance.basket.Rag;
import io.sdc.performance.basket.repository.BasketRepository;
import io.sdc.performance.indicator.IndicatorDefinition;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.events.IndicatorAlert;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Tells when an indicator turns red (its tolerance breached) or recovers: a new observation judged RED after a
 * previous period that was not, or judged GREEN or AMBER after a RED one.
 */
@ApplicationScoped
public class IndicatorAlerts {

    @Inject
    BasketRepository baskets;

    @Inject
    ObservationRepository observations;

    @Inject
    EventOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Observation observation, PerformanceIndicator indicator) {
        ReportingPeriod period = ReportingPeriod.parse(observation.period());
        Optional<Rag> now = judge(observation, indicator, period);
        if (now.isEmpty()) {
            return;
        }
        ReportingPeriod previousPeriod = period.previous();
        Optional<Rag> before = observations.current(observation.contractId(), indicator.code(), previousPeriod.label())
                .flatMap(previous -> judge(previous, indicator, previousPeriod));
        boolean wasRed = before.map(rag -> rag == Rag.RED).orElse(false);
        if (now.get() == Rag.RED && !wasRed) {
            announce(IndicatorAlert.TURNED_RED, observation, now.get(), before);
        } else if (wasRed && (now.get() == Rag.GREEN || now.get() == Rag.AMBER)) {
            announce(IndicatorAlert.RECOVERED, observation, now.get(), before);
        }
    }

    private Optional<Rag> judge(Observation observation, PerformanceIndicator indicator, ReportingPeriod period) {
        return baskets.inForceOn(observation.contractId(), period.end())
                .flatMap(basket -> basket.entry(indicator.code()))
                .map(entry -> rag(observation, indicator.termsOn(period.end()), entry));
    }

    /** The RAG of an observation by the indicator's definition in force at its period's end. */
    private static Rag rag(Observation observation, IndicatorDefinition.Terms terms, BasketEntry entry) {
        Integer denominator = observation.denominator() == null ? null : (int) Math.min(observation.denominator(), Integer.MAX_VALUE);
        return Judgement.rag(terms.polarity(), observation.value(), denominator, terms.minimumDenominator(),
                entry.target(), entry.toleranceKind(), entry.tolerance());
    }

    private void announce(String type, Observation observation, Rag now, Optional<Rag> before) {
        outbox.publish(type, observation.contractId(), new IndicatorAlert(observation.indicatorCode(), observation.period(),
                observation.value(), now, observation.id(), before.orElse(null)));
    }
}
