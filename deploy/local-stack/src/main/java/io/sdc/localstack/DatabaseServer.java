package io.sdc.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** The PostgreSQL server the services' databases live on: the embedded one, or one named by configuration. */
interface DatabaseServer extends AutoCloseable {

    String jdbcUrl(String database);

    String user();

    Optional<String> password();

    void ensureDatabase(String database) throws SQLException;

    @Override
    void close() throws Exception;

    static DatabaseServer embedded(PostgresServer postgres) {
        return new DatabaseServer() {
            @Override
            public String jdbcUrl(String database) {
                return postgres.jdbcUrl(database);
            }

            @Override
            public String user() {
                return PostgresServer.SUPERUSER;
            }

            @Override
            public Optional<String> password() {
                return Optional.empty();
            }

            @Override
            public void ensureDatabase(String database) throws SQLException {
                postgres.ensureDatabase(database);
            }

            @Override
            public void close() throws Exception {
                postgres.close();
            }
        };
    }

    /** A server that someone else runs; {@code baseUrl} is like {@code jdbc:postgresql://host:5432/}. */
    static DatabaseServer external(String baseUrl, String user, Optional<String> password) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new DatabaseServer() {
            @Override
            public String jdbcUrl(String database) {
                return base + database;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public Optional<String> password() {
                return password;
            }

            @Override
            public void ensureDatabase(String database) throws SQLException {
                try (Connection connection = DriverManager.getConnection(base + "postgres", user, password.orElse(null))) {
                    PostgresServer.createDatabaseIfMissing(connection, database);
                }
            }

            @Override
            public void close() {
                // not ours to stop
            }
        };
    }
}
