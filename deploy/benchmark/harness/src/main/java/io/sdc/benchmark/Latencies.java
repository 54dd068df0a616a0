package io.sdc.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds, and their percentiles (nearest rank) in milliseconds. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalStateException("No latency was measured");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The {@code p}-th percentile (0 to 100) in milliseconds: the smallest value at least p% of the values are at or under. */
    double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }
}
