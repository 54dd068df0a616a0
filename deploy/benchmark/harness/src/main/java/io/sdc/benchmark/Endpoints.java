package io.sdc.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A running platform as the measurements see it: each service's HTTP port, the launcher's bearer token per role, the
 * demo contract's ids, the PostgreSQL server every service's database is on, the Kafka broker, the checkout whose
 * packaged applications run, a directory for the measurements' own files, and how to find the process of a service
 * (to start another instance of it exactly as the launcher started this one).
 */
public record Endpoints(Path repositoryRoot, Path workDirectory, int postgresPort, String kafkaBootstrap,
                        Map<String, Integer> servicePorts, Map<String, String> tokens, Map<String, String> demo,
                        Function<String, ProcessHandle> serviceProcess) {

    /** The services by module name, in the launcher's order. */
    public static final String[] SERVICES = {"contract-service", "performance-service", "finance-service",
            "notification-service", "report-service"};

    /** A platform the local-stack launcher runs, its tokens and demo ids read from its data directory's env files. */
    public static Endpoints of(Path repositoryRoot, Path dataDirectory, Path workDirectory, int postgresPort, int kafkaPort,
                               Map<String, Integer> servicePorts, Function<String, ProcessHandle> serviceProcess) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        environmentFile(dataDirectory.resolve("tokens.env")).forEach((name, value) -> {
            if (name.startsWith("TOKEN_")) {
                tokens.put(name.substring("TOKEN_".length()).toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        Files.createDirectories(workDirectory);
        return new Endpoints(repositoryRoot, workDirectory, postgresPort, "localhost:" + kafkaPort, Map.copyOf(servicePorts),
                tokens, environmentFile(dataDirectory.resolve("demo.env")), serviceProcess);
    }

    /** An address of a service, e.g. {@code url("contract-service", "/api/v1/contracts/...")}. */
    public URI url(String module, String path) {
        Integer port = servicePorts.get(module);
        if (port == null) {
            throw new IllegalArgumentException("No port for " + module + " among " + servicePorts.keySet());
        }
        return URI.create("http://localhost:" + port + path);
    }

    /** The launcher's token for a role, e.g. {@code commissioner} or {@code trust-performance}. */
    public String token(String role) {
        String token = tokens.get(role);
        if (token == null) {
            throw new IllegalArgumentException("No token for " + role + " among " + tokens.keySet());
        }
        return token;
    }

    public String demo(String name) {
        String value = demo.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No " + name + " in demo.env: the platform must be started with its demo data");
        }
        return value;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** A connection to one of the server's databases as its superuser (the launcher's embedded server trusts it). */
    public Connection database(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", null);
    }

    private static Map<String, String> environmentFile(Path file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("export ")) {
                int equals = line.indexOf('=');
                variables.put(line.substring("export ".length(), equals), line.substring(equals + 1));
            }
        }
        return variables;
    }
}
