package io.sdc.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rate of a GET under a closed loop, measured by wrk (Debian's {@code wrk} package) where it is installed: a C
 * client, as pgbench is, so that on a 2-core machine the client takes little of what the service is measured with
 * (the harness's own Java client takes about half of it, and halves the rate it can measure). Without wrk the
 * harness's own closed loop measures it, and the row says so.
 */
final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m)");
    private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static Optional<Path> find() {
        for (String candidate : List.of("/usr/bin/wrk", "/usr/local/bin/wrk")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** Which client measures closed-loop rates on this machine, as the rows name it. */
    static String client() {
        return find().isPresent() ? "wrk" : "java.net.http";
    }

    /**
     * GETs of {@code uri} (with the bearer token, if any) by {@code concurrency} connections: first for {@code warmUp},
     * not counted, then for {@code duration}; by wrk where installed, else by the harness's own closed loop.
     */
    static Load.Outcome closedLoop(URI uri, String token, int concurrency, Duration warmUp, Duration duration, Path workDirectory)
            throws Exception {
        Optional<Path> wrk = find();
        if (wrk.isEmpty()) {
            return Load.closedLoop(() -> Http.request(uri, token).GET().build(), concurrency, warmUp, duration);
        }
        if (!warmUp.isZero()) {
            run(wrk.get(), uri, token, concurrency, warmUp, workDirectory);
        }
        return run(wrk.get(), uri, token, concurrency, duration, workDirectory);
    }

    private static Load.Outcome run(Path wrk, URI uri, String token, int concurrency, Duration duration, Path workDirectory)
            throws Exception {
        long seconds = Math.max(1, duration.toSeconds());
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t", String.valueOf(Math.min(2, concurrency)),
                "-c", String.valueOf(concurrency), "-d", seconds + "s", "-H", "Accept: application/json"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(uri.toString());
        Path log = workDirectory.resolve("wrk.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish; see " + log);
        }
        return outcome(process.exitValue(), Files.readString(log));
    }

    /**
     * wrk's summary as an outcome: its requests less those not answered 2xx or 3xx, over the time it measured; failed
     * are those and the socket errors (connect, read, write, timeout).
     */
    static Load.Outcome outcome(int exitValue, String printed) {
        Matcher requests = REQUESTS.matcher(printed);
        if (exitValue != 0 || !requests.find()) {
            throw new IllegalStateException("wrk failed (exit " + exitValue + "): " + printed);
        }
        long total = Long.parseLong(requests.group(1));
        double seconds = Double.parseDouble(requests.group(2)) * switch (requests.group(3)) {
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "m" -> 60;
            default -> 1;
        };
        Matcher other = NOT_2XX.matcher(printed);
        long answeredOtherwise = other.find() ? Long.parseLong(other.group(1)) : 0;
        long failed = answeredOtherwise;
        Matcher errors = SOCKET_ERRORS.matcher(printed);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(errors.group(group));
            }
        }
        return new Load.Outcome(total - answeredOtherwise, failed, seconds, null);
    }
}
