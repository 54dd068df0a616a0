package io.sdc.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Watches the event backbone in the background: probes the Kafka broker with a short timeout and measures the
 * outbox's lag, every {@code sdc.events.health.interval}, and keeps the last results. Health checks and metrics
 * read what it kept, so a broker that hangs or a slow query can never hold up a health request. A change of the
 * broker's state is logged once.
 */
@ApplicationScoped
public class EventBackboneMonitor {

    private static final Logger LOG = Logger.getLogger(EventBackboneMonitor.class);

    public enum BrokerState { UNKNOWN, REACHABLE, UNREACHABLE }

    /** The broker as last probed: its state, when, and why it was unreachable. */
    public record Broker(BrokerState state, Instant checkedAt, String problem) {
    }

    /** How many events wait in the outbox and how old the oldest is. */
    public record Lag(long pending, Duration oldest) {
    }

    @Inject
    Clock clock;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile Broker broker = new Broker(BrokerState.UNKNOWN, null, null);
    private volatile Lag lag = new Lag(0, Duration.ZERO);
    private Admin admin;

    public Broker broker() {
        return broker;
    }

    public Lag lag() {
        return lag;
    }

    @Scheduled(every = "${sdc.events.health.interval:PT2S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probeBroker() {
        Duration timeout = config.health().brokerTimeout();
        Broker previous = broker;
        Broker now;
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            now = nodes > 0 ? new Broker(BrokerState.REACHABLE, Instant.now(clock), null)
                    : new Broker(BrokerState.UNREACHABLE, Instant.now(clock), "the cluster has no broker");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            now = new Broker(BrokerState.UNREACHABLE, Instant.now(clock), describe(e, timeout));
        }
        broker = now;
        if (now.state() != previous.state()) {
            if (now.state() == BrokerState.UNREACHABLE) {
                LOG.warnf("Kafka broker unreachable (%s); the API stays available and events wait in the outbox", now.problem());
            } else if (previous.state() == BrokerState.UNREACHABLE) {
                LOG.info("Kafka broker reachable again");
            }
        }
    }

    @Scheduled(every = "${sdc.events.health.interval:PT2S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measureLag() {
        if (config.topic().isEmpty()) {
            return;
        }
        try {
            lag = QuarkusTransaction.requiringNew().timeout(10).call(() -> {
                Object[] row = (Object[]) entityManager.createNativeQuery(
                        "SELECT count(*), min(occurred_at) FROM event_outbox WHERE published_at IS NULL").getSingleResult();
                Instant oldest = toInstant(row[1]);
                return new Lag(((Number) row[0]).longValue(),
                        oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now(clock)));
            });
        } catch (RuntimeException e) {
            // The database check reports the database; the last known lag stays.
            LOG.debugf("Outbox lag not measured: %s", e.getMessage());
        }
    }

    /** The admin client the probe uses, created on first use; {@link ConsumerMetrics} reads offsets with it too. */
    synchronized Admin admin() {
        if (admin == null) {
            admin = kafkaClients.admin(service + "-broker-probe", config.health().brokerTimeout());
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    private static String describe(Throwable e, Duration timeout) {
        if (e instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
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
}
