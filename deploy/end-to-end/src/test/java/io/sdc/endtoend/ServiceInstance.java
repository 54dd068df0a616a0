package io.sdc.endtoend;

import io.sdc.benchmark.Processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One more instance of a service the platform already runs: the same packaged application started as the launcher
 * started the running instance (its command line, directory and environment, read from /proc: same JVM options,
 * database, broker, keys and settings) on another port. Stopped on {@link #close()}, or when the test JVM ends.
 */
final class ServiceInstance implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    final String module;
    final int port;
    private final Process process;
    private final Path log;
    private final Thread stopOnExit;

    private ServiceInstance(String module, int port, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(this::stop, "end-to-end-" + module + "-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts another instance of {@code module} beside the platform's, with {@code overrides} in its environment. */
    static ServiceInstance besides(RunningPlatform platform, String module, Map<String, String> overrides, Path log)
            throws IOException {
        Processes.Launch running = Processes.Launch.of(platform.serviceProcess(module));
        if (!running.environment().containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            throw new IllegalStateException("Not the environment of a service the launcher started: " + running.environment().keySet());
        }
        int port = Processes.freePort();
        // Started as the launcher started the running one: its JVM options and class-data sharing archive, from its directory.
        ProcessBuilder builder = new ProcessBuilder(running.command()).directory(running.directory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(running.environment());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(overrides);
        return new ServiceInstance(module, port, builder.start(), log);
    }

    /** Waits until the instance answers ready. */
    ServiceInstance awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The second " + module + " did not become ready. Its log:\n" + Files.readString(log));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void stop() {
        Processes.stop(process);
    }
}
