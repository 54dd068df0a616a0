package io.sdc.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The outbox's lag: how many events wait to be published and how old the oldest is. Exposed as the metrics
 * {@code sdc_outbox_pending_events} and {@code sdc_outbox_lag_seconds}, and part of readiness, which turns DOWN
 * when the oldest waiting event is older than {@code sdc.events.relay.max-lag}.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    void registerMetrics(@Observes StartupEvent startup, MeterRegistry registry) {
        if (config.topic().isEmpty()) {
            return;
        }
        Gauge.builder("sdc.outbox.pending.events", this, check -> check.lag().pending())
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("sdc.outbox.lag.seconds", this, check -> check.lag().oldest().toSeconds())
                .description("Age of the oldest event waiting in the outbox").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        if (config.topic().isEmpty()) {
            return HealthCheckResponse.named("Event outbox").up().withData("publishes", false).build();
        }
        Lag lag = lag();
        return HealthCheckResponse.named("Event outbox")
                .status(lag.oldest().compareTo(config.relay().maxLag()) <= 0)
                .withData("pending", lag.pending())
                .withData("oldestSeconds", lag.oldest().toSeconds())
                .build();
    }

    Lag lag() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "SELECT count(*), min(occurred_at) FROM event_outbox WHERE published_at IS NULL").getSingleResult();
            long pending = ((Number) row[0]).longValue();
            Instant oldest = toInstant(row[1]);
            return new Lag(pending, oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now()));
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }

    record Lag(long pending, Duration oldest) {
    }
}
