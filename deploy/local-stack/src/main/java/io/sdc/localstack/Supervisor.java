package io.sdc.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the local stack's components running: when one ends without having been stopped, it says so and starts it
 * again after a delay that doubles with each quick failure (1 s, 2 s, 4 s ... up to 30 s) and starts from the
 * beginning once the component has run for a minute. With a readiness URL it also says when the component is
 * ready again.
 */
final class Supervisor implements AutoCloseable {

    /** The restart delays: the first, the longest, and how long a component must run to count as recovered. */
    record Backoff(Duration first, Duration longest, Duration recoveredAfter) {

        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

        Duration next(Duration current) {
            Duration doubled = current.multipliedBy(2);
            return doubled.compareTo(longest) > 0 ? longest : doubled;
        }
    }

    private static final Duration READY_POLL = Duration.ofMillis(500);
    private static final Duration READY_GIVE_UP = Duration.ofMinutes(3);

    private final Consumer<String> console;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "local-stack-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<ManagedProcess, Duration> delays = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Supervisor(Consumer<String> console, Backoff backoff) {
        this.console = console;
        this.backoff = backoff;
    }

    /** Restarts the process whenever it ends unasked; {@code readiness} answers 200 once it is ready again. */
    void watch(ManagedProcess process, Optional<URI> readiness) {
        process.onExit().thenAccept(code -> exited(process, code, readiness));
    }

    private void exited(ManagedProcess process, int code, Optional<URI> readiness) {
        if (closed || process.isStopped()) {
            return;
        }
        boolean recovered = Duration.between(process.startedAt(), Instant.now()).compareTo(backoff.recoveredAfter()) >= 0;
        Duration delay = recovered ? backoff.first() : delays.getOrDefault(process, backoff.first());
        delays.put(process, backoff.next(delay));
        console.accept(process.name() + " exited with code " + code + "; restarting in " + describe(delay));
        scheduler.schedule(() -> restart(process, readiness), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ManagedProcess process, Optional<URI> readiness) {
        if (closed) {
            return;
        }
        try {
            if (!process.restart()) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            Duration delay = delays.getOrDefault(process, backoff.first());
            delays.put(process, backoff.next(delay));
            console.accept(process.name() + " could not be started again (" + e.getMessage() + "); trying again in "
                    + describe(delay));
            scheduler.schedule(() -> restart(process, readiness), delay.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        console.accept(process.name() + " restarted (process " + process.pid() + "); its log: " + process.logFile());
        watch(process, readiness);
        readiness.ifPresent(url -> awaitReady(process, process.pid(), url, Instant.now().plus(READY_GIVE_UP)));
    }

    private void awaitReady(ManagedProcess process, long pid, URI url, Instant giveUpAt) {
        if (closed || process.isStopped() || process.pid() != pid || !process.isAlive() || Instant.now().isAfter(giveUpAt)) {
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build();
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                console.accept(process.name() + " ready again at " + url.resolve("/"));
                return;
            }
        } catch (IOException notYet) {
            // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        scheduler.schedule(() -> awaitReady(process, pid, url, giveUpAt), READY_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String describe(Duration delay) {
        return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
    }

    /** Stops watching: a component that ends from now on stays down. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
