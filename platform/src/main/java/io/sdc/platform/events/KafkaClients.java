package io.sdc.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Kafka clients built from the service's {@code kafka.*} configuration. The producer waits for every in-sync
 * replica and is idempotent, so a retried send neither duplicates nor reorders a contract's events.
 */
@ApplicationScoped
public class KafkaClients {

    /** How long the producer keeps trying to deliver one record before it gives up. */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> brokerConfig;
    private final List<TopicReader> readers = new CopyOnWriteArrayList<>();

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.brokerConfig = Map.copyOf(brokerConfig);
    }

    @Produces
    @ApplicationScoped
    Producer<String, String> eventProducer() {
        Map<String, Object> config = clientConfig();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Fail fast while the broker is away; the outbox keeps the events for the next attempt.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(config);
    }

    void closeEventProducer(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    /** A consumer in the given group that commits offsets only when told to. */
    public KafkaConsumer<String, String> consumer(String groupId) {
        Map<String, Object> config = clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config);
    }

    /**
     * Starts a {@link TopicReader} of the topics in the group (none when there are no topics), stopped when the
     * service shuts down.
     *
     * @param name    what the reader is, for its thread and its log, e.g. {@code contract-service-event-consumer}
     * @param handler what is done with each record; a failure means the record was not handled
     */
    public void read(String group, List<String> topics, String name, Consumer<ConsumerRecord<String, String>> handler) {
        TopicReader reader = new TopicReader(this, group, topics, name, handler);
        readers.add(reader);
        reader.start();
    }

    void stopReaders(@Observes ShutdownEvent shutdown) throws InterruptedException {
        for (TopicReader reader : readers) {
            reader.stop();
        }
    }

    /** An admin client that gives up on a request after {@code timeout} and retries a lost broker at least every second. */
    public Admin admin(String clientId, Duration timeout) {
        Map<String, Object> config = clientConfig();
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        return Admin.create(config);
    }

    private Map<String, Object> clientConfig() {
        return new HashMap<>(brokerConfig);
    }
}
