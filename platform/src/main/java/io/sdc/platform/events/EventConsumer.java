package io.sdc.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Consumes the topics the service subscribes to on a thread of its own, one record at a time in partition order
 * (so one contract's events are applied in the order they were published), and commits each record's offset only
 * after it was processed or dead-lettered. If processing cannot even record a dead letter (the database is away),
 * the consumer starts again from the last committed offset.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(2);

    @Inject
    KafkaClients kafkaClients;

    @Inject
    EventProcessor processor;

    @Inject
    EventsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        List<String> topics = config.subscriptions().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(() -> run(topics), service + "-event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run(List<String> topics) {
        String group = config.consumerGroup().orElse(service);
        while (running) {
            try (KafkaConsumer<String, String> kafka = kafkaClients.consumer(group)) {
                consumer = kafka;
                kafka.subscribe(topics);
                while (running) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                        processor.process(record);
                        kafka.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            } catch (WakeupException stopping) {
                // shutdown
            } catch (RuntimeException e) {
                if (running) {
                    LOG.errorf("Event consumer stopped on an error and restarts from the last committed offset: %s",
                            EventProcessor.describe(e));
                    pause();
                }
            } finally {
                consumer = null;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RESTART_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
