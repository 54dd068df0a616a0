package io.sdc.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yardstick: {@code deploy/benchmark/reference-service}, a Quarkus REST + Panache + PostgreSQL service of one
 * entity with an unauthenticated {@code GET /items/{id}}, started with the services' JVM options (those of the
 * running contract-service) against a database {@code reference} on the platform's PostgreSQL.
 */
final class ReferenceService {

    static final String ITEM = "/items/00000000-0000-0000-0000-000000000001";

    private ReferenceService() {
    }

    /** The packaged reference service, when it is built. */
    static Optional<Path> jar(Endpoints platform) {
        Path jar = platform.repositoryRoot().resolve("deploy/benchmark/reference-service/target/quarkus-app/quarkus-run.jar");
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** Starts it (its database made if missing) and answers it with its time to readiness. */
    static ServiceProcess start(Endpoints platform, Path jar) throws Exception {
        try (Connection postgres = platform.database("postgres"); Statement statement = postgres.createStatement()) {
            boolean exists;
            try (PreparedStatement query = postgres.prepareStatement("select 1 from pg_database where datname = 'reference'");
                 ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database reference");
            }
        }
        Processes.Launch contract = Processes.Launch.of(platform.serviceProcess().apply("contract-service"));
        List<String> command = new ArrayList<>();
        command.add(contract.command().get(0));
        command.addAll(contract.jvmOptions().stream().filter(option -> !option.startsWith("-XX:SharedArchiveFile")).toList());
        command.addAll(List.of("-jar", jar.toString()));
        int port = Processes.freePort();
        Map<String, String> environment = new java.util.LinkedHashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", platform.jdbcUrl("reference"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres"));
        Optional.ofNullable(contract.environment().get("JAVA_TOOL_OPTIONS")).ifPresent(value -> environment.put("JAVA_TOOL_OPTIONS", value));
        Optional.ofNullable(contract.environment().get("PATH")).ifPresent(value -> environment.put("PATH", value));
        return ServiceProcess.start("reference-service",
                new Processes.Launch(command, jar.getParent(), environment), Map.of(), port,
                platform.workDirectory().resolve("reference-service.log"));
    }

    /** The reference service as one benchmark run shares it: started once, by the first measurement that needs it. */
    static final class Shared implements AutoCloseable {

        private ServiceProcess process;

        /** The running reference service, started now (not yet ready) if it is not running yet. */
        ServiceProcess started(Endpoints platform, Path jar) throws Exception {
            if (process == null) {
                process = start(platform, jar);
            }
            return process;
        }

        @Override
        public void close() {
            if (process != null) {
                process.close();
                process = null;
            }
        }
    }
}
