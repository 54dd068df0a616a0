package io.sdc.localstack;

import java.nio.file.Path;
import java.util.List;

/** One of the platform's services as the local stack runs it: its module, database, topic and default port. */
public enum ServiceDefinition {

    CONTRACT("contract-service", "contract", "contract.events", 8081),
    PERFORMANCE("performance-service", "performance", "performance.events", 8082),
    FINANCE("finance-service", "finance", "finance.events", 8083),
    NOTIFICATION("notification-service", "notification", null, 8084),
    REPORT("report-service", "report", "report.events", 8085);

    private final String module;
    private final String database;
    private final String topic;
    private final int defaultPort;

    ServiceDefinition(String module, String database, String topic, int defaultPort) {
        this.module = module;
        this.database = database;
        this.topic = topic;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    /** The topic the service publishes its domain events to; the notification service publishes none. */
    public java.util.Optional<String> topic() {
        return java.util.Optional.ofNullable(topic);
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The option that overrides the HTTP port, e.g. {@code contract-port}. */
    public String portOption() {
        return database + "-port";
    }

    public Path runnableJar(Path home) {
        return home.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    public static List<String> topics() {
        return java.util.Arrays.stream(values()).flatMap(s -> s.topic().stream()).toList();
    }
}
