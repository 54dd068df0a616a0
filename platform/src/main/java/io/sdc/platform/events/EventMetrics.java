package io.sdc.platform.events;

import io.sdc.platform.metrics.ServiceMeters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts what the service's handlers do with the events they are given, as {@code sdc_events_processed_total} with
 * the labels {@code service}, {@code handler}, {@code type} (the event's type) and {@code outcome}: {@code applied}
 * (the effect was made now), {@code duplicate} (the event was applied before and changed nothing) or {@code failed}
 * (every attempt failed and the event was dead-lettered for this handler).
 */
@ApplicationScoped
public class EventMetrics {

    public static final String PROCESSED = "sdc.events.processed";

    public enum Outcome { APPLIED, DUPLICATE, FAILED }

    @Inject
    ServiceMeters meters;

    public void handled(String handler, String eventType, Outcome outcome) {
        meters.count(PROCESSED, "Events given to a handler, by what became of them",
                "handler", handler, "type", eventType, "outcome", ServiceMeters.label(outcome));
    }
}
