package io.sdc.finance.monitoring.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.sdc.platform.metrics.ServiceMeters;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Measures each monitoring return import: how long it took, as {@code sdc_monitoring_return_import_seconds} (a
 * histogram, so p95 can be computed), and how many rows the imported file had, as
 * {@code sdc_monitoring_return_import_rows}; both labelled {@code service}, {@code format} ({@code csv},
 * {@code xlsx}, {@code ledger}: a ledger counts its file's rows, not the budget lines they add up to) and
 * {@code outcome}: {@code imported}, {@code unchanged} (the same file again), {@code refused} (the file or the request
 * was refused with a problem, e.g. its faults, nothing applied) or {@code failed} (an unexpected error). Rows are
 * counted for an imported or unchanged file only.
 */
@ApplicationScoped
public class ImportMetrics {

    public static final String DURATION = "sdc.monitoring.return.import";
    public static final String ROWS = "sdc.monitoring.return.import.rows";

    @Inject
    ServiceMeters meters;

    /** Runs the import, timing it and counting its rows under the outcome it had. */
    MonitoringReturnService.Imported measure(ReturnSource source, Supplier<MonitoringReturnService.Imported> work) {
        String format = source.format().toLowerCase(java.util.Locale.ROOT);
        Timer.Sample sample = Timer.start(meters.registry());
        String outcome = "failed";
        try {
            MonitoringReturnService.Imported imported = work.get();
            outcome = imported.alreadyApplied() ? "unchanged" : "imported";
            DistributionSummary.builder(ROWS).description("Rows of the monitoring return files imported").baseUnit("rows")
                    .tags(meters.tags("format", format, "outcome", outcome))
                    .register(meters.registry()).record(source.rows(imported.monitoringReturn()));
            return imported;
        } catch (ProblemException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            sample.stop(Timer.builder(DURATION).description("Time taken to import a monitoring return file")
                    .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
                            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(300))
                    .tags(meters.tags("format", format, "outcome", outcome))
                    .register(meters.registry()));
        }
    }
}
