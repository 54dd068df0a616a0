package io.sdc.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A component of the local stack run as a child process whose output goes to its own log file. It can be started
 * again with the same command (what {@link Supervisor} does when it dies); once {@link #stop stopped} it stays
 * stopped.
 */
final class ManagedProcess {

    private final String name;
    private final Path logFile;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private volatile Process process;
    private volatile Instant startedAt;
    private volatile boolean stopped;

    private ManagedProcess(String name, Path logFile, List<String> command, Map<String, String> environment,
                           Path workingDirectory) {
        this.name = name;
        this.logFile = logFile;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path logFile)
            throws IOException {
        return start(name, command, Path.of("").toAbsolutePath(), environment, logFile);
    }

    /** Starts the command in {@code workingDirectory} (again there on every restart). */
    static ManagedProcess start(String name, List<String> command, Path workingDirectory,
                                Map<String, String> environment, Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        ManagedProcess managed = new ManagedProcess(name, logFile, command, environment, workingDirectory);
        managed.launch();
        return managed;
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        startedAt = Instant.now();
    }

    /** Starts the command again after the process ended; does nothing once stopped or while it still runs. */
    synchronized boolean restart() throws IOException {
        if (stopped || process.isAlive()) {
            return false;
        }
        launch();
        return true;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@link #stop} was called: the process is meant to be down. */
    boolean isStopped() {
        return stopped;
    }

    long pid() {
        return process.pid();
    }

    /** When the current process was started. */
    Instant startedAt() {
        return startedAt;
    }

    /** Completes with the current process's exit code when it ends. */
    CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** Asks the process to stop (SIGTERM, so it shuts down cleanly) and kills it if it has not within the grace. */
    void stop(Duration grace) {
        Process current;
        synchronized (this) {
            stopped = true;
            current = process;
        }
        if (!current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }

    /** The end of the log, to show why a component did not come up. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }
}
