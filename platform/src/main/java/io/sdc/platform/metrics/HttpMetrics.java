package io.sdc.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * How HTTP requests are measured ({@code http_server_requests_seconds}): by service, route template, method and status, with
 * histogram buckets so that Prometheus can compute p95 and p99 by route ({@code histogram_quantile}). The buckets are a
 * fixed, short list (service-level objectives), not Micrometer's 70-odd percentile buckets, so a scrape stays small.
 * A path that reached no route template keeps no identifier: a UUID in a {@code uri} tag is replaced by {@code {id}},
 * so one series never stands for one resource.
 */
@Singleton
public class HttpMetrics {

    public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** The upper bounds of the latency buckets. */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                double[] nanos = new double[BUCKETS.length];
                for (int i = 0; i < BUCKETS.length; i++) {
                    nanos[i] = TimeUnit.MILLISECONDS.toNanos(BUCKETS[i].toMillis());
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** The service's name as the {@code service} label, as the platform's own metrics carry it. */
    @Produces
    @Singleton
    MeterFilter serviceLabel() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().equals(HTTP_SERVER_REQUESTS) && id.getTag("service") == null
                        ? id.withTag(Tag.of("service", service)) : id;
            }
        };
    }

    @Produces
    @Singleton
    MeterFilter noIdentifiersInRoutes() {
        return MeterFilter.replaceTagValues("uri", HttpMetrics::withoutIdentifiers);
    }

    static String withoutIdentifiers(String uri) {
        return UUID.matcher(uri).replaceAll("{id}");
    }
}
