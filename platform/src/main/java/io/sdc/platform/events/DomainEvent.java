package io.sdc.platform.events;

/**
 * The data of a domain event: a record owned by the feature that publishes it (in that feature's {@code events}
 * package), annotated with {@link EventData} to say which event types it is the data of and in which version.
 * The record is what goes over Kafka, field for field, and is validated against the service's AsyncAPI document;
 * it is never a REST view, so a change to the API cannot silently change an event.
 */
public interface DomainEvent {
}
