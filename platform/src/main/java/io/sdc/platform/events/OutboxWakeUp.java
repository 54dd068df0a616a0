package io.sdc.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the outbox relay runs: as soon as a transaction that wrote to the outbox commits, in this instance (an
 * after-commit signal) and in every other instance of the service (a PostgreSQL {@code NOTIFY} on the service's
 * channel, sent inside the writing transaction and so delivered only at its commit, heard by {@link OutboxListener};
 * its payload is the writing instance's {@link #instance()}, so that the writer, already woken by its own commit, does
 * not run its relay a second time for it), and, as a safety net for a signal lost or a broker that was away, every {@code sdc.events.relay.interval}.
 * <p>
 * Every run happens on one thread of the instance and wake-ups coalesce: a burst of commits during a run causes one
 * more run after it. Of several instances, the relay's advisory lock still lets one publish at a time; the one
 * holding it hears every commit too, so an event committed during its run is published by its next run.
 */
@ApplicationScoped
public class OutboxWakeUp {

    /** The identity of the periodic sweep, for the scheduler. */
    public static final String SWEEP = "outbox-relay-sweep";

    /** The purpose under which one writing transaction registers its wake-up, once. */
    private static final Object WRITTEN = OutboxWakeUp.class.getName() + ".written";

    @Inject
    OutboxRelay relay;

    @Inject
    EventsConfig config;

    @Inject
    AfterCommit afterCommit;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** This instance, as named in the notifications it sends. */
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong commits = new AtomicLong();
    private volatile CoalescingRunner runner;

    void start(@Observes StartupEvent startup) {
        if (config.topic().isEmpty()) {
            return;
        }
        CoalescingRunner started = new CoalescingRunner(service + "-outbox-relay", relay::relay);
        started.start();
        runner = started;
        started.request();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        CoalescingRunner current = runner;
        if (current != null) {
            current.stop(Duration.ofSeconds(5));
        }
    }

    @Scheduled(identity = SWEEP, every = "${sdc.events.relay.interval:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    /** Asks for a relay run: at once if the relay is idle, else once more after its current run. */
    public void wake() {
        CoalescingRunner current = runner;
        if (current != null) {
            current.request();
        }
    }

    /**
     * Called in a transaction that writes to the outbox: the first time in the transaction, asks for a relay run here
     * after its commit and notifies the service's other instances (PostgreSQL delivers the notification at commit,
     * and not at all on rollback).
     */
    void written() {
        if (config.topic().isEmpty() || !afterCommit.once(WRITTEN, this::committed)) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, channel());
                notify.setString(2, instance);
                notify.execute();
            }
        });
    }

    private void committed() {
        commits.incrementAndGet();
        wake();
    }

    /** The PostgreSQL channel on which the service's instances announce outbox writes to each other. */
    public String channel() {
        return config.relay().channel().orElseGet(() -> "outbox_" + service.replaceAll("[^A-Za-z0-9_]", "_"));
    }

    /** This instance's name in its notifications: a notification carrying it was sent by this instance's own commit. */
    public String instance() {
        return instance;
    }

    /** How many transactions that wrote to the outbox have committed in this instance since it started. */
    public long commitsSignalled() {
        return commits.get();
    }

    /** How many relay runs have ended in this instance since it started. */
    public long runs() {
        CoalescingRunner current = runner;
        return current == null ? 0 : current.runs();
    }
}
