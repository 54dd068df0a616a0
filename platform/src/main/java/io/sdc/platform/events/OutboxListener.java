package io.sdc.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listens on the service's outbox channel ({@link OutboxWakeUp#channel()}) on one JDBC connection of its own, outside
 * the pool, on a background thread, and wakes the relay on every notification from another instance, so that a commit
 * in any instance of the service is relayed at once (a notification of this instance's own commit wakes nothing: the
 * commit itself already woke the relay). It never holds up startup or readiness: it connects after the start, and while the
 * database is away it tries again (after 1 s, doubling up to 30 s), waking the relay each time it listens again
 * for what was committed meanwhile. A silent connection is checked every {@code sdc.events.relay.listen-check}.
 */
@ApplicationScoped
public class OutboxListener {

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);
    private static final Duration FIRST_RETRY_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxWakeUp wakeUp;

    @Inject
    EventsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final AtomicLong notifications = new AtomicLong();
    private final AtomicLong own = new AtomicLong();
    private final AtomicLong listening = new AtomicLong();

    private volatile String lastPayload;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    synchronized void start(@Observes StartupEvent startup) {
        if (config.topic().isEmpty() || !config.relay().listen() || running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, service + "-outbox-listener");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        Connection current = connection;
        if (current != null) {
            try {
                // Closes the socket at once, ending a wait for notifications.
                current.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Closing the outbox listener's connection: %s", e.getMessage());
            }
        }
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    /** How many notifications this instance has heard since it started. */
    public long notificationsHeard() {
        return notifications.get();
    }

    /** How many of the notifications heard were of this instance's own commits, which wake nothing. */
    public long ownNotificationsHeard() {
        return own.get();
    }

    /** The payload of the last notification heard (the writing instance's {@link OutboxWakeUp#instance()}), if one was heard. */
    public Optional<String> lastPayload() {
        return Optional.ofNullable(lastPayload);
    }

    /** How many times this instance has started listening (once, plus once per reconnection). */
    public long timesListening() {
        return listening.get();
    }

    private void run() {
        Duration retryWait = FIRST_RETRY_WAIT;
        boolean failing = false;
        while (running) {
            try (Connection listener = connect()) {
                connection = listener;
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN \"" + wakeUp.channel().replace("\"", "\"\"") + "\"");
                }
                listening.incrementAndGet();
                if (failing) {
                    LOG.info("Outbox listener is listening again");
                    failing = false;
                }
                retryWait = FIRST_RETRY_WAIT;
                wakeUp.wake();
                listen(listener);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!failing) {
                    LOG.warnf("Outbox listener lost its connection; the periodic sweep relays meanwhile and it tries again: %s", e.getMessage());
                    failing = true;
                }
                try {
                    Thread.sleep(retryWait.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    break;
                }
                retryWait = retryWait.multipliedBy(2).compareTo(LONGEST_RETRY_WAIT) > 0 ? LONGEST_RETRY_WAIT : retryWait.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection listener) throws SQLException {
        PGConnection postgres = listener.unwrap(PGConnection.class);
        int check = (int) Math.max(1, config.relay().listenCheck().toMillis());
        while (running) {
            PGNotification[] heard = postgres.getNotifications(check);
            if (heard != null && heard.length > 0) {
                notifications.addAndGet(heard.length);
                lastPayload = heard[heard.length - 1].getParameter();
                long fromOthers = Arrays.stream(heard).filter(notification -> !wakeUp.instance().equals(notification.getParameter())).count();
                own.addAndGet(heard.length - fromOthers);
                if (fromOthers > 0) {
                    wakeUp.wake();
                }
            } else if (running && !listener.isValid((int) Math.max(1, config.relay().listenCheck().toSeconds()))) {
                throw new SQLException("the listening connection no longer answers");
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", service + "-outbox-listener");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        Connection opened = new org.postgresql.Driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return opened;
    }
}
