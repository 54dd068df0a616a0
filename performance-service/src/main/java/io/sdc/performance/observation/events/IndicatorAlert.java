package io.sdc.performance.observation.events;

import io.sdc.performance.basket.Rag;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An indicator turned red ({@value #TURNED_RED}: a new observation is beyond tolerance where the previous period's
 * was not) or recovered ({@value #RECOVERED}: within tolerance again after a RED previous period). The data is the
 * judgement of the new observation, with the previous period's RAG if it was judged.
 */
@EventData(types = {IndicatorAlert.TURNED_RED, IndicatorAlert.RECOVERED})
public record IndicatorAlert(String indicatorCode, String period, BigDecimal value, Rag rag, UUID observationId, Rag previousRag)
        implements DomainEvent {

    public static final String TURNED_RED = "performance.indicator.turned-red";
    public static final String RECOVERED = "performance.indicator.recovered";
}
