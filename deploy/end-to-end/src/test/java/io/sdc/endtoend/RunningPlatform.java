package io.sdc.endtoend;

import io.restassured.specification.RequestSpecification;
import io.sdc.benchmark.BenchmarkPlatform;
import io.sdc.benchmark.Processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * The whole platform as {@code deploy/run-local} runs it: the packaged local-stack launcher started as its own
 * process, which starts PostgreSQL, Kafka, the four services' packaged applications and the portal, and loads the
 * demo data. Every port is a free one chosen here, so a developer's own running stack is left alone.
 */
final class RunningPlatform {

    static final String RUNNING = "The Service Delivery Contract platform is running.";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    /** The services by the port each has in the README, with the port each has here. */
    final Map<Integer, Integer> servicePorts = new LinkedHashMap<>();
    final Path repositoryRoot;
    final Path dataDirectory;
    private final List<String> portOptions = new ArrayList<>();
    private final Map<String, String> launcherEnvironment = new LinkedHashMap<>();
    final int postgresPort;
    final int kafkaPort;
    final int portalPort;
    private Process launcher;
    private Path launcherLog;
    private int starts;
    private Map<String, String> demo;

    /**
     * A platform for a test class, its data in an emptied directory: {@code stack} below the end-to-end directory
     * ({@code -Dsdc.end-to-end.directory}), or below its sibling {@code sibling} when one is named. The applications
     * are those of {@code -Dsdc.repository.root}.
     */
    static RunningPlatform inFreshDirectory(String sibling) throws IOException {
        Path root = Path.of(System.getProperty("sdc.repository.root", "../..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("sdc.end-to-end.directory", "target/end-to-end")).toAbsolutePath();
        if (sibling != null) {
            work = work.resolveSibling(sibling);
        }
        deleteRecursively(work);
        return new RunningPlatform(root, work.resolve("stack"));
    }

    /** The directory the platform's data directory is in, where a test may keep logs of its own. */
    Path workDirectory() {
        return dataDirectory.getParent();
    }

    RunningPlatform(Path repositoryRoot, Path dataDirectory) throws IOException {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        postgresPort = Processes.freePort();
        kafkaPort = Processes.freePort();
        portOptions.add("--postgres-port=" + postgresPort);
        portOptions.add("--kafka-port=" + kafkaPort);
        for (String option : List.of("kafka-controller-port", "smtp-port")) {
            portOptions.add("--" + option + "=" + Processes.freePort());
        }
        String[] services = {"contract", "performance", "finance", "notification", "report"};
        for (int i = 0; i < services.length; i++) {
            int port = Processes.freePort();
            servicePorts.put(8081 + i, port);
            portOptions.add("--" + services[i] + "-port=" + port);
        }
        portalPort = Processes.freePort();
        portOptions.add("--portal-port=" + portalPort);
    }

    /** The portal's address, e.g. {@code http://localhost:41234}, without a trailing slash. */
    String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    /**
     * Adds variables to the launcher's environment, which its services inherit: for instance
     * {@code SDC_REMINDERS_CRON}, the services' configuration as environment variables.
     */
    RunningPlatform withEnvironment(Map<String, String> variables) {
        launcherEnvironment.putAll(variables);
        return this;
    }

    /** Starts the launcher and waits until it reports the platform running; answers what it printed. */
    String start() throws IOException, InterruptedException {
        Path jar = repositoryRoot.resolve("deploy/local-stack/target/local-stack.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The launcher is not built: " + jar + " (run ./mvnw verify from the top)");
        }
        Files.createDirectories(dataDirectory);
        launcherLog = dataDirectory.resolveSibling("launcher-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--home=" + repositoryRoot, "--data-dir=" + dataDirectory));
        command.addAll(portOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(launcherLog.toFile());
        builder.environment().putAll(launcherEnvironment);
        launcher = builder.start();
        if (starts == 1) {
            // Should the test JVM be stopped before the test stops the platform, the platform stops with it.
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnExit, "end-to-end-platform-stop"));
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            String printed = Files.readString(launcherLog);
            if (printed.contains(RUNNING)) {
                if (demo == null) {
                    demo = Map.copyOf(environment("demo.env"));
                }
                return printed;
            }
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The local stack did not start. It printed:\n" + printed
                        + "\nLogs in " + dataDirectory.resolve("logs"));
            }
            Thread.sleep(500);
        }
    }

    /** Stops the launcher as Ctrl-C would, which stops the services, Kafka and PostgreSQL. */
    synchronized void stop() throws InterruptedException {
        if (launcher == null) {
            return;
        }
        launcher.destroy();
        if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor();
        }
        launcher = null;
    }

    /** Stops a test class's platform, if it got as far as being made. */
    static void stopIfStarted(RunningPlatform platform) throws InterruptedException {
        if (platform != null) {
            platform.stop();
        }
    }

    /** What the launcher printed so far. */
    String printed() throws IOException {
        return Files.readString(launcherLog);
    }

    /** The process the launcher started whose command line contains {@code marker} (Linux: read from /proc). */
    ProcessHandle process(String marker) {
        if (launcher == null) {
            throw new IllegalStateException("The platform is not running");
        }
        List<ProcessHandle> found = launcher.descendants().filter(child -> BenchmarkPlatform.commandLine(child).contains(marker)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one process of the launcher running " + marker + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The process of a service the launcher runs, e.g. {@code performance-service}. */
    ProcessHandle serviceProcess(String module) {
        return process(module + "/target/quarkus-app/quarkus-run.jar");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    private void stopOnExit() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The demo data's ids (demo.env: CONTRACT, REVIEW, BUDGET_2015_16, ...) as the first start loaded them. */
    Map<String, String> demo() {
        if (demo == null) {
            throw new IllegalStateException("The platform has not started yet");
        }
        return demo;
    }

    /** The variables of one of the launcher's environment files, such as tokens.env or demo.env. */
    Map<String, String> environment(String file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dataDirectory.resolve(file))) {
            if (line.startsWith("export ")) {
                int equals = line.indexOf('=');
                variables.put(line.substring("export ".length(), equals), line.substring(equals + 1));
            }
        }
        return variables;
    }

    /** A call to a service (by its README port, 8081 to 8085) with the launcher's printed token for a role. */
    RequestSpecification as(String role, int readmePort) throws IOException {
        return at(role, servicePorts.get(readmePort));
    }

    /** A call, with the launcher's printed token for a role, to whatever listens on {@code port}: e.g. a second instance. */
    RequestSpecification at(String role, int port) throws IOException {
        String token = environment("tokens.env").get("TOKEN_" + role.toUpperCase(Locale.ROOT).replace('-', '_'));
        return given().baseUri("http://localhost:" + port).auth().oauth2(token)
                .contentType("application/json").accept("application/json");
    }

    /** Removes a data directory left by an earlier run, so that a start is a first start. */
    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
