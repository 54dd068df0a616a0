package io.sdc.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the event backbone as part of readiness without ever refusing traffic because of it: whether the Kafka
 * broker was reachable when last probed ({@code broker}: {@code reachable}, {@code unreachable}, or {@code unknown}
 * before the first probe), and the outbox's lag. While the broker is away the service keeps serving its API; the
 * outbox holds every event until the broker returns, so the check stays UP and carries the state as data. It
 * answers from the values {@link EventBackboneMonitor} keeps, so it never waits on Kafka or the database.
 * <p>
 * The same values are the metrics {@code sdc_kafka_broker_reachable} (1, 0, or NaN before the first probe),
 * {@code sdc_outbox_pending_events} and {@code sdc_outbox_lag_seconds}, each labelled with the {@code service} (the
 * alerts group by it).
 */
@Readiness
@ApplicationScoped
public class EventBackboneHealthCheck implements HealthCheck {

    public static final String NAME = "Kafka broker";

    @Inject
    EventBackboneMonitor monitor;

    @Inject
    EventsConfig config;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.application.name")
    String service;

    void registerMetrics(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("sdc.kafka.broker.reachable", monitor, m -> switch (m.broker().state()) {
                    case REACHABLE -> 1;
                    case UNREACHABLE -> 0;
                    case UNKNOWN -> Double.NaN;
                }).tag("service", service)
                .description("1 if the Kafka broker answered the last probe, 0 if it did not").register(registry);
        if (config.topic().isEmpty()) {
            return;
        }
        Gauge.builder("sdc.outbox.pending.events", monitor, m -> m.lag().pending()).tag("service", service)
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("sdc.outbox.lag.seconds", monitor, m -> m.lag().oldest().toSeconds()).tag("service", service)
                .description("Age of the oldest event waiting in the outbox").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        EventBackboneMonitor.Broker broker = monitor.broker();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("broker", broker.state().name().toLowerCase(java.util.Locale.ROOT));
        if (broker.checkedAt() != null) {
            response.withData("brokerCheckedAt", broker.checkedAt().toString());
        }
        if (broker.problem() != null) {
            response.withData("brokerProblem", broker.problem());
        }
        if (config.topic().isEmpty()) {
            return response.withData("publishes", false).build();
        }
        EventBackboneMonitor.Lag lag = monitor.lag();
        return response.withData("outboxPending", lag.pending())
                .withData("outboxOldestSeconds", lag.oldest().toSeconds())
                .withData("outboxBehind", lag.oldest().compareTo(config.relay().maxLag()) > 0)
                .build();
    }
}
