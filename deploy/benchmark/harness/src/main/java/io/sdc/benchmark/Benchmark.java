package io.sdc.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: starts the platform on its own ports and data directory, runs each measurement beside its limit in
 * the same run, prints the table and writes it as Markdown. {@link #measureAll} runs the same measurements against
 * any running platform, as the end-to-end tests do with tiny sizes.
 *
 * <p>Options: {@code --home=<checkout>} (default: the working directory), {@code --dir=<directory>} (default
 * {@code <home>/.benchmark}), {@code --approvals=200}, {@code --seconds=20} (each load's duration),
 * {@code --ledger-rows=100000}, {@code --only=scorecard,get} (which measurements, by the names in {@link #NAMES}; default
 * all).
 */
public final class Benchmark {

    /**
     * One measurement: its short name for {@code --only}, what it is called in the table when it fails outright, and
     * how it is made.
     */
    private record Measurement(String option, String name, String target, Measure measure) {
    }

    @FunctionalInterface
    private interface Measure {
        List<Row> rows(Endpoints platform, Sizes sizes, ReferenceService.Shared reference) throws Exception;
    }

    /** In this order: the reference service the start measurement starts serves the authenticated GET's comparison. */
    private static final List<Measurement> MEASUREMENTS = List.of(
            new Measurement("approval", ApprovalToInbox.P99, "<= 100 ms",
                    (platform, sizes, reference) -> ApprovalToInbox.measure(platform, sizes)),
            new Measurement("scorecard", ScorecardVsPgbench.RATE, ">= 0.5x",
                    (platform, sizes, reference) -> ScorecardVsPgbench.measure(platform, sizes)),
            new Measurement("ledger", LedgerImport.NAME, ">= 0.5x", (platform, sizes, reference) -> LedgerImport.measure(platform, sizes)),
            new Measurement("start", StartAndFootprint.START, "< 2,000 ms, < 150 MiB", StartAndFootprint::measure),
            new Measurement("get", AuthenticatedGet.NAME, ">= 1.0x", AuthenticatedGet::measure));

    /** The measurements' short names, in the order they run: what {@code --only} takes. */
    public static final List<String> NAMES = MEASUREMENTS.stream().map(Measurement::option).toList();

    private Benchmark() {
    }

    /**
     * Runs every measurement against a running platform, one after another; a measurement that fails is a line saying
     * so ("not measured: ...") and the others still run.
     */
    public static Table measureAll(Endpoints platform, Sizes sizes) {
        return measure(platform, sizes, NAMES);
    }

    /** As {@link #measureAll}, only the measurements named (by {@link #NAMES}), in their usual order. */
    public static Table measure(Endpoints platform, Sizes sizes, List<String> only) {
        List<String> unknown = only.stream().filter(name -> !NAMES.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No measurement " + unknown + "; the measurements are " + NAMES);
        }
        Machine machine = Machine.here();
        ZonedDateTime date = ZonedDateTime.now();
        List<Row> rows = new ArrayList<>();
        try (ReferenceService.Shared reference = new ReferenceService.Shared()) {
            for (Measurement measurement : MEASUREMENTS.stream().filter(measurement -> only.contains(measurement.option())).toList()) {
                System.out.println("Measuring: " + measurement.name() + " (load average " + Machine.loadNow() + ")");
                try {
                    rows.addAll(measurement.measure().rows(platform, sizes, reference));
                } catch (Exception | AssertionError e) {
                    e.printStackTrace();
                    rows.add(Row.notMeasured(measurement.name(), measurement.target(), "failed: " + e));
                }
            }
        }
        List<String> notes = List.of(
                "Approval -> inbox: from the approval event's time in contract-service's outbox to the commissioner's inbox "
                        + "delivery time in notification-service, both read from the same PostgreSQL; the limit is Kafka's "
                        + "EndToEndLatency (acks=all, 1 KiB) against the same broker (whole milliseconds).",
                "Scorecard and authenticated GET: closed loops by " + (Wrk.find().isPresent() ? "wrk (a C client, as pgbench is)"
                        : "the harness's own java.net.http client (wrk not found: it takes about half of the 2 cores)")
                        + "; the scorecard against pgbench -M prepared of deploy/benchmark/scorecard.sql with the same connections; "
                        + "p99 from each request's intended send time (open loop of our own, no coordinated omission).",
                "Start: process start to the first 200 on /q/health/ready (asked every 10 ms), with the launcher's own command "
                        + "line; RSS: VmRSS after idling. Load average at the end " + Machine.loadNow() + ".");
        return new Table(date, machine, rows, notes);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                System.err.println("Options look like --name=value (--home, --dir, --approvals, --seconds, --ledger-rows, --only); not: " + arg);
                System.exit(2);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path directory = Path.of(options.getOrDefault("dir", home.resolve(".benchmark").toString())).toAbsolutePath().normalize();
        Sizes sizes = Sizes.full()
                .withApprovals(Integer.parseInt(options.getOrDefault("approvals", "200")))
                .withLoad(Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20"))))
                .withLedgerRows(Integer.parseInt(options.getOrDefault("ledger-rows", "100000")));
        List<String> only = List.of(options.getOrDefault("only", String.join(",", NAMES)).split(","));
        if (!NAMES.containsAll(only)) {
            System.err.println("--only takes a comma list of " + NAMES + "; not: " + options.get("only"));
            System.exit(2);
        }
        Files.createDirectories(directory);
        System.out.println("Starting the platform in " + directory.resolve("stack") + " (a minute or two)...");
        Table table;
        try (BenchmarkPlatform platform = new BenchmarkPlatform(home, directory)) {
            Endpoints endpoints = platform.start(directory.resolve("work"));
            table = measure(endpoints, sizes, only);
        }
        System.out.println();
        System.out.println(table.text());
        Path markdown = directory.resolve("benchmark.md");
        Files.writeString(markdown, table.markdown());
        System.out.println("The table in Markdown: " + markdown);
    }
}
