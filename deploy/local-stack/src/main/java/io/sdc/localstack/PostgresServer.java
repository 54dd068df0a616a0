package io.sdc.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server run from the embedded binaries, with its data in a directory of our choosing.
 * <p>
 * With a persistent data directory a second start finds the databases of the first; with a fresh one every
 * start is clean (the tests' case).
 * <p>
 * The embedded binaries' launcher starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}
 * unless told otherwise: fine for throwaway test data, but a crash of the machine could then lose or corrupt
 * committed data. A {@link Durability#DURABLE} server (the local stack's) turns fsync, synchronous commit and full
 * page writes back on; only {@link Durability#DISPOSABLE} servers (the tests') keep the faster settings.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    /** Whether a committed transaction must survive a crash of the machine. */
    public enum Durability {
        /** fsync, synchronous commit and full page writes on: PostgreSQL's own defaults. */
        DURABLE,
        /** fsync and synchronous commit off, for data that is thrown away (tests). */
        DISPOSABLE
    }

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory where the cluster lives; initialised on first use, reused afterwards
     * @param port          the port to listen on, or 0 for any free port
     * @param logFile       where the server writes its log, or empty to inherit this process's output
     * @param keepData      whether the data directory survives {@link #close()}
     * @param durability    whether committed data must survive a crash of the machine
     */
    public static PostgresServer start(Path dataDirectory, int port, Optional<Path> logFile, boolean keepData,
                                       Durability durability) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setPort(port == 0 ? Ports.freePort() : port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        if (durability == Durability.DURABLE) {
            // Given after the launcher's -F on the postgres command line, so these win.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
        }
        if (logFile.isPresent()) {
            Files.createDirectories(logFile.get().getParent());
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.get().toFile());
            builder.setOutputRedirector(toLog).setErrorRedirector(toLog);
        }
        return new PostgresServer(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns whether it was created. */
    public boolean ensureDatabase(String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return createDatabaseIfMissing(connection, database);
        }
    }

    /** Creates {@code database} through a connection to any database of the server, unless it exists. */
    static boolean createDatabaseIfMissing(Connection connection, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
