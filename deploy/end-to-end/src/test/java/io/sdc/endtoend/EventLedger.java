package io.sdc.endtoend;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the platform published from a moment on, read from both ends: the services' outbox tables (what they meant to
 * publish) and their topics (what the broker holds), each from where it stood when the ledger was opened; and the
 * consumer groups that read the topics (their members, what each is assigned, how far each has read).
 */
final class EventLedger implements AutoCloseable {

    /** The topic of each service that publishes, by its database. */
    static final Map<String, String> TOPICS = new TreeMap<>(Map.of(
            "contract", "contract.events", "performance", "performance.events", "finance", "finance.events",
            "report", "report.events"));

    /** An event: its id, type, subject (the contract id) and where it is (a table, or a topic and partition). */
    record Event(String id, String type, String subject, String place) {
    }

    private final RunningPlatform platform;
    private final Admin admin;
    private final Map<String, Long> outboxMarks = new HashMap<>();
    private final Map<TopicPartition, Long> topicMarks = new HashMap<>();

    private EventLedger(RunningPlatform platform) {
        this.platform = platform;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + platform.kafkaPort));
    }

    /** A ledger of what is published from now on. */
    static EventLedger openNow(RunningPlatform platform) throws Exception {
        EventLedger ledger = new EventLedger(platform);
        for (String database : TOPICS.keySet()) {
            ledger.outboxMarks.put(database, ledger.queryLong(database, "SELECT coalesce(max(sequence_number), 0) FROM event_outbox"));
        }
        ledger.topicMarks.putAll(ledger.endOffsets(TOPICS.values()));
        return ledger;
    }

    /** The events the services wrote to their outboxes since the ledger was opened, published or not. */
    List<Event> outbox() throws SQLException {
        List<Event> events = new ArrayList<>();
        for (String database : TOPICS.keySet()) {
            try (Connection connection = connect(database);
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT event_id, event_type, subject FROM event_outbox WHERE sequence_number > ? ORDER BY sequence_number")) {
                statement.setLong(1, outboxMarks.get(database));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        events.add(new Event(row.getString(1), row.getString(2), row.getString(3), database + " outbox"));
                    }
                }
            }
        }
        return events;
    }

    /** How many of the outbox's events since the ledger was opened are not published yet. */
    long unpublished() throws SQLException {
        long unpublished = 0;
        for (String database : TOPICS.keySet()) {
            unpublished += queryLong(database, "SELECT count(*) FROM event_outbox WHERE sequence_number > ? AND published_at IS NULL",
                    outboxMarks.get(database));
        }
        return unpublished;
    }

    /** Every record the topics received since the ledger was opened, as the CloudEvent it carries. */
    List<Event> onTopics() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(TOPICS.values());
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + platform.kafkaPort,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            consumer.assign(ends.keySet());
            ends.keySet().forEach(partition -> consumer.seek(partition, topicMarks.getOrDefault(partition, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read the topics to their ends " + ends + " within 30 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        JsonPath event = JsonPath.from(record.value());
                        events.add(new Event(event.getString("id"), event.getString("type"), event.getString("subject"),
                                record.topic() + "-" + record.partition()));
                    }
                }
            }
        }
        return events;
    }

    /** The partition of a topic a record keyed by {@code key} goes to: the producer's default partitioner's choice. */
    int partitionOf(String topic, String key) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The members of a consumer group, each (by member id) with the partitions it is assigned. */
    Map<String, Set<TopicPartition>> members(String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group);
        return description.members().stream().collect(Collectors.toMap(MemberDescription::consumerId,
                member -> member.assignment().topicPartitions(), (a, b) -> a, TreeMap::new));
    }

    /** All partitions of the topics. */
    Set<TopicPartition> partitions(Collection<String> topics) throws Exception {
        return endOffsets(topics).keySet();
    }

    /**
     * How far behind the end of each partition of {@code topics} the group's committed offsets are, for the
     * partitions where it is behind (none: the group has read everything).
     */
    Map<TopicPartition, Long> lag(String group, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> lag = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        endOffsets(topics).forEach((partition, end) -> {
            OffsetAndMetadata offset = committed.get(partition);
            long behind = end - (offset == null ? 0 : offset.offset());
            if (behind > 0) {
                lag.put(partition, behind);
            }
        });
        return lag;
    }

    /** How many rows a query counts in a database. */
    long queryLong(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The rows a query answers, each as its columns' text joined by " | ". */
    List<String> rows(String database, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        values.add(row.getString(column));
                    }
                    rows.add(String.join(" | ", values));
                }
            }
        }
        return rows;
    }

    /** How many times each key occurs, in key order. */
    static <T> Map<String, Long> countBy(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(platform.jdbcUrl(database), "postgres", null);
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
