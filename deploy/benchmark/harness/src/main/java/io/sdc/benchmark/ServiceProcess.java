package io.sdc.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the benchmark starts and times: another instance of a service started exactly as the launcher started the
 * running one (its command line, working directory and environment, read from /proc: the launcher's JVM options, the
 * same database and broker) on a port of its own, or the reference service with the services' JVM options. Times
 * process start to the first 200 on {@code /q/health/ready} (asked every 10 ms) and reads VmRSS.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient READINESS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500)).build();

    final String name;
    final int port;
    private final Process process;
    private final long startedNanos;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, long startedNanos, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Starts a process as {@code launch} says, with {@code overrides} in its environment, its output to {@code log}. */
    static ServiceProcess start(String name, Processes.Launch launch, Map<String, String> overrides, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        builder.environment().putAll(overrides);
        long started = System.nanoTime();
        Process process = builder.start();
        return new ServiceProcess(name, port, process, started, log);
    }

    /** Waits for the first 200 on readiness; answers the time from process start to it. */
    Duration awaitReady() throws IOException, InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                if (READINESS.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not become ready; see " + log);
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    /** The resident set size now, in MiB (VmRSS of /proc/{pid}/status). */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for " + name);
    }

    @Override
    public void close() {
        Processes.stop(process);
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
