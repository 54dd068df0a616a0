package io.sdc.platform.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Consumes the topics the service subscribes to on a thread of its own, one record at a time in partition order
 * (so one contract's events are applied in the order they were published), and commits each record's offset only
 * after it was processed or dead-lettered. If processing cannot even record a dead letter (the database is away),
 * the consumer starts again from the last committed offset.
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    KafkaClients kafkaClients;

    @Inject
    EventProcessor processor;

    @Inject
    EventsConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    void start(@Observes StartupEvent startup) {
        kafkaClients.read(config.consumerGroup(), config.subscriptions().orElse(List.of()), service + "-event-consumer",
                processor::process);
    }
}
