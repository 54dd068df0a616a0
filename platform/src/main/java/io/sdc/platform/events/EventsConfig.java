package io.sdc.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a service takes part in the event backbone: the topic it publishes its domain events to (keyed by contract
 * id, so one contract's events stay in order), the topics it consumes, and the outbox relay's and consumers' pace.
 */
@ConfigMapping(prefix = "sdc.events")
public interface EventsConfig {

    /** The service's own topic, e.g. {@code contract.events}; a service that publishes nothing has none. */
    Optional<String> topic();

    /** The topics this service consumes. */
    Optional<List<String>> subscriptions();

    /** The consumer group; by default the service's name, so that instances share the work. */
    @WithDefault("${quarkus.application.name}")
    String consumerGroup();

    /** How many times a handler is tried on one event before the event is dead-lettered. */
    @WithDefault("3")
    int maxAttempts();

    /** The wait before the first retry; it doubles with each further one. */
    @WithDefault("PT0.2S")
    Duration retryBackoff();

    Relay relay();

    Health health();

    /** How the service watches the broker and the outbox for its health check and metrics. */
    interface Health {

        /** How often the broker is probed and the outbox's lag measured. */
        @WithDefault("PT2S")
        Duration interval();

        /** How long a probe waits for the broker before reporting it unreachable. */
        @WithDefault("PT2S")
        Duration brokerTimeout();
    }

    interface Relay {

        /**
         * How often the outbox relay looks for events to publish even though no commit woke it: the safety net for a
         * wake-up lost (the listener reconnecting) and the retry after the broker was away.
         */
        @WithDefault("PT1S")
        Duration interval();

        /**
         * The PostgreSQL channel on which the service's instances announce outbox writes to each other; by default
         * {@code outbox_} and the service's name.
         */
        Optional<String> channel();

        /** Whether the instance listens on the channel, so that other instances' commits wake its relay too. */
        @WithDefault("true")
        boolean listen();

        /** How long the listening connection waits silent before it is checked (and reopened if it is gone). */
        @WithDefault("PT10S")
        Duration listenCheck();

        /** How many events one relay transaction publishes at most. */
        @WithDefault("200")
        int batchSize();

        /**
         * The age of the oldest unpublished event beyond which the health check reports the outbox as behind
         * ({@code outboxBehind}); the service stays ready, since the outbox keeps the events until they are published.
         */
        @WithDefault("PT5M")
        Duration maxLag();
    }
}
