package io.sdc.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.sdc.platform.metrics.ServiceMeters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures, in the background every {@code sdc.metrics.refresh}, how far the service's consumer group is behind on
 * each partition of the topics it subscribes to, and how many dead letters wait to be dealt with, and keeps the
 * results as gauges, so that a scrape of {@code /q/metrics} only reads numbers:
 * <ul>
 * <li>{@code sdc_kafka_consumer_lag_records{service, group, topic, partition}}: the partition's end offset less the
 * group's committed offset (less the partition's first offset while the group has committed none). It is read from
 * the broker, not from a consumer, so it keeps growing while no instance of the service consumes; every instance
 * reports the same group's lag, so aggregate it with {@code max}, not {@code sum}.</li>
 * <li>{@code sdc_dead_letters_open{service, topic}}: dead letters not yet replayed, per topic (0 for a subscribed
 * topic without any).</li>
 * </ul>
 * A measurement that fails (broker or database away) keeps the last values; the health checks report the outage.
 */
@ApplicationScoped
public class ConsumerMetrics {

    private static final Logger LOG = Logger.getLogger(ConsumerMetrics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    public static final String LAG = "sdc.kafka.consumer.lag.records";
    public static final String OPEN_DEAD_LETTERS = "sdc.dead.letters.open";

    @Inject
    EventBackboneMonitor monitor;

    @Inject
    ServiceMeters meters;

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    private MultiGauge lag;
    private MultiGauge openDeadLetters;

    void register(@Observes StartupEvent startup) {
        if (topics().isEmpty()) {
            return;
        }
        MeterRegistry registry = meters.registry();
        lag = MultiGauge.builder(LAG).description("Records of a partition the service's consumer group has not yet processed")
                .register(registry);
        openDeadLetters = MultiGauge.builder(OPEN_DEAD_LETTERS).description("Dead letters not yet replayed, by topic")
                .register(registry);
    }

    @Scheduled(every = "${sdc.metrics.refresh:PT15S}", delayed = "${sdc.metrics.refresh:PT15S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (lag == null) {
            return;
        }
        try {
            Map<TopicPartition, Long> behind = consumerLag();
            lag.register(behind.entrySet().stream().map(partition -> MultiGauge.Row.of(meters.tags(
                    "group", group(), "topic", partition.getKey().topic(),
                    "partition", Integer.toString(partition.getKey().partition())), partition.getValue())).toList(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debugf("Consumer lag not measured: %s", EventProcessor.describe(e));
        }
        try {
            Map<String, Long> open = openDeadLetters();
            openDeadLetters.register(open.entrySet().stream().map(topic -> MultiGauge.Row.of(
                    meters.tags("topic", topic.getKey()), topic.getValue())).toList(), true);
        } catch (RuntimeException e) {
            LOG.debugf("Open dead letters not counted: %s", EventProcessor.describe(e));
        }
    }

    /** For each partition of the subscribed topics, how many records the group has not processed. */
    Map<TopicPartition, Long> consumerLag() throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group())
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, TopicDescription> described = admin().describeTopics(topics()).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        described.values().forEach(topic -> topic.partitions()
                .forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        List<TopicPartition> uncommitted = partitions.stream()
                .filter(partition -> committed.get(partition) == null).toList();
        Map<TopicPartition, Long> starts = uncommitted.isEmpty() ? Map.of() : offsets(uncommitted, OffsetSpec.earliest());
        Map<TopicPartition, Long> behind = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long from = offset != null ? offset.offset() : starts.getOrDefault(partition, 0L);
            behind.put(partition, Math.max(0, ends.getOrDefault(partition, from) - from));
        }
        return behind;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin()
                .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** Open dead letters per topic, with 0 for each subscribed topic that has none. */
    Map<String, Long> openDeadLetters() {
        Map<String, Long> open = new TreeMap<>();
        topics().forEach(topic -> open.put(topic, 0L));
        List<?> rows = QuarkusTransaction.requiringNew().timeout(10).call(() -> entityManager.createNativeQuery(
                "SELECT topic, count(*) FROM dead_letter WHERE replayed_at IS NULL GROUP BY topic").getResultList());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            open.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return open;
    }

    private List<String> topics() {
        return config.subscriptions().orElse(List.of());
    }

    private String group() {
        return config.consumerGroup();
    }

    private Admin admin() {
        return monitor.admin();
    }
}
