package io.sdc.endtoend;

/**
 * The services' ports as the README names them (8081 to 8085). A test calls a service by its README port; the
 * platform it started maps that to the port the service really listens on ({@link RunningPlatform#as}).
 */
final class ReadmePorts {

    static final int CONTRACTS = 8081;
    static final int PERFORMANCE = 8082;
    static final int FINANCE = 8083;
    static final int NOTIFICATIONS = 8084;
    static final int REPORTS = 8085;

    private ReadmePorts() {
    }
}
