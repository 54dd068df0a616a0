package io.sdc.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads topics in a consumer group on a thread of its own, one record at a time in partition order, and commits a
 * record's offset only after its handler returned. If the handler fails (the database is away, say), reading starts
 * again from the last committed offset after a short wait, so nothing is skipped.
 */
public final class TopicReader {

    private static final Logger LOG = Logger.getLogger(TopicReader.class);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(2);

    private final KafkaClients kafkaClients;
    private final String group;
    private final List<String> topics;
    private final String name;
    private final Consumer<ConsumerRecord<String, String>> handler;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /**
     * @param name    what the reader is, for its thread and its log, e.g. {@code contract-service-event-consumer}
     * @param handler what is done with each record; a failure means the record was not handled
     */
    TopicReader(KafkaClients kafkaClients, String group, List<String> topics, String name,
                Consumer<ConsumerRecord<String, String>> handler) {
        this.kafkaClients = kafkaClients;
        this.group = group;
        this.topics = List.copyOf(topics);
        this.name = name;
        this.handler = handler;
    }

    public synchronized void start() {
        if (topics.isEmpty() || running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = kafkaClients.consumer(group)) {
                consumer = kafka;
                kafka.subscribe(topics);
                while (running) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                        handler.accept(record);
                        kafka.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            } catch (WakeupException stopping) {
                // shutdown
            } catch (RuntimeException e) {
                if (running) {
                    LOG.errorf("%s stopped on an error and starts again from the last committed offset: %s", name,
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
