package io.sdc.platform.metrics;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP request timers get latency buckets and the service's name, and keep no resource's id in their route. */
class HttpMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    HttpMetricsTest() {
        HttpMetrics metrics = new HttpMetrics();
        metrics.service = "finance-service";
        registry.config().meterFilter(metrics.serviceLabel()).meterFilter(metrics.noIdentifiersInRoutes())
                .meterFilter(metrics.latencyBuckets());
    }

    @Test
    void requestTimersHaveTheLatencyBucketsAndTheServiceOthersNeither() {
        Timer requests = Timer.builder(HttpMetrics.HTTP_SERVER_REQUESTS).tag("uri", "/api/v1/budgets/{id}").register(registry);
        requests.record(Duration.ofMillis(30));
        assertThat(requests.getId().getTag("service")).isEqualTo("finance-service");
        assertThat(Arrays.stream(requests.takeSnapshot().histogramCounts()).map(CountAtBucket::bucket).toList())
                .as("5 ms to 10 s, in nanoseconds").hasSize(HttpMetrics.BUCKETS.length)
                .startsWith(5_000_000.0).endsWith(10_000_000_000.0);
        assertThat(Arrays.stream(requests.takeSnapshot().histogramCounts())
                .filter(bucket -> bucket.bucket() == 50_000_000.0).findFirst().orElseThrow().count()).isEqualTo(1);

        Timer other = Timer.builder("sdc.other").register(registry);
        assertThat(other.getId().getTag("service")).isNull();
        assertThat(other.takeSnapshot().histogramCounts()).isEmpty();
    }

    @Test
    void anIdInARouteBecomesAPlaceholder() {
        Timer raw = Timer.builder(HttpMetrics.HTTP_SERVER_REQUESTS)
                .tag("uri", "/api/v1/budgets/0b6f2f6e-8a43-4e1e-9a7c-2f4d7f0b9d11/lines/5A0C1D2E-3F40-4152-8364-758697A8B9C0")
                .register(registry);
        assertThat(raw.getId().getTag("uri")).isEqualTo("/api/v1/budgets/{id}/lines/{id}");
        assertThat(HttpMetrics.withoutIdentifiers("/q/metrics")).isEqualTo("/q/metrics");
    }
}
