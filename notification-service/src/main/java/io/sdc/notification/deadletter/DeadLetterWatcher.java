package io.sdc.notification.deadletter;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sdc.notification.delivery.service.NotificationsConfig;
import io.sdc.platform.events.KafkaClients;
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
 * Reads every service's dead-letter topic ({@code sdc.notifications.dead-letter-topics}) on a thread of its own, in
 * a consumer group of its own, and has each copy made into a notification for the admins. An offset is committed
 * only once its notification is stored; if storing fails, the watcher starts again from the last committed offset.
 */
@ApplicationScoped
public class DeadLetterWatcher {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatcher.class);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(2);

    @Inject
    KafkaClients kafkaClients;

    @Inject
    DeadLetterNotifier notifier;

    @Inject
    NotificationsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        List<String> topics = config.deadLetterTopics().stream().map(String::strip).filter(topic -> !topic.isEmpty()).toList();
        if (topics.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(() -> run(topics), service + "-dead-letter-watcher");
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
        while (running) {
            try (KafkaConsumer<String, String> kafka = kafkaClients.consumer(service + "-dead-letters")) {
                consumer = kafka;
                kafka.subscribe(topics);
                while (running) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                        if (notifier.notifyOf(record)) {
                            LOG.infof("Told the admins of a dead letter on %s", record.topic());
                        }
                        kafka.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            } catch (WakeupException stopping) {
                // shutdown
            } catch (RuntimeException e) {
                if (running) {
                    LOG.errorf("The dead-letter watcher stopped on an error and restarts from the last committed offset: %s", e.getMessage());
                    try {
                        Thread.sleep(RESTART_WAIT.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            } finally {
                consumer = null;
            }
        }
    }
}
