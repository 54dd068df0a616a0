package io.sdc.localstack;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local stack's promise that a second start finds the data of the first, and that what PostgreSQL committed
 * survives a crash (no fsync=off or equivalent), checked on the real servers.
 */
class RealServersKeepTheirDataTest {

    @Test
    void postgresFindsItsDatabasesAfterARestart(@TempDir Path data) throws Exception {
        String url;
        try (PostgresServer postgres = LocalStack.embeddedPostgres(data.resolve("pg"), 0, data.resolve("pg.log"))) {
            assertThat(postgres.ensureDatabase("contract")).isTrue();
            assertThat(postgres.ensureDatabase("contract")).isFalse();
            url = postgres.jdbcUrl("contract");
            try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, null);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE contract_note (reference TEXT PRIMARY KEY)");
                statement.execute("INSERT INTO contract_note VALUES ('SDC-2014-001')");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.SUPERUSER, null).close())
                .as("the server is really stopped").isInstanceOf(java.sql.SQLException.class);

        try (PostgresServer postgres = LocalStack.embeddedPostgres(data.resolve("pg"), 0, data.resolve("pg.log"))) {
            assertThat(postgres.ensureDatabase("contract")).isFalse();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("contract"), PostgresServer.SUPERUSER, null);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT reference FROM contract_note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("SDC-2014-001");
            }
        }
    }

    @Test
    void theLocalStacksPostgresCommitsDurably(@TempDir Path data) throws Exception {
        try (PostgresServer postgres = LocalStack.embeddedPostgres(data.resolve("pg"), 0, data.resolve("pg.log"))) {
            assertThat(settings(postgres.jdbcUrl("postgres"))).containsExactly(
                    Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"), Map.entry("full_page_writes", "on"));
        }
    }

    @Test
    void theTestsPostgresMayTradeDurabilityForSpeed(@TempDir Path data) throws Exception {
        try (PostgresServer postgres = PostgresServer.start(data.resolve("pg"), 0, Optional.of(data.resolve("pg.log")), false,
                PostgresServer.Durability.DISPOSABLE)) {
            assertThat(settings(postgres.jdbcUrl("postgres"))).containsEntry("fsync", "off");
        }
    }

    private static Map<String, String> settings(String url) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, null);
             Statement statement = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    assertThat(row.next()).isTrue();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return settings;
    }

    @Test
    void kafkaKeepsItsRecordsAcrossAStopAndStart(@TempDir Path data) throws Exception {
        try (KafkaServer kafka = KafkaServer.start(data.resolve("kafka"), 0, 0)) {
            kafka.ensureTopics(List.of("contract.events"), 3);
            String key = UUID.randomUUID().toString();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("contract.events", key, "before restart")).get(30, TimeUnit.SECONDS);
            }

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(Ports.isFree(kafka.port())).as("the broker's port is released").isTrue();
            kafka.start();

            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "group.id", "restart-check-" + UUID.randomUUID(),
                    "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("contract.events"));
                String found = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (found == null && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    for (var record : records) {
                        if (key.equals(record.key())) {
                            found = record.value();
                        }
                    }
                }
                assertThat(found).isEqualTo("before restart");
            }
        }
    }
}
