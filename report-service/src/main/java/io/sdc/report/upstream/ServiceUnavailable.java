package io.sdc.report.upstream;

/** A service a report reads cannot be reached or failed: the report cannot be made now (503 naming the service). */
public class ServiceUnavailable extends RuntimeException {

    private final UpstreamService service;

    public ServiceUnavailable(UpstreamService service, String why, Throwable cause) {
        super("The " + service.key() + " service is unavailable (" + why + "): the report cannot be made now; try again later", cause);
        this.service = service;
    }

    public UpstreamService service() {
        return service;
    }
}
