package io.sdc.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sdc.localstack.KafkaServer;
import io.sdc.localstack.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s and points the service
 * at them: no Docker, no Dev Services, no mocks.
 * <p>
 * The {@code database} argument names the service's own database, created empty. Tests reach the servers
 * themselves through fields annotated {@link InjectPostgres} and {@link InjectKafka}, for instance to take the
 * broker away and bring it back.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database = "service";
    private Path workDirectory;
    private PostgresServer postgres;
    private KafkaServer kafka;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        try {
            workDirectory = Files.createTempDirectory("sdc-test-infrastructure-");
            postgres = PostgresServer.start(workDirectory.resolve("postgres"), 0,
                    Optional.of(Path.of("target", "postgres-test.log")), false,
                    PostgresServer.Durability.DISPOSABLE);
            postgres.ensureDatabase(database);
            kafka = KafkaServer.start(workDirectory.resolve("kafka"), 0, 0);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Could not start the real PostgreSQL and Kafka for the tests", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.SUPERUSER);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.log.category.\"kafka\".level", "WARN");
        config.put("quarkus.log.category.\"org.apache.kafka\".level", "WARN");
        config.put("quarkus.log.category.\"state.change.logger\".level", "WARN");
        config.put("quarkus.log.category.\"io.zonky\".level", "WARN");
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(postgres,
                new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, PostgresServer.class));
        testInjector.injectIntoFields(kafka,
                new TestInjector.AnnotatedAndMatchesType(InjectKafka.class, KafkaServer.class));
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            if (workDirectory != null) {
                deleteRecursively(workDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            kafka = null;
            postgres = null;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
