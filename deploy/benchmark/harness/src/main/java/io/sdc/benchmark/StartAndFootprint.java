package io.sdc.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each service's start and footprint: another instance of each of the five services, started one at a time exactly as
 * the launcher started the running one (same JVM options, database and broker) on a port of its own, timed from
 * process start to its first 200 on readiness; its VmRSS read after it idled. Beside it, the reference service
 * started and read the same way, when it is built.
 */
public final class StartAndFootprint {

    static final String START = "Start to ready";
    static final String RSS = "Idle RSS";

    private StartAndFootprint() {
    }

    record Figures(double startMillis, double residentMiB) {
    }

    /**
     * Measures the reference service first, when it is built, and leaves it running in {@code shared} for the
     * measurements after this one; then each service of the sizes, one at a time.
     */
    public static List<Row> measure(Endpoints platform, Sizes sizes, ReferenceService.Shared shared) throws Exception {
        Optional<Figures> reference = Optional.empty();
        Optional<Path> referenceJar = ReferenceService.jar(platform);
        if (referenceJar.isPresent()) {
            ServiceProcess process = shared.started(platform, referenceJar.get());
            reference = Optional.of(figures(process, sizes));
        }
        String referenceName = reference.isPresent() ? "reference service" : "";
        List<Row> rows = new ArrayList<>();
        for (String module : sizes.services()) {
            Processes.Launch launch = Processes.Launch.of(platform.serviceProcess().apply(module));
            int port = Processes.freePort();
            Figures ours;
            try (ServiceProcess process = ServiceProcess.start(module, launch, Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)), port,
                    platform.workDirectory().resolve(module + "-benchmark-instance.log"))) {
                ours = figures(process, sizes);
            }
            rows.add(Row.of(START + ", " + module, "ms", ours.startMillis(), reference.map(Figures::startMillis).orElse(null),
                    referenceName, "< 2,000 ms", ours.startMillis() < 2000));
            rows.add(Row.of(RSS + " after " + Row.figure(sizes.idle().toMillis() / 1000.0) + " s, " + module, "MiB",
                    ours.residentMiB(), reference.map(Figures::residentMiB).orElse(null), referenceName, "< 150 MiB",
                    ours.residentMiB() < 150));
        }
        return rows;
    }

    private static Figures figures(ServiceProcess process, Sizes sizes) throws Exception {
        Duration ready = process.awaitReady();
        Thread.sleep(sizes.idle().toMillis());
        return new Figures(ready.toNanos() / 1e6, process.residentMiB());
    }
}
