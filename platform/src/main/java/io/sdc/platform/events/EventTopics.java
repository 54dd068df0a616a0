package io.sdc.platform.events;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The Kafka topics a service works with: the one it publishes its domain events to (keyed by contract id, so one
 * contract's events stay in order) and the ones it consumes.
 */
@ConfigMapping(prefix = "sdc.events")
public interface EventTopics {

    /** The service's own topic, e.g. {@code contract.events}; the notification service publishes none. */
    Optional<String> topic();

    /** The other services' topics this service consumes. */
    Optional<List<String>> subscriptions();
}
