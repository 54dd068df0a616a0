package io.sdc.notification.deadletter.service;

import io.quarkus.runtime.StartupEvent;
import io.sdc.notification.delivery.service.NotificationsConfig;
import io.sdc.platform.events.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Reads every service's dead-letter topic ({@code sdc.notifications.dead-letter-topics}) on a thread of its own, in
 * a consumer group of its own, and has each copy made into a notification for the admins. An offset is committed
 * only once its notification is stored; if storing fails, the watcher starts again from the last committed offset.
 */
@ApplicationScoped
public class DeadLetterWatcher {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatcher.class);

    @Inject
    KafkaClients kafkaClients;

    @Inject
    DeadLetterNotifier notifier;

    @Inject
    NotificationsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    void start(@Observes StartupEvent startup) {
        List<String> topics = config.deadLetterTopics().stream().map(String::strip).filter(topic -> !topic.isEmpty()).toList();
        kafkaClients.read(service + "-dead-letters", topics, service + "-dead-letter-watcher", record -> {
            if (notifier.notifyOf(record)) {
                LOG.infof("Told the admins of a dead letter on %s", record.topic());
            }
        });
    }
}
