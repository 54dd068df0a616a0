package io.sdc.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings. Each one is given as {@code --name=value} on the command line or as the environment
 * variable {@code SDC_NAME} (upper case, dashes as underscores); the command line wins.
 */
public final class LocalStackOptions {

    static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("home", "the repository checkout holding the built services (default: found from the launcher)");
        DESCRIPTIONS.put("data-dir", "where PostgreSQL and Kafka keep their data and every component its log (default: <home>/.local-stack)");
        DESCRIPTIONS.put("postgres-port", "port of the embedded PostgreSQL (default 15432)");
        DESCRIPTIONS.put("postgres-url", "use this PostgreSQL server instead of the embedded one, e.g. jdbc:postgresql://db.example:5432/");
        DESCRIPTIONS.put("postgres-user", "user for --postgres-url (default postgres)");
        DESCRIPTIONS.put("postgres-password", "password for --postgres-url");
        DESCRIPTIONS.put("kafka-port", "client port of the Kafka broker (default 19092)");
        DESCRIPTIONS.put("kafka-controller-port", "KRaft controller port of the Kafka broker (default 19093)");
        DESCRIPTIONS.put("smtp-port", "port of the local SMTP server that keeps the notification service's email (default 11025)");
        DESCRIPTIONS.put("portal-port", "HTTP port of the portal, the web front end (default 8080)");
        DESCRIPTIONS.put("portal-origins", "comma-separated browser origins allowed to call the APIs (default http://localhost:3000)");
        DESCRIPTIONS.put("demo-data", "true or false: load the seeds' contract through the APIs when it is not there yet (default true)");
        for (ServiceDefinition service : ServiceDefinition.values()) {
            DESCRIPTIONS.put(service.portOption(), "HTTP port of " + service.module() + " (default " + service.defaultPort() + ")");
        }
    }

    private final Map<String, String> values;

    private LocalStackOptions(Map<String, String> values) {
        this.values = values;
    }

    public static LocalStackOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        for (String name : DESCRIPTIONS.keySet()) {
            String fromEnvironment = environment.get("SDC_" + name.toUpperCase().replace('-', '_'));
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(name, fromEnvironment);
            }
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                values.put("help", "true");
                continue;
            }
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Options look like --name=value; not understood: " + arg);
            }
            String name = arg.substring(2, equals);
            if (!DESCRIPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
            values.put(name, arg.substring(equals + 1));
        }
        return new LocalStackOptions(values);
    }

    public boolean help() {
        return values.containsKey("help");
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("Options (or environment variables SDC_<NAME>):\n");
        DESCRIPTIONS.forEach((name, description) ->
                text.append(String.format("  --%-24s %s%n", name + "=...", description)));
        return text.toString();
    }

    public Path home(Path fallback) {
        return Optional.ofNullable(values.get("home")).map(Path::of).orElse(fallback).toAbsolutePath().normalize();
    }

    public Path dataDirectory(Path home) {
        return Optional.ofNullable(values.get("data-dir")).map(Path::of).orElse(home.resolve(".local-stack"))
                .toAbsolutePath().normalize();
    }

    public Optional<String> externalPostgresUrl() {
        return Optional.ofNullable(values.get("postgres-url"));
    }

    public String postgresUser() {
        return values.getOrDefault("postgres-user", PostgresServer.SUPERUSER);
    }

    public Optional<String> postgresPassword() {
        return Optional.ofNullable(values.get("postgres-password"));
    }

    public int postgresPort() {
        return port("postgres-port", 15432);
    }

    public int kafkaPort() {
        return port("kafka-port", 19092);
    }

    public int smtpPort() {
        return port("smtp-port", 11025);
    }

    public int kafkaControllerPort() {
        return port("kafka-controller-port", 19093);
    }

    public int httpPort(ServiceDefinition service) {
        return port(service.portOption(), service.defaultPort());
    }

    public int portalPort() {
        return port("portal-port", 8080);
    }

    public String portalOrigins() {
        return values.getOrDefault("portal-origins", "http://localhost:3000");
    }

    /** Whether to load the demo contract when it is not there yet. */
    public boolean demoData() {
        String value = values.getOrDefault("demo-data", "true").trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("--demo-data must be true or false, not '" + value + "'");
    }

    private int port(String name, int defaultPort) {
        String value = values.get(name);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }
}
