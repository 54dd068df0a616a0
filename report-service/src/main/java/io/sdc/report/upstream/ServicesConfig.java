package io.sdc.report.upstream;

import io.smallrye.config.ConfigMapping;

import java.net.URI;

/** Where the other services' public APIs are: the report is assembled from their answers, never their databases. */
@ConfigMapping(prefix = "sdc.report.services")
public interface ServicesConfig {

    URI contract();

    URI performance();

    URI finance();

    URI notification();

    default URI base(UpstreamService service) {
        return switch (service) {
            case CONTRACT -> contract();
            case PERFORMANCE -> performance();
            case FINANCE -> finance();
            case NOTIFICATION -> notification();
        };
    }
}
