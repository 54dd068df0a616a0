package io.sdc.portal.api;

/** A service could not be reached (refused, timed out): the portal says so on a page, never with a stack trace. */
public class ServiceUnavailable extends RuntimeException {

    private final Service service;

    public ServiceUnavailable(Service service, Throwable cause) {
        super("The " + service.name().toLowerCase(java.util.Locale.ROOT) + " service cannot be reached", cause);
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
