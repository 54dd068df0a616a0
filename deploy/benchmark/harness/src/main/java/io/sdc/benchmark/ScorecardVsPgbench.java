package io.sdc.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorecard: the demo contract's 2015-Q3 scorecard (performance-service) read by a closed loop of {@code
 * concurrency} connections for the load's duration, beside pgbench running the same four SQL statements
 * ({@code deploy/benchmark/scorecard.sql}) with the same number of connections against performance-service's database
 * for the same time; then an open loop at a fixed rate, its p99 latency measured from each request's intended send time.
 */
public final class ScorecardVsPgbench {

    static final String RATE = "Scorecard GET";
    static final String OPEN_LOOP = "Scorecard GET p99";
    private static final String PERIOD = "2015-Q3";
    private static final String PERIOD_END = "2015-09-30";
    private static final String PREVIOUS = "2015-Q2";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private ScorecardVsPgbench() {
    }

    public static List<Row> measure(Endpoints platform, Sizes sizes) throws Exception {
        String contract = platform.demo("CONTRACT");
        URI scorecard = platform.url("performance-service", "/api/v1/contracts/" + contract + "/scorecard?period=" + PERIOD);
        String token = platform.token("auditor");
        Http.expect(Http.get(scorecard, token), 200, "GET " + scorecard);
        HttpRequest request = Http.request(scorecard, token).GET().build();

        int concurrency = sizes.concurrency();
        Load.Outcome closed = Wrk.closedLoop(scorecard, token, concurrency, sizes.warmUp(), sizes.load(), platform.workDirectory());
        if (closed.failed() > 0) {
            throw new IllegalStateException(closed.failed() + " scorecard requests failed under load");
        }
        String rateName = RATE + " at " + concurrency + " connections, " + seconds(sizes) + " s";
        List<Row> rows = new ArrayList<>();
        Optional<Path> pgbench = pgbench();
        if (pgbench.isEmpty()) {
            rows.add(Row.of(rateName, "req/s", closed.perSecond(), null, "not measured: pgbench not found", ">= 0.5x", null));
        } else {
            double tps = pgbenchTps(platform, pgbench.get(), contract, sizes);
            double ratio = closed.perSecond() / tps;
            rows.add(Row.of(rateName, "req/s", closed.perSecond(), tps, "pgbench, the same SQL, tps", ">= 0.5x", ratio >= 0.5));
        }

        Load.Outcome open = Load.openLoop(() -> request, sizes.openLoopRate(), sizes.warmUp(), sizes.load());
        if (open.failed() > 0) {
            throw new IllegalStateException(open.failed() + " scorecard requests failed at " + sizes.openLoopRate() + " requests/s");
        }
        double p99 = open.latencies().percentileMillis(99);
        rows.add(Row.of(OPEN_LOOP + " at " + sizes.openLoopRate() + " req/s (open loop), " + seconds(sizes) + " s", "ms", p99,
                null, "", "< 20 ms", p99 < 20));
        return rows;
    }

    private static String seconds(Sizes sizes) {
        return Row.figure(sizes.load().toMillis() / 1000.0);
    }

    static Optional<Path> pgbench() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** pgbench with the service's statements, for the load's duration, at the same concurrency. */
    private static double pgbenchTps(Endpoints platform, Path pgbench, String contract, Sizes sizes) throws Exception {
        List<String> codes = indicatorCodes(platform, contract);
        Path template = platform.repositoryRoot().resolve("deploy/benchmark/scorecard.sql");
        StringBuilder codeVariables = new StringBuilder();
        for (int i = 1; i <= codes.size(); i++) {
            codeVariables.append(i == 1 ? "" : ", ").append(":code").append(i);
        }
        Path script = platform.workDirectory().resolve("scorecard.pgbench.sql");
        Files.writeString(script, Files.readString(template).replace(":codes", codeVariables));
        List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-h", "localhost", "-p",
                String.valueOf(platform.postgresPort()), "-U", "postgres", "-n", "-M", "prepared",
                "-c", String.valueOf(sizes.concurrency()), "-j", "2", "-T", String.valueOf(Math.max(1, sizes.load().toSeconds())),
                "-D", "contract=" + contract, "-D", "period_end=" + PERIOD_END, "-D", "period=" + PERIOD, "-D", "previous=" + PREVIOUS));
        for (int i = 1; i <= codes.size(); i++) {
            command.addAll(List.of("-D", "code" + i + "=" + codes.get(i - 1)));
        }
        command.addAll(List.of("-f", script.toString(), "performance"));
        Path log = platform.workDirectory().resolve("pgbench.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(sizes.load().toSeconds() + 120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish; see " + log);
        }
        String printed = Files.readString(log);
        Matcher tps = TPS.matcher(printed);
        if (process.exitValue() != 0 || !tps.find() || printed.toLowerCase(Locale.ROOT).contains("error")) {
            throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "): " + printed);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** The indicator codes of the basket in force at the period's end, which the service's third statement asks for. */
    private static List<String> indicatorCodes(Endpoints platform, String contract) throws Exception {
        try (Connection performance = platform.database("performance"); PreparedStatement statement = performance.prepareStatement("""
                select e.indicator_code from basket_version b join basket_entry e on e.basket_version_id = b.id
                 where b.contract_id = ?::uuid and b.effective_from <= ?::date
                   and (b.superseded_from is null or b.superseded_from > ?::date) order by e.indicator_code""")) {
            statement.setString(1, contract);
            statement.setString(2, PERIOD_END);
            statement.setString(3, PERIOD_END);
            List<String> codes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            if (codes.isEmpty()) {
                throw new IllegalStateException("No basket in force on " + PERIOD_END + " for the demo contract");
            }
            return codes;
        }
    }
}
