package io.sdc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The platform the benchmark measures, started as {@code deploy/run-local} starts it: the packaged local-stack
 * launcher as a process of its own (PostgreSQL, Kafka, the five services, the portal, the demo data), on free ports
 * and in a data directory emptied first, so a developer's own running stack is left alone.
 */
public final class BenchmarkPlatform implements AutoCloseable {

    private static final String RUNNING = "The Service Delivery Contract platform is running.";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final Path repositoryRoot;
    private final Path dataDirectory;
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private final int postgresPort;
    private final int kafkaPort;
    private final List<String> options = new ArrayList<>();
    private Process launcher;

    BenchmarkPlatform(Path repositoryRoot, Path directory) throws IOException {
        this.repositoryRoot = repositoryRoot;
        this.dataDirectory = directory.resolve("stack");
        postgresPort = Processes.freePort();
        kafkaPort = Processes.freePort();
        options.add("--postgres-port=" + postgresPort);
        options.add("--kafka-port=" + kafkaPort);
        options.add("--kafka-controller-port=" + Processes.freePort());
        options.add("--smtp-port=" + Processes.freePort());
        options.add("--portal-port=" + Processes.freePort());
        options.add("--demo-data=true");
        String[] names = {"contract", "performance", "finance", "notification", "report"};
        for (int i = 0; i < names.length; i++) {
            int port = Processes.freePort();
            servicePorts.put(Endpoints.SERVICES[i], port);
            options.add("--" + names[i] + "-port=" + port);
        }
    }

    /** Starts the launcher in an emptied data directory and waits until it says the platform is running. */
    Endpoints start(Path workDirectory) throws IOException, InterruptedException {
        Path jar = repositoryRoot.resolve("deploy/local-stack/target/local-stack.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The launcher is not built: " + jar);
        }
        deleteRecursively(dataDirectory);
        Files.createDirectories(dataDirectory);
        Path log = dataDirectory.resolveSibling("launcher.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--home=" + repositoryRoot, "--data-dir=" + dataDirectory));
        command.addAll(options);
        launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "benchmark-platform-stop"));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log).contains(RUNNING)) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The platform did not start; see " + log + " and " + dataDirectory.resolve("logs"));
            }
            Thread.sleep(500);
        }
        return Endpoints.of(repositoryRoot, dataDirectory, workDirectory, postgresPort, kafkaPort, servicePorts, this::serviceProcess);
    }

    private ProcessHandle serviceProcess(String module) {
        String marker = module + "/target/quarkus-app/quarkus-run.jar";
        List<ProcessHandle> found = launcher.descendants().filter(process -> commandLine(process).contains(marker)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one process of the launcher running " + marker + ", found " + found.size());
        }
        return found.get(0);
    }

    /**
     * The process's command line (Linux: read from /proc), its arguments joined by spaces, with a relative jar
     * resolved against the process's working directory: the launcher runs each service as {@code -jar quarkus-run.jar}
     * from the service's {@code target/quarkus-app}.
     */
    public static String commandLine(ProcessHandle process) {
        try {
            Path proc = Path.of("/proc", String.valueOf(process.pid()));
            Path directory = Files.readSymbolicLink(proc.resolve("cwd"));
            List<String> arguments = new ArrayList<>();
            for (String argument : Files.readString(proc.resolve("cmdline")).split("\0")) {
                arguments.add(argument.endsWith(".jar") && !argument.contains(":") ? directory.resolve(argument).toString() : argument);
            }
            return String.join(" ", arguments);
        } catch (IOException gone) {
            return "";
        }
    }

    /** Stops the launcher as Ctrl-C would, which stops everything it started. */
    @Override
    public synchronized void close() {
        if (launcher == null) {
            return;
        }
        launcher.destroy();
        try {
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launcher = null;
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
