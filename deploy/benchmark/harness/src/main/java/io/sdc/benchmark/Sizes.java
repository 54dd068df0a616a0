package io.sdc.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How much each measurement does: the full run's sizes are the (200 approvals, a 100,000-row ledger, 16
 * connections); the smoke run's are tiny, so that the end-to-end tests exercise the same code in seconds.
 *
 * @param approvals          change requests approved one at a time, each timed to its inbox notification
 * @param approvalGap        the pause after one approval's notification before the next approval
 * @param kafkaMessages      messages Kafka's own end-to-end latency tool sends, one at a time
 * @param ledgerRows         rows of the generated ledger export
 * @param concurrency        connections of the closed-loop loads (the scorecard, the GETs) and of pgbench
 * @param warmUp             load before each measured load, not counted
 * @param load               how long each measured load runs
 * @param openLoopRate       requests a second of the open-loop scorecard load
 * @param idle               how long a started service idles before its RSS is read
 * @param services           the services whose start and footprint are measured (each started once more)
 */
public record Sizes(int approvals, Duration approvalGap, int kafkaMessages, int ledgerRows, int concurrency,
                    Duration warmUp, Duration load, int openLoopRate, Duration idle, List<String> services) {

    public static Sizes full() {
        return new Sizes(200, Duration.ofMillis(100), 2000, 100_000, 16, Duration.ofSeconds(5), Duration.ofSeconds(20), 200,
                Duration.ofSeconds(10), List.of(Endpoints.SERVICES));
    }

    public static Sizes smoke() {
        return new Sizes(3, Duration.ofMillis(50), 20, 500, 4, Duration.ofMillis(200), Duration.ofSeconds(1), 20,
                Duration.ofMillis(200), List.of("contract-service"));
    }

    public Sizes withApprovals(int count) {
        return new Sizes(count, approvalGap, kafkaMessages, ledgerRows, concurrency, warmUp, load, openLoopRate, idle, services);
    }

    public Sizes withLoad(Duration seconds) {
        return new Sizes(approvals, approvalGap, kafkaMessages, ledgerRows, concurrency, warmUp, seconds, openLoopRate, idle, services);
    }

    public Sizes withLedgerRows(int rows) {
        return new Sizes(approvals, approvalGap, kafkaMessages, rows, concurrency, warmUp, load, openLoopRate, idle, services);
    }
}
