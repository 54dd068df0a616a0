package io.sdc.benchmark;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    private final Machine machine = new Machine(2, 24105, "AMD EPYC", "OpenJDK 17", "1.00 0.50 0.25");

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (nanos.length - i) * 1_000_000L;
        }
        Latencies latencies = new Latencies(nanos);
        assertThat(latencies.count()).isEqualTo(200);
        assertThat(latencies.percentileMillis(50)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(198.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(200.0);
        assertThat(latencies.maxMillis()).isEqualTo(200.0);
        assertThat(new Latencies(new long[]{7_500_000L}).percentileMillis(99)).isEqualTo(7.5);
    }

    @Test
    void eachLineShowsOurFigureTheLimitTheRatioAndWhetherTheTargetIsMet() {
        Table table = new Table(ZonedDateTime.parse("2026-12-01T10:00:00Z"), machine, List.of(
                Row.of("Scorecard GET at 16 connections", "req/s", 1200, 3400.0, "pgbench", ">= 0.5x", false),
                Row.of("Approval -> inbox p99", "ms", 42.25, null, "", "<= 100 ms", true),
                Row.notMeasured("Ledger export import", ">= 0.5x", "ledger import not available")), List.of("A note."));

        String markdown = table.markdown();
        assertThat(markdown).contains("2026-12-01 10:00 Z", "2 cores, 24,105 MiB memory, AMD EPYC, OpenJDK 17")
                .contains("| Measurement | Ours | Limit (same run) | Ratio | Target | Met |")
                .contains("| Scorecard GET at 16 connections | 1,200 req/s | 3,400 req/s (pgbench) | 0.35x | >= 0.5x | no |")
                .contains("| Approval -> inbox p99 | 42.3 ms | - | - | <= 100 ms | yes |")
                .contains("| Ledger export import | not measured: ledger import not available | - | - | >= 0.5x | - |")
                .contains("- A note.");
        assertThat(table.text()).contains("Scorecard GET at 16 connections  1,200 req/s");
        assertThat(table.row("Ledger export import")).get().extracting(Row::ours).isNull();
    }
}
