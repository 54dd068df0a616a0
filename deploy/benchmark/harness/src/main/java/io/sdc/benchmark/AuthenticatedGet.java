package io.sdc.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A simple authenticated GET of ours, the demo contract by id from contract-service with a bearer token, beside the
 * reference service's unauthenticated GET of an item by id, at the same concurrency for the same time, in two rounds
 * taken in turn (ours, the reference's, ours, the reference's) so that the busy machine's moods fall on both.
 */
public final class AuthenticatedGet {

    static final String NAME = "Authenticated GET (contract by id)";
    private static final int ROUNDS = 2;

    private AuthenticatedGet() {
    }

    public static List<Row> measure(Endpoints platform, Sizes sizes, ReferenceService.Shared shared) throws Exception {
        String name = NAME + " at " + sizes.concurrency() + " connections";
        Optional<Path> jar = ReferenceService.jar(platform);
        if (jar.isEmpty()) {
            return List.of(Row.notMeasured(name, ">= 1.0x", "the reference service is not built (deploy/benchmark/reference-service)"));
        }
        URI ours = platform.url("contract-service", "/api/v1/contracts/" + platform.demo("CONTRACT"));
        String token = platform.token("auditor");
        Http.expect(Http.get(ours, token), 200, "GET " + ours);
        ServiceProcess reference = shared.started(platform, jar.get());
        reference.awaitReady();
        URI item = URI.create("http://localhost:" + reference.port + ReferenceService.ITEM);
        Http.expect(Http.get(item, null), 200, "GET " + item);
        long oursOk = 0;
        long referenceOk = 0;
        double oursSeconds = 0;
        double referenceSeconds = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Load.Outcome a = Wrk.closedLoop(ours, token, sizes.concurrency(), sizes.warmUp(), sizes.load(), platform.workDirectory());
            Load.Outcome b = Wrk.closedLoop(item, null, sizes.concurrency(), sizes.warmUp(), sizes.load(), platform.workDirectory());
            if (a.failed() > 0 || b.failed() > 0) {
                throw new IllegalStateException("GETs failed under load: ours " + a.failed() + ", the reference's " + b.failed());
            }
            oursOk += a.ok();
            oursSeconds += a.seconds();
            referenceOk += b.ok();
            referenceSeconds += b.seconds();
        }
        double oursRate = oursOk / oursSeconds;
        double referenceRate = referenceOk / referenceSeconds;
        return List.of(Row.of(name, "req/s", oursRate, referenceRate, "reference service, unauthenticated GET by id",
                ">= 1.0x", oursRate / referenceRate >= 1.0));
    }
}
