package io.sdc.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmark and the end-to-end tests do with the service processes they start beside a running platform:
 * find a free port, read how a running process was started and its environment (Linux: from /proc), and stop a
 * process.
 */
public final class Processes {

    private Processes() {
    }

    /** The command line, working directory and environment of a running process (Linux: read from /proc). */
    public record Launch(List<String> command, Path directory, Map<String, String> environment) {

        /** How {@code running} was started: to start another instance of it exactly so. */
        public static Launch of(ProcessHandle running) throws IOException {
            Path proc = Path.of("/proc", String.valueOf(running.pid()));
            List<String> command = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
            return new Launch(List.copyOf(command), Files.readSymbolicLink(proc.resolve("cwd")), Processes.environment(running));
        }

        /** The JVM options of the command: what stands between {@code java} and {@code -jar}. */
        public List<String> jvmOptions() {
            int jar = command.indexOf("-jar");
            return jar < 1 ? List.of() : command.subList(1, jar);
        }
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The environment of a running process, in the order it holds it (read from /proc/{pid}/environ). */
    public static Map<String, String> environment(ProcessHandle running) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(running.pid()), "environ"));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    /**
     * Stops a process: asks it to end (SIGTERM), waits up to 30 s for it to shut down cleanly, then kills it. Nothing
     * when it has ended already.
     */
    public static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
